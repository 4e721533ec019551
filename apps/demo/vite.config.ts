import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is bundled with the client package's TypeScript source, as the browser runs it.
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        reference: fileURLToPath(new URL('./web/reference.html', import.meta.url)),
      },
    },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is bundled with the client package's TypeScript source, as the browser runs it.
// web/public/reference.html is copied as it is: it only loads Scalar's prebuilt bundle.
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});

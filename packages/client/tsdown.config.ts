import { defineConfig } from 'tsdown';

// ESM + CJS with their own declarations (index.js/.d.ts and index.cjs/.d.cts). No Node-only
// imports: the same files run in browsers.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: false,
  clean: true,
});

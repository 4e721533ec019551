import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'mock/index': 'src/mock/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'node20',
    fixedExtension: false,
    dts: true,
    clean: true,
  },
  {
    // The CLI: ESM only (top-level await), importing the package by name at run time.
    entry: { 'bin/mock': 'src/bin/mock.ts' },
    format: 'esm',
    platform: 'node',
    target: 'node20',
    fixedExtension: false,
    dts: false,
    clean: false,
    external: ['@b24-imbot/server/mock'],
  },
]);

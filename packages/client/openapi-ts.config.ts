import { fileURLToPath } from 'node:url';

import { defineConfig } from '@hey-api/openapi-ts';

// Generates src/gen/ from the contract. Run `pnpm run generate` (this, then
// scripts/generate-methods.ts); never edit src/gen/ by hand.
export default defineConfig({
  input: '../../schema/openapi.yaml',
  logs: { file: false },
  output: {
    path: 'src/gen',
    // No index.ts: the hand-written src/index.ts is the only entry point.
    entryFile: false,
    // hey-api resolves a relative tsConfigPath from its own install folder: pass it absolute.
    // NodeNext there makes every import specifier end in `.js`.
    tsConfigPath: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  },
  plugins: [
    { name: '@hey-api/client-fetch', baseUrl: false },
    '@hey-api/typescript',
    '@hey-api/sdk',
  ],
});

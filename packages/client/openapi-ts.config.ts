import { fileURLToPath } from 'node:url';

import { bundledContractPath } from '@b24-imbot/schema/model';
import { defineConfig } from '@hey-api/openapi-ts';

import { methodsPlugin } from './scripts/methods-plugin.js';

// Generates src/gen/ from the bundled contract (`pnpm run generate`): the types
// (@hey-api/typescript) and the method map and tree (scripts/methods-plugin.ts). No SDK and no
// client runtime: `createImbotClient` is the runtime. Never edit src/gen/ by hand.
export default defineConfig({
  input: bundledContractPath,
  logs: { file: false },
  output: {
    path: 'src/gen',
    header: ['// This file is generated from schema/openapi.yaml by @hey-api/openapi-ts (openapi-ts.config.ts). Do not edit.'],
    // No index.ts: the hand-written src/index.ts is the only entry point.
    entryFile: false,
    // hey-api resolves a relative tsConfigPath from its own install folder: pass it absolute.
    // NodeNext there makes every import specifier end in `.js`.
    tsConfigPath: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  },
  plugins: ['@hey-api/typescript', methodsPlugin()],
});

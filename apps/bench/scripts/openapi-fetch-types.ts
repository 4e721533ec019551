// openapi-typescript's types for the bundled contract into .tmp/openapi-fetch/ (git-ignored),
// which the openapi-fetch contender and apps/create-chat-openapi-fetch.ts import. `typecheck`
// and `pnpm bench` run this first.
import { mkdirSync, writeFileSync } from 'node:fs';

import { bundledContractPath } from '@b24-imbot/schema/model';
import { run } from '@b24-imbot/testkit';

const out = new URL('../.tmp/openapi-fetch/', import.meta.url);
mkdirSync(out, { recursive: true });
await run('openapi-typescript', [bundledContractPath, '-o', new URL('schema.d.ts', out).pathname], { cwd: new URL('..', import.meta.url).pathname });
writeFileSync(new URL('package.json', out), '{"type":"module"}\n');

// `pnpm run generate`: runs scripts/generate.ts. openapi-typescript (with TypeScript and Redocly)
// is loaded by plain Node first: through tsx's loader, which resolves every module in a worker
// thread, the same load costs about a second more. tsx then loads the TypeScript files only.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('openapi-typescript');
const { register } = await import('tsx/esm/api');
register();
await import('./generate.ts');

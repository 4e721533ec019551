// `pnpm run generate`: runs scripts/generate.ts. tsx's loader on Node 20 resolves and loads
// every module through a worker thread, which costs about a second of CPU for the generator's
// libraries (openapi-typescript with TypeScript and Redocly, Ajv): load those first, then
// register tsx for the TypeScript files only.
await Promise.all([import('openapi-typescript'), import('ajv/dist/2020.js'), import('ajv/dist/standalone/index.js')]);
const { register } = await import('tsx/esm/api');
register();
await import('./generate.ts');

// `pnpm run generate`: runs scripts/generate.ts through tsx. Ajv is loaded (by plain Node, before
// tsx's loader, which would cost more) only when a validator module must be compiled again.
const { register } = await import('tsx/esm/api');
register();
await import('./generate.ts');

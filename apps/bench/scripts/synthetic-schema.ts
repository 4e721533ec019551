// Writes a synthetic Bitrix-like contract of N methods (see src/synthetic-schema.ts).
// Usage: pnpm --filter @b24-imbot/bench run synthetic-schema <N> <out.yaml>
import { writeFileSync } from 'node:fs';

import { stringify } from 'yaml';

import { syntheticSchema } from '../src/synthetic-schema.js';

const [countArg, out] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !out) {
  console.error('usage: synthetic-schema <N> <out.yaml>');
  process.exit(2);
}
writeFileSync(out, stringify(syntheticSchema(count), { aliasDuplicateObjects: false }));
console.log(`synthetic-schema: ${count} method(s) -> ${out}`);

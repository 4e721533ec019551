// Generates src/gen/ from the contract (through its model, schema/model):
// - schema.gen.ts    the contract's types: paths, operations, components (openapi-typescript),
//                    the one set of types both packages build on;
// - contract.gen.ts  its version, the union of its error codes (types only: nothing the client
//                    imports grows with the contract) and the types of its events.
// The output is deterministic (document order, sorted codes, no timestamps) and committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContract } from '@b24-imbot/schema/model';

// openapi-typescript's CommonJS build: it loads TypeScript with `require`, where its ES module
// build makes Node scan TypeScript's 9 MB for its exports first (about twice the time).
const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');

// `--contract FILE --out DIR`: another bundled document and folder; the defaults are the
// project's contract and src/gen/.
const { values: args } = parseArgs({ options: { contract: { type: 'string' }, out: { type: 'string' } } });
const contract = loadContract(args.contract === undefined ? undefined : resolvePath(args.contract));
const outDir = args.out ? pathToFileURL(`${resolvePath(args.out)}/`) : new URL('../src/gen/', import.meta.url);

const HEADER = '// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n';
const json = (value: unknown): string => JSON.stringify(value);

const files: Record<string, string> = {};
files['schema.gen.ts'] = `${HEADER}\n${astToString(await openapiTS(contract.document, { emptyObjectsUnknown: true }))}`;

// Sorted, one a line: a method with a new code adds a line, nothing moves.
const codes = [...contract.errors.keys()].sort();
const eventTypes = contract.events.map((event) => {
  const payload = `NonNullable<operations[${json(event.operationId)}]['requestBody']>['content'][${json(event.contentType)}]`;
  return `  ${event.name}: {\n    payload: ${payload};\n    data: ${payload}['data'];\n  };`;
});
files['contract.gen.ts'] = `${HEADER}
import type { operations } from './schema.gen.js';

/** The contract's version (\`info.version\` of schema/openapi.yaml). */
export const contractVersion = ${json(contract.version)};

/** Every error code the contract gives any of its methods. */
export type ContractErrorCode =
${codes.length ? codes.map((code) => `  | ${json(code)}`).join('\n') : '  never'};

/** The events of the contract (its \`webhooks\`), by name: the webhook delivery (\`{event, data, ts, auth}\`) and its \`data\`. */
export interface EventTypes {
${eventTypes.join('\n')}
}
`;

mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) writeFileSync(new URL(name, outDir), content.replace(/\n*$/, '\n'));
console.log(`generate: ${contract.operations.length} operation(s), ${codes.length} error code(s), ${contract.events.length} event(s), contract ${contract.version}`);

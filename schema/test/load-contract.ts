// The contract through the model, with an Ajv for checking values against its schemas: OpenAPI
// 3.1 schemas are JSON Schema 2020-12, wrapped with every component schema under `$defs`.
import { loadContract } from '../model/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type { Json } from '../model/index.js';

export const model = loadContract();
export const contract = model.document;
export const resolve = model.resolve;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
// OpenAPI's annotation keywords and the contract's `x-` extensions are annotations, not assertions.
const annotations = new Set(['example', 'discriminator']);
JSON.stringify(contract, (key, value) => {
  if (key.startsWith('x-')) annotations.add(key);
  return value;
});
for (const keyword of annotations) ajv.addKeyword({ keyword });

// The component schemas once, under one id: each validator compiles only its own schema and
// the definitions it reaches (Ajv caches them), not every component again.
ajv.addSchema({ $id: 'contract', $defs: model.defs('contract#/$defs/') });

/** A validator for a schema taken from the contract (a `$ref` or an inline schema). */
export const validatorFor = (schema: unknown) => ajv.compile(model.toDefs(schema, 'contract#/$defs/'));

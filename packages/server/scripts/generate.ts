// Generates packages/server/src/gen/ from the contract, schema/openapi.yaml:
// - schema.gen.ts      types for paths, components and operations (openapi-typescript);
// - validators.gen.ts  Ajv (JSON Schema 2020-12) validators compiled to standalone ESM code;
// - operations.gen.ts  the operations table the run time is generic over, typed;
// - events.gen.ts      the events (webhooks) table: wire reading plan and validator per event
//                      (event-validators.gen.ts, compiled without defaults).
// The output is deterministic (document order, no timestamps) and committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Json, loadContract } from '@b24-imbot/schema/model';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { formats } from '../src/runtime/formats.js';
import type { Coercion } from '../src/runtime/operation.js';

// `--contract FILE --out DIR` generate from another bundled document; the defaults are the
// project's contract and src/gen/.
const { values: args } = parseArgs({ options: { contract: { type: 'string' }, out: { type: 'string' } } });
const contract = loadContract(args.contract === undefined ? undefined : resolvePath(args.contract));
const outDir = args.out ? pathToFileURL(`${resolvePath(args.out)}/`) : new URL('../src/gen/', import.meta.url);

const HEADER =
  '// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n';

type Node = Json;

const fail = (message: string): never => {
  throw new Error(`generate: ${message}`);
};

const { resolve } = contract;
const schemas: Record<string, Node> = contract.document.components?.schemas ?? {};
const operations = contract.operations;

// ---- Validators (Ajv standalone) ------------------------------------------------------------

/**
 * A schema of the document for Ajv: `$ref`s into the `contract` schema's `$defs`, and the
 * `default` of a referenced schema copied next to the `$ref` of a property (Ajv applies
 * defaults only where they are written: TYPE defaults to CHAT through ChatType). Not into an
 * object with `minProperties`: that is a patch (imbot.v2.Bot.update's `fields`), where a
 * property left out means "unchanged", and a default would also satisfy `minProperties` for
 * an empty object.
 */
const withDefaults = (node: Node): Node => {
  if (Array.isArray(node)) return node.map(withDefaults);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, Node> = {};
  for (const [key, value] of Object.entries<Node>(node)) out[key] = withDefaults(value);
  if (node.properties && typeof node.properties === 'object' && node.minProperties === undefined) {
    out.properties = Object.fromEntries(
      Object.entries<Node>(out.properties).map(([name, property]) => {
        const inherited =
          property?.$ref !== undefined && property.default === undefined ? resolve(property).default : undefined;
        return [name, inherited === undefined ? property : { ...property, default: inherited }];
      }),
    );
  }
  return out;
};
const forAjv = (schema: Node): Node => contract.toDefs(withDefaults(schema), 'contract#/$defs/');

// Keywords Ajv must accept as annotations: OpenAPI's own and the contract's extensions.
const annotationKeywords = new Set(['example', 'discriminator', 'xml', 'externalDocs']);
JSON.stringify(contract.document, (key, value) => {
  if (key.startsWith('x-')) annotationKeywords.add(key);
  return value;
});

const newAjv = (useDefaults: boolean): Ajv2020 => {
  const instance = new Ajv2020({
    strict: true,
    allErrors: false,
    useDefaults,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  for (const keyword of [...annotationKeywords].sort()) instance.addKeyword({ keyword });
  for (const [name, check] of Object.entries(formats)) instance.addFormat(name, check);
  return instance;
};
const ajv = newAjv(true);
ajv.addSchema({ $id: 'contract', $defs: forAjv(schemas) });

const exportsByName: Record<string, string> = {};
for (const op of operations) {
  for (const [suffix, schema] of [
    ['Params', op.paramsSchema],
    ['Success', op.successSchema],
  ] as const) {
    const id = `${op.operationId}${suffix}`;
    ajv.addSchema({ $id: id, ...forAjv(schema) });
    exportsByName[id] = id;
  }
  // The mock portal answers the documented example where it keeps no state: it must hold.
  if (op.successExample === undefined) {
    fail(`${op.method}: give its 200 answer a named example (the mock portal serves it)`);
  }
  const validate = ajv.getSchema(`${op.operationId}Success`)!;
  if (!validate(structuredClone(op.successExample))) {
    fail(`${op.method}: the 200 example breaks the success schema: ${ajv.errorsText(validate.errors)}`);
  }
}

// Event deliveries (the contract's webhooks): one validator per event, for the whole payload.
// No defaults here: a delivery says what happened, and a default taken from a schema it shares
// with method answers (Bot.eventMode: fetch) would make up a value the platform did not send.
const eventsAjv = newAjv(false);
eventsAjv.addSchema({ $id: 'contract', $defs: contract.toDefs(schemas, 'contract#/$defs/') });
const eventExports: Record<string, string> = {};
for (const event of contract.events) {
  const id = `${event.operationId}Payload`;
  eventsAjv.addSchema({ $id: id, ...contract.toDefs(event.payloadSchema, 'contract#/$defs/') });
  eventExports[id] = id;
  const validate = eventsAjv.getSchema(id)!;
  for (const example of event.examples) {
    if (!validate(example)) fail(`webhook ${event.name}: an example breaks its schema: ${eventsAjv.errorsText(validate.errors)}`);
  }
}

// A CommonJS module: its `default` export is `module.exports` itself.
const standaloneCode = standalone.default;
const compile = (instance: Ajv2020, names: Record<string, string>): string => {
  const code = standaloneCode(instance, names).replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length');
  const leftover = /require\("[^"]+"\)/.exec(code);
  if (leftover) fail(`the compiled validators need ${leftover[0]}; add it to src/runtime/formats.ts`);
  return code;
};
const validatorsCode = compile(ajv, exportsByName);
const eventValidatorsCode = compile(eventsAjv, eventExports);

// ---- Files ----------------------------------------------------------------------------------

const json = (value: unknown): string => JSON.stringify(value);
const files: Record<string, string> = {};

const typesSource = astToString(await openapiTS(contract.document, { emptyObjectsUnknown: true }));
files['schema.gen.ts'] = `${HEADER}\n${typesSource}`;

files['validators.gen.ts'] = `${HEADER}// Ajv standalone code (JSON Schema 2020-12). Typed in operations.gen.ts.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../runtime/formats.js';
${validatorsCode}
`;

/**
 * How wire strings of a schema are read (see Coercion in src/runtime/operation.ts): numbers
 * and booleans, and the lists and objects that hold them. Undefined where nothing is read.
 * `deliveries` adds what event deliveries need (their forms come from `http_build_query` over
 * typed data): `""` is null where the schema allows null, `"0"` is false where it allows false,
 * and a required array or object the form dropped for being empty is read as empty.
 */
const coercionOf = (node: Node, depth = 0, deliveries = false): Coercion | undefined => {
  const schema = resolve(node);
  if (!schema || typeof schema !== 'object' || depth > 8) return undefined;
  const inner = coercionInner(schema, depth, deliveries);
  if (!deliveries) return inner;
  const literals: Record<string, null | boolean> = {};
  if (allows(schema, null)) literals[''] = null;
  if (allows(schema, false) && inner !== 'boolean') literals['0'] = false;
  if (Object.keys(literals).length === 0) return inner;
  return inner === undefined ? { literals } : { literals, then: inner };
};

const alternatives = (schema: Node): Node[] => ['allOf', 'anyOf', 'oneOf'].flatMap((key) => schema[key] ?? []).map(resolve);

/** Whether the schema lets `value` (null or false) through: by type, const, enum, or an alternative. */
const allows = (schema: Node, value: null | false, depth = 0): boolean => {
  if (!schema || typeof schema !== 'object' || depth > 8) return false;
  const types = [schema.type].flat();
  if (types.includes(value === null ? 'null' : 'boolean') || schema.const === value) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(value)) return true;
  return (schema.anyOf ?? schema.oneOf ?? []).some((part: Node) => allows(resolve(part), value, depth + 1));
};

const coercionInner = (schema: Node, depth: number, deliveries: boolean): Coercion | undefined => {
  const types = new Set<string>([schema.type].flat().filter((type): type is string => typeof type === 'string'));
  if (types.has('integer')) return 'integer';
  if (types.has('number')) return 'number';
  // An enum that takes booleans (urlPreview: true, false, "Y", "N") reads the form's 1/0 too.
  if (types.has('boolean') || (Array.isArray(schema.enum) && schema.enum.some((value: unknown) => typeof value === 'boolean'))) {
    return 'boolean';
  }
  if (types.has('array')) {
    const items = coercionOf(schema.items, depth + 1, deliveries);
    return items === undefined ? {} : { items };
  }
  // Objects (their properties and additionalProperties), and the alternatives of
  // allOf/anyOf/oneOf, followed down, read as one object; a list alternative gives the items.
  const properties: Record<string, Coercion> = {};
  let additional: Coercion | undefined;
  let items: Coercion | undefined;
  const empty: Record<string, 'array' | 'object'> = {};
  const visit = (partNode: Node, level: number): void => {
    const part = resolve(partNode);
    if (!part || typeof part !== 'object' || level > 8) return;
    for (const [name, property] of Object.entries<Node>(part.properties ?? {})) {
      const inner = coercionOf(property, depth + 1, deliveries);
      if (inner !== undefined) properties[name] ??= inner;
      // A required list or object that may be empty: http_build_query writes nothing for `[]`.
      const target = resolve(property);
      const mayBeEmpty =
        (target?.type === 'array' && !(target.minItems > 0)) ||
        (target?.type === 'object' && !(target.required?.length > 0) && !(target.minProperties > 0));
      if (deliveries && mayBeEmpty && (part.required ?? []).includes(name)) empty[name] = target.type;
    }
    if (part.additionalProperties && typeof part.additionalProperties === 'object') {
      additional ??= coercionOf(part.additionalProperties, depth + 1, deliveries);
    }
    if (part !== schema && [part.type].flat().includes('array')) items ??= coercionOf(part.items, depth + 1, deliveries);
    for (const key of ['allOf', 'anyOf', 'oneOf']) for (const inner of part[key] ?? []) visit(inner, level + 1);
  };
  visit(schema, 0);
  if (Object.keys(properties).length === 0 && additional === undefined && Object.keys(empty).length === 0) {
    return items === undefined ? undefined : { items };
  }
  return {
    properties,
    ...(additional === undefined ? {} : { additional }),
    ...(items === undefined ? {} : { items }),
    ...(Object.keys(empty).length === 0 ? {} : { empty }),
  };
};

const extensionMap = (op: (typeof operations)[number], key: string): Record<string, string> =>
  Object.fromEntries(op.params.flatMap((p) => (p.extensions[key] === undefined ? [] : [[p.name, String(p.extensions[key])]])));

/**
 * An extension on parameters at any depth, keyed by dotted path (`fields.code`), in document
 * order: a property's own (beside a `$ref`) wins over its schema's. Each code must be one of
 * the operation's error codes.
 */
const nestedExtensionMap = (op: (typeof operations)[number], key: string): Record<string, Json> => {
  const found: Record<string, Json> = {};
  const visit = (path: string, node: Node, depth: number): void => {
    const target = resolve(node);
    const value = node?.[key] ?? target?.[key];
    if (value !== undefined && !Object.hasOwn(found, path)) {
      for (const code of typeof value === 'string' ? [value] : Object.values<Json>(value ?? {})) {
        if (!op.errors.has(String(code))) fail(`${op.method}: ${key} ${String(code)} on ${path} is not an error code of any response`);
      }
      found[path] = value;
    }
    if (depth >= 8) return;
    // Properties of the schema and of the parts it is made of (`allOf`).
    for (const part of [target, ...(target?.allOf ?? []).map(resolve)]) {
      for (const [name, inner] of Object.entries<Node>(part?.properties ?? {})) visit(`${path}.${name}`, inner, depth + 1);
    }
  };
  for (const p of op.params) visit(p.name, { ...p.schema, ...p.extensions }, 0);
  return found;
};

const table = operations
  .map((op) => {
    const coerce = Object.fromEntries(
      op.params.flatMap((p) => {
        const how = coercionOf(p.schema);
        return how === undefined ? [] : [[p.name, how]];
      }),
    );
    const webhookRequired = extensionMap(op, 'x-bitrix-webhook-required');
    for (const [name, code] of Object.entries(webhookRequired)) {
      if (!op.errors.has(code)) fail(`${op.method}: x-bitrix-webhook-required ${code} on ${name} is not an error code of any response`);
    }
    return `  ${op.operationId}: {
    operationId: ${json(op.operationId)},
    method: ${json(op.method)},
    params: {
      names: ${json(op.params.map((p) => p.name))},
      caseInsensitive: ${json(op.params.every((p) => /^[A-Z][A-Z0-9_]*$/.test(p.name)))},
      coerce: ${json(coerce)},
      emptyErrors: ${json(nestedExtensionMap(op, 'x-bitrix-empty-error'))},
      invalidErrors: ${json(nestedExtensionMap(op, 'x-bitrix-invalid-error'))},
      webhookRequired: ${json(webhookRequired)},
    },
    validateParams: validators.${op.operationId}Params as unknown as CompiledValidator,
    validateSuccess: validators.${op.operationId}Success as unknown as CompiledValidator,
    errorStatus: ${json(Object.fromEntries(op.errors))},
    example: ${json(op.successExample.result)},
  },`;
  })
  .join('\n');

const operationTypes = operations
  .map(
    (op) => `  ${op.operationId}: {
    params: NonNullable<operations[${json(op.operationId)}]['requestBody']>['content'][${json(op.paramsContentTypes[0])}];
    success: operations[${json(op.operationId)}]['responses'][200]['content']['application/json'];
  };`,
  )
  .join('\n');

files['operations.gen.ts'] = `${HEADER}
import type { CompiledValidator, OperationDefinition } from '../runtime/operation.js';
import type { operations } from './schema.gen.js';
import * as validators from './validators.gen.js';

/** The contract's version (\`info.version\` of schema/openapi.yaml). */
export const contractVersion = ${json(contract.version)};

/** Every operation of the contract, keyed by operationId. */
export const operationTable = {
${table}
} as const satisfies Record<string, OperationDefinition>;

/** Error descriptions as the contract's examples give them, by error code. */
export const errorDescriptions: Readonly<Record<string, string>> = ${json(contract.errorDescriptions)};

/** Request parameters and the 200 envelope of each operation, from schema.gen.ts. */
export interface OperationTypes {
${operationTypes}
}
`;

files['event-validators.gen.ts'] = `${HEADER}// Ajv standalone code (JSON Schema 2020-12) for event deliveries. Typed in events.gen.ts.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../runtime/formats.js';
${eventValidatorsCode}
`;

const eventTable = contract.events
  .map(
    (event) => `  ${event.name}: {
    name: ${json(event.name)},
    operationId: ${json(event.operationId)},
    coerce: ${json(coercionOf(event.payloadSchema, 0, true) ?? {})},
    validatePayload: validators.${event.operationId}Payload as unknown as CompiledValidator,
  },`,
  )
  .join('\n');

const eventTypes = contract.events
  .map(
    (event) => `  ${event.name}: {
    payload: NonNullable<operations[${json(event.operationId)}]['requestBody']>['content'][${json(event.contentType)}];
    data: NonNullable<operations[${json(event.operationId)}]['requestBody']>['content'][${json(event.contentType)}]['data'];
  };`,
  )
  .join('\n');

files['events.gen.ts'] = `${HEADER}
import type { CompiledValidator, EventDefinition } from '../runtime/operation.js';
import type { operations } from './schema.gen.js';
import * as validators from './event-validators.gen.js';

/** Every event of the contract (its \`webhooks\`), keyed by event name. */
export const eventTable = {
${eventTable}
} as const satisfies Record<string, EventDefinition>;

/** The event names of the contract: \`ONIMBOTV2MESSAGEADD\`, ... */
export type EventName = keyof typeof eventTable;

/** The webhook delivery (\`{event, data, ts, auth}\`) and its \`data\`, of each event, from schema.gen.ts. */
export interface EventTypes {
${eventTypes}
}
`;

mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  writeFileSync(new URL(name, outDir), content.replace(/\n*$/, '\n'));
}
console.log(`generate: ${operations.length} operation(s), ${contract.events.length} event(s), contract ${contract.version}`);

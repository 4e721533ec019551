// Generates packages/server/src/gen/ from the contract, schema/openapi.yaml, through its model:
// - validators/*.gen.js  Ajv (JSON Schema 2020-12) validators compiled to standalone code, one
//                        module per operation and per event (scripts/validators.ts), each with
//                        its declarations (*.gen.d.ts), so that tsc never parses the code;
// - operations.gen.ts    the operations table the run time is generic over, typed;
// - errors.gen.ts        error codes: descriptions and statuses (what a receiver needs, no table);
// - events.gen.ts        the events (webhooks) table: wire reading plan and validator per event;
// - schema.gen.ts        the contract's types, re-exported from @b24-imbot/core (one generator,
//                        openapi-typescript, writes them for both packages).
// The output is deterministic (document order, no timestamps) and committed. Each file's text
// about an operation depends on that operation only, so a new method adds lines and moves none.
// Generated files are named *.gen.ts, or *.gen.js with *.gen.d.ts beside it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Json, loadContract } from '@b24-imbot/schema/model';
import type { Coercion } from '../src/runtime/operation.js';
import { validatorModule } from './validators.js';

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

// ---- Validators (Ajv standalone, one module per operation and event) ---------------------

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
/** Keywords that only describe (OpenAPI's and JSON Schema's annotations; `x-*` extensions are dropped too). */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'discriminator', 'xml', 'externalDocs']);
/** Where a schema holds schemas: one, a list of them, or a map of them. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

/**
 * A schema without its annotations, which change nothing Ajv checks: the compiled code keeps
 * each schema it reads as a constant, and descriptions and examples are most of their text.
 */
const withoutAnnotations = (schema: Node): Node => {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, Node> = {};
  for (const [key, value] of Object.entries<Node>(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (SUBSCHEMA.has(key)) out[key] = withoutAnnotations(value);
    else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(withoutAnnotations);
    else if (SUBSCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries<Node>(value).map(([name, inner]) => [name, withoutAnnotations(inner)]));
    } else out[key] = value;
  }
  return out;
};

const forAjv = (schema: Node): Node => withoutAnnotations(contract.toDefs(withDefaults(schema), 'contract#/$defs/'));
const forEvents = (schema: Node): Node => withoutAnnotations(contract.toDefs(schema, 'contract#/$defs/'));

const paramDefs = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, forAjv(schema)]));
const eventDefs = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, forEvents(schema)]));
const validatorsDir = new URL('validators/', outDir);
/** The declarations of a validator module: its exports, each a CompiledValidator. */
const declarations = (names: readonly string[]): string =>
  `${HEADER}import type { CompiledValidator } from '../../runtime/operation.js';\n${names.map((name) => `export declare const ${name}: CompiledValidator;`).join('\n')}\n`;
const files: Record<string, string> = {};
let compiled = 0;

for (const op of operations) {
  // The mock portal answers the documented example where it keeps no state: it must hold.
  if (op.successExample === undefined) fail(`${op.method}: give its 200 answer a named example (the mock portal serves it)`);
  const file = `validators/${op.operationId}.gen.js`;
  const module = await validatorModule(
    {
      label: op.method,
      schemas: { params: forAjv(op.paramsSchema), success: forAjv(op.successSchema) },
      defs: paramDefs,
      useDefaults: true,
      examples: { success: [op.successExample] },
    },
    new URL(file, outDir),
    '../../runtime/formats.js',
  );
  files[file] = module.source;
  files[file.replace(/\.js$/, '.d.ts')] = declarations(['params', 'success']);
  if (module.compiled) compiled++;
}

// Event deliveries (the contract's webhooks): one validator per event, for the whole payload.
// No defaults here: a delivery says what happened, and a default taken from a schema it shares
// with method answers (Bot.eventMode: fetch) would make up a value the platform did not send.
for (const event of contract.events) {
  const file = `validators/${event.operationId}.gen.js`;
  const module = await validatorModule(
    {
      label: `the ${event.name} event`,
      schemas: { payload: forEvents(event.payloadSchema) },
      defs: eventDefs,
      useDefaults: false,
      examples: { payload: event.examples },
    },
    new URL(file, outDir),
    '../../runtime/formats.js',
  );
  files[file] = module.source;
  files[file.replace(/\.js$/, '.d.ts')] = declarations(['payload']);
  if (module.compiled) compiled++;
}

// ---- Files ----------------------------------------------------------------------------------

const json = (value: unknown): string => JSON.stringify(value);

files['schema.gen.ts'] = `${HEADER}
// The contract's types are @b24-imbot/core's (openapi-typescript), one set for both packages.
export type { components, operations, paths } from '@b24-imbot/core';
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

/**
 * What the runtime needs to serve a batch operation (one with `x-bitrix-max-commands`): its
 * limit, which parameter holds the commands (the required one) and which one halts (the
 * boolean one), and its own codes (those no other operation answers) by status: 400 for a
 * command past the limit, 405 for a command not allowed inside a batch.
 */
const batchOf = (op: (typeof operations)[number]): Record<string, string | number> | undefined => {
  const max = op.extensions['x-bitrix-max-commands'];
  if (max === undefined) return undefined;
  if (!Number.isInteger(max) || (max as number) < 1) fail(`${op.method}: x-bitrix-max-commands must be a positive integer`);
  const commands = op.params.filter((p) => p.required);
  const halt = op.params.filter((p) => p.schema?.type === 'boolean');
  if (commands.length !== 1 || halt.length !== 1) fail(`${op.method}: a batch takes one required parameter (the commands) and one boolean (halt)`);
  const own = [...op.errors].filter(([code]) => operations.every((other) => other === op || !other.errors.has(code)));
  const ownCode = (status: number): string =>
    own.find(([, statuses]) => statuses.includes(status))?.[0] ?? fail(`${op.method}: no code of its own with status ${status}`);
  return { maxCommands: max as number, commands: commands[0]!.name, halt: halt[0]!.name, tooMany: ownCode(400), notAllowed: ownCode(405) };
};

const table = operations
  .map((op) => {
    const batch = batchOf(op);
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
    validateParams: ${op.operationId}Params,
    validateSuccess: ${op.operationId}Success,
    errorStatus: ${json(Object.fromEntries(op.errors))},
    example: ${json(op.successExample.result)} as unknown,${batch === undefined ? '' : `\n    batch: ${json(batch)},`}
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

const operationImports = operations
  .map((op) => `import { params as ${op.operationId}Params, success as ${op.operationId}Success } from './validators/${op.operationId}.gen.js';`)
  .join('\n');

/** One entry a line, sorted: a new code adds a line. */
const sortedRecord = (record: Readonly<Record<string, string>>): string =>
  `{\n${Object.keys(record)
    .sort()
    .map((key) => `  ${json(key)}: ${json(record[key])},`)
    .join('\n')}\n}`;

files['operations.gen.ts'] = `${HEADER}
import type { operations } from '@b24-imbot/core';
import type { OperationDefinition } from '../runtime/operation.js';
${operationImports}

/** The contract's version (\`info.version\` of schema/openapi.yaml). */
export const contractVersion = ${json(contract.version)};

/** Every operation of the contract, keyed by operationId. */
export const operationTable = {
${table}
} as const satisfies Record<string, OperationDefinition>;

/** Request parameters and the 200 envelope of each operation, from the contract's types. */
export interface OperationTypes {
${operationTypes}
}
`;

// The error codes apart from the table: the receiver (and anything else that only throws or
// reads an error) imports these few lines, not the table with every operation's validators.
// A code's statuses in the order the operations first give them (the first is the default).
const statusesByCode = new Map<string, number[]>();
for (const op of operations) {
  for (const [code, statuses] of op.errors) {
    const known = statusesByCode.get(code) ?? [];
    statusesByCode.set(code, [...known, ...statuses.filter((status) => !known.includes(status))]);
  }
}

files['errors.gen.ts'] = `${HEADER}
/** Error descriptions as the contract's examples give them, by error code. */
export const errorDescriptions: Readonly<Record<string, string>> = ${sortedRecord(contract.errorDescriptions)};

/** The HTTP statuses each error code is answered with over all operations, the default first. */
export const errorStatuses: Readonly<Record<string, readonly number[]>> = {
${[...statusesByCode.keys()]
  .sort()
  .map((code) => `  ${json(code)}: ${json(statusesByCode.get(code))},`)
  .join('\n')}
};

/** The HTTP statuses the contract answers each error code with, over all its operations. */
export interface ErrorStatuses {
${[...contract.errors.keys()]
  .sort()
  .map((code) => `  ${json(code)}: ${contract.errors.get(code)!.join(' | ')};`)
  .join('\n')}
}
`;

const eventTable = contract.events
  .map(
    (event) => `  ${event.name}: {
    name: ${json(event.name)},
    operationId: ${json(event.operationId)},
    coerce: ${json(coercionOf(event.payloadSchema, 0, true) ?? {})},
    validatePayload: ${event.operationId}Payload,
  },`,
  )
  .join('\n');

files['events.gen.ts'] = `${HEADER}
import type { EventName } from '@b24-imbot/core';
import type { EventDefinition } from '../runtime/operation.js';
${contract.events.map((event) => `import { payload as ${event.operationId}Payload } from './validators/${event.operationId}.gen.js';`).join('\n')}

// The event names and types are @b24-imbot/core's (the client's too); this table must cover them.
export type { EventName, EventTypes } from '@b24-imbot/core';

/** Every event of the contract (its \`webhooks\`), keyed by event name. */
export const eventTable = {
${eventTable}
} as const satisfies { readonly [K in EventName]: EventDefinition };
`;

mkdirSync(validatorsDir, { recursive: true });
// Files of operations or events no longer in the contract go.
for (const dir of [outDir, validatorsDir]) {
  const prefix = dir === validatorsDir ? 'validators/' : '';
  for (const name of readdirSync(dir)) {
    if (/\.gen\.(ts|js)$/.test(name) && !(`${prefix}${name}` in files)) rmSync(new URL(name, dir));
  }
}
for (const [name, content] of Object.entries(files)) writeFileSync(new URL(name, outDir), content.replace(/\n*$/, '\n'));
console.log(
  `generate: ${operations.length} operation(s), ${contract.events.length} event(s), contract ${contract.version}; ${compiled} validator module(s) compiled, ${operations.length + contract.events.length - compiled} unchanged`,
);

// Generates packages/server/src/gen/ from the contract, schema/openapi.yaml:
// - schema.gen.ts      types for paths, components and operations (openapi-typescript);
// - validators.gen.ts  Ajv (JSON Schema 2020-12) validators compiled to standalone ESM code;
// - operations.gen.ts  the operations table the run time is generic over, typed.
// The output is deterministic (document order, no timestamps) and committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { formats } from '../src/runtime/formats.js';
import type { NumericKind } from '../src/runtime/operation.js';

// `--contract FILE --out DIR` generate from another document (tests use it); the defaults are
// the project's contract and src/gen/.
const { values: args } = parseArgs({ options: { contract: { type: 'string' }, out: { type: 'string' } } });
const contractUrl = args.contract
  ? pathToFileURL(resolvePath(args.contract))
  : new URL('../../../schema/openapi.yaml', import.meta.url);
const outDir = args.out ? pathToFileURL(`${resolvePath(args.out)}/`) : new URL('../src/gen/', import.meta.url);

const HEADER =
  '// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n';

// The document is untyped YAML: walk it with a loose type and check what we rely on.
type Node = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const fail = (message: string): never => {
  throw new Error(`generate: ${message}`);
};

const doc: Node = parse(readFileSync(contractUrl, 'utf8'));
const schemas: Record<string, Node> = doc.components?.schemas ?? {};

/** Follows a local `$ref` (`#/components/...`). */
const resolve = (node: Node): Node => {
  let at = node;
  for (let hops = 0; at && typeof at.$ref === 'string'; hops++) {
    if (hops > 32) fail(`$ref cycle at ${node.$ref}`);
    if (!at.$ref.startsWith('#/')) fail(`only local $ref is supported, got ${at.$ref}`);
    const target = at.$ref
      .slice(2)
      .split('/')
      .reduce((parent: Node, key: string) => parent?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    if (target === undefined) fail(`unresolved $ref ${at.$ref}`);
    at = target;
  }
  return at;
};

// ---- Operations in the document -------------------------------------------------------------

interface Operation {
  operationId: string;
  method: string;
  paramsSchema: Node;
  successSchema: Node;
  paramNames: string[];
  numeric: Record<string, NumericKind>;
  emptyErrors: Record<string, string>;
  errorStatus: Record<string, number[]>;
  paramsContentType: string;
}

const numericKind = (schema: Node): NumericKind | undefined => {
  const s = resolve(schema);
  if (s?.type === 'integer' || s?.type === 'number') return s.type;
  if (s?.type === 'array') {
    const items = resolve(s.items);
    if (items?.type === 'integer' || items?.type === 'number') return `${items.type}[]` as NumericKind;
  }
  return undefined;
};

/** The enum values an error envelope schema allows for `error` (through $ref and allOf). */
const errorCodes = (schema: Node): string[] => {
  const s = resolve(schema);
  if (!s || typeof s !== 'object') return [];
  const codes: string[] = [];
  const errorProperty = s.properties?.error ? resolve(s.properties.error) : undefined;
  if (Array.isArray(errorProperty?.enum)) codes.push(...errorProperty.enum.map(String));
  for (const part of s.allOf ?? []) codes.push(...errorCodes(part));
  return codes;
};

const operations: Operation[] = [];
/** Error code -> the description the contract's examples give it. */
const errorDescriptions: Record<string, string> = {};
for (const [path, item] of Object.entries<Node>(doc.paths ?? {})) {
  for (const [verb, op] of Object.entries<Node>(item)) {
    if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(verb)) continue;
    const where = `${verb.toUpperCase()} ${path}`;
    if (typeof op.operationId !== 'string') fail(`${where} has no operationId`);
    if (!/^\/[A-Za-z0-9_.]+$/.test(path)) fail(`${where}: a Bitrix method path looks like /scope.method`);
    if ((op.parameters ?? item.parameters ?? []).length > 0) {
      fail(`${where}: declare the method's parameters in its request body, not as OpenAPI parameters`);
    }
    const content = resolve(op.requestBody)?.content ?? {};
    const paramsContentType =
      ['application/json', 'application/x-www-form-urlencoded'].find((type) => content[type]?.schema) ??
      fail(`${where} needs a JSON or form request body schema`);
    const paramsSchema = content[paramsContentType].schema;
    const success = resolve(op.responses?.['200'])?.content?.['application/json']?.schema;
    if (!success) fail(`${where} needs a 200 application/json response schema`);

    const properties: Record<string, Node> = resolve(paramsSchema)?.properties ?? {};
    const numeric: Record<string, NumericKind> = {};
    const emptyErrors: Record<string, string> = {};
    for (const [name, property] of Object.entries(properties)) {
      const kind = numericKind(property);
      if (kind) numeric[name] = kind;
      const emptyError = property['x-bitrix-empty-error'] ?? resolve(property)['x-bitrix-empty-error'];
      if (emptyError !== undefined) emptyErrors[name] = String(emptyError);
    }

    const errorStatus: Record<string, number[]> = {};
    const statuses = Object.keys(op.responses ?? {})
      .filter((status) => /^[45]\d\d$/.test(status))
      .sort();
    for (const status of statuses) {
      const schema = resolve(op.responses[status])?.content?.['application/json']?.schema;
      for (const code of errorCodes(schema)) (errorStatus[code] ??= []).push(Number(status));
    }
    for (const status of statuses) {
      const examples = resolve(op.responses[status])?.content?.['application/json']?.examples ?? {};
      for (const example of Object.values<Node>(examples)) {
        const value = resolve(example)?.value;
        if (typeof value?.error === 'string' && typeof value.error_description === 'string') {
          errorDescriptions[value.error] ??= value.error_description;
        }
      }
    }
    for (const code of Object.values(emptyErrors)) {
      if (!errorStatus[code]) fail(`${where}: x-bitrix-empty-error ${code} is not an error code of any response`);
    }

    operations.push({
      operationId: op.operationId,
      method: path.slice(1),
      paramsSchema,
      successSchema: success,
      paramNames: Object.keys(properties),
      numeric,
      emptyErrors,
      errorStatus,
      paramsContentType,
    });
  }
}
if (operations.length === 0) fail('the document has no operations');
const methods = operations.map((op) => op.method.toLowerCase());
const twice = methods.find((method, i) => methods.indexOf(method) !== i);
if (twice) fail(`method ${twice} has more than one operation (Bitrix methods take any verb)`);

// ---- Validators (Ajv standalone) ------------------------------------------------------------

/**
 * Rewrites `#/components/schemas/X` to a reference into the `contract` schema's `$defs`, and
 * copies the `default` of a referenced schema next to the `$ref` of a property (Ajv applies
 * defaults only where they are written: TYPE defaults to CHAT through ChatType).
 */
const toDefs = (node: Node): Node => {
  if (Array.isArray(node)) return node.map(toDefs);
  if (node && typeof node === 'object') {
    if (node.properties && typeof node.properties === 'object') {
      const properties = Object.fromEntries(
        Object.entries<Node>(node.properties).map(([name, property]) => {
          const inherited = property?.$ref !== undefined && property.default === undefined ? resolve(property).default : undefined;
          return [name, inherited === undefined ? property : { ...property, default: inherited }];
        }),
      );
      node = { ...node, properties };
    }
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string'
          ? value.replace('#/components/schemas/', 'contract#/$defs/')
          : toDefs(value),
      ]),
    );
  }
  return node;
};

const annotationKeywords = new Set(['example', 'discriminator', 'xml', 'externalDocs']);
const collectExtensions = (node: Node): void => {
  if (Array.isArray(node)) node.forEach(collectExtensions);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) annotationKeywords.add(key);
      collectExtensions(value);
    }
  }
};
collectExtensions(schemas);
for (const op of operations) collectExtensions([op.paramsSchema, op.successSchema]);

const ajv = new Ajv2020({
  strict: true,
  allErrors: false,
  useDefaults: true,
  code: { source: true, esm: true, lines: true, formats: _`formats` },
});
for (const keyword of [...annotationKeywords].sort()) ajv.addKeyword({ keyword });
for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
ajv.addSchema({ $id: 'contract', $defs: toDefs(schemas) });

const exportsByName: Record<string, string> = {};
for (const op of operations) {
  for (const [suffix, schema] of [
    ['Params', op.paramsSchema],
    ['Success', op.successSchema],
  ] as const) {
    const id = `${op.operationId}${suffix}`;
    ajv.addSchema({ $id: id, ...toDefs(schema) });
    exportsByName[id] = id;
  }
}

// A CommonJS module: its `default` export is `module.exports` itself.
const standaloneCode = standalone.default;
let validatorsCode = standaloneCode(ajv, exportsByName);
validatorsCode = validatorsCode.replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length');
const leftover = /require\("[^"]+"\)/.exec(validatorsCode);
if (leftover) fail(`the compiled validators need ${leftover[0]}; add it to src/runtime/formats.ts`);

// ---- Files ----------------------------------------------------------------------------------

const json = (value: unknown): string => JSON.stringify(value);
const files: Record<string, string> = {};

const typesSource = astToString(await openapiTS(doc));
files['schema.gen.ts'] = `${HEADER}\n${typesSource}`;

files['validators.gen.ts'] = `${HEADER}// Ajv standalone code (JSON Schema 2020-12). Typed in operations.gen.ts.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../runtime/formats.js';
${validatorsCode}
`;

const table = operations
  .map(
    (op) => `  ${op.operationId}: {
    operationId: ${json(op.operationId)},
    method: ${json(op.method)},
    params: {
      names: ${json(op.paramNames)},
      numeric: ${json(op.numeric)},
      emptyErrors: ${json(op.emptyErrors)},
    },
    validateParams: validators.${op.operationId}Params as unknown as CompiledValidator,
    validateSuccess: validators.${op.operationId}Success as unknown as CompiledValidator,
    errorStatus: ${json(op.errorStatus)},
  },`,
  )
  .join('\n');

const operationTypes = operations
  .map(
    (op) => `  ${op.operationId}: {
    params: NonNullable<operations[${json(op.operationId)}]['requestBody']>['content'][${json(op.paramsContentType)}];
    success: operations[${json(op.operationId)}]['responses'][200]['content']['application/json'];
  };`,
  )
  .join('\n');

files['operations.gen.ts'] = `${HEADER}
import type { CompiledValidator, OperationDefinition } from '../runtime/operation.js';
import type { operations } from './schema.gen.js';
import * as validators from './validators.gen.js';

/** The contract's version (\`info.version\` of schema/openapi.yaml). */
export const contractVersion = ${json(String(doc.info?.version ?? fail('info.version is missing')))};

/** Every operation of the contract, keyed by operationId. */
export const operationTable = {
${table}
} as const satisfies Record<string, OperationDefinition>;

/** Error descriptions as the contract's examples give them, by error code. */
export const errorDescriptions: Readonly<Record<string, string>> = ${json(errorDescriptions)};

/** Request parameters and the 200 envelope of each operation, from schema.gen.ts. */
export interface OperationTypes {
${operationTypes}
}
`;

mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  writeFileSync(new URL(name, outDir), content.replace(/\n*$/, '\n'));
}
console.log(`generate: ${operations.length} operation(s), contract ${doc.info.version}`);

/**
 * Runs after `openapi-ts` (see the `generate` script). It:
 * 1. renames the one file hey-api writes without the `.gen` suffix (`client/index.ts`), so that
 *    every file in src/gen/ ends in `.gen.ts`, and points the imports at the new name;
 * 2. writes src/gen/methods.gen.ts from the same contract: for each operation, its Bitrix method
 *    name (from the path), the generated sdk function and types, the error code -> HTTP status
 *    map and the union of error codes (from the response enums), and `contractVersion`.
 *
 * The hand-written client is generic over that table: a method added to the contract needs no
 * hand-written change.
 */
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const contractPath = join(packageDir, '..', '..', 'schema', 'openapi.yaml');
const genDir = join(packageDir, 'src', 'gen');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const fail = (message: string): never => {
  throw new Error(`generate-methods: ${message}`);
};

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const document = parse(readFileSync(contractPath, 'utf8')) as Json;
if (!isObject(document)) fail('the contract is not an object');
const root = document as JsonObject;

/** Follows local `$ref`s (`#/components/...`) until a non-reference object. */
const deref = (value: Json | undefined, seen: Set<string> = new Set()): JsonObject => {
  if (!isObject(value)) return fail(`expected an object, got ${JSON.stringify(value)}`);
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  if (!ref.startsWith('#/')) return fail(`only local $refs are supported: ${ref}`);
  if (seen.has(ref)) return fail(`circular $ref: ${ref}`);
  seen.add(ref);
  let target: Json | undefined = root;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    target = isObject(target) ? target[key] : undefined;
  }
  return deref(target, seen);
};

/** The enum of the `error` property of an error schema (looking through allOf/anyOf/oneOf). */
const errorCodes = (schemaValue: Json | undefined): string[] => {
  const schema = deref(schemaValue);
  const codes: string[] = [];
  const properties = schema['properties'];
  if (isObject(properties) && properties['error'] !== undefined) {
    const errorSchema = deref(properties['error']);
    const values = errorSchema['enum'] ?? (errorSchema['const'] === undefined ? undefined : [errorSchema['const']]);
    if (Array.isArray(values)) {
      for (const value of values) if (typeof value === 'string') codes.push(value);
    }
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const parts = schema[key];
    if (Array.isArray(parts)) for (const part of parts) codes.push(...errorCodes(part));
  }
  return codes;
};

// hey-api's naming: operationId to the sdk function (camelCase) and the type prefix (PascalCase).
const words = (id: string): string[] =>
  id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
const pascal = (id: string): string =>
  words(id)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
const camel = (id: string): string => {
  const name = pascal(id);
  return name[0]!.toLowerCase() + name.slice(1);
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** Names the hand-written client puts at the root, next to the method tree. */
const RESERVED_ROOTS = new Set(['call', 'then', 'constructor', '__proto__', 'prototype']);

interface Operation {
  method: string;
  operationId: string;
  sdkName: string;
  typePrefix: string;
  summary: string | undefined;
  hasBody: boolean;
  successStatus: string;
  errors: Map<string, number[]>;
}

const operations: Operation[] = [];
const paths = root['paths'];
if (!isObject(paths)) fail('the contract has no paths');
for (const [path, pathItemValue] of Object.entries(paths as JsonObject)) {
  const pathItem = deref(pathItemValue);
  const operationsHere = HTTP_METHODS.filter((verb) => isObject(pathItem[verb]));
  // Bitrix accepts any verb; clients use POST. One operation per method name.
  const verb = operationsHere.includes('post') ? 'post' : operationsHere[0];
  if (verb === undefined) continue;
  const operation = pathItem[verb] as JsonObject;
  const method = path.replace(/^\//, '').replace(/\.json$/, '');
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/i.test(method)) {
    fail(`path ${path} is not a Bitrix method name like /scope.entity.action`);
  }
  if (RESERVED_ROOTS.has(method.split('.')[0]!)) fail(`method ${method} starts with a reserved name`);
  const operationId = operation['operationId'];
  if (typeof operationId !== 'string') fail(`${verb} ${path} has no operationId`);
  const responses = deref(operation['responses']);
  const successStatus = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
  if (successStatus === undefined) fail(`${method} has no 2xx response`);
  const errors = new Map<string, number[]>();
  for (const [status, responseValue] of Object.entries(responses)) {
    if (!/^[45]\d\d$/.test(status)) continue;
    const content = deref(responseValue)['content'];
    if (!isObject(content)) continue;
    for (const media of Object.values(content)) {
      if (!isObject(media) || media['schema'] === undefined) continue;
      for (const code of errorCodes(media['schema'])) {
        const statuses = errors.get(code) ?? [];
        if (!statuses.includes(Number(status))) statuses.push(Number(status));
        errors.set(code, statuses);
      }
    }
  }
  const summary = operation['summary'];
  operations.push({
    method,
    operationId: operationId as string,
    sdkName: camel(operationId as string),
    typePrefix: pascal(operationId as string),
    summary: typeof summary === 'string' ? summary : undefined,
    hasBody: operation['requestBody'] !== undefined,
    successStatus: successStatus as string,
    errors,
  });
}
operations.sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0));
for (let i = 1; i < operations.length; i++) {
  if (operations[i]!.method.toLowerCase() === operations[i - 1]!.method.toLowerCase()) {
    fail(`method ${operations[i]!.method} is defined twice`);
  }
}

const info = root['info'];
const version = isObject(info) ? info['version'] : undefined;
if (typeof version !== 'string') fail('info.version is missing');

// 1. Every generated file ends in .gen.ts: rename hey-api's client/index.ts.
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
const clientIndex = join(genDir, 'client', 'index.ts');
if (existsSync(clientIndex)) renameSync(clientIndex, join(genDir, 'client', 'index.gen.ts'));
for (const file of walk(genDir)) {
  if (!file.endsWith('.ts')) continue;
  if (!file.endsWith('.gen.ts')) fail(`${relative(packageDir, file)} does not end in .gen.ts`);
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(/(['"])((?:\.\.?\/)+(?:[\w-]+\/)*)client\/index\.js\1/g, '$1$2client/index.gen.js$1');
  if (fixed !== source) writeFileSync(file, fixed);
}

// 2. methods.gen.ts
const sdkSource = readFileSync(join(genDir, 'sdk.gen.ts'), 'utf8');
const typesSource = readFileSync(join(genDir, 'types.gen.ts'), 'utf8');
for (const op of operations) {
  if (!sdkSource.includes(`export const ${op.sdkName} =`)) {
    fail(`sdk.gen.ts has no function ${op.sdkName} for ${op.method}`);
  }
  for (const suffix of ['Data', 'Responses']) {
    if (!typesSource.includes(`export type ${op.typePrefix}${suffix} =`)) {
      fail(`types.gen.ts has no type ${op.typePrefix}${suffix} for ${op.method}`);
    }
  }
}

const str = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const key = (value: string): string => (/^[A-Za-z_$][\w$]*$/.test(value) ? value : str(value));
const comment = (text: string | undefined, indent: string): string[] =>
  text === undefined ? [] : [`${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\s+/g, ' ').trim()} */`];

const lines: string[] = [
  '// This file is auto-generated by scripts/generate-methods.ts from schema/openapi.yaml.',
  '// Do not edit it: change the contract and run `pnpm run generate`.',
  '',
  `import { ${operations.map((op) => op.sdkName).join(', ')} } from './sdk.gen.js';`,
  `import type { ${operations
    .flatMap((op) => [`${op.typePrefix}Data`, `${op.typePrefix}Responses`])
    .join(', ')} } from './types.gen.js';`,
  '',
  '/** The version of the contract (`info.version` of schema/openapi.yaml) this client was generated from. */',
  `export const contractVersion = ${str(version as string)};`,
  '',
  '/** The types of each Bitrix24 method in the contract, by method name. */',
  'export interface Methods {',
];
for (const op of operations) {
  const codes = [...op.errors.keys()];
  lines.push(
    ...comment(op.summary, '  '),
    `  ${str(op.method)}: {`,
    '    /** The parameters (the request body). */',
    `    params: ${op.hasBody ? `${op.typePrefix}Data['body']` : 'Record<string, never>'};`,
    '    /** The success envelope: `result` and `time`. */',
    `    success: ${op.typePrefix}Responses[${op.successStatus}];`,
    '    /** The error codes the contract gives for this method. */',
    `    errorCode: ${codes.length ? codes.map(str).join(' | ') : 'never'};`,
    '  };',
  );
}
lines.push(
  '}',
  '',
  '/** Each method: its operationId, its generated sdk function, and its error codes with their HTTP statuses. */',
  'export const methods = {',
);
for (const op of operations) {
  lines.push(
    `  ${str(op.method)}: {`,
    `    operationId: ${str(op.operationId)},`,
    `    sdk: ${op.sdkName},`,
    '    errors: {',
    ...[...op.errors].map(([code, statuses]) => `      ${key(code)}: [${statuses.join(', ')}],`),
    '    },',
    '  },',
  );
}
lines.push('} as const;', '');

writeFileSync(join(genDir, 'methods.gen.ts'), lines.join('\n'));
console.log(`generate-methods: ${operations.length} method(s), contract ${version as string}`);

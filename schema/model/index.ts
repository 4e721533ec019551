// The contract model: the one module that reads the contract and answers what the rest of the
// repo asks of it (the operations and webhook events, their parameters, results, examples,
// error codes and statuses, extensions and deprecations, and Ajv-ready schemas). Both
// generators, the tests and the bench read the contract through it; nothing else parses the
// document.
//
// It reads the bundled document (`dist/openapi.json`, written by `pnpm --filter
// @b24-imbot/schema build` from `openapi.yaml` and the files it references), so every `$ref`
// in it is local.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A node of the JSON document: schemas, operations and examples are read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The bundled contract of this repository. */
export const bundledContractPath = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

const VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
// One segment (`batch`) or more (`imbot.chat.add`).
const METHOD_PATH = /^\/([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)$/;
/** Where the extensions of this repo live: `x-bitrix-empty-error`, `x-bitrix-successor`, ... */
const EXTENSION = /^x-bitrix-/;

export interface ContractParameter {
  /** As the contract spells it, e.g. `USERS` or `botId`. */
  readonly name: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  /** The property's schema, `$ref`s followed at its top. */
  readonly schema: Json;
  /** `integer` / `number` (or arrays of them): read from wire strings as numbers. */
  readonly numeric?: 'integer' | 'number' | 'integer[]' | 'number[]';
  /** `x-bitrix-*` extensions on the property. */
  readonly extensions: Readonly<Record<string, unknown>>;
}

export interface ContractOperation {
  /** The Bitrix method name, the path without its slash: `imbot.chat.add`. */
  readonly method: string;
  readonly operationId: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  /** The method to use instead (`x-bitrix-successor`), for deprecated ones. */
  readonly successor?: string;
  /** The request body's media types (JSON first when both are there). */
  readonly paramsContentTypes: readonly string[];
  /** The parameters' schema as written (a `$ref` or inline). */
  readonly paramsSchema: Json;
  /** The top-level parameters. */
  readonly params: readonly ContractParameter[];
  /** The value of the first named example of the request body. */
  readonly paramsExample?: Json;
  /** The 200 envelope's schema as written. */
  readonly successSchema: Json;
  /** The value of the first named example of the 200 answer (`{result, time}`). */
  readonly successExample?: Json;
  /** Every error code the operation may answer, with the HTTP statuses that carry it (ascending). */
  readonly errors: ReadonlyMap<string, readonly number[]>;
  /** `x-bitrix-*` extensions on the operation. */
  readonly extensions: Readonly<Record<string, unknown>>;
}

/** A webhook of the document (`webhooks`): an event the platform POSTs to the application. */
export interface ContractEvent {
  /** The event name, the key under `webhooks`: `ONIMBOTV2MESSAGEADD`. */
  readonly name: string;
  readonly operationId: string;
  readonly summary?: string;
  readonly description?: string;
  /** The request body's media type (a form for Bitrix24 events). */
  readonly contentType: string;
  /** The delivery's schema as written (a `$ref` or inline): `{event, data, ts, auth, ...}`. */
  readonly payloadSchema: Json;
  /** The schema of the delivery's `data` property as written. */
  readonly dataSchema: Json;
  /**
   * Whom the event is about: `bot` when its data requires a `bot` (the bot events a bot's
   * handlers and imbot.v2.Event.get see), `app` otherwise (ONAPPINSTALL, ONAPPUNINSTALL).
   */
  readonly about: 'bot' | 'app';
  /** The values of the request body's named examples, in document order. */
  readonly examples: readonly Json[];
}

export interface Contract {
  /** The whole bundled document. */
  readonly document: Json;
  /** `info.version`. */
  readonly version: string;
  /** Every operation, in document order. */
  readonly operations: readonly ContractOperation[];
  /** An operation by its method name (case-insensitive, as portals read it). */
  operation(method: string): ContractOperation | undefined;
  /** Every webhook (`webhooks`), in document order. */
  readonly events: readonly ContractEvent[];
  /** Every error code over all operations, with its statuses. */
  readonly errors: ReadonlyMap<string, readonly number[]>;
  /** Error code -> the `error_description` the contract's examples give it. */
  readonly errorDescriptions: Readonly<Record<string, string>>;
  /** Follows local `$ref`s to the node they point at. */
  resolve(node: Json): Json;
  /** The component schemas with their `$ref`s pointing at `${base}Name` (Ajv's `$defs`). */
  defs(base?: string): Record<string, Json>;
  /** A schema of the document with its `$ref`s pointing at `${base}Name`. */
  toDefs(schema: Json, base?: string): Json;
  /** A standalone JSON Schema 2020-12 for a schema of the document: `{$defs, ...schema}`. */
  jsonSchema(schema: Json): Json;
}

const fail = (message: string): never => {
  throw new Error(`contract: ${message}`);
};

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const extensionsOf = (node: Json): Record<string, unknown> =>
  Object.fromEntries(Object.entries(isObject(node) ? node : {}).filter(([key]) => EXTENSION.test(key)));

const cache = new Map<string, Contract>();

/** Reads a bundled contract (this repo's by default) once per path. */
export const loadContract = (path: string = bundledContractPath): Contract => {
  let contract = cache.get(path);
  if (!contract) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return fail(`${path} is missing: build the schema first (pnpm --filter @b24-imbot/schema build)`);
    }
    contract = contractFrom(JSON.parse(text));
    cache.set(path, contract);
  }
  return contract;
};

/** The model of a bundled document already in memory. */
export const contractFrom = (document: Json): Contract => {
  if (!isObject(document) || typeof document.openapi !== 'string') fail('not an OpenAPI document');
  const version = typeof document.info?.version === 'string' ? document.info.version : fail('info.version is missing');

  const resolve = (node: Json): Json => {
    let at = node;
    for (let hops = 0; isObject(at) && typeof at.$ref === 'string'; hops++) {
      if (hops > 32) fail(`$ref cycle at ${node.$ref}`);
      const ref: string = at.$ref;
      if (!ref.startsWith('#/')) fail(`only local $refs are read (bundle the document): ${ref}`);
      at = ref
        .slice(2)
        .split('/')
        .reduce((parent: Json, key: string) => parent?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
      if (at === undefined) fail(`unresolved $ref ${ref}`);
    }
    return at;
  };

  const toDefs = (node: Json, base = '#/$defs/'): Json => {
    if (Array.isArray(node)) return node.map((item) => toDefs(item, base));
    if (!isObject(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', base) : toDefs(value, base),
      ]),
    );
  };
  const schemas: Record<string, Json> = document.components?.schemas ?? {};
  const defs = (base = '#/$defs/'): Record<string, Json> => toDefs(schemas, base);

  /** The `error` codes an error schema allows: enum or const, through $ref, allOf, anyOf, oneOf. */
  const errorCodes = (schemaNode: Json): string[] => {
    const schema = resolve(schemaNode);
    if (!isObject(schema)) return [];
    const codes: string[] = [];
    const error = schema.properties?.error === undefined ? undefined : resolve(schema.properties.error);
    if (Array.isArray(error?.enum)) codes.push(...error.enum.filter((code: unknown) => typeof code === 'string'));
    if (typeof error?.const === 'string') codes.push(error.const);
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      for (const part of Array.isArray(schema[key]) ? schema[key] : []) codes.push(...errorCodes(part));
    }
    return codes;
  };

  const numericKind = (schemaNode: Json): ContractParameter['numeric'] => {
    const schema = resolve(schemaNode);
    if (schema?.type === 'integer' || schema?.type === 'number') return schema.type;
    if (schema?.type === 'array') {
      const items = resolve(schema.items);
      if (items?.type === 'integer' || items?.type === 'number') return items.type === 'integer' ? 'integer[]' : 'number[]';
    }
    return undefined;
  };

  const firstExample = (media: Json): Json => {
    const named = Object.values<Json>(media?.examples ?? {})[0];
    if (named !== undefined) return resolve(named)?.value;
    return media?.example;
  };

  const operations: ContractOperation[] = [];
  const allErrors = new Map<string, number[]>();
  const errorDescriptions: Record<string, string> = {};
  for (const [path, itemNode] of Object.entries<Json>(document.paths ?? {})) {
    const item = resolve(itemNode);
    const verbs = VERBS.filter((verb) => isObject(item[verb]));
    const match = METHOD_PATH.exec(path) ?? fail(`path ${path} is not a Bitrix method name like /scope.entity.action or /batch`);
    if (verbs.length !== 1) fail(`${path}: declare one operation (Bitrix methods take any verb; clients POST)`);
    const op = item[verbs[0]!];
    const where = `${path}`;
    if (typeof op.operationId !== 'string') fail(`${where} has no operationId`);
    if ((op.parameters ?? item.parameters ?? []).length > 0) {
      fail(`${where}: declare the method's parameters in its request body, not as OpenAPI parameters`);
    }
    const content = resolve(op.requestBody)?.content ?? {};
    const paramsContentTypes = ['application/json', 'application/x-www-form-urlencoded'].filter(
      (type) => content[type]?.schema !== undefined,
    );
    if (paramsContentTypes.length === 0) fail(`${where} needs a JSON or form request body schema`);
    const paramsSchema = content[paramsContentTypes[0]!].schema;
    const paramsResolved = resolve(paramsSchema);
    const required = new Set<string>(paramsResolved?.required ?? []);
    const params: ContractParameter[] = Object.entries<Json>(paramsResolved?.properties ?? {}).map(([name, property]) => {
      const numeric = numericKind(property);
      return {
        name,
        required: required.has(name),
        deprecated: property.deprecated === true || resolve(property)?.deprecated === true,
        schema: resolve(property),
        ...(numeric ? { numeric } : {}),
        extensions: { ...extensionsOf(resolve(property)), ...extensionsOf(property) },
      };
    });

    const success = resolve(op.responses?.['200'])?.content?.['application/json'];
    if (success?.schema === undefined) fail(`${where} needs a 200 application/json response schema`);

    const errors = new Map<string, number[]>();
    const statuses = Object.keys(op.responses ?? {})
      .filter((status) => /^[45]\d\d$/.test(status))
      .sort();
    for (const status of statuses) {
      const media = resolve(op.responses[status])?.content?.['application/json'];
      for (const code of errorCodes(media?.schema)) {
        for (const map of [errors, allErrors]) {
          const known = map.get(code) ?? [];
          if (!known.includes(Number(status))) map.set(code, [...known, Number(status)].sort());
        }
      }
      for (const example of Object.values<Json>(media?.examples ?? {})) {
        const value = resolve(example)?.value;
        if (typeof value?.error === 'string' && typeof value.error_description === 'string') {
          errorDescriptions[value.error] ??= value.error_description;
        }
      }
    }
    for (const param of params) {
      const code = param.extensions['x-bitrix-empty-error'];
      if (code !== undefined && !errors.has(String(code))) {
        fail(`${where}: x-bitrix-empty-error ${String(code)} on ${param.name} is not an error code of any response`);
      }
    }
    const successor = op['x-bitrix-successor'];
    operations.push({
      method: match[1]!,
      operationId: op.operationId,
      ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
      ...(typeof op.description === 'string' ? { description: op.description } : {}),
      deprecated: op.deprecated === true,
      ...(typeof successor === 'string' ? { successor } : {}),
      paramsContentTypes,
      paramsSchema,
      params,
      ...(firstExample(content[paramsContentTypes[0]!]) === undefined ? {} : { paramsExample: firstExample(content[paramsContentTypes[0]!]) }),
      successSchema: success.schema,
      ...(firstExample(success) === undefined ? {} : { successExample: firstExample(success) }),
      errors,
      extensions: extensionsOf(op),
    });
  }
  if (operations.length === 0) fail('the document has no operations');
  const byMethod = new Map(operations.map((op) => [op.method.toLowerCase(), op]));
  if (byMethod.size !== operations.length) fail('two operations share a method name (names are case-insensitive)');
  const ids = new Set(operations.map((op) => op.operationId));
  if (ids.size !== operations.length) fail('two operations share an operationId');

  const events: ContractEvent[] = Object.entries<Json>(document.webhooks ?? {}).map(([name, itemNode]) => {
    const item = resolve(itemNode);
    const verbs = VERBS.filter((verb) => isObject(item?.[verb]));
    if (verbs.length !== 1 || verbs[0] !== 'post') fail(`webhook ${name}: declare one post operation`);
    const op = item.post;
    if (typeof op.operationId !== 'string') fail(`webhook ${name} has no operationId`);
    if (ids.has(op.operationId)) fail(`webhook ${name}: operationId ${op.operationId} is taken`);
    ids.add(op.operationId);
    const [contentType, media] =
      Object.entries<Json>(resolve(op.requestBody)?.content ?? {})[0] ?? fail(`webhook ${name} needs a request body`);
    if (media?.schema === undefined) fail(`webhook ${name} needs a request body schema`);
    const dataSchema = resolve(media.schema)?.properties?.data ?? fail(`webhook ${name}: the payload has no data property`);
    return {
      name,
      operationId: op.operationId,
      ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
      ...(typeof op.description === 'string' ? { description: op.description } : {}),
      contentType,
      payloadSchema: media.schema,
      dataSchema,
      about: (resolve(dataSchema)?.required ?? []).includes('bot') ? 'bot' : 'app',
      examples: Object.values<Json>(media.examples ?? {}).map((example) => resolve(example)?.value),
    };
  });

  return {
    document,
    version,
    operations,
    operation: (method) => byMethod.get(method.toLowerCase()),
    events,
    errors: allErrors,
    errorDescriptions,
    resolve,
    defs,
    toDefs,
    jsonSchema: (schema) => ({ $defs: defs(), ...toDefs(schema) }),
  };
};

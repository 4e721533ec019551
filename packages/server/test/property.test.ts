// Property tests generated from the contract, for every operation it has (a method added to the
// contract is covered with no edit here): valid parameters built from the operation's params
// schema and sent in every wire form must reach the handler as generated (plus the contract's
// defaults); broken ones, in typed ways, must get the contract's 4xx envelope naming the
// parameter, never reach the handler, and leave the server serving.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Handlers } from '../src/index.js';
import { type Json, model, paramsValidator, resolve, schemaValidator } from './contract.js';
import { type Answer, expectError, expectSuccess, request } from './helpers.js';

type Params = Record<string, unknown>;
type Operation = (typeof model.operations)[number];

// ---- The subset of JSON Schema the contract uses -------------------------------------------

/** Keywords with a generator below; anything else fails the test, so it grows with the contract. */
const KEYWORDS = new Set([
  ...['type', 'enum', 'const', 'default', 'properties', 'required', 'additionalProperties', 'propertyNames'],
  ...['minProperties', 'maxProperties', 'items', 'minItems', 'maxItems', 'minimum', 'maximum'],
  ...['minLength', 'maxLength', 'pattern', 'format', 'contentEncoding', 'oneOf', 'anyOf', 'allOf'],
]);
/** Keywords that do not constrain a value. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'deprecated', 'contentMediaType', '$comment']);
const FORMATS = new Set(['uri', 'uuid', 'date-time']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A schema with its `$ref` followed (siblings of the `$ref` kept) and `allOf` merged; unknown keywords fail. */
const node = (schema: Json): Json => {
  const { $ref: _ref, ...siblings } = schema ?? {};
  const s: Json = { ...resolve(schema), ...siblings };
  delete s.$ref;
  for (const key of Object.keys(s)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key) && !key.startsWith('x-')) {
      throw new Error(`property test: no generator for the keyword "${key}" in ${JSON.stringify(s)}`);
    }
  }
  if (s.type !== undefined && !TYPES.has(s.type)) throw new Error(`property test: no generator for the type ${JSON.stringify(s.type)}`);
  if (s.format !== undefined && !FORMATS.has(s.format)) throw new Error(`property test: no generator for the format ${s.format}`);
  if ((s.oneOf || s.anyOf) && Object.keys(s).some((key) => KEYWORDS.has(key) && !['oneOf', 'anyOf', 'default'].includes(key))) {
    throw new Error(`property test: oneOf/anyOf beside other keywords is not generated: ${JSON.stringify(s)}`);
  }
  if (!s.allOf) return s;
  // allOf of object schemas: one object with every part's properties and required names.
  const { allOf, ...rest } = s;
  const parts: Json[] = [rest, ...allOf.map(node)];
  const properties: Record<string, Json> = {};
  for (const part of parts) {
    if (part.type !== undefined && part.type !== 'object') throw new Error(`property test: allOf of non-objects: ${JSON.stringify(s)}`);
    if (part.oneOf || part.anyOf || part.additionalProperties !== undefined) throw new Error(`property test: allOf part not generated: ${JSON.stringify(part)}`);
    for (const [name, property] of Object.entries<Json>(part.properties ?? {})) {
      properties[name] = properties[name] ? { ...node(properties[name]), ...node(property) } : property;
    }
  }
  return { ...rest, type: 'object', properties, required: [...new Set(parts.flatMap((part) => part.required ?? []))] };
};

const kindOf = (s: Json): string =>
  s.oneOf || s.anyOf ? 'union' : s.type ?? (s.properties || s.additionalProperties ? 'object' : 'any');

/** Whether PHP's http_build_query can carry the value exactly (it drops nulls and empty arrays). */
const formSafe = (value: unknown, top = true): boolean => {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => formSafe(item, false));
  if (isObject(value)) return (top || Object.keys(value).length > 0) && Object.values(value).every((item) => formSafe(item, false));
  return true;
};

const KEY = /^[a-z][a-zA-Z]{0,7}$/;

/**
 * An arbitrary for the values a schema allows. `form`: only values a PHP form carries exactly
 * (no nulls, no empty lists or objects below the top), so every wire form can send them.
 */
const arbitrary = (schema: Json, form: boolean, depth = 0): fc.Arbitrary<unknown> => {
  const s = node(schema);
  if (depth > 8) throw new Error('property test: the schema nests deeper than 8');
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  const kind = kindOf(s);
  switch (kind) {
    case 'union': {
      const branches: Json[] = (s.oneOf ?? s.anyOf).map(node).filter((branch: Json) => !(form && branch.type === 'null'));
      return fc.oneof(...branches.map((branch) => arbitrary(branch, form, depth + 1)));
    }
    case 'null':
      if (form) throw new Error('property test: a form cannot carry null');
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: s.minimum ?? -(2 ** 31), max: s.maximum ?? 2 ** 31 - 1 });
    case 'number':
      return fc
        .double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true })
        .filter((n) => !Object.is(n, -0));
    case 'string': {
      const minLength: number = s.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 24, 24));
      let strings: fc.Arbitrary<string>;
      if (s.format === 'uuid') strings = fc.uuid();
      else if (s.format === 'uri') strings = fc.webUrl();
      else if (s.format === 'date-time') {
        strings = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
      } else if (s.pattern !== undefined) strings = fc.stringMatching(new RegExp(s.pattern), { size: 'xsmall' });
      else if (s.contentEncoding === 'base64') {
        strings = fc.uint8Array({ minLength: minLength > 0 ? 1 : 0, maxLength: 18 }).map((bytes) => Buffer.from(bytes).toString('base64'));
      } else if (s.contentEncoding !== undefined) throw new Error(`property test: no generator for contentEncoding ${s.contentEncoding}`);
      else {
        // Wire-lookalikes too: a string parameter must stay a string whatever it spells.
        strings = fc.oneof(
          { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength, maxLength }) },
          { weight: 1, arbitrary: fc.constantFrom('1', '0', 'Y', 'N', 'true', 'false', '12', '-3', '1.5', ' ', 'a+b&c=d', '[x]') },
        );
      }
      return strings.filter((text) => [...text].length >= minLength && [...text].length <= (s.maxLength ?? Infinity));
    }
    case 'array': {
      const minLength = Math.max(s.minItems ?? 0, form ? 1 : 0);
      return fc.array(arbitrary(s.items ?? {}, form, depth + 1), { minLength, maxLength: Math.min(s.maxItems ?? 3, Math.max(minLength, 3)) });
    }
    case 'object':
    case 'any': {
      if (kind === 'any' && Object.keys(s).some((key) => KEYWORDS.has(key) && key !== 'default')) {
        throw new Error(`property test: a schema without a type: ${JSON.stringify(s)}`);
      }
      const properties: Record<string, Json> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      for (const name of required) if (!(name in properties)) throw new Error(`property test: required ${name} has no schema`);
      const known = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, arbitrary(property, form, depth + 1)])),
        { requiredKeys: required },
      );
      // Free-form objects (no properties, no additionalProperties schema) carry strings here.
      const freeForm = !s.properties && s.additionalProperties === undefined;
      const extraSchema = freeForm ? { type: 'string', maxLength: 8 } : isObject(s.additionalProperties) ? s.additionalProperties : undefined;
      const names = s.propertyNames ? arbitrary({ type: 'string', ...s.propertyNames }, form, depth + 1) : fc.stringMatching(KEY);
      const extra = extraSchema
        ? fc.dictionary(names as fc.Arbitrary<string>, arbitrary(extraSchema, form, depth + 1), { maxKeys: Math.min(s.maxProperties ?? 3, 3) })
        : fc.constant({});
      const minKeys = Math.max(s.minProperties ?? 0, form && depth > 0 ? 1 : 0);
      return fc
        .tuple(known, extra)
        .map(([a, b]) => ({ ...Object.fromEntries(Object.entries(b).filter(([key]) => !(key in properties))), ...a }))
        .filter((value) => Object.keys(value).length >= minKeys && Object.keys(value).length <= (s.maxProperties ?? Infinity));
    }
    default:
      throw new Error(`property test: no generator for ${JSON.stringify(s)}`);
  }
};

/**
 * What the handler must get for a valid value: the contract's defaults filled in where Ajv
 * fills them (properties and items, not inside oneOf/anyOf), and booleans read where an enum
 * mixes booleans with their wire spellings.
 */
const expected = (schema: Json, value: unknown): unknown => {
  const s = node(schema);
  if (Array.isArray(s.enum) && s.enum.some((item: unknown) => typeof item === 'boolean') && typeof value === 'string') {
    return ['true', 'Y', '1'].includes(value) ? true : ['false', 'N', '0'].includes(value) ? false : value;
  }
  if (Array.isArray(value) && kindOf(s) === 'array') return value.map((item) => expected(s.items ?? {}, item));
  if (isObject(value) && kindOf(s) === 'object') {
    const out: Params = { ...value };
    const properties: Record<string, Json> = s.properties ?? {};
    for (const [name, property] of Object.entries(properties)) {
      // A referenced schema's default applies too, except in a patch (an object with minProperties).
      const fallback = property.default ?? (s.minProperties === undefined ? resolve(property).default : undefined);
      if (out[name] === undefined && fallback !== undefined) out[name] = structuredClone(fallback);
      else if (out[name] !== undefined) out[name] = expected(property, out[name]);
    }
    if (isObject(s.additionalProperties)) {
      for (const key of Object.keys(out)) if (!(key in properties)) out[key] = expected(s.additionalProperties, out[key]);
    }
    return out;
  }
  return value;
};

// ---- One operation, read from the contract ---------------------------------------------------

interface Breakage {
  label: string;
  /** Changes valid parameters into broken ones. */
  change: (params: Params) => Params;
  /** Whether a PHP form still carries the break (a number is a fine string in a form). */
  form: boolean;
  /** The parameter the answer must name, as Bitrix writes it (`fields[title]`, `USERS[0]`). */
  names: string;
  /** The error code: INVALID_FORMAT, or the page's code the contract gives the break (x-bitrix-empty-error, x-bitrix-invalid-error). */
  code: string;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);

const sample = <T,>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { numRuns: 1, seed: 1 })[0]!;

/** Sets a value at a path, creating what is missing on the way from valid samples of the schema. */
const setAt = (params: Params, root: Json, path: (string | number)[], value: unknown): Params => {
  const out = structuredClone(params);
  let at: Json = out;
  let schema: Json = root;
  path.forEach((key, i) => {
    const s = node(schema);
    schema = typeof key === 'number' ? s.items : s.properties[key];
    if (i === path.length - 1) {
      if (value === undefined) delete at[key];
      else at[key] = value;
    } else {
      if (at[key] === undefined || at[key] === null || (Array.isArray(at[key]) && at[key].length === 0)) {
        at[key] = sample(arbitrary(schema, true, 1));
      }
      at = at[key];
    }
  });
  return out;
};

const pathName = (path: (string | number)[]): string => `${path[0]}${path.slice(1).map((key) => `[${key}]`).join('')}`;

/** Values of the wrong kind for a schema, each with whether a form still carries the break. */
const wrongValues = (s: Json): [unknown, boolean][] => {
  const values: [unknown, boolean][] = [];
  const kind = kindOf(s);
  if (Array.isArray(s.enum)) values.push(['NOT_IN_ENUM', true]);
  switch (kind) {
    case 'integer':
      values.push(['abc', true], [1.5, true], [{ nested: 'x' }, true]);
      if (s.minimum !== undefined) values.push([s.minimum - 1, true]);
      if (s.maximum !== undefined) values.push([s.maximum + 1, true]);
      break;
    case 'number':
      values.push(['abc', true], [{ nested: 'x' }, true]);
      break;
    case 'boolean':
      values.push(['maybe', true], [2, true], [{ nested: 'x' }, true]);
      break;
    case 'string':
      values.push([12, false], [['a'], true], [{ nested: 'x' }, true]);
      if (s.pattern !== undefined && !new RegExp(s.pattern).test('@@')) values.push(['@@', true]);
      if (s.minLength) values.push(['', true]);
      if (s.maxLength !== undefined && s.maxLength <= 100_000) values.push(['x'.repeat(s.maxLength + 1), true]);
      if (s.format === 'uri') values.push(['not a uri', true]);
      if (s.format === 'uuid') values.push(['not-a-uuid', true]);
      if (s.format === 'date-time') values.push(['yesterday', true]);
      break;
    case 'array':
      values.push(['x', true]);
      if (s.minItems) values.push([[], false]);
      break;
    case 'object':
      values.push(['x', true], [12, false]);
      if (s.minProperties) values.push([{}, false]);
      break;
    case 'union':
      values.push(['@@x', true], ['', true], [12, false], [{ nested: 'x' }, true]);
      break;
  }
  return values;
};

/**
 * The page codes the contract gives an operation's parameters at any depth, as the runtime reads
 * them: x-bitrix-empty-error in document order (the first missing one is answered), and
 * x-bitrix-invalid-error by dotted path (one code, or a code per rule).
 */
const pageCodesOf = (root: Json) => {
  const empty: [string[], string][] = [];
  const invalid = new Map<string, string | Record<string, string>>();
  const visit = (schema: Json, path: string[], depth: number) => {
    const s = node(schema);
    if (path.length > 0 && s['x-bitrix-empty-error'] !== undefined) empty.push([path, String(s['x-bitrix-empty-error'])]);
    if (path.length > 0 && s['x-bitrix-invalid-error'] !== undefined) invalid.set(path.join('.'), s['x-bitrix-invalid-error']);
    if (depth < 8 && kindOf(s) === 'object') for (const [name, property] of Object.entries<Json>(s.properties ?? {})) visit(property, [...path, name], depth + 1);
  };
  visit(root, [], 0);
  return { empty, invalid };
};

const operationCase = (op: Operation) => {
  const root = node(op.paramsSchema);
  const validate = paramsValidator(op.method);
  const emptyErrors = new Map(op.params.flatMap((p) => (p.extensions['x-bitrix-empty-error'] ? [[p.name, String(p.extensions['x-bitrix-empty-error'])]] : [])));
  const webhookRequired = new Map(op.params.flatMap((p) => (p.extensions['x-bitrix-webhook-required'] ? [[p.name, String(p.extensions['x-bitrix-webhook-required'])]] : [])));
  // A parameter with an empty error must be there for the call to succeed, whatever `required` says.
  const top = { ...root, required: [...new Set([...(root.required ?? []), ...emptyErrors.keys()])] };
  const nonEmpty = (params: unknown) => [...emptyErrors.keys()].every((name) => !isEmpty((params as Params)[name]));
  const valid = (form: boolean) => arbitrary(top, form).filter(nonEmpty) as fc.Arbitrary<Params>;

  const breakages: Breakage[] = [];
  const pages = pageCodesOf(root);
  /**
   * The code the contract gives a break: the page's code for a missing or empty value
   * (x-bitrix-empty-error, at the path or below a parent left out), else the page's code for a
   * value that breaks a rule (x-bitrix-invalid-error at the path or above it), else INVALID_FORMAT.
   */
  const code = (path: (string | number)[], value: unknown, schema?: Json) => {
    const key = path.map(String);
    const gone = value === undefined || (isObject(value) && Object.keys(value).length === 0);
    for (const [at, empty] of pages.empty) {
      const same = at.length === key.length && at.every((part, i) => part === key[i]);
      const below = at.length > key.length && key.every((part, i) => part === at[i]);
      if ((same && isEmpty(value)) || (below && gone)) return empty;
    }
    if (value === undefined || schema === undefined) return 'INVALID_FORMAT';
    const rule = schemaValidator(schema);
    rule(value);
    const keyword = rule.errors?.[0]?.keyword;
    for (let length = key.length; length > 0; length--) {
      const invalid = pages.invalid.get(key.slice(0, length).join('.'));
      if (typeof invalid === 'string') return invalid;
      if (invalid !== undefined && keyword !== undefined && typeof invalid[keyword] === 'string') return invalid[keyword];
    }
    return 'INVALID_FORMAT';
  };
  const walk = (schema: Json, path: (string | number)[], depth: number) => {
    const s = node(schema);
    const accepts = schemaValidator(schema);
    for (const [value, form] of path.length === 0 ? [] : wrongValues(s)) {
      // The contract must refuse the value here (unions: only what matches no branch).
      if (accepts(value)) continue;
      breakages.push({ label: `${pathName(path)} = ${JSON.stringify(value).slice(0, 40)}`, change: (p) => setAt(p, root, path, value), form, names: pathName(path), code: code(path, value, schema) });
    }
    if (depth > 6) return;
    const kind = kindOf(s);
    if (kind === 'array' && s.items) walk(s.items, [...path, 0], depth + 1);
    if (kind === 'object') {
      const required: string[] = path.length === 0 ? top.required : s.required ?? [];
      for (const [name, property] of Object.entries<Json>(s.properties ?? {})) {
        const at = [...path, name];
        if (required.includes(name)) {
          breakages.push({ label: `${pathName(at)} missing`, change: (p) => setAt(p, root, at, undefined), form: true, names: pathName(at), code: code(at, undefined) });
          if (path.length === 0 && !op.params.find((p) => p.name === name)!.extensions['x-bitrix-webhook-required']) {
            // camelCase names are exact: another case is another (unknown) parameter.
            const other = name === name.toUpperCase() ? undefined : name.toUpperCase();
            if (other && !Object.keys(s.properties).some((n) => n.toUpperCase() === other && n !== name)) {
              breakages.push({
                label: `${name} sent as ${other}`,
                change: (p) => Object.fromEntries(Object.entries(p).map(([n, v]) => [n === name ? other : n, v])),
                form: true,
                names: name,
                code: code(at, undefined),
              });
            }
          }
        }
        walk(property, at, depth + 1);
      }
      if (isObject(s.additionalProperties) && path.length > 0) {
        const key = sample(s.propertyNames ? arbitrary({ type: 'string', ...s.propertyNames }, true) : fc.stringMatching(KEY)) as string;
        const inner = node(s.additionalProperties);
        for (const [value, form] of wrongValues(inner)) {
          if (schemaValidator(s.additionalProperties)(value)) continue;
          breakages.push({ label: `${pathName([...path, key])} = ${JSON.stringify(value).slice(0, 40)}`, change: (p) => setAt(p, root, path, { [key]: value }), form, names: pathName([...path, key]), code: 'INVALID_FORMAT' });
        }
        if (s.propertyNames) {
          const good = sample(arbitrary(inner, true));
          breakages.push({ label: `${pathName(path)} key`, change: (p) => setAt(p, root, path, { 'NOT A KEY': good }), form: true, names: pathName(path), code: 'INVALID_FORMAT' });
        }
      }
    }
  };
  walk(top, [], 0);
  return { op, root, top, validate, valid, emptyErrors, webhookRequired, breakages };
};

/** Every operation a handler serves: all but batch (`x-bitrix-max-commands`), which runs the others (test/batch*.test.ts). */
const handled = model.operations.filter((op) => op.extensions['x-bitrix-max-commands'] === undefined);
const cases = handled.map(operationCase);

// ---- The wire ---------------------------------------------------------------------------------

/** PHP form encoding as http_build_query writes it (booleans 1/0, `[i]` lists; `[]` for scalar items if asked). */
const phpForm = (params: Params, indexed: boolean, rename: (name: string) => string): string => {
  const enc = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');
  const pairs = (key: string, value: unknown): string[] => {
    if (Array.isArray(value)) {
      return value.flatMap((item, i) => pairs(`${key}[${indexed || isObject(item) || Array.isArray(item) ? i : ''}]`, item));
    }
    if (isObject(value)) return Object.entries(value).flatMap(([inner, item]) => pairs(`${key}[${inner}]`, item));
    if (value === null || value === undefined) return [];
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    return [`${enc(key)}=${enc(text)}`];
  };
  return Object.entries(params)
    .flatMap(([name, value]) => pairs(rename(name), value))
    .join('&');
};

const WIRES = ['json', 'form[]', 'form[i]', 'query', 'query+json'] as const;
type WireName = (typeof WIRES)[number];
interface Wire {
  url: number;
  wire: WireName;
  nameCase: number;
}
const wireArb = (form: boolean): fc.Arbitrary<Wire> =>
  fc.record({ url: fc.nat({ max: 3 }), wire: form ? fc.constantFrom(...WIRES) : fc.constant('json' as const), nameCase: fc.nat({ max: 2 }) });

const urlsOf = (method: string) => [
  `/rest/${method}`,
  `/rest/${method}.json`,
  `/rest/${method.toUpperCase()}/`,
  `/rest/1/code/${method.toLowerCase()}.json`,
];
const isWebhook = (url: number) => url === 3;
/** v1 names (UPPER_CASE) are read whatever their case; v2 camelCase names exactly. */
const nameCasesOf = (op: Operation): ((name: string) => string)[] =>
  op.params.every((p) => /^[A-Z][A-Z0-9_]*$/.test(p.name))
    ? [(n) => n, (n) => n.toLowerCase(), (n) => n[0] + n.slice(1).toLowerCase()]
    : [(n) => n];

let server: { url: string; close: () => Promise<void> };
/** What every handler received, in order. */
const calls: { operationId: string; params: Params }[] = [];

beforeAll(async () => {
  const handlers = Object.fromEntries(
    handled.map((op) => [
      op.operationId,
      (params: Params) => {
        calls.push({ operationId: op.operationId, params });
        return structuredClone(op.successExample?.result);
      },
    ]),
  ) as unknown as Handlers;
  const app = createServer(handlers, { authenticate: () => {}, validateResponses: true, limits: { bodyBytes: 256 * 1024 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  server = { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
});
afterAll(() => server.close());

const send = (op: Operation, params: Params, { url, wire, nameCase }: Wire): Promise<Answer> => {
  const cases = nameCasesOf(op);
  const rename = cases[nameCase % cases.length]!;
  const path = `${server.url}${urlsOf(op.method)[url]}`;
  const jsonInit = (body: Params): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const renamed = (entries: [string, unknown][]) => Object.fromEntries(entries.map(([name, value]) => [rename(name), value]));
  const formInit = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  switch (wire) {
    case 'json':
      return request(path, jsonInit(renamed(Object.entries(params))));
    case 'form[]':
    case 'form[i]':
      return request(path, formInit(phpForm(params, wire === 'form[i]', rename)));
    case 'query': {
      const query = phpForm(params, true, rename);
      // Long values go in the body: a URL that long is not a parameter problem.
      return query.length > 4000 ? request(path, formInit(query)) : request(`${path}?${query}`, { method: 'GET' });
    }
    case 'query+json': {
      const [first, ...rest] = Object.entries(params);
      const query = first ? phpForm(Object.fromEntries([first]), false, rename) : '';
      return request(`${path}?${query}`, jsonInit(renamed(rest)));
    }
  }
};

type Case = (typeof cases)[number];

/** A webhook call carries its credential (CLIENT_ID, botToken) unless it is what is broken. */
const withCredential = (c: Case, params: Params, wire: Wire): Params => {
  if (!isWebhook(wire.url)) return params;
  const out = { ...params };
  for (const name of c.webhookRequired.keys()) if (typeof out[name] !== 'string' || out[name] === '') out[name] = 'bot-credential';
  return out;
};

/** A malformed request body: always INVALID_FORMAT, whatever the method. */
const rawBreakages: { label: string; init: (params: Params) => RequestInit; query?: string }[] = [
  { label: 'truncated JSON', init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p).slice(0, -1) }) },
  { label: 'text/plain', init: (p) => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(p) }) },
  {
    label: '__proto__ in JSON',
    init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"__proto__":{"x":1}${JSON.stringify(p).length > 2 ? `,${JSON.stringify(p).slice(1)}` : '}'}` }),
  },
  {
    label: 'invalid UTF-8',
    init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([...Buffer.from(`{"T":"\xff",${JSON.stringify(p).slice(1)}`, 'latin1')]) }),
  },
  { label: 'nested too deep', init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, X: JSON.parse('['.repeat(20) + ']'.repeat(20)) }) }) },
  { label: 'bad percent-encoding', init: () => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=%E0%A4%A' }) },
  { label: '__proto__ in a form', init: () => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '__proto__[x]=1' }) },
  { label: 'query nested too deep', init: () => ({ method: 'GET' }), query: 'a[b][c][d][e][f][g][h][i][j]=1' },
];

/** Runs promises a few at a time. */
const inBatches = async <T,>(tasks: (() => Promise<T>)[], size = 6): Promise<T[]> => {
  const out: T[] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(...(await Promise.all(tasks.slice(i, i + size).map((task) => task()))));
  return out;
};

// ---- The properties -----------------------------------------------------------------------

// Requests per operation: VALID_RUNS x 2 valid, BROKEN_RUNS x (every breakage + 1 valid).
// PROPERTY_SCALE=10 runs ten times as many (a longer hunt; the default keeps the file ~20 s).
const SCALE = Math.max(1, Number(process.env.PROPERTY_SCALE) || 1);
const VALID_RUNS = 8 * SCALE;
const BROKEN_RUNS = 1 * SCALE;
/** Generous: the machine may be busy; nothing here asserts on time. */
const TIMEOUT = 180_000;

it('covers every operation of the contract', () => {
  expect(cases.map((c) => c.op.method)).toEqual(handled.map((op) => op.method));
  expect(cases.length).toBeGreaterThanOrEqual(35);
  for (const c of cases) if (c.op.params.length > 0) expect(c.breakages.length, c.op.method).toBeGreaterThan(0);
});

describe.each(cases.map((c) => [c.op.method, c] as const))('%s', (method, c) => {
  const listsInvalidFormat = c.op.errors.get('INVALID_FORMAT')?.includes(400) ?? false;
  const expectValid = async (generated: Params, wire: Wire) => {
    const params = withCredential(c, generated, wire);
    // The arbitraries must agree with the contract, or this test is wrong.
    expect(c.validate(params), `${JSON.stringify(params)}: ${JSON.stringify(c.validate.errors)}`).toBe(true);
    const before = calls.length;
    const answer = await send(c.op, params, wire);
    expectSuccess(answer, method);
    expect(answer.body.result).toEqual(c.op.successExample?.result);
    expect(calls.length).toBe(before + 1);
    expect(calls.at(-1)).toEqual({ operationId: c.op.operationId, params: expected(c.top, params) });
  };

  it('every valid request, in every wire form, reaches the handler with exactly its parameters', async () => {
    await fc.assert(
      fc.asyncProperty(c.valid(true), wireArb(true), c.valid(false), wireArb(false), async (formParams, formWire, jsonParams, jsonWire) => {
        await expectValid(formParams, formWire);
        await expectValid(jsonParams, jsonWire);
      }),
      { numRuns: VALID_RUNS },
    );
  }, TIMEOUT);

  it('every broken request gets its 4xx envelope, reaches no handler, and the server keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(c.valid(true), wireArb(true), async (generated, wire) => {
        const before = calls.length;
        const tasks = c.breakages.map((breakage, i) => async () => {
          // Each breakage in another wire and URL form, from the generated one.
          const w: Wire = {
            url: (wire.url + i) % 4,
            wire: breakage.form ? WIRES[(WIRES.indexOf(wire.wire) + i) % WIRES.length]! : 'json',
            nameCase: wire.nameCase,
          };
          const broken = breakage.change(withCredential(c, generated, w));
          let [status, code, names] = [400, breakage.code, breakage.names];
          if (code !== 'INVALID_FORMAT') status = c.op.errors.get(code)![0]!;
          if (isWebhook(w.url)) {
            // A webhook call's credential is checked before the parameters.
            for (const [name, credentialCode] of c.webhookRequired) {
              if (typeof broken[name] !== 'string' || broken[name] === '') [status, code, names] = [c.op.errors.get(credentialCode)![0]!, credentialCode, ''];
            }
          }
          if (breakage.form && !formSafe(broken)) w.wire = 'json';
          const answer = await send(c.op, broken, w);
          return { breakage, w, answer, status, code, names };
        });
        const raw = rawBreakages.map((breakage, i) => async () => {
          const url = `${server.url}${urlsOf(method)[(wire.url + i) % 3]}${breakage.query ? `?${breakage.query}` : ''}`;
          const answer = await request(url, breakage.init(generated));
          return { breakage: { label: breakage.label }, w: wire, answer, status: 400, code: 'INVALID_FORMAT', names: '' };
        });
        for (const { breakage, w, answer, status, code, names } of await inBatches([...tasks, ...raw])) {
          const what = `${breakage.label} (${JSON.stringify(w)}): ${answer.text}`;
          expect(answer.status, what).toBeGreaterThanOrEqual(400);
          expect(answer.status, what).toBeLessThan(500);
          expect({ what, status: answer.status, code: answer.body?.error }).toEqual({ what, status, code });
          if (listsInvalidFormat || code !== 'INVALID_FORMAT') expectError(answer, status, code, undefined, method);
          else {
            // Known contract gap: an operation without parameters whose contract gives no 400
            // (imbot.v2.Revision.get) still gets 400 INVALID_FORMAT for a malformed body.
            expect(c.op.params, `${method} has parameters but no 400 INVALID_FORMAT`).toEqual([]);
            expect(Object.keys(answer.body).sort()).toEqual(['error', 'error_description']);
          }
          // The answer names the parameter and the rule: `fields[title]: must be string`.
          if (code === 'INVALID_FORMAT' && names) expect(answer.body.error_description, what).toMatch(new RegExp(`^${names.replace(/[[\]]/g, '\\$&')}\\S*: \\S`));
        }
        expect(calls.length, 'a refused call reached a handler').toBe(before);
        await expectValid(generated, wire);
      }),
      { numRuns: BROKEN_RUNS },
    );
  }, TIMEOUT);
});

// Property tests: requests generated from the contract's parameter schema, in every wire form.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, paramsSchema, resolve } from './contract.js';
import { type Answer, expectError, expectSuccess, request, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ limits: { bodyBytes: 256 * 1024 } });
});
afterAll(() => server.close());

type Params = Record<string, unknown>;
const properties: Record<string, Json> = Object.fromEntries(
  Object.entries<Json>(paramsSchema.properties).map(([name, schema]) => [name, { ...resolve(schema), ...schema, $ref: undefined }]),
);
const required: string[] = paramsSchema.required ?? [];

/** An arbitrary for the values a (resolved) schema allows: the subset of JSON Schema the contract uses. */
const valueOf = (schema: Json): fc.Arbitrary<unknown> => {
  const s = { ...resolve(schema), ...schema, $ref: undefined };
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      return s.pattern
        ? fc.stringMatching(new RegExp(s.pattern), { size: 'small' })
        : fc.string({ unit: 'binary', minLength: s.minLength ?? 0, maxLength: 40 });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -(2 ** 31), max: 2 ** 31 });
    case 'array':
      return fc.array(valueOf(s.items), { minLength: s.minItems ?? 0, maxLength: 6 });
    default:
      throw new Error(`no arbitrary for ${JSON.stringify(s)}`);
  }
};

const validParams: fc.Arbitrary<Params> = fc.record(
  Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, valueOf(schema)])),
  { requiredKeys: required },
) as fc.Arbitrary<Params>;

/** What the server should hand the handler: the parameters with the contract's defaults. */
const withDefaults = (params: Params): Params => {
  const out = { ...params };
  for (const [name, schema] of Object.entries(properties)) {
    if (out[name] === undefined && schema.default !== undefined) out[name] = schema.default;
  }
  return out;
};

/** PHP-style form encoding, as http_build_query writes it (`[]` or `[i]` for lists). */
const phpForm = (params: Params, indexed: boolean, nameCase: (name: string) => string): string =>
  Object.entries(params)
    .flatMap(([name, value]) => {
      const key = encodeURIComponent(nameCase(name));
      const enc = (v: unknown) => encodeURIComponent(String(v)).replace(/%20/g, '+');
      if (Array.isArray(value)) return value.map((item, i) => `${key}${indexed ? `%5B${i}%5D` : '%5B%5D'}=${enc(item)}`);
      if (value !== null && typeof value === 'object') {
        return Object.entries(value).map(([inner, item]) => `${key}%5B${encodeURIComponent(inner)}%5D=${enc(item)}`);
      }
      return [`${key}=${enc(value)}`];
    })
    .join('&');

const urlForms = ['/rest/imbot.chat.add', '/rest/imbot.chat.add.json', '/rest/IMBOT.CHAT.ADD/', '/rest/1/code/Imbot.Chat.Add.json'];
const nameCases = [(n: string) => n, (n: string) => n.toLowerCase(), (n: string) => n[0] + n.slice(1).toLowerCase()];
const wires = ['json', 'form[]', 'form[i]', 'query', 'query+json'] as const;

interface Wire {
  url: number;
  wire: (typeof wires)[number];
  nameCase: number;
}
const wireArb: fc.Arbitrary<Wire> = fc.record({
  url: fc.nat({ max: urlForms.length - 1 }),
  wire: fc.constantFrom(...wires),
  nameCase: fc.nat({ max: nameCases.length - 1 }),
});

const send = (params: Params, { url, wire, nameCase }: Wire): Promise<Answer> => {
  const rename = nameCases[nameCase]!;
  const renamed = Object.fromEntries(Object.entries(params).map(([name, value]) => [rename(name), value]));
  const path = `${server.url}${urlForms[url]}`;
  const jsonInit = (body: Params): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  switch (wire) {
    case 'json':
      return request(path, jsonInit(renamed));
    case 'form[]':
    case 'form[i]':
      return request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: phpForm(params, wire === 'form[i]', rename),
      });
    case 'query':
      return request(`${path}?${phpForm(params, true, rename)}`, { method: 'GET' });
    case 'query+json': {
      const [first, ...rest] = Object.entries(params);
      const query = first ? phpForm(Object.fromEntries([first]), false, rename) : '';
      return request(`${path}?${query}`, jsonInit(Object.fromEntries(rest.map(([n, v]) => [rename(n), v]))));
    }
  }
};

const needsClientId = (wire: Wire, params: Params): Params =>
  urlForms[wire.url]!.startsWith('/rest/1/') && params.CLIENT_ID === undefined ? { ...params, CLIENT_ID: 'bot' } : params;

describe('properties', () => {
  it('every valid request, in every wire form, succeeds and stores exactly its parameters', async () => {
    await fc.assert(
      fc.asyncProperty(validParams, wireArb, async (generated, wire) => {
        const params = needsClientId(wire, generated);
        const before = server.chats.length;
        const id = expectSuccess(await send(params, wire));
        expect(id).toBe(before + 1);
        expect(server.chats.at(-1)).toEqual(withDefaults(params));
      }),
      { numRuns: 150 },
    );
  });

  /** One way to break a valid request, and the Bitrix code it must get. */
  interface Breakage {
    change: (params: Params) => Params;
    code: (params: Params) => string;
    /** Whether the breakage survives form encoding (a number is a fine string in a form). */
    form: boolean;
  }
  const emptyCode = (name: string) => () => (properties[name]['x-bitrix-empty-error'] as string | undefined) ?? 'INVALID_FORMAT';
  const without = (params: Params, name: string): Params => Object.fromEntries(Object.entries(params).filter(([n]) => n !== name));

  const breakages: Breakage[] = Object.entries(properties).flatMap(([name, schema]): Breakage[] => {
    const set = (value: unknown) => (params: Params) => ({ ...params, [name]: value });
    const invalid = () => 'INVALID_FORMAT';
    const list: Breakage[] = [{ change: set({ nested: 'object' }), code: invalid, form: true }];
    if (required.includes(name)) list.push({ change: (p) => without(p, name), code: emptyCode(name), form: true });
    if (Array.isArray(schema.enum)) list.push({ change: set('NOT_IN_ENUM'), code: invalid, form: true });
    if (schema.type === 'integer') {
      list.push({ change: set('abc'), code: invalid, form: true }, { change: set(1.5), code: invalid, form: true });
      if (schema.minimum !== undefined) list.push({ change: set(schema.minimum - 1), code: invalid, form: true });
    }
    if (schema.type === 'string') {
      list.push({ change: set(12), code: invalid, form: false }, { change: set(['a']), code: invalid, form: false });
      if (schema.pattern) list.push({ change: set('@@not base64@@'), code: invalid, form: true });
      if (schema.minLength) list.push({ change: set(''), code: invalid, form: false });
    }
    if (schema.type === 'array') {
      list.push({ change: set([]), code: emptyCode(name), form: false }, { change: set('x'), code: invalid, form: false });
      const items = resolve(schema.items);
      if (items.type === 'integer') list.push({ change: set([1, 'x']), code: invalid, form: true });
    }
    return list;
  });

  const rawBreakages: { init: (params: Params) => RequestInit }[] = [
    { init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p).slice(0, -1) }) },
    { init: (p) => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(p) }) },
    { init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"__proto__":{"x":1},${JSON.stringify(p).slice(1)}` }) },
    { init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([...Buffer.from(JSON.stringify(p).slice(0, -1)), ...Buffer.from(',"T":"\xff"}', 'latin1')]) }) },
    { init: (p) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, X: JSON.parse('['.repeat(20) + ']'.repeat(20)) }) }) },
  ];

  it('every invalid request gets a 4xx envelope, stores nothing, and the server keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        validParams,
        wireArb,
        fc.nat({ max: breakages.length + rawBreakages.length - 1 }),
        async (generated, wire, which) => {
          const params = needsClientId(wire, generated);
          const before = server.chats.length;
          let answer: Answer;
          let code: string;
          let status = 400;
          if (which < breakages.length) {
            const breakage = breakages[which]!;
            const broken = breakage.change(params);
            const brokenWire: Wire = breakage.form ? wire : { ...wire, wire: 'json' };
            answer = await send(broken, brokenWire);
            code = breakage.code(broken);
            const webhook = urlForms[wire.url]!.startsWith('/rest/1/');
            if (webhook && !(typeof broken.CLIENT_ID === 'string' && broken.CLIENT_ID !== '')) {
              // Webhook calls need CLIENT_ID before anything else is checked.
              [code, status] = ['ACCESS_DENIED', 403];
            }
          } else {
            answer = await request(`${server.url}${urlForms[wire.url]}`, rawBreakages[which - breakages.length]!.init(params));
            code = 'INVALID_FORMAT';
          }
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
          expectError(answer, status, code);
          expect(server.chats.length).toBe(before);
          expectSuccess(await send(params, wire));
        },
      ),
      { numRuns: 200 },
    );
  });
});

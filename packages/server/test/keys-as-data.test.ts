// Keys of any name are data (portals are PHP: an array key is a key). A key named `constructor`,
// `prototype` or `__proto__` inside a value reaches the handler as an own property, in a form
// and in JSON, and nothing anywhere gets a prototype changed. For REST calls, one name is
// refused: a top-level parameter named `__proto__` (no contract can name a parameter so).
import { loadContract } from '@b24-imbot/schema/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotEvent, createServer, exampleHandlers, handleEventDelivery, type Handlers } from '../src/index.js';
import { expectError, expectSuccess, form, json, request } from './helpers.js';
import { httpBuildQuery, platformForm } from './php.js';

const contract = loadContract();
const TOKEN = '831c76b092f9f135d9b6b36c3a720757';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A value holding the three names as own keys, as JSON.parse makes them (`__proto__` included). */
const hostile = (): Record<string, unknown> =>
  JSON.parse('{"constructor":"c","prototype":{"x":"p"},"__proto__":{"polluted":"yes"},"toString":"t","entityId":"164"}');
const HOSTILE_KEYS = ['__proto__', 'constructor', 'entityId', 'prototype', 'toString'];

/** Object.prototype as it is now: its own names and what a fresh object inherits. */
const prototypeState = () => ({ names: Object.getOwnPropertyNames(Object.prototype).sort(), polluted: ({} as Json).polluted, x: ({} as Json).x });
const untouched = prototypeState();

/** The value has exactly the hostile keys as own data, and a prototype that is null or Object.prototype. */
const expectKeysAsData = (value: Json): void => {
  expect(Object.keys(value).sort()).toEqual(HOSTILE_KEYS);
  expect([null, Object.prototype]).toContain(Object.getPrototypeOf(value));
  expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 'yes' });
  expect(Object.getOwnPropertyDescriptor(value, 'constructor')?.value).toBe('c');
  expect(Object.getOwnPropertyDescriptor(value, 'prototype')?.value).toEqual({ x: 'p' });
  expect(Object.getOwnPropertyDescriptor(value, 'toString')?.value).toBe('t');
  expect(prototypeState()).toEqual(untouched);
};

describe('event deliveries (handleEventDelivery)', () => {
  const event = contract.events.find((e) => e.name === 'ONIMBOTV2CONTEXTGET')!;
  const delivery = (): Json => {
    const example = structuredClone(event.examples[0]) as Json;
    return { ...example, ts: Math.floor(Date.now() / 1000), auth: { ...example.auth, application_token: TOKEN }, data: { ...example.data, context: hostile() } };
  };

  const deliver = async (body: string, contentType: string): Promise<BotEvent> => {
    const seen: BotEvent[] = [];
    const answer = handleEventDelivery(body, contentType, {
      applicationToken: TOKEN,
      replay: false,
      handlers: { ONIMBOTV2CONTEXTGET: (got) => void seen.push(got) },
    });
    expect(answer.status, answer.body).toBe(200);
    await answer.handled;
    expect(seen).toHaveLength(1);
    return seen[0]!;
  };

  it('as the platform sends it (a PHP form): the context keys arrive as data', async () => {
    const body = platformForm(delivery());
    // The form carries them as PHP writes them.
    expect(body).toContain('data%5Bcontext%5D%5B__proto__%5D%5Bpolluted%5D=yes');
    expect(body).toContain('data%5Bcontext%5D%5Bconstructor%5D=c');
    const got = await deliver(body, 'application/x-www-form-urlencoded');
    expectKeysAsData((got.data as Json).context);
    expect(Object.getPrototypeOf(got.data)).not.toHaveProperty('polluted');
  });

  it('as JSON: the context keys arrive as data', async () => {
    const body = JSON.stringify(delivery());
    expect(body).toContain('"__proto__":{"polluted":"yes"}');
    const got = await deliver(body, 'application/json');
    expectKeysAsData((got.data as Json).context);
  });

  it('a key of the names at any depth, the top level included, is data', async () => {
    const body = `${platformForm(delivery())}&data[prototype][constructor]=1&__proto__[polluted]=yes&constructor=c`;
    const got = await deliver(body, 'application/x-www-form-urlencoded');
    expect(Object.getOwnPropertyDescriptor(got.data, 'prototype')?.value).toEqual({ constructor: '1' });
    expect(prototypeState()).toEqual(untouched);
  });
});

describe('REST calls', () => {
  const send = contract.operation('imbot.v2.Chat.Message.send')!;
  const chatAdd = contract.operation('imbot.chat.add')!;
  const calls: { operationId: string; params: Json }[] = [];
  let url = '';
  let close = async (): Promise<void> => {};

  beforeAll(async () => {
    const record =
      (operationId: string, result: unknown) =>
      (params: unknown): Json => {
        calls.push({ operationId, params });
        return structuredClone(result);
      };
    const app = createServer(
      {
        ...exampleHandlers,
        imbotV2ChatMessageSend: record(send.operationId, send.successExample.result),
        imbotChatAdd: record(chatAdd.operationId, chatAdd.successExample.result),
      } as Handlers,
      { authenticate: () => {}, validateResponses: true },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/rest`;
    close = () => app.close();
  });
  afterAll(() => close());

  /** The example's parameters with an attachment block holding the names as keys. */
  const withBlock = (): Json => ({ ...send.paramsExample, fields: { ...send.paramsExample.fields, attach: [hostile()] } });

  it.each([
    ['JSON', () => json(withBlock())],
    ['a PHP form', () => form(httpBuildQuery(withBlock()))],
  ])('in %s, a free-form value keeps the keys as data', async (_wire, init) => {
    const before = calls.length;
    expectSuccess(await request(`${url}/imbot.v2.Chat.Message.send`, init()), send.method);
    expect(calls).toHaveLength(before + 1);
    expectKeysAsData(calls.at(-1)!.params.fields.attach[0]);
  });

  it.each([
    ['JSON', () => json({ USERS: [1], constructor: { prototype: { polluted: 'yes' } }, prototype: 'p', X: JSON.parse('{"__proto__":{"polluted":"yes"}}') })],
    ['a PHP form', () => form('USERS[]=1&constructor[prototype][polluted]=yes&prototype=p&X[__proto__][polluted]=yes')],
    ['a query string', () => ({ method: 'GET' }), '?USERS[]=1&constructor[prototype][polluted]=yes&prototype=p&X[__proto__][polluted]=yes'],
  ])('in %s, a top-level constructor or prototype is an unknown parameter, ignored as portals ignore one', async (_wire, init, query = '') => {
    const before = calls.length;
    expectSuccess(await request(`${url}/imbot.chat.add${query}`, init()));
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)!.params).toEqual({ USERS: [1], TYPE: 'CHAT' });
    expect(Object.keys(calls.at(-1)!.params).sort()).toEqual(['TYPE', 'USERS']);
    expect(prototypeState()).toEqual(untouched);
  });

  it.each([
    ['JSON', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"USERS":[1],"__proto__":{"polluted":"yes"}}' })],
    ['a PHP form', () => form('USERS[]=1&__proto__[polluted]=yes')],
    ['a query string', () => ({ method: 'GET' }), '?USERS[]=1&__proto__=x'],
  ])('in %s, a top-level __proto__ is refused: 400 INVALID_FORMAT, no handler', async (_wire, init, query = '') => {
    const before = calls.length;
    expectError(await request(`${url}/imbot.chat.add${query}`, init() as RequestInit), 400, 'INVALID_FORMAT', 'Parameter name __proto__ is not allowed');
    expect(calls).toHaveLength(before);
    expect(prototypeState()).toEqual(untouched);
  });
});

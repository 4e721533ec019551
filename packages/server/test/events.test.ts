// Bot events by webhook, over real HTTP: every event of the contract, sent as the platform sends
// it (@b24-imbot/core's httpBuildQuery over the page's data: null as "", then PHP's
// http_build_query), reaches its handler with the contract's types; forged, replayed, oversized
// and malformed deliveries get a 4xx and reach no handler. The handler types: handlers.test-d.ts.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadContract } from '@b24-imbot/schema/model';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BotEvent,
  botEvents,
  type BotEventsOptions,
  createReplayGuard,
  createServer,
  type EventHandlers,
  exampleHandlers,
  type EventName,
  eventNames,
  handleEventDelivery,
  receiveEventDelivery,
  type ReplayGuard,
  type ReplayVerdict,
} from '../src/index.js';
import { httpBuildQuery as platformForm } from '@b24-imbot/core';
import { httpBuildQuery, urlencode, withoutEmpty, withoutNull } from './php.js';

const contract = loadContract();
const TOKEN = '831c76b092f9f135d9b6b36c3a720757';
const FORM = 'application/x-www-form-urlencoded';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The contract's example delivery of an event, sent now with our token. */
const delivery = (name: string, overrides: Record<string, unknown> = {}): Json => {
  const event = contract.events.find((e) => e.name === name)!;
  const example = structuredClone(event.examples[0]);
  return { ...example, ts: Math.floor(Date.now() / 1000), auth: { ...example.auth, application_token: TOKEN }, ...overrides };
};

/** What survives the wire of an event's data: no empty lists/objects; free-form values as strings. */
const overTheWire = (name: string, data: Json): Json => {
  const out = withoutEmpty(data) as Json;
  if (name === 'ONIMBOTV2CONTEXTGET') {
    out.context = Object.fromEntries(Object.entries(out.context).map(([k, v]) => [k, String(v)]));
  }
  return out;
};

const servers: { close: () => unknown }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A Fastify app with botEvents at /bitrix/events, listening on a free port. */
const startReceiver = async (options: Partial<BotEventsOptions> & Pick<BotEventsOptions, 'handlers'>) => {
  const app: FastifyInstance = Fastify();
  await app.register(botEvents, { applicationToken: TOKEN, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  servers.push(app);
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/bitrix/events`;
  const post = async (body: string, contentType = FORM) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Json };
  };
  return { app, url, post };
};

/** Handlers for every event that record what they get and resolve when `count` arrived. */
const recorder = () => {
  const seen: BotEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const record = (event: BotEvent) => {
    seen.push(event);
    for (const waiter of waiters) if (seen.length >= waiter.count) waiter.resolve();
  };
  const handlers = Object.fromEntries(eventNames.map((name) => [name, vi.fn(record)])) as unknown as EventHandlers;
  const received = (count: number) =>
    seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }));
  return { seen, handlers, received };
};

describe('every event reaches its typed handler', () => {
  it.each(contract.events.map((e) => e.name))('%s, sent as the platform sends it', async (name) => {
    const { seen, handlers, received } = recorder();
    const { post } = await startReceiver({ handlers });
    const payload = delivery(name);

    const answer = await post(platformForm(payload));
    expect(answer).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { result: true } });
    await received(1);

    expect(seen).toHaveLength(1);
    const event = seen[0]!;
    expect(event.type).toBe(name);
    expect(event.delivery).toBe('webhook');
    expect(event.date).toBe(new Date(payload.ts * 1000).toISOString());
    expect(event.eventHandlerId).toBe(185);
    expect(event.auth?.application_token).toBe(TOKEN);
    expect(event.data).toEqual(overTheWire(name, payload.data));
    // The wire's strings are the contract's types again.
    const data = event.data as Json;
    if (contract.events.find((e) => e.name === name)!.about === 'app') return;
    expect(data.bot.id).toBe(456);
    if (data.user) {
      expect(data.user.id).toBe(1);
      expect(data.user.active).toBe(true);
      expect(data.user.bot).toBe(false);
      expect(data.user.idle).toBe(false); // string|false: "0" is false
      expect(data.user.phones).toBe(false);
      expect(data.user.departments).toEqual([1]);
      expect(data.user.birthday).toBe(''); // a plain string stays ""
    }
    if (data.message) {
      expect(typeof data.message.id).toBe('number');
      expect(data.message.isSystem).toBe(false);
      expect(data.message.forward).toBeNull(); // nullable: "" is null
    }
    if (data.chat) expect(data.chat.id).toBe(5);
    expect(handlers[name as EventName]).toHaveBeenCalledTimes(1);
  });
});

describe('refused deliveries reach no handler', () => {
  const setup = async (options: Partial<BotEventsOptions> = {}) => {
    const rec = recorder();
    const receiver = await startReceiver({ handlers: rec.handlers, ...options });
    return { ...rec, ...receiver };
  };
  /** Waits long enough for a handler that would have been started to have run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('a forged application token: 401, and none at all: 401', async () => {
    const { post, seen } = await setup();
    const forged = delivery('ONIMBOTV2MESSAGEADD');
    forged.auth.application_token = `${TOKEN.slice(0, -1)}0`;
    expect(await post(platformForm(forged))).toMatchObject({ status: 401, body: { error: 'INVALID_CREDENTIALS' } });
    // The token inside data.bot.auth is not the one checked.
    const botOnly = delivery('ONIMBOTV2MESSAGEADD');
    botOnly.data.bot.auth.application_token = TOKEN;
    botOnly.auth.application_token = 'x';
    expect(await post(platformForm(botOnly))).toMatchObject({ status: 401, body: { error: 'INVALID_CREDENTIALS' } });
    const none = delivery('ONIMBOTV2MESSAGEADD');
    delete none.auth;
    expect(await post(platformForm(none))).toMatchObject({ status: 401, body: { error: 'NO_AUTH_FOUND' } });
    await settle();
    expect(seen).toEqual([]);
  });

  it('a replayed delivery: 409 the second time, even with its keys in another order', async () => {
    const { post, seen, received } = await setup();
    const body = platformForm(delivery('ONIMBOTV2MESSAGEADD'));
    expect((await post(body)).status).toBe(200);
    await received(1);
    expect(await post(body)).toMatchObject({ status: 409, body: { error: 'DUPLICATE_DELIVERY' } });
    const reordered = body.split('&').reverse().join('&');
    expect(await post(reordered)).toMatchObject({ status: 409, body: { error: 'DUPLICATE_DELIVERY' } });
    // An old ts can no longer be checked against what is remembered: refused too.
    const old = delivery('ONIMBOTV2MESSAGEADD', { ts: Math.floor(Date.now() / 1000) - 3600 });
    expect(await post(platformForm(old))).toMatchObject({ status: 409, body: { error: 'STALE_DELIVERY' } });
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('a body over the limit: 413', async () => {
    const { post, seen } = await setup({ limits: { bodyBytes: 4096 } });
    const big = delivery('ONIMBOTV2MESSAGEADD');
    big.data.message.text = 'x'.repeat(5000);
    expect(await post(platformForm(big))).toMatchObject({ status: 413, body: { error: 'PAYLOAD_TOO_LARGE' } });
    await settle();
    expect(seen).toEqual([]);
  });

  it('the default limit fits the longest message, 20,000 four-byte characters', async () => {
    const { post, received, seen } = await setup();
    const longest = delivery('ONIMBOTV2MESSAGEADD');
    longest.data.message.text = '😀'.repeat(10_000); // 20,000 UTF-16 units, 40,000 bytes
    const body = platformForm(longest);
    expect(body.length).toBeGreaterThan(100_000);
    expect((await post(body)).status).toBe(200);
    await received(1);
    expect((seen[0]!.data as Json).message.text).toBe(longest.data.message.text);
  });

  it.each([
    ['broken percent-encoding', `${platformForm(delivery('ONIMBOTV2MESSAGEADD'))}&x=%E0%A4%A`, FORM],
    ['not a form', platformForm(delivery('ONIMBOTV2MESSAGEADD')), 'text/plain'],
    ['a string where the contract has an integer', platformForm(delivery('ONIMBOTV2MESSAGEADD')).replace('data%5Bmessage%5D%5Bid%5D=789', 'data%5Bmessage%5D%5Bid%5D=abc'), FORM],
    ['no data', httpBuildQuery({ event: 'ONIMBOTV2MESSAGEADD', ts: Math.floor(Date.now() / 1000), auth: { application_token: TOKEN } }), FORM],
    ['no event name', httpBuildQuery({ ts: Math.floor(Date.now() / 1000), auth: { application_token: TOKEN } }), FORM],
    ['nesting deeper than the limit', `${platformForm(delivery('ONIMBOTV2MESSAGEADD'))}&data${'[a]'.repeat(20)}=1`, FORM],
    ['broken JSON', '{"event":', 'application/json'],
  ])('a malformed delivery (%s): 400 INVALID_FORMAT', async (_what, body, type) => {
    const { post, seen } = await setup();
    expect(await post(body, type)).toMatchObject({ status: 400, body: { error: 'INVALID_FORMAT' } });
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('acknowledging', () => {
  it('answers 200 before the handler finishes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const { post } = await startReceiver({
      handlers: {
        ONIMBOTV2JOINCHAT: async () => {
          await gate;
          finished = true;
        },
      },
    });
    expect((await post(platformForm(delivery('ONIMBOTV2JOINCHAT')))).status).toBe(200);
    expect(finished).toBe(false);
    release();
    await vi.waitFor(() => expect(finished).toBe(true));
  });

  it('a handler that throws is reported; the server keeps serving', async () => {
    const failures: [unknown, string][] = [];
    const { post } = await startReceiver({
      handlers: {
        ONIMBOTV2MESSAGEADD: () => {
          throw new Error('boom');
        },
        ONIMBOTV2DELETE: async () => Promise.reject(new Error('async boom')),
      },
      onHandlerError: (error, event) => failures.push([error, event.type]),
    });
    expect((await post(platformForm(delivery('ONIMBOTV2MESSAGEADD')))).status).toBe(200);
    expect((await post(platformForm(delivery('ONIMBOTV2DELETE')))).status).toBe(200);
    await vi.waitFor(() => expect(failures).toHaveLength(2));
    expect(failures.map(([error, type]) => [(error as Error).message, type])).toEqual([
      ['boom', 'ONIMBOTV2MESSAGEADD'],
      ['async boom', 'ONIMBOTV2DELETE'],
    ]);
    expect((await post(platformForm(delivery('ONIMBOTV2JOINCHAT')))).status).toBe(200);
  });

  it('an event without a handler, or one the contract does not know, is acknowledged', async () => {
    const unknown: string[] = [];
    const { post } = await startReceiver({ handlers: {}, onUnknownEvent: (name) => unknown.push(name) });
    expect((await post(platformForm(delivery('ONIMBOTV2MESSAGEADD')))).status).toBe(200);
    const other = { event: 'ONIMV2MESSAGEADD', data: { x: 1 }, ts: Math.floor(Date.now() / 1000), auth: { application_token: TOKEN } };
    expect(await post(httpBuildQuery(other))).toMatchObject({ status: 200, body: { result: true } });
    expect(unknown).toEqual(['ONIMV2MESSAGEADD']);
  });

  it('accepts any of several application tokens', async () => {
    const { handlers, received } = recorder();
    const { post } = await startReceiver({ applicationToken: ['old-token', TOKEN], handlers });
    expect((await post(platformForm(delivery('ONIMBOTV2DELETE')))).status).toBe(200);
    const old = delivery('ONIMBOTV2DELETE');
    old.auth.application_token = 'old-token';
    expect((await post(platformForm(old))).status).toBe(200);
    await received(2);
  });
});

describe('beside the REST methods', () => {
  it('botEvents and bitrixRest share one server, each with its own parsers and errors', async () => {
    const { handlers, received } = recorder();
    const app = createServer(exampleHandlers, { authenticate: () => {} });
    await app.register(botEvents, { applicationToken: TOKEN, handlers, path: '/hooks/bot' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    servers.push(app);
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const hook = await fetch(`${base}/hooks/bot`, { method: 'POST', headers: { 'content-type': FORM }, body: platformForm(delivery('ONIMBOTV2DELETE')) });
    expect(hook.status).toBe(200);
    await received(1);
    const forged = await fetch(`${base}/hooks/bot`, { method: 'POST', headers: { 'content-type': FORM }, body: 'event=ONIMBOTV2DELETE' });
    expect(forged.status).toBe(401);
    const rest = await fetch(`${base}/rest/imbot.v2.Revision.get.json`, { method: 'POST' });
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as Json).result.rest).toBeTypeOf('number');
  });
});

describe('handleEventDelivery, framework-free', () => {
  it('serves a plain node:http server', async () => {
    const { seen, handlers, received } = recorder();
    const options = { applicationToken: TOKEN, handlers };
    const server = createHttpServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = handleEventDelivery(Buffer.concat(chunks), request.headers['content-type'], options);
        response.writeHead(answer.status, answer.headers).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise((resolve) => server.close(resolve)) });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const body = platformForm(delivery('ONIMBOTV2COMMANDADD'));
    const first = await fetch(url, { method: 'POST', headers: { 'content-type': FORM }, body });
    expect(first.status).toBe(200);
    await received(1);
    expect((seen[0]!.data as Json).command).toEqual({ id: 78, command: '/help', params: 'topic', context: 'textarea' });
    // The same options object keeps the replay memory between calls.
    const again = await fetch(url, { method: 'POST', headers: { 'content-type': FORM }, body });
    expect(again.status).toBe(409);
  });

  it('gives the handler run as a promise that never rejects', async () => {
    const errors: unknown[] = [];
    const answer = handleEventDelivery(platformForm(delivery('ONIMBOTV2DELETE')), FORM, {
      applicationToken: TOKEN,
      handlers: { ONIMBOTV2DELETE: () => Promise.reject(new Error('late')) },
      onHandlerError: (error) => errors.push(error),
    });
    expect(answer.status).toBe(200);
    await expect(answer.handled).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('a replay guard that answers with a promise (one shared by several instances)', () => {
  /** What a guard in a store shared by instances looks like from here: every answer a promise, one memory for all. */
  const sharedGuard = (memory = new Set<string>()): ReplayGuard => ({
    check: async (key): Promise<ReplayVerdict> => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (memory.has(key)) return 'duplicate';
      memory.add(key);
      return 'fresh';
    },
  });

  it('botEvents on two instances with one shared guard: the delivery replayed to the other is refused there', async () => {
    const memory = new Set<string>();
    const first = recorder();
    const second = recorder();
    const a = await startReceiver({ handlers: first.handlers, replay: sharedGuard(memory) });
    const b = await startReceiver({ handlers: second.handlers, replay: sharedGuard(memory) });
    const body = platformForm(delivery('ONIMBOTV2MESSAGEADD'));
    expect(await a.post(body)).toMatchObject({ status: 200, body: { result: true } });
    expect(await b.post(body)).toMatchObject({ status: 409, body: { error: 'DUPLICATE_DELIVERY' } });
    await first.received(1);
    expect(second.seen).toEqual([]);
    // The same two instances, each with its own guard in memory (the default): both take it.
    const c = await startReceiver({ handlers: recorder().handlers });
    expect((await c.post(body)).status).toBe(200);
  });

  it('receiveEventDelivery waits for it; handleEventDelivery refuses it with a TypeError', async () => {
    const options = { applicationToken: TOKEN, handlers: {}, replay: sharedGuard() };
    const body = platformForm(delivery('ONIMBOTV2JOINCHAT'));
    expect((await receiveEventDelivery(body, FORM, options)).status).toBe(200);
    expect(await receiveEventDelivery(body, FORM, options)).toMatchObject({ status: 409, body: expect.stringContaining('DUPLICATE_DELIVERY') });
    expect(() => handleEventDelivery(platformForm(delivery('ONIMBOTV2DELETE')), FORM, options)).toThrow(TypeError);
    // Refusals that need no guard come at once, as from handleEventDelivery.
    expect((await receiveEventDelivery('event=ONIMBOTV2DELETE', FORM, options)).status).toBe(401);
  });

  it('a guard that fails (its store unreachable) is answered 500, for the platform to retry later', async () => {
    const failing: ReplayGuard = { check: () => Promise.reject(new Error('connection refused')) };
    const { seen, handlers } = recorder();
    const { post } = await startReceiver({ handlers, replay: failing });
    expect(await post(platformForm(delivery('ONIMBOTV2MESSAGEADD')))).toMatchObject({ status: 500, body: { error: 'INTERNAL_SERVER_ERROR' } });
    expect(seen).toEqual([]);
  });
});

describe('the form the platform builds and the JSON of Event.get are the same event', () => {
  const item = contract.operation('imbot.v2.Event.get')!.successExample.result.events[0];
  const asDelivery = (data: Json) => ({
    event: item.type,
    event_handler_id: 185,
    data,
    ts: Math.floor(Date.now() / 1000),
    auth: { domain: 'some-domain.bitrix24.com', application_token: TOKEN },
  });
  const read = (body: string, type: string) => {
    const answer = handleEventDelivery(body, type, { applicationToken: TOKEN, handlers: {}, replay: false });
    expect(answer.status, answer.body).toBe(200);
    return answer.event!;
  };

  it('encodes as PHP does', () => {
    expect(httpBuildQuery({ foo: 'bar', baz: 'boom', null: null, php: 'hypertext processor', t: true, f: false })).toBe(
      'foo=bar&baz=boom&php=hypertext+processor&t=1&f=0',
    );
    expect(httpBuildQuery({ user: { name: 'Bob Smith', dob: '5/12/1956' }, pastimes: ['golf', 'opera'], empty: [] })).toBe(
      'user%5Bname%5D=Bob+Smith&user%5Bdob%5D=5%2F12%2F1956&pastimes%5B0%5D=golf&pastimes%5B1%5D=opera',
    );
    expect(urlencode("a-b_c.d~e!*'()")).toBe('a-b_c.d%7Ee%21%2A%27%28%29');
  });

  it('ONIMBOTV2MESSAGEADD from Event.get, as the platform sends it by webhook', () => {
    const payload = asDelivery(item.data);
    const fromForm = read(platformForm(payload), FORM);
    const fromJson = read(JSON.stringify(payload), 'application/json');
    expect(fromJson.data).toEqual(item.data);
    // A form cannot carry an empty object (message.params: {}); everything else is equal, types included.
    expect(fromForm.data).toEqual(withoutEmpty(item.data));
    expect({ ...fromForm, data: withoutEmpty(fromForm.data) }).toEqual({ ...fromJson, data: withoutEmpty(fromJson.data) });
    expect((fromForm.data as Json).bot.backgroundId).toBeNull();
    expect((fromForm.data as Json).message.forward).toBeNull();
  });

  it('with plain http_build_query (null left out) the nulls are missing, nothing else', () => {
    const fromForm = read(httpBuildQuery(asDelivery(item.data)), FORM);
    expect(fromForm.data).toEqual(withoutNull(withoutEmpty(item.data)));
  });

  it('a JSON delivery with strings everywhere (the overview page sample) reads the same', () => {
    const stringly = JSON.parse(JSON.stringify(asDelivery(item.data), (_k, v) => (typeof v === 'number' || typeof v === 'boolean' ? (typeof v === 'boolean' ? (v ? '1' : '0') : String(v)) : v)));
    const fromJson = read(JSON.stringify(stringly), 'application/json; charset=utf-8');
    // null stays null in JSON; the free-form params stays {}.
    expect(fromJson.data).toEqual(item.data);
  });
});

describe('replay guard', () => {
  it('forgets deliveries once their ts leaves the window, and keeps at most maxEntries', () => {
    let now = 1_000_000_000_000;
    const guard = createReplayGuard({ windowSeconds: 60, maxEntries: 3, now: () => now });
    const ts = now / 1000;
    expect(guard.check('a', ts)).toBe('fresh');
    expect(guard.check('a', ts)).toBe('duplicate');
    expect(guard.check('b', ts + 61)).toBe('stale');
    expect(guard.check('b', ts - 61)).toBe('stale');
    for (const key of ['b', 'c', 'd']) expect(guard.check(key, ts)).toBe('fresh');
    expect(guard.size).toBe(3); // 'a' was forgotten early: memory is bounded
    now += 61_000;
    expect(guard.check('e', now / 1000)).toBe('fresh');
    expect(guard.size).toBe(1);
  });
});

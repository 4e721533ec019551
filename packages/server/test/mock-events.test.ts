// The mock portal delivers bot events, over real HTTP: a user speaks through im.message.add (and
// the portal's user* helpers for what has no REST method here), and every one of the eight
// ONIMBOTV2* events reaches a webhook-mode bot's botEvents handler, typed, or a fetch-mode bot's
// Event.get queue, valid against the contract. Deliveries are the platform's form, signed with
// the application token, never block or fail the call that caused them, are not retried, and are
// bounded.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type BotEvent, dispatchEvent, type EventHandlers, type EventName, handleEventDelivery } from '../src/index.js';
import type { MockPortal } from '../src/mock/index.js';
import { model } from './contract.js';
import { HOOK, call, fails, ok, registerBot, startPortal, type TestBot, v2, v2Fails } from './mock-v2.js';
import { startBotEventsReceiver } from './receiver.js';

const TOKEN = 'mock-application-token-3f9a';
const FORM = 'application/x-www-form-urlencoded';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A Fastify app with botEvents recording every event; resolves `received(n)` once n arrived. */
const startReceiver = async (applicationToken = TOKEN) => {
  const receiver = await startBotEventsReceiver(applicationToken);
  closers.push(() => receiver.close());
  return receiver;
};

/** A plain HTTP server keeping each raw request; `answer` false leaves requests hanging. */
const startRaw = async (answer = true) => {
  const requests: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server: Server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (answer) response.writeHead(200, { 'content-type': 'application/json' }).end('{"result":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, requests };
};

const userSays = async (dialogId: string, text: string): Promise<number> => ok(await call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: text }), 'im.message.add');

/**
 * A conversation that makes every event of the contract for one bot, in this order: JOINCHAT
 * (user 1 opens its personal dialog), MESSAGEADD, MESSAGEADD and COMMANDADD (`/help me`),
 * MESSAGEUPDATE, REACTIONCHANGE (on the bot's answer), MESSAGEDELETE, CONTEXTGET, DELETE.
 */
const EXPECTED: EventName[] = [
  'ONIMBOTV2JOINCHAT',
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2COMMANDADD',
  'ONIMBOTV2MESSAGEUPDATE',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2MESSAGEDELETE',
  'ONIMBOTV2CONTEXTGET',
  'ONIMBOTV2DELETE',
];

const converse = async (mock: MockPortal, bot: TestBot) => {
  const dialog = String(bot.botId);
  const commandId = (await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help' } } })).command.id;
  const hello = await userSays(dialog, 'hello');
  const help = await userSays(dialog, '/help me');
  mock.userEdits({ userId: 1, messageId: hello, text: 'hello again' });
  const answer = (await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: '1', fields: { message: 'Hi!' } })).id as number;
  mock.userReacts({ userId: 1, messageId: answer, reaction: 'like' });
  mock.userDeletes({ userId: 1, messageId: hello });
  mock.userOpens({ userId: 1, botId: bot.botId, context: { entityType: 'task', entityId: '164' } });
  await v2('imbot.v2.Bot.unregister', bot.auth);
  return { commandId, hello, help, answer };
};

/** What every event of the conversation must carry, whichever way it came. */
const checkConversation = async (events: readonly BotEvent[], bot: TestBot, ids: Awaited<ReturnType<typeof converse>>) => {
  expect(events.map((event) => event.type)).toEqual(EXPECTED);
  const [join, hello, help, command, update, reaction, deletion, context, gone] = events as Json[];
  for (const event of events as Json[]) expect(event.data.bot.id).toBe(bot.botId);
  expect(join.data).toMatchObject({ dialogId: '1', chat: { type: 'private' }, user: { id: 1, bot: false }, language: 'en' });
  expect(hello.data.message).toMatchObject({ id: ids.hello, text: 'hello', authorId: 1, isSystem: false });
  expect(help.data.message).toMatchObject({ id: ids.help, text: '/help me' });
  expect(command.data.command).toEqual({ id: ids.commandId, command: '/help', params: 'me', context: 'textarea' });
  expect(command.data.message.id).toBe(ids.help);
  expect(update.data.message).toMatchObject({ id: ids.hello, text: 'hello again' });
  expect(reaction.data).toMatchObject({ reaction: 'like', action: 'add', message: { id: ids.answer, authorId: bot.botId } });
  expect(deletion.data).toMatchObject({ messageId: ids.hello, user: { id: 1 } });
  expect(context.data).toMatchObject({ dialogId: '1', context: { entityType: 'task', entityId: '164' } });
  expect(Object.keys(gone.data)).toEqual(['bot']);
  // Typed handlers get them: the types are the contract's, the values what happened.
  const handled: unknown[] = [];
  const handlers: EventHandlers = {
    ONIMBOTV2COMMANDADD: (event) => {
      expectTypeOf(event.data.command.command).toEqualTypeOf<string>();
      handled.push(event.data.command.command);
    },
    ONIMBOTV2REACTIONCHANGE: (event) => {
      expectTypeOf(event.data.action).toEqualTypeOf<'add' | 'delete'>();
      handled.push(event.data.action);
    },
    ONIMBOTV2MESSAGEADD: (event) => {
      expectTypeOf(event.data.message.id).toEqualTypeOf<number>();
      handled.push(event.data.message.id);
    },
  };
  const dispatched = [];
  for (const event of events) dispatched.push(await dispatchEvent(handlers, event));
  expect(handled).toEqual([ids.hello, ids.help, '/help', 'add']);
  expect(dispatched.filter(Boolean)).toHaveLength(4);
};

describe('every event type, delivered both ways', () => {
  it('webhook mode: each POST reaches its typed botEvents handler', async () => {
    const mock = await startPortal({ applicationToken: TOKEN });
    expect(mock.applicationToken).toBe(TOKEN);
    const receiver = await startReceiver();
    const bot = await registerBot({ eventMode: 'webhook', webhookUrl: receiver.url });
    const ids = await converse(mock, bot);
    await receiver.received(EXPECTED.length);
    await mock.deliveriesSettled();
    await checkConversation(receiver.seen, bot, ids);
    for (const event of receiver.seen) {
      expect(event.delivery).toBe('webhook');
      expect(event.auth?.application_token).toBe(TOKEN);
      expect(event.auth?.domain).toBe(new URL(mock.url).host);
      // data.bot is cut to id, code and auth.
      expect(Object.keys(event.data.bot).sort()).toEqual(['auth', 'code', 'id']);
      expect(typeof event.eventHandlerId).toBe('number');
    }
    // Every delivery answered 200; the fetch queue stayed empty.
    expect(mock.deliveries.map((d) => [d.event, d.state, d.status])).toEqual(EXPECTED.map((name) => [name, 'sent', 200]));
    expect(mock.platform.queues.get(bot.botId)?.items ?? []).toEqual([]);
  });

  it('fetch mode: Event.get returns them, valid against the contract, with increasing ids', async () => {
    const mock = await startPortal();
    const bot = await registerBot();
    const ids = await converse(mock, bot);
    // ok() checks the answer against the contract's ImbotV2EventGetSuccess (every event's data).
    const result = await v2('imbot.v2.Event.get', bot.auth);
    expect(result.hasMore).toBe(false);
    const events = result.events as Json[];
    const typed = events.map((item) => ({ ...item, delivery: 'fetch' }) as BotEvent);
    await checkConversation(typed, bot, ids);
    const eventIds = events.map((item) => item.eventId);
    expect(eventIds).toEqual([...eventIds].sort((a, b) => a - b));
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect(result.nextOffset).toBe(eventIds.at(-1) + 1);
    // Fetch mode carries the full bot (the owner's view).
    expect(events[0].data.bot).toMatchObject({ id: bot.botId, eventMode: 'fetch', type: 'bot' });
    expect(mock.deliveries).toEqual([]);
  });
});

describe('Event.get: the queue', () => {
  it('offset confirms, limit pages, hasMore and nextOffset say what is left', async () => {
    const mock = await startPortal();
    const bot = await registerBot();
    for (const text of ['one', 'two', 'three']) await userSays(String(bot.botId), text);
    // JOINCHAT and three MESSAGEADD.
    const first = await v2('imbot.v2.Event.get', { ...bot.auth, limit: 2 });
    expect(first.events.map((e: Json) => e.type)).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD']);
    expect(first.hasMore).toBe(true);
    // Without the offset nothing is confirmed: the same events again.
    expect((await v2('imbot.v2.Event.get', { ...bot.auth, limit: 2 })).events).toEqual(first.events);
    const second = await v2('imbot.v2.Event.get', { ...bot.auth, limit: 2, offset: first.nextOffset });
    expect(second.events.map((e: Json) => e.data.message.text)).toEqual(['two', 'three']);
    expect(second.hasMore).toBe(false);
    const empty = await v2('imbot.v2.Event.get', { ...bot.auth, offset: second.nextOffset });
    expect(empty).toEqual({ events: [], nextOffset: second.nextOffset, hasMore: false });
    // Another application's bot: refused, as any other call.
    await v2Fails('imbot.v2.Event.get', bot.auth, 403, 'BOT_OWNERSHIP_ERROR', '/rest/2/other-app');
    expect(mock.platform.queues.get(bot.botId)?.items).toEqual([]);
  });

  it('an offset past the newest event confirms what is there, never what comes after it', async () => {
    await startPortal();
    const bot = await registerBot();
    await userSays(String(bot.botId), 'before');
    const far = await v2('imbot.v2.Event.get', { ...bot.auth, offset: 1e15 });
    expect(far.events).toEqual([]);
    await userSays(String(bot.botId), 'after');
    const next = await v2('imbot.v2.Event.get', { ...bot.auth, offset: far.nextOffset });
    expect(next.events.map((e: Json) => e.data.message.text)).toEqual(['after']);
    // The offset it hands out confirms it: the queue moves on.
    expect(await v2('imbot.v2.Event.get', { ...bot.auth, offset: next.nextOffset })).toEqual({ events: [], nextOffset: next.nextOffset, hasMore: false });
  });

  it('an unregistered bot reads its last events, up to ONIMBOTV2DELETE; then it is unknown', async () => {
    await startPortal();
    const bot = await registerBot();
    await userSays(String(bot.botId), 'bye');
    await v2('imbot.v2.Bot.unregister', bot.auth);
    const last = await v2('imbot.v2.Event.get', bot.auth);
    expect(last.events.map((e: Json) => e.type)).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD', 'ONIMBOTV2DELETE']);
    await v2('imbot.v2.Event.get', { ...bot.auth, offset: last.nextOffset });
    await v2Fails('imbot.v2.Event.get', bot.auth, 400, 'BOT_NOT_FOUND');
  });

  it('who hears what: a group chat message reaches a bot when it mentions it, never the bot itself', async () => {
    await startPortal();
    const bot = await registerBot();
    const other = await registerBot({ type: 'supervisor' });
    const chat = (await v2('imbot.v2.Chat.add', { ...bot.auth, fields: { title: 'Team', userIds: [1, 2, other.botId] } })).chat.dialogId;
    await userSays(chat, 'no mention');
    await userSays(chat, `hi [USER=${bot.botId}]Bot[/USER]`);
    await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: chat, fields: { message: 'from the bot' } });
    const heard = (await v2('imbot.v2.Event.get', bot.auth)).events.map((e: Json) => e.data.message?.text ?? e.type);
    expect(heard).toEqual([`hi [USER=${bot.botId}]Bot[/USER]`]);
    // A supervisor bot hears every message of its chats (and is told another bot added it).
    const all = (await v2('imbot.v2.Event.get', other.auth)).events.map((e: Json) => e.data.message?.text ?? e.type);
    expect(all).toEqual(['ONIMBOTV2JOINCHAT', 'no mention', `hi [USER=${bot.botId}]Bot[/USER]`, 'from the bot']);
  });
});

describe('context keys of any name are data', () => {
  it('constructor, prototype and __proto__ go out as keys, in the form and in Event.get, and change no prototype', async () => {
    const mock = await startPortal({ applicationToken: TOKEN });
    const raw = await startRaw();
    const webhookBot = await registerBot({ eventMode: 'webhook', webhookUrl: raw.url });
    const fetchBot = await registerBot();
    // As a JSON body would bring them: own properties, `__proto__` included.
    const context = JSON.parse('{"constructor":"c","prototype":{"x":"p"},"__proto__":{"polluted":"yes"},"entityId":"7"}') as Record<string, unknown>;
    mock.userOpens({ userId: 1, botId: webhookBot.botId, context });
    mock.userOpens({ userId: 1, botId: fetchBot.botId, context });
    await mock.deliveriesSettled();
    const body = raw.requests.at(-1)!.body;
    const keys = [...new URLSearchParams(body).keys()].filter((key) => key.startsWith('data[context]'));
    expect(keys.sort()).toEqual(['data[context][__proto__][polluted]', 'data[context][constructor]', 'data[context][entityId]', 'data[context][prototype][x]']);
    const answer = await call('imbot.v2.Event.get', fetchBot.auth);
    const events = JSON.parse(answer.text).result.events as Json[];
    const got = events.find((event) => event.type === 'ONIMBOTV2CONTEXTGET').data.context;
    expect(Object.keys(got).sort()).toEqual(['__proto__', 'constructor', 'entityId', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(got, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('webhook deliveries on the wire', () => {
  it('are the platform form: every scalar a string, data.bot cut, signed with the application token', async () => {
    const mock = await startPortal({ applicationToken: TOKEN });
    const raw = await startRaw();
    const bot = await registerBot({ eventMode: 'webhook', webhookUrl: raw.url });
    await userSays(String(bot.botId), 'Hello & welcome, 100%');
    await mock.deliveriesSettled();
    expect(raw.requests).toHaveLength(2); // JOINCHAT, MESSAGEADD: one bot per POST
    const { headers, body } = raw.requests[1]!;
    expect(headers['content-type']).toBe(FORM);
    const form = new URLSearchParams(body);
    const keys = [...form.keys()];
    expect(new Set(keys.map((key) => key.split('[')[0]))).toEqual(new Set(['event', 'event_handler_id', 'data', 'ts', 'auth']));
    expect(form.get('event')).toBe('ONIMBOTV2MESSAGEADD');
    expect(form.get('auth[application_token]')).toBe(TOKEN);
    expect(form.get('auth[domain]')).toBe(new URL(mock.url).host);
    expect(form.get('auth[client_endpoint]')).toBe(`${mock.url}/rest/`);
    expect(form.get('data[bot][auth][application_token]')).toBe(TOKEN);
    const botKeys = keys.flatMap((key) => /^data\[bot\]\[([^\]]+)\]/.exec(key)?.[1] ?? []);
    expect(new Set(botKeys)).toEqual(new Set(['id', 'code', 'auth']));
    expect(form.get('data[message][text]')).toBe('Hello & welcome, 100%');
    expect(form.get('data[message][isSystem]')).toBe('0'); // false
    expect(form.get('data[user][active]')).toBe('1'); // true
    expect(form.get('data[message][forward]')).toBe(''); // null
    expect(form.get('data[chat][id]')).toMatch(/^\d+$/);
    expect(Math.abs(Number(form.get('ts')) - Date.now() / 1000)).toBeLessThan(60);
    // PHP's urlencode: space as +, brackets encoded.
    expect(body).toContain('data%5Bmessage%5D%5Btext%5D=Hello+%26+welcome%2C+100%25');

    // The server's reader is the judge: the delivery is valid for the contract, with this token only.
    for (const request of raw.requests) {
      const accepted = handleEventDelivery(request.body, FORM, { applicationToken: TOKEN, handlers: {}, replay: false });
      expect(accepted.status, accepted.body).toBe(200);
      await accepted.handled;
      expect(handleEventDelivery(request.body, FORM, { applicationToken: 'another-token', handlers: {}, replay: false }).status).toBe(401);
    }
  });

  it('never block the call, and are bounded: past the limit in flight they are dropped', async () => {
    const reports: string[] = [];
    const mock = await startPortal({ applicationToken: TOKEN, platform: { pendingDeliveries: 2 } });
    const hanging = await startRaw(false);
    const bot = await registerBot({ eventMode: 'webhook', webhookUrl: hanging.url });
    // Every call is answered while the receiver answers none of the deliveries (still pending below).
    for (let i = 0; i < 4; i++) await userSays(String(bot.botId), `message ${i}`);
    // JOINCHAT + 4 MESSAGEADD: two in flight (one at a time per bot), three dropped.
    expect(mock.deliveries.map((d) => d.state)).toEqual(['pending', 'pending', 'dropped', 'dropped', 'dropped']);
    reports.push(...mock.deliveries.filter((d) => d.state === 'dropped').map((d) => d.error!));
    expect(reports[0]).toMatch(/more than 2 deliveries in flight/);
  });

  it('to a receiver that is gone: the call succeeds, each delivery fails once, no retry', async () => {
    const mock = await startPortal({ applicationToken: TOKEN });
    const unreachable = await startRaw();
    const other = await registerBot({ eventMode: 'webhook', webhookUrl: unreachable.url });
    await closers.pop()!(); // close the receiver
    await userSays(String(other.botId), 'anyone?');
    const attempts = () => mock.deliveries.filter((d) => d.botId === other.botId);
    await expect.poll(() => attempts().every((d) => d.state === 'failed')).toBe(true);
    expect(attempts()).toHaveLength(2);
    expect(unreachable.requests).toEqual([]);
  });
});

describe('im.message.add: a user writes', () => {
  it('is in the contract as a normal method, answers the message id, and refuses what the page refuses', async () => {
    expect(model.operation('im.message.add')).toMatchObject({ operationId: 'imMessageAdd' });
    const mock = await startPortal();
    const bot = await registerBot();
    const id = await userSays(String(bot.botId), 'hi');
    expect(mock.platform.messages.get(id)).toMatchObject({ authorId: 1, text: 'hi' });
    // As a form, the way PHP sends it.
    const answer = await call('im.message.add', `DIALOG_ID=${bot.botId}&MESSAGE=second&SYSTEM=N`);
    expect(ok(answer, 'im.message.add')).toBe(id + 1);
    fails(await call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: '' }), 'im.message.add', 400, 'MESSAGE_EMPTY');
    fails(await call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: '   ' }), 'im.message.add', 400, 'MESSAGE_EMPTY');
    fails(await call('im.message.add', { DIALOG_ID: 'chat999', MESSAGE: 'x' }), 'im.message.add', 403, 'ACCESS_ERROR');
    fails(await call('im.message.add', { DIALOG_ID: '1', MESSAGE: 'to myself' }), 'im.message.add', 403, 'ACCESS_ERROR');
    fails(await call('im.message.add', { DIALOG_ID: 'nope', MESSAGE: 'x' }), 'im.message.add', 400, 'INVALID_FORMAT');
    // Another user, through their own webhook, writes as themselves.
    const fromTwo = ok(await call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: 'from 2' }, '/rest/2/other'), 'im.message.add');
    expect(mock.platform.messages.get(fromTwo)?.authorId).toBe(2);
    expect(HOOK).toBe('/rest/1/hook-code');
  });
});


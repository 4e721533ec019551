// The second argument of every method, each option seen on the wire: the request's body as the
// portal got it, when it went and when its signal aborted it, on a fake clock (the portal
// answers in-process through inject(), `inject.ts`), and the default timeout against the
// platform's 60 s.
import type { MockPortal } from '@b24-imbot/server/mock';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { Bitrix24TimeoutError, createImbotClient, type ImbotClientOptions, isBitrix24Error } from '../src/index.js';
import { elapse, injected } from './inject.js';
import { CLIENT_ID, rejection, startPortal, webhookUrl } from './portal.js';

/** limits.md: a cloud REST request must finish within 60 seconds. */
const PLATFORM_REQUEST_LIMIT_MS = 60_000;
const TOKEN_A = 'bot-token-a-9e1f02';
const TOKEN_B = 'bot-token-b-3c7a44';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Common = Omit<ImbotClientOptions, 'webhookUrl' | 'portal' | 'restUrl' | 'accessToken' | 'refreshToken'>;
const clientOf = (portal: MockPortal, fetch: typeof globalThis.fetch, options: Common = {}) =>
  createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, fetch, ...options });

/** A call's outcome without an unhandled rejection while the clock moves. */
const settled = (promise: Promise<unknown>): Promise<unknown> => promise.then((value) => ({ value }), (error: unknown) => error);

describe('timeouts', () => {
  test('the default outlasts the platform limit: a request the portal may still finish is not abandoned', async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    portal.failNext({ delayMs: 3_600_000 }); // the portal never answers while the test runs
    const call = settled(clientOf(portal, fetch).imbot.chat.add({ USERS: [1] }));
    await elapse(PLATFORM_REQUEST_LIMIT_MS, 1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.abortedAt).toBeUndefined();
    await elapse(20_000, 1000);
    const error = await call;
    expect(error).toBeInstanceOf(Bitrix24TimeoutError);
    // The documented default (README, ImbotClientOptions.timeoutMs): 70 s.
    expect(error).toMatchObject({ timeoutMs: 70_000 });
    expect(sent[0]!.abortedAt! - sent[0]!.at).toBe(70_000);
    expect(sent).toHaveLength(1); // a timeout is not retried by default
  });

  test('a per-call timeoutMs aborts that request on the wire at its time; the next call has the client one', async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    portal.failNext({ delayMs: 3_600_000 }, 2);
    const client = clientOf(portal, fetch, { timeoutMs: 30_000 });
    const short = settled(client.imbot.chat.add({ USERS: [1] }, { timeoutMs: 5000 }));
    const long = settled(client.imbot.chat.add({ USERS: [1] }));
    await elapse(5000, 100);
    expect(await short).toMatchObject({ name: 'Bitrix24TimeoutError', timeoutMs: 5000, method: 'imbot.chat.add' });
    expect(sent.map((request) => (request.abortedAt === undefined ? undefined : request.abortedAt - request.at))).toEqual([5000, undefined]);
    await elapse(25_000, 1000);
    expect(await long).toMatchObject({ name: 'Bitrix24TimeoutError', timeoutMs: 30_000 });
    expect(sent[1]!.abortedAt! - sent[1]!.at).toBe(30_000);
  });

  test('timeoutMs: 0 on a call turns the client timeout off for it', async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    portal.failNext({ delayMs: 3_600_000 });
    const call = settled(clientOf(portal, fetch, { timeoutMs: 1000 }).imbot.chat.add({ USERS: [1] }, { timeoutMs: 0 }));
    await elapse(120_000, 1000);
    expect(sent[0]!.abortedAt).toBeUndefined();
    void call; // the portal's close at the end of the test ends it
  });
});

describe('signal', () => {
  test("the caller's signal aborts the request under way on the wire and rejects with its reason", async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    portal.failNext({ delayMs: 3_600_000 });
    const controller = new AbortController();
    const reason = new Error('user left');
    const call = settled(clientOf(portal, fetch).imbot.chat.add({ USERS: [1] }, { signal: controller.signal }));
    await elapse(1500, 100);
    controller.abort(reason);
    expect(await call).toBe(reason);
    expect(sent[0]!.abortedAt! - sent[0]!.at).toBe(1500);
    await elapse(120_000, 1000);
    expect(sent).toHaveLength(1);
  });
});

describe('retry', () => {
  test('a call with retry: { retries: 1 } makes two requests where the client would make four', async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 10);
    const client = clientOf(portal, fetch, { retry: { retries: 3, minDelayMs: 100, maxDelayMs: 100 } });
    const once = settled(client.imbot.chat.add({ USERS: [1] }, { retry: { retries: 1 } }));
    await elapse(1000);
    expect(isBitrix24Error(await once, 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(sent).toHaveLength(2);
    const clientDefault = settled(client.imbot.chat.add({ USERS: [1] }));
    await elapse(1000);
    expect(isBitrix24Error(await clientDefault, 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(sent).toHaveLength(6);
    const none = settled(client.imbot.chat.add({ USERS: [1] }, { retry: false }));
    await elapse(1000);
    expect(isBitrix24Error(await none, 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(sent).toHaveLength(7);
    expect(portal.calls.map((call) => call.status)).toEqual(Array(7).fill(503));
  });

  test("a call's retry options apply over the client's, field by field, even where the client turned retries off", async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    portal.failNext({ error: 'OVERLOAD_LIMIT' }, 2);
    vi.spyOn(Math, 'random').mockReturnValue(0); // the least jitter: half of each delay
    const client = clientOf(portal, fetch, { retry: false });
    const start = Date.now();
    const call = client.imbot.chat.add({ USERS: [1] }, { retry: { retries: 2, minDelayMs: 200 } });
    await elapse(1000);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    // 200 ms halved, then 400 ms halved.
    expect(sentAt.map((at) => at - start)).toEqual([0, 100, 300]);
  });
});

describe('the bot a call is made as', () => {
  /** Two bots of one application, registered through the webhook, each with its own token. */
  const twoBots = async (portal: MockPortal, fetch: typeof globalThis.fetch) => {
    const admin = clientOf(portal, fetch);
    const register = (code: string, botToken: string) =>
      admin.imbot.v2.Bot.register({ fields: { code, botToken, properties: { name: code }, eventMode: 'fetch' } });
    const registering = Promise.all([register('bot-a', TOKEN_A), register('bot-b', TOKEN_B)]);
    await elapse(10);
    const [a, b] = await registering;
    return { a: a.bot.id, b: b.bot.id };
  };

  test("botToken per call: sent in place of the client's and of the params' one, and the portal acts as that bot", async () => {
    const portal = await startPortal();
    const { fetch, sent } = injected(portal);
    const { a, b } = await twoBots(portal, fetch);
    const client = clientOf(portal, fetch, { botToken: TOKEN_A });
    const calls = Promise.all([
      client.imbot.v2.Chat.Message.send({ botId: a, dialogId: '1', fields: { message: 'as A, the client token' } }),
      client.imbot.v2.Chat.Message.send({ botId: b, dialogId: '1', fields: { message: 'as B, the call token' } }, { botToken: TOKEN_B }),
      client.imbot.v2.Chat.Message.send({ botId: b, dialogId: '1', botToken: TOKEN_A, fields: { message: 'the call token wins' } }, { botToken: TOKEN_B }),
      client.imbot.v2.Chat.Message.send({ botId: b, dialogId: '1', botToken: TOKEN_B, fields: { message: 'the params token beats the client one' } }),
    ]);
    await elapse(10);
    const messages = await calls;
    const sends = sent.filter((request) => request.method === 'imbot.v2.Chat.Message.send');
    expect(sends.map((request) => request.body['botToken'])).toEqual([TOKEN_A, TOKEN_B, TOKEN_B, TOKEN_B]);
    // The portal checks the token against the bot (a wrong one is BOT_OWNERSHIP_ERROR): each message is its bot's.
    expect(messages.map(({ id }) => portal.platform.messages.get(id)?.authorId)).toEqual([a, b, b, b]);
    const wrong = await rejection(client.imbot.v2.Chat.Message.send({ botId: b, dialogId: '1', fields: { message: 'x' } }));
    expect(isBitrix24Error(wrong, 'BOT_OWNERSHIP_ERROR')).toBe(true);
  });

  test('clientId per call: sent as CLIENT_ID in place of the client option and the params', async () => {
    const portal = await startPortal({ clientId: 'other-bot' });
    const { fetch, sent } = injected(portal);
    const client = clientOf(portal, fetch); // CLIENT_ID 'my-bot', which this portal refuses
    const chatId = client.imbot.chat.add({ USERS: [1], CLIENT_ID: CLIENT_ID }, { clientId: 'other-bot' });
    await elapse(10);
    expect(await chatId).toBe(portal.chats.at(-1)!.CHAT_ID);
    expect(sent[0]!.body['CLIENT_ID']).toBe('other-bot');
    expect(portal.chats.at(-1)!.CLIENT_ID).toBe('other-bot');
  });
});

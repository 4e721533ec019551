// Where time is what the client does (retry backoff, the rate limiter's pace, the polling loop's
// idle and retry waits), on a fake clock: the client talks to the real mock portal through
// Fastify's inject() (its `fetch` option, `inject.ts`), so no socket or timer of the machine is
// involved and a busy machine changes nothing.
import type { MockPortal } from '@b24-imbot/server/mock';
import { rateLimitPresets } from '@b24-imbot/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { type BotEvent, createImbotClient, type ImbotClientOptions, isBitrix24Error } from '../src/index.js';
import { elapse, injected } from './inject.js';
import { BOT_TOKEN, CLIENT_ID, startPortal, webhookUrl } from './portal.js';

beforeEach(() => {
  // Timers and the clock only: inject() itself runs on the event loop (setImmediate, nextTick).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Common = Omit<ImbotClientOptions, 'webhookUrl' | 'portal' | 'restUrl' | 'accessToken' | 'refreshToken'>;
const clientOf = (portal: MockPortal, fetch: typeof globalThis.fetch, options: Common = {}) =>
  createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, botToken: BOT_TOKEN, fetch, ...options });

describe('retry backoff', () => {
  test('exponential from minDelayMs with jitter between half and all of it, then the answer', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 2);
    const start = Date.now();
    // The least jitter: half of each delay.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const call = clientOf(portal, fetch, { retry: { retries: 3, minDelayMs: 1000, maxDelayMs: 30_000 } }).imbot.chat.add({ USERS: [1] });
    await elapse(2000);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    // 1000 ms halved, then 2000 ms halved.
    expect(sentAt.map((at) => at - start)).toEqual([0, 500, 1500]);
  });

  test('the most jitter: the whole delay, capped by maxDelayMs', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    portal.failNext({ error: 'OVERLOAD_LIMIT' }, 3);
    const start = Date.now();
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    const call = clientOf(portal, fetch, { retry: { retries: 3, minDelayMs: 1000, maxDelayMs: 3000 } }).imbot.chat.add({ USERS: [1] });
    await elapse(8000);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    const waits = sentAt.slice(1).map((at, i) => at - sentAt[i]!);
    expect(waits.map((ms) => Math.round(ms / 10) * 10)).toEqual([1000, 2000, 3000]);
    expect(sentAt[0]).toBe(start);
  });

  test('429 OPERATION_TIME_LIMIT waits at least 10 s before the next attempt', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    portal.failNext({ error: 'OPERATION_TIME_LIMIT', status: 429 });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const call = clientOf(portal, fetch, { retry: { retries: 1, minDelayMs: 100, maxDelayMs: 60_000 } }).imbot.chat.add({ USERS: [1] });
    await elapse(9990);
    expect(sentAt).toHaveLength(1);
    await elapse(20);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    expect(sentAt[1]! - sentAt[0]!).toBe(10_000);
  });

  /** The portal's answers with `time.operating_reset_at` (epoch s) in each success, as a portal near a method's budget writes it. */
  const withResetAt = (fetch: typeof globalThis.fetch, resetAt: () => number): typeof globalThis.fetch =>
    async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { time?: Record<string, unknown> };
      if (body.time) body.time['operating_reset_at'] = resetAt();
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };

  test('429 OPERATION_TIME_LIMIT waits until the method\'s budget resets (operating_reset_at of its last success), spread over a second', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    const start = Date.now();
    const resetAt = Math.floor(start / 1000) + 25;
    const client = clientOf(portal, withResetAt(fetch, () => resetAt), { retry: { retries: 3, minDelayMs: 100, maxDelayMs: 60_000 } });
    await client.imbot.chat.add({ USERS: [1] });
    portal.failNext({ error: 'OPERATION_TIME_LIMIT', status: 429 });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const call = client.imbot.chat.add({ USERS: [2] });
    await elapse(40_000, 100);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    // The refused attempt, then one at the reset and half the second of spread: not every 10 s.
    expect(sentAt.slice(1).map((at) => at - start)).toEqual([0, resetAt * 1000 - start + 500]);
  });

  test('429 OPERATION_TIME_LIMIT fails at once when the budget resets later than maxDelayMs', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    const resetAt = Math.floor(Date.now() / 1000) + 300;
    const client = clientOf(portal, withResetAt(fetch, () => resetAt), { retry: { retries: 3, minDelayMs: 100, maxDelayMs: 30_000 } });
    await client.imbot.chat.add({ USERS: [1] });
    portal.failNext({ error: 'OPERATION_TIME_LIMIT', status: 429 });
    const call = client.imbot.chat.add({ USERS: [2] }).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await elapse(10);
    expect(isBitrix24Error(await call, 'OPERATION_TIME_LIMIT')).toBe(true);
    expect(sentAt).toHaveLength(2);
  });

  test('an abort during the wait ends the call with the reason, and no attempt follows', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' });
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const call = clientOf(portal, fetch, { retry: { retries: 3, minDelayMs: 60_000, maxDelayMs: 60_000 } })
      .imbot.chat.add({ USERS: [1] }, { signal: controller.signal })
      .then(
        () => 'resolved',
        (error: unknown) => error,
      );
    await elapse(1000);
    controller.abort(reason);
    expect(await call).toBe(reason);
    await elapse(120_000, 1000);
    expect(sentAt).toHaveLength(1);
  });
});

describe('the rate limiter', () => {
  test.each([
    ['standard', 'imbot.chat.add'],
    ['imbot.v2', 'imbot.v2.Revision.get'],
  ] as const)('the %s preset paces a burst as the portal drains it: none refused', async (preset, method) => {
    const { burst, perSecond } = rateLimitPresets[preset];
    // The portal's own buckets, as the platform's limits set them (v1 per portal, v2 per application).
    const portal = await startPortal({ rateLimit: { burst, perSecond, v2: { burst, perSecond } } });
    const { fetch, sentAt } = injected(portal);
    const client = clientOf(portal, fetch, { rateLimit: preset, retry: false });
    const count = burst + 4 * perSecond;
    const start = Date.now();
    const calls = Array.from({ length: count }, () => client.call(method as 'imbot.chat.add', { USERS: [1] }));
    await elapse((4 * 1000) + 100);
    const results = await Promise.allSettled(calls);
    expect(results.flatMap((result, i) => (result.status === 'rejected' ? [`${i} at ${sentAt[i]! - start} ms: ${String(result.reason)}`] : []))).toEqual([]);
    expect(portal.calls.every((call) => call.status === 200)).toBe(true);
    // The burst at once, then one every 1/perSecond s.
    const offsets = sentAt.map((at) => at - start);
    expect(offsets.slice(0, burst)).toEqual(Array(burst).fill(0));
    expect(offsets.slice(burst)).toEqual(Array.from({ length: 4 * perSecond }, (_, i) => Math.round(((i + 1) * 1000) / perSecond)));
  });

  test('without it, the same burst hits QUERY_LIMIT_EXCEEDED at once', async () => {
    const { burst, perSecond } = rateLimitPresets.standard;
    const portal = await startPortal({ rateLimit: { burst, perSecond } });
    const { fetch } = injected(portal);
    const client = clientOf(portal, fetch, { retry: false });
    const results = await Promise.allSettled(Array.from({ length: burst + 5 }, () => client.imbot.chat.add({ USERS: [1] })));
    const refused = results.filter((result) => result.status === 'rejected' && isBitrix24Error(result.reason, 'QUERY_LIMIT_EXCEEDED'));
    expect(refused).toHaveLength(5);
  });

  test('a limiter of your own is asked before every attempt, retries included', async () => {
    const portal = await startPortal();
    const { fetch } = injected(portal);
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' });
    const taken: (AbortSignal | undefined)[] = [];
    const controller = new AbortController();
    const client = clientOf(portal, fetch, {
      rateLimit: { take: async (signal) => void taken.push(signal) },
      retry: { retries: 1, minDelayMs: 10, maxDelayMs: 10 },
    });
    const call = client.imbot.chat.add({ USERS: [1] }, { signal: controller.signal });
    await elapse(50);
    expect(await call).toBe(portal.chats.at(-1)!.CHAT_ID);
    expect(taken).toEqual([controller.signal, controller.signal]);
  });
});

describe('the events loop', () => {
  /** A bot in fetch mode on the portal, and a client for it. */
  const botOn = async (portal: MockPortal, fetch: typeof globalThis.fetch) => {
    const client = clientOf(portal, fetch, { retry: false });
    const registered = client.imbot.v2.Bot.register({
      fields: { code: 'timing', botToken: BOT_TOKEN, properties: { name: 'Timing' }, eventMode: 'fetch' },
    });
    await elapse(10);
    const { bot } = await registered;
    return { client, botId: bot.id };
  };

  test('idle: waits from idleDelayMs.min, doubling to its max; an event resets it', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    const { client, botId } = await botOn(portal, fetch);
    const controller = new AbortController();
    const received: BotEvent[] = [];
    const loop = (async () => {
      for await (const event of client.events({ botId, signal: controller.signal, idleDelayMs: { min: 1000, max: 4000 } })) received.push(event);
    })();
    const polled = () => sentAt.length - 1; // the first call registered the bot
    const start = Date.now();
    await elapse(15_000, 50);
    const times = sentAt.slice(1).map((at) => at - start);
    // Empty answers: 1 s, 2 s, 4 s, 4 s, 4 s apart.
    expect(times).toEqual([0, 1000, 3000, 7000, 11_000, 15_000]);
    expect(polled()).toBe(6);
    // A message to the bot arrives with the next poll (at 19 s); the waits start again from min.
    const { id } = portal.userSends({ userId: 1, dialogId: String(botId), text: 'hello' });
    await elapse(6500, 50);
    const message = received.find((event) => event.type === 'ONIMBOTV2MESSAGEADD');
    expect((message?.data as { message: { id: number } } | undefined)?.message.id).toBe(id);
    expect(sentAt.slice(7).map((at) => at - start)).toEqual([19_000, 20_000, 21_000]);
    controller.abort();
    await elapse(10);
    await loop;
  });

  test('the platform\'s pace by default: 5 s doubling to 30 s when idle, 2 s apart while hasMore', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    const { client, botId } = await botOn(portal, fetch);
    // Five messages and the dialog's join: six events, two a call.
    for (let n = 0; n < 5; n++) portal.userSends({ userId: 1, dialogId: String(botId), text: `m${n}` });
    const controller = new AbortController();
    const received: BotEvent[] = [];
    const loop = (async () => {
      for await (const event of client.events({ botId, signal: controller.signal, limit: 2 })) received.push(event);
    })();
    const start = Date.now();
    await elapse(80_000, 50);
    const times = sentAt.slice(1).map((at) => at - start);
    // Three calls 2 s apart hand out the six; the last had nothing after it, so 5 s; then
    // empty answers 5, 10, 20, 30, 30 s apart.
    expect(received).toHaveLength(6);
    expect(times).toEqual([0, 2000, 4000, 9000, 14_000, 24_000, 44_000, 74_000]);
    controller.abort();
    await elapse(10);
    await loop;
  });

  test('a rate-limited poll waits retryDelayMs (jittered, doubling) and goes on; abort ends a wait at once', async () => {
    const portal = await startPortal();
    const { fetch, sentAt } = injected(portal);
    const { client, botId } = await botOn(portal, fetch);
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED', status: 429 }, 2);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const controller = new AbortController();
    const loop = (async () => {
      for await (const _ of client.events({ botId, signal: controller.signal, retryDelayMs: { min: 1000, max: 30_000 }, idleDelayMs: { min: 60_000 } })) void _;
    })();
    const start = Date.now();
    await elapse(2000, 50);
    // Refused at 0, then after 500 ms (1000 halved), refused again, then after 1000 ms (2000 halved): served.
    expect(sentAt.slice(1).map((at) => at - start)).toEqual([0, 500, 1500]);
    // Now idle for a minute: an abort ends the loop without waiting for it.
    controller.abort();
    await elapse(10);
    await loop;
    expect(sentAt).toHaveLength(4);
  });
});

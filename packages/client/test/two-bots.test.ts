// One client serves two bots of one application, calls and `events()` alike, through one
// rate-limit bucket: the portal's own imbot.v2 limit (2 requests per second per application)
// is on, and it never refuses a request, because the client paces both bots' requests together.
// Two clients, one per bot, each with its own bucket, get refused. On a fake clock against the
// real mock portal (inject.ts).
import { rateLimitPresets } from '@b24-imbot/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { type BotEvent, createImbotClient, type ImbotClient, isBitrix24Error } from '../src/index.js';
import { elapse, injected } from './inject.js';
import { startPortal, webhookUrl } from './portal.js';

const TOKEN_A = 'bot-token-a-9e1f02';
const TOKEN_B = 'bot-token-b-3c7a44';
/** The platform's imbot.v2 limit (chat-bots-v2 index.md), as core's preset and the portal's bucket have it. */
const V2 = rateLimitPresets['imbot.v2'];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The portal with its imbot.v2 bucket on (v1 unlimited for the users' writes). */
const limitedPortal = () => startPortal({ rateLimit: { burst: 1_000_000, perSecond: 1_000_000, v2: { burst: V2.burst, perSecond: V2.perSecond } } });

/** Registers two fetch-mode bots with their own tokens; returns their ids. */
const registerTwo = async (client: ImbotClient) => {
  const register = (code: string, botToken: string) =>
    client.imbot.v2.Bot.register({ fields: { code, botToken, properties: { name: code }, eventMode: 'fetch' } });
  const registering = Promise.all([register('bot-a', TOKEN_A), register('bot-b', TOKEN_B)]);
  await elapse(2000, 50);
  const [a, b] = await registering;
  return { a: a.bot.id, b: b.bot.id };
};

/**
 * Whether request times fit a leaky bucket of `burst` draining `perSecond`: any n requests
 * from one instant to another span at least (n - burst) / perSecond seconds.
 */
const fitsBucket = (times: readonly number[], burst: number, perSecond: number): boolean => {
  const sorted = [...times].sort((x, y) => x - y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + burst; j < sorted.length; j++) {
      if (sorted[j]! - sorted[i]! < ((j - i + 1 - burst) / perSecond) * 1000) return false;
    }
  }
  return true;
};

describe('one client, two bots, one bucket', () => {
  test("both bots poll their events and answer through one client: each gets its own, the portal refuses nothing", async () => {
    const portal = await limitedPortal();
    const { fetch, sent } = injected(portal);
    const client = createImbotClient({ webhookUrl: webhookUrl(portal), rateLimit: 'imbot.v2', retry: false, fetch });
    const { a, b } = await registerTwo(client);
    const controller = new AbortController();
    const received = new Map<number, BotEvent[]>([
      [a, []],
      [b, []],
    ]);
    const replies: Promise<unknown>[] = [];
    const loop = (botId: number, botToken: string) =>
      (async () => {
        for await (const event of client.events({ botId, botToken, signal: controller.signal, idleDelayMs: { min: 1000, max: 2000 } })) {
          received.get(botId)!.push(event);
          if (event.type === 'ONIMBOTV2MESSAGEADD') {
            const { dialogId } = event.data.chat;
            replies.push(client.imbot.v2.Chat.Message.send({ botId, dialogId, fields: { message: `bot ${botId} heard you` } }, { botToken }));
          }
        }
      })();
    const loops = [loop(a, TOKEN_A), loop(b, TOKEN_B)];
    await elapse(3000, 50);
    const toA = portal.userSends({ userId: 1, dialogId: String(a), text: 'hello A' });
    const toB = portal.userSends({ userId: 1, dialogId: String(b), text: 'hello B' });
    await elapse(10_000, 50);
    controller.abort();
    await elapse(10);
    await Promise.all(loops);
    const answers = (await Promise.all(replies)) as { id: number }[];

    // Each loop got its own bot's message, none of the other's.
    const heard = (botId: number) =>
      received.get(botId)!.flatMap((event) => (event.type === 'ONIMBOTV2MESSAGEADD' ? [event.data.message.id] : []));
    expect(heard(a)).toEqual([toA.id]);
    expect(heard(b)).toEqual([toB.id]);
    // Each answer was made as its bot (the portal checks the token against the bot).
    expect(answers.map(({ id }) => portal.platform.messages.get(id)?.authorId).sort()).toEqual([a, b].sort());
    // Each bot's requests carried its own token.
    const polls = sent.filter((request) => request.method === 'imbot.v2.Event.get');
    expect(new Set(polls.map((request) => `${request.body['botId']}:${request.body['botToken']}`))).toEqual(new Set([`${a}:${TOKEN_A}`, `${b}:${TOKEN_B}`]));
    // Many requests of both bots, paced together as one bucket: the portal refused none.
    expect(polls.length).toBeGreaterThan(8);
    expect(portal.calls.filter((call) => call.status !== 200)).toEqual([]);
    const v2 = sent.filter((request) => request.method.startsWith('imbot.v2.'));
    expect(fitsBucket(v2.map((request) => request.at), V2.burst, V2.perSecond)).toBe(true);
  });

  test('calls of both bots at once wait in one queue; a client per bot (a bucket each) gets refused', async () => {
    const portal = await limitedPortal();
    const { fetch, sent } = injected(portal);
    const shared = createImbotClient({ webhookUrl: webhookUrl(portal), rateLimit: 'imbot.v2', retry: false, fetch });
    const { a, b } = await registerTwo(shared);
    await elapse(2000, 50); // the bucket drains
    const before = sent.length;
    const send = (client: ImbotClient, botId: number, botToken: string) =>
      client.imbot.v2.Chat.Message.send({ botId, dialogId: '1', fields: { message: 'hi' } }, { botToken });
    const start = Date.now();
    const together = Promise.allSettled([a, b, a, b, a, b].map((botId) => send(shared, botId, botId === a ? TOKEN_A : TOKEN_B)));
    await elapse(3000, 50);
    expect((await together).map((result) => result.status)).toEqual(Array(6).fill('fulfilled'));
    // The burst of 2 at once, then one every 500 ms, both bots in one line.
    expect(sent.slice(before).map((request) => request.at - start)).toEqual([0, 0, 500, 1000, 1500, 2000]);
    expect(sent.slice(before).map((request) => request.body['botToken'])).toEqual([TOKEN_A, TOKEN_B, TOKEN_A, TOKEN_B, TOKEN_A, TOKEN_B]);

    await elapse(2000, 50);
    const perBot = new Map([
      [a, createImbotClient({ webhookUrl: webhookUrl(portal), botToken: TOKEN_A, rateLimit: 'imbot.v2', retry: false, fetch })],
      [b, createImbotClient({ webhookUrl: webhookUrl(portal), botToken: TOKEN_B, rateLimit: 'imbot.v2', retry: false, fetch })],
    ]);
    const apart = Promise.allSettled([a, b, a, b].map((botId) => send(perBot.get(botId)!, botId, botId === a ? TOKEN_A : TOKEN_B)));
    await elapse(3000, 50);
    const refused = (await apart).filter((result) => result.status === 'rejected' && isBitrix24Error(result.reason, 'QUERY_LIMIT_EXCEEDED'));
    expect(refused).toHaveLength(2);
  });
});

// Bot events by polling, over real HTTP: a server from @b24-imbot/server whose Event.get is an
// in-test queue honouring offset/limit/nextOffset/hasMore as the contract describes, fed by
// Chat.Message.send calls from concurrent senders. Every event arrives once, in order, with the
// cursor kept; rate limits back off and go on; an AbortSignal stops the loop.
import { loadContract } from '@b24-imbot/schema/model';
import {
  Bitrix24Error as ServerError,
  createServer,
  type EventHandlers as ServerEventHandlers,
  exampleHandlers,
  type Handlers,
} from '@b24-imbot/server';
import { describe, expect, expectTypeOf, it, onTestFinished } from 'vitest';
import {
  type BotEvent,
  createImbotClient,
  dispatchEvent,
  type EventHandlers,
  isBitrix24Error,
} from '../src/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const BOT_ID = 456;
const BOT_TOKEN = 'bot-token-51c0de';
const contract = loadContract();
/** The data of the page's ONIMBOTV2MESSAGEADD (full bot, as Event.get returns it). */
const EXAMPLE = contract.operation('imbot.v2.Event.get')!.successExample.result.events[0];

interface Item {
  eventId: number;
  type: string;
  date: string;
  data: Json;
}

/**
 * The portal's event queue for one bot, as imbot.v2.Event.get describes it: passing `offset`
 * confirms (drops) every event with a lower id; the answer holds the oldest unconfirmed events
 * from `offset` on, at most `limit`; nextOffset is one past the last returned (or the cursor
 * when none), hasMore says whether more are waiting.
 */
class EventQueue {
  private pending: Item[] = [];
  private nextId = 1;
  private confirmedBelow = 1;
  /** Every call: the offset it passed and the nextOffset it got. */
  readonly calls: { offset?: number; nextOffset: number; count: number }[] = [];

  push(type: string, data: Json): Item {
    const item = { eventId: this.nextId++, type, date: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'), data };
    this.pending.push(item);
    return item;
  }

  get(params: { offset?: number; limit?: number }) {
    const { offset, limit = 100 } = params;
    if (offset !== undefined && offset > this.confirmedBelow) {
      this.confirmedBelow = offset;
      this.pending = this.pending.filter((item) => item.eventId >= offset);
    }
    const events = this.pending.slice(0, limit);
    const nextOffset = events.length > 0 ? events.at(-1)!.eventId + 1 : this.confirmedBelow;
    this.calls.push({ ...(offset === undefined ? {} : { offset }), nextOffset, count: events.length });
    return { events, nextOffset, hasMore: this.pending.length > events.length };
  }
}

const start = async (handlers: Partial<Handlers>): Promise<string> => {
  const app = createServer({ ...exampleHandlers, ...handlers } as Handlers, {
    authenticate: () => {},
    validateResponses: true,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  onTestFinished(() => app.close());
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}/rest/1/webhook-code/`;
};

const clientFor = (webhookUrl: string) => createImbotClient({ webhookUrl, botToken: BOT_TOKEN, retry: false });

/** A message event as the queue stores it. */
const messageEvent = (id: number, text: string) => ({
  ...structuredClone(EXAMPLE.data),
  message: { ...EXAMPLE.data.message, id, text },
});

describe('client.events()', () => {
  it('1,000 events from concurrent senders arrive once each, in order, the cursor kept', { timeout: 120_000 }, async () => {
    const queue = new EventQueue();
    const url = await start({
      imbotV2EventGet: (params) => queue.get(params) as never,
      imbotV2ChatMessageSend: (params) => {
        const item = queue.push('ONIMBOTV2MESSAGEADD', messageEvent(queue.calls.length + 1_000_000, params.fields?.message ?? ''));
        return { id: item.eventId, uuidMap: {} } as never;
      },
    });
    const senders = clientFor(url);
    const bot = clientFor(url);
    const controller = new AbortController();

    const SENDERS = 10;
    const EACH = 100;
    const sending = Promise.all(
      Array.from({ length: SENDERS }, async (_, sender) => {
        for (let n = 0; n < EACH; n++) {
          await senders.imbot.v2.Chat.Message.send({ botId: BOT_ID, dialogId: 'chat5', fields: { message: `${sender}:${n}` } });
        }
      }),
    );

    const received: BotEvent[] = [];
    const stream = bot.events({ botId: BOT_ID, signal: controller.signal, limit: 37, idleDelayMs: { min: 2, max: 10 }, hasMoreDelayMs: 2 });
    for await (const event of stream) {
      received.push(event);
      if (received.length === SENDERS * EACH) controller.abort();
    }
    await sending;

    // Once each, in queue order.
    expect(received.map((event) => event.eventId)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    // Every message sent arrived, each sender's in the order it sent them.
    const texts = received.map((event) => (event.data as Json).message.text as string);
    expect(new Set(texts).size).toBe(1000);
    for (let sender = 0; sender < SENDERS; sender++) {
      const mine = texts.filter((text) => text.startsWith(`${sender}:`));
      expect(mine).toEqual(Array.from({ length: EACH }, (_, n) => `${sender}:${n}`));
    }
    // Typed by the contract, from the JSON of Event.get.
    const first = received[0]!;
    expect(first).toMatchObject({ type: 'ONIMBOTV2MESSAGEADD', delivery: 'fetch' });
    if (first.type === 'ONIMBOTV2MESSAGEADD') {
      expectTypeOf(first.data.message.id).toEqualTypeOf<number>();
      expect(first.data.user.active).toBe(true);
    }
    // The cursor: every call after the first passed the nextOffset of the call before it.
    expect(queue.calls[0]!.offset).toBeUndefined();
    for (let i = 1; i < queue.calls.length; i++) expect(queue.calls[i]!.offset).toBe(queue.calls[i - 1]!.nextOffset);
    expect(stream.offset).toBe(1001);
  });

  it('backs off on 429 QUERY_LIMIT_EXCEEDED and goes on, losing nothing', async () => {
    const queue = new EventQueue();
    for (let i = 1; i <= 20; i++) queue.push('ONIMBOTV2MESSAGEADD', messageEvent(i, `m${i}`));
    let calls = 0;
    let refused = 0;
    const url = await start({
      imbotV2EventGet: (params) => {
        calls += 1;
        // The 1st, 2nd, 4th and 5th calls are over the portal's limit.
        if ([1, 2, 4, 5].includes(calls)) {
          refused += 1;
          throw new ServerError('QUERY_LIMIT_EXCEEDED', undefined, { status: 429 });
        }
        return queue.get(params) as never;
      },
    });
    const controller = new AbortController();
    const received: number[] = [];
    for await (const event of clientFor(url).events({
      botId: BOT_ID,
      signal: controller.signal,
      limit: 5,
      retryDelayMs: { min: 40, max: 80 },
      idleDelayMs: { min: 2, max: 5 },
      hasMoreDelayMs: 2,
    })) {
      received.push(event.eventId!);
      if (received.length === 20) controller.abort();
    }
    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // How long each wait is: timing.test.ts, on a fake clock.
    expect(refused).toBe(4);
  });

  it('stops on abort: while idle, and during a slow call', async () => {
    const queue = new EventQueue();
    let slow = false;
    const url = await start({
      imbotV2EventGet: async (params) => {
        if (slow) await new Promise((resolve) => setTimeout(resolve, 5_000));
        return queue.get(params) as never;
      },
    });
    // Were an abort not to end a wait, the loop would wait 10 s a round and the test time out.
    const idle = new AbortController();
    setTimeout(() => idle.abort(), 100);
    const seen: unknown[] = [];
    for await (const event of clientFor(url).events({ botId: BOT_ID, signal: idle.signal, idleDelayMs: { min: 10_000 } })) seen.push(event);
    expect(seen).toEqual([]);

    slow = true;
    const during = new AbortController();
    setTimeout(() => during.abort(), 100);
    for await (const event of clientFor(url).events({ botId: BOT_ID, signal: during.signal })) seen.push(event);
    expect(seen).toEqual([]);
  });

  it('resumes from the offset of an earlier loop without repeating an event', async () => {
    const queue = new EventQueue();
    for (let i = 1; i <= 10; i++) queue.push('ONIMBOTV2MESSAGEADD', messageEvent(i, `m${i}`));
    const url = await start({ imbotV2EventGet: (params) => queue.get(params) as never });
    const client = clientFor(url);

    const first = client.events({ botId: BOT_ID, limit: 10 });
    const got: number[] = [];
    for await (const event of first) {
      got.push(event.eventId!);
      if (got.length === 4) break;
    }
    expect(first.offset).toBe(5);

    const controller = new AbortController();
    for await (const event of client.events({ botId: BOT_ID, offset: first.offset, signal: controller.signal, idleDelayMs: { min: 2 } })) {
      got.push(event.eventId!);
      if (got.length === 10) controller.abort();
    }
    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('ends with the error when the portal refuses for good', async () => {
    const url = await start({
      imbotV2EventGet: () => {
        throw new ServerError('BOT_NOT_FOUND');
      },
    });
    const error = await (async () => {
      try {
        for await (const _ of clientFor(url).events({ botId: BOT_ID })) void _;
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isBitrix24Error(error, 'BOT_NOT_FOUND')).toBe(true);
  });

  it('one handler map serves both deliveries', async () => {
    const queue = new EventQueue();
    queue.push('ONIMBOTV2MESSAGEADD', messageEvent(1, 'hello'));
    queue.push('ONIMBOTV2DELETE', { bot: EXAMPLE.data.bot });
    const url = await start({ imbotV2EventGet: (params) => queue.get(params) as never });
    const texts: string[] = [];
    let deleted = 0;
    // Written once against the server's type, used here by the client.
    const handlers: ServerEventHandlers = {
      ONIMBOTV2MESSAGEADD: (event) => {
        texts.push(`${event.delivery}:${event.data.message.text}`);
      },
      ONIMBOTV2DELETE: () => {
        deleted += 1;
      },
    };
    const asClient: EventHandlers = handlers;
    // One type: @b24-imbot/core's, re-exported by both packages.
    expectTypeOf<ServerEventHandlers>().toEqualTypeOf<EventHandlers>();

    const controller = new AbortController();
    let count = 0;
    for await (const event of clientFor(url).events({ botId: BOT_ID, signal: controller.signal })) {
      expect(await dispatchEvent(asClient, event)).toBe(true);
      if (++count === 2) controller.abort();
    }
    expect(texts).toEqual(['fetch:hello']);
    expect(deleted).toBe(1);
  });
});

// Polling keeps its position in the store: a bot killed (SIGKILL) and started again neither
// loses nor repeats an event. The bot runs in a child process with a file store; the portal
// runs here; what the bot handled is the log its handler writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, type Started } from '@b24-imbot/testkit';
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot, memoryStore, type PollingPosition, type Store } from '../src/index.js';

const fixture = fileURLToPath(new URL('fixtures/polling-bot.ts', import.meta.url));

let portal: MockPortal;
let dir: string;
const children: Started[] = [];
beforeEach(async () => {
  portal = await startMockPortal();
  dir = mkdtempSync(join(tmpdir(), 'b24-bot-polling-'));
  writeFileSync(join(dir, 'log'), '');
});
afterEach(async () => {
  for (const child of children.splice(0)) await child.stop();
  await portal.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the fixture bot; resolves once it polls. */
const startBot = async (env: Record<string, string> = {}) => {
  const child = start(process.execPath, ['--import', 'tsx', fixture, portal.url], {
    env: { ...process.env, STATE: join(dir, 'state'), LOG: join(dir, 'log'), ...env },
  });
  children.push(child);
  const [, id] = await child.waitFor(/started bot (\d+)\n/, 60_000);
  return { child, botId: Number(id) };
};

/** The bot's side effects: one `user text` line per message handled. */
const handled = () => readFileSync(join(dir, 'log'), 'utf8').split('\n').filter(Boolean);

/** Messages m<from>..m<to> from users 1 and 2 in turn; the lines the bot should write for them. */
const say = (botId: number, from: number, to: number): string[] => {
  const lines: string[] = [];
  for (let n = from; n <= to; n++) {
    const userId = 1 + (n % 2);
    portal.userSends({ userId, dialogId: String(botId), text: `m${n}` });
    lines.push(`${userId} m${n}`);
  }
  return lines;
};

const lastQueued = (botId: number) => Math.max(...portal.platform.queues.get(botId)!.items.map((item) => item.eventId));

/** Each user's lines, in order. */
const byUser = (lines: readonly string[]) => [1, 2].map((user) => lines.filter((line) => line.startsWith(`${user} `)));

/** Starts the bot once more and waits until it has written `count` lines, then stops it. */
const restartUntil = async (count: number) => {
  const { child } = await startBot();
  await vi.waitFor(() => expect(handled().length).toBeGreaterThanOrEqual(count), { timeout: 120_000, interval: 50 });
  // Anything still coming (a repeat) would come with the next polls: let two go by.
  const polls = portal.calls.filter((call) => call.method === 'imbot.v2.Event.get').length;
  await vi.waitFor(() => expect(portal.calls.filter((call) => call.method === 'imbot.v2.Event.get').length).toBeGreaterThanOrEqual(polls + 2), {
    timeout: 60_000,
    interval: 50,
  });
  await child.stop();
};

describe('a polling bot killed with SIGKILL and started again', { timeout: 240_000 }, () => {
  it('between two batches (handled and saved, not yet confirmed to the portal): loses and repeats nothing', async () => {
    // Registered once, then down while the first batch comes.
    const { child, botId } = await startBot();
    await child.stop();
    const expected = say(botId, 1, 9);
    const crashing = await startBot({ CRASH_BEFORE_CONFIRM: String(lastQueued(botId)) });
    expect((await crashing.child.exit).signal).toBe('SIGKILL');
    expect(byUser(handled())).toEqual(byUser(expected));
    // The portal still holds the whole batch: only the saved position tells it was handled.
    expect(portal.platform.queues.get(botId)!.items.length).toBeGreaterThan(0);

    expected.push(...say(botId, 10, 15));
    await restartUntil(expected.length);
    expect(handled()).toHaveLength(expected.length);
    expect(byUser(handled())).toEqual(byUser(expected));
  });

  it('while one dialog waits and the other goes on: the events done are not repeated, the one in hand is not lost', async () => {
    const { child, botId } = await startBot();
    await child.stop();
    // m1 (user 2) is held until user 1's m2, m4, m6 (and the join of user 1's dialog) are done
    // and saved; then the bot dies before m1's side effect. m3 and m5 (user 2) were queued
    // behind m1 and never started. (Event.get hands out at most `limit` events from the oldest
    // one not handled: a limit of 10 lets the bot see past m1.)
    const expected = say(botId, 1, 6);
    const crashing = await startBot({ CRASH_HOLD: 'm1', CRASH_HOLD_DONE: '4', POLL_LIMIT: '10' });
    expect((await crashing.child.exit).signal, crashing.child.output()).toBe('SIGKILL');
    expect(handled()).toEqual(['1 m2', '1 m4', '1 m6']);

    await restartUntil(expected.length);
    expect(handled()).toHaveLength(expected.length);
    expect(byUser(handled())).toEqual(byUser(expected));
  });
});

describe('a polling bot with a store that writes slowly', () => {
  it("writes an event's position before the next event of its dialog starts (a kill inside that handler repeats nothing)", async () => {
    const memory = memoryStore();
    /** Positions as the store holds them once each write has finished. */
    const written: PollingPosition[] = [];
    // A store across a network: every write lands 100 ms after it is asked for.
    const slow: Store = {
      ...memory,
      async set(key, value, options) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await memory.set(key, value, options);
        if (key.includes('polling:')) written.push(value as PollingPosition);
      },
    };
    const covers = (position: PollingPosition, id: number) => (position.offset ?? 0) > id || position.done.includes(id);
    const seen: { text: string; eventId: number; earlierWritten: boolean }[] = [];
    const bot = createBot({ code: 'slow_store', name: 'Slow store' });
    bot.on('message:text', (ctx) => {
      const earlier = seen.at(-1);
      seen.push({ text: ctx.text, eventId: ctx.event.eventId!, earlierWritten: earlier === undefined || written.some((position) => covers(position, earlier.eventId)) });
    });
    const info = await bot.start({
      webhookUrl: `${portal.url}/rest/1/slow/`,
      botToken: 'slow-token',
      storage: slow,
      polling: { idleDelayMs: { min: 10, max: 50 } },
    });
    try {
      for (const text of ['one', 'two', 'three']) portal.userSends({ userId: 1, dialogId: String(info.id), text });
      await vi.waitFor(() => expect(seen).toHaveLength(3), { timeout: 30_000, interval: 20 });
      expect(seen.map(({ text, earlierWritten }) => [text, earlierWritten])).toEqual([
        ['one', true],
        ['two', true],
        ['three', true],
      ]);
    } finally {
      await bot.stop();
    }
  });
});

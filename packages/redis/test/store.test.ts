// The bot's store, the lease and the shared rate limiter against a real redis-server.
import { fileURLToPath } from 'node:url';
import { freePort, start, startRedis, type StartedRedis } from '@b24-imbot/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { redisConnection, redisRateLimiter, redisReplayGuard, redisStore, type RedisStore } from '../src/index.js';

let server: StartedRedis;
let store: RedisStore;
let other: RedisStore;
beforeAll(async () => {
  server = await startRedis();
  store = redisStore(server.url);
  other = redisStore({ url: server.url });
});
afterAll(async () => {
  await store?.close();
  await other?.close();
  await server?.stop();
});

describe('redisStore', () => {
  it('keeps JSON values that every connection sees, and removes them', async () => {
    await store.set('session:a', { count: 1, nested: ['x'] });
    expect(await other.get('session:a')).toEqual({ count: 1, nested: ['x'] });
    await other.delete('session:a');
    expect(await store.get('session:a')).toBeUndefined();
    await expect(store.set('bad', undefined)).rejects.toThrow(TypeError);
  });

  it('add sets only an absent key: one of many concurrent claims wins', async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).add('delivery:x', i, { ttlMs: 60_000 })));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('forgets an entry after its ttl', async () => {
    await store.set('short', 1, { ttlMs: 50 });
    await vi.waitFor(async () => expect(await store.get('short')).toBeUndefined(), { timeout: 10_000, interval: 20 });
    expect(await store.add('short', 2)).toBe(true);
  });

  it('a lease has one holder: renewed by it, refused to others, taken over once released or run out', async () => {
    expect(await store.lease('lease:a', 'one', 60_000)).toBe(true);
    expect(await other.lease('lease:a', 'two', 60_000)).toBe(false);
    expect(await store.lease('lease:a', 'one', 60_000)).toBe(true);
    await other.release('lease:a', 'two'); // not its own: nothing happens
    expect(await other.lease('lease:a', 'two', 60_000)).toBe(false);
    await store.release('lease:a', 'one');
    expect(await other.lease('lease:a', 'two', 100)).toBe(true);
    await vi.waitFor(async () => expect(await store.lease('lease:a', 'one', 60_000)).toBe(true), { timeout: 10_000, interval: 20 });
  });
});

describe('redisRateLimiter', () => {
  it('one budget across limiters of the same name: past the burst a request waits, and gives its place back when aborted', async () => {
    // Practically no drain: the fourth request would wait about 1000 s.
    const limits = { burst: 3, perSecond: 0.001 };
    const reserve = 0;
    const a = redisRateLimiter(other.connection, { name: 'app-1', limits, reserve });
    const b = redisRateLimiter(store.connection, { name: 'app-1', limits, reserve });
    await a.take();
    await b.take();
    await a.take();
    const controller = new AbortController();
    const waiting = b.take(controller.signal);
    let settled = false;
    void waiting.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled).toBe(false);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    // Another budget is untouched.
    await redisRateLimiter(store.connection, { name: 'app-2', limits, reserve }).take();
    const connection = redisConnection(server.url);
    try {
      const keys = (await connection.send(['KEYS', 'b24imbot:rate:*'])) as string[];
      expect(keys).toHaveLength(2);
      const levels = await Promise.all(keys.map(async (key) => Number(await connection.send(['HGET', key, 'level']))));
      // The aborted request gave its place back: 3 taken in app-1, 1 in app-2.
      expect(levels.map(Math.round).sort()).toEqual([1, 3]);
    } finally {
      await connection.close();
    }
  });

  it('refuses a preset it does not know', () => {
    expect(() => redisRateLimiter(server.url, { name: 'x', limits: 'nope' as never })).toThrow(RangeError);
  });
});

describe('connections', () => {
  it('a Redis that cannot be reached: the command is refused after connectTimeoutMs, not left waiting', async () => {
    const port = await freePort();
    const guard = redisReplayGuard({ url: `redis://127.0.0.1:${port}`, connectTimeoutMs: 500, onError: () => {} });
    await expect(guard.check('unreachable', Math.floor(Date.now() / 1000))).rejects.toThrow('no connection to Redis within 500 ms');
    // And again: each command tries anew.
    await expect(guard.check('unreachable', Math.floor(Date.now() / 1000))).rejects.toThrow('no connection to Redis within 500 ms');
    await guard.close();
  });

  it('the replay guard and the rate limiter close the connections they opened: the process exits by itself', async () => {
    const fixture = fileURLToPath(new URL('fixtures/close-exits.ts', import.meta.url));
    const child = start(process.execPath, ['--import', 'tsx', fixture, server.url]);
    const timer = setTimeout(() => void child.stop(), 60_000);
    const exit = await child.exit;
    clearTimeout(timer);
    expect(exit.code, child.output()).toBe(0);
    expect(child.stdout()).toBe('fresh\nclosed\n');
  }, 90_000);
});

// The webhook receiver's replay guard in Redis: two instances (two connections) of
// @b24-imbot/server's receiver share one memory of deliveries on a real redis-server, so a
// delivery replayed to the other instance is refused there; the platform's example deliveries
// come from the contract.
import { httpBuildQuery } from '@b24-imbot/core';
import { loadContract } from '@b24-imbot/schema/model';
import { type EventHandlers, receiveEventDelivery } from '@b24-imbot/server/receiver';
import { startRedis, type StartedRedis } from '@b24-imbot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisConnection, type RedisConnection, redisReplayGuard } from '../src/index.js';

const TOKEN = 'replay-guard-app-token';
const FORM = 'application/x-www-form-urlencoded';

/** The contract's example delivery of an event, sent at `ts` with our token, as the platform's form. */
const delivery = (name: string, ts = Math.floor(Date.now() / 1000)): string => {
  const example = structuredClone(loadContract().events.find((event) => event.name === name)!.examples[0]) as Record<string, unknown>;
  return httpBuildQuery({ ...example, ts, auth: { ...(example['auth'] as object), application_token: TOKEN } });
};

let server: StartedRedis;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  for (const connection of connections) await connection.close();
  await server?.stop();
});

/** One receiver instance: its own connection to the shared Redis, and the events it handed to handlers. */
const instance = () => {
  const connection = redisConnection({ url: server.url, prefix: 'replay-test:' });
  connections.push(connection);
  const seen: string[] = [];
  const handlers: EventHandlers = { ONIMBOTV2MESSAGEADD: (event) => void seen.push(event.type), ONIMBOTV2JOINCHAT: (event) => void seen.push(event.type) };
  const options = { applicationToken: TOKEN, handlers, replay: redisReplayGuard(connection) };
  return { seen, receive: async (body: string) => (await receiveEventDelivery(body, FORM, options)).status };
};

describe('redisReplayGuard', () => {
  it('a delivery taken by one instance is refused by another (409), with its keys in any order', async () => {
    const [a, b] = [instance(), instance()];
    const body = delivery('ONIMBOTV2MESSAGEADD');
    expect(await a.receive(body)).toBe(200);
    expect(await b.receive(body)).toBe(409);
    expect(await b.receive(body.split('&').reverse().join('&'))).toBe(409);
    expect(await a.receive(body)).toBe(409);
    // Another delivery goes to whichever instance gets it first.
    expect(await b.receive(delivery('ONIMBOTV2JOINCHAT'))).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([a.seen, b.seen]).toEqual([['ONIMBOTV2MESSAGEADD'], ['ONIMBOTV2JOINCHAT']]);
  });

  it('refuses a ts outside the window as stale, and forgets a delivery once its ts has left the window', async () => {
    const connection = redisConnection({ url: server.url, prefix: 'replay-window:' });
    connections.push(connection);
    let now = 1_800_000_000_000;
    const guard = redisReplayGuard(connection, { windowSeconds: 60, now: () => now });
    const ts = now / 1000;
    expect(await guard.check('k1', ts - 61)).toBe('stale');
    expect(await guard.check('k1', ts)).toBe('fresh');
    expect(await guard.check('k1', ts)).toBe('duplicate');
    // Kept in Redis for the rest of the window from its ts (60 s here) and one window more (for
    // instances whose clocks differ), then gone.
    const ttl = Number(await connection.send(['PTTL', 'replay-window:replay:k1']));
    expect(ttl).toBeGreaterThan(119_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    now += 61_000;
    expect(await guard.check('k1', ts)).toBe('stale');
  });

  it('a delivery near the edge of the window is still refused by an instance whose clock is behind', async () => {
    const connection = redisConnection({ url: server.url, prefix: 'replay-skew:' });
    connections.push(connection);
    // A's clock is a minute ahead of B's; the delivery's ts is 539 s before B's now.
    const ahead = redisReplayGuard(connection, { now: () => Date.now() + 60_000 });
    const behind = redisReplayGuard(connection);
    const ts = Math.floor(Date.now() / 1000) - 539;
    expect(await ahead.check('skewed', ts)).toBe('fresh');
    // Past what A's clock left of the window (about a second).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await behind.check('skewed', ts)).toBe('duplicate');
  });
});

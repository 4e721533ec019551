// The mock's policy, apart from what methods do: rate limits (time faked: only Date, so the
// HTTP round trips are real), faults for one method, and the request and delivery log.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bitrix24Error } from '../src/index.js';
import { type MockPortal, createMockPortal, portalTable, startMockPortal } from '../src/mock/index.js';
import { expectError, json, request } from './helpers.js';
import { fails } from './mock-v2.js';

let portal: MockPortal | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await portal?.close();
  portal = undefined;
});

const v1 = (path = '/rest/imbot.chat.add') => request(`${portal!.url}${path}`, json({ USERS: [1] }));
const v2 = (hook: string) => request(`${portal!.url}${hook}/imbot.v2.Revision.get`, json({}));
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('rate limits, on a clock the test moves', () => {
  it('v1: a bucket of 50 draining 2 a second, over it 503 QUERY_LIMIT_EXCEEDED', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    portal = await startMockPortal({ rateLimit: true });
    for (let i = 0; i < 50; i++) expect((await v1()).status).toBe(200);
    expectError(await v1(), 503, 'QUERY_LIMIT_EXCEEDED');
    // Half a second drains one request.
    later(500);
    expect((await v1()).status).toBe(200);
    expectError(await v1(), 503, 'QUERY_LIMIT_EXCEEDED');
    // Ten seconds drain twenty.
    later(10_000);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await v1()).status);
    expect(statuses).toEqual([...Array(20).fill(200), 503]);
    expect(portal.chats).toHaveLength(71);
  });

  it('imbot.v2: 2 a second per application, over it 429; v1 keeps its own bucket', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    portal = await startMockPortal({ rateLimit: true });
    expect([(await v2('/rest/1/app')).status, (await v2('/rest/1/app')).status]).toEqual([200, 200]);
    fails(await v2('/rest/1/app'), 'imbot.v2.Revision.get', 429, 'QUERY_LIMIT_EXCEEDED');
    // Another application has its own two; v1 its own fifty.
    expect((await v2('/rest/2/other')).status).toBe(200);
    expect((await v1()).status).toBe(200);
    later(500);
    expect((await v2('/rest/1/app')).status).toBe(200);
    expect((await v2('/rest/1/app')).status).toBe(429);
    // reset() empties the buckets.
    portal.reset();
    expect((await v2('/rest/1/app')).status).toBe(200);
  });

  it('takes its own numbers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    portal = await startMockPortal({ rateLimit: { burst: 2, perSecond: 1, v2: { burst: 1, perSecond: 1 } } });
    expect([(await v1()).status, (await v1()).status, (await v1()).status]).toEqual([200, 200, 503]);
    later(1000);
    expect([(await v1()).status, (await v1()).status]).toEqual([200, 503]);
    expect([(await v2('/rest/1/app')).status, (await v2('/rest/1/app')).status]).toEqual([200, 429]);
  });
});

describe('faults', () => {
  it('a fault for one method waits for a call of it; others pass by', async () => {
    portal = await startMockPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED', method: 'imbot.chat.add' });
    expect((await v2('/rest/1/app')).status).toBe(200);
    expectError(await v1(), 503, 'QUERY_LIMIT_EXCEEDED');
    expect((await v1()).status).toBe(200);
    expect(portal.faultsServed).toBe(1);
    expect(portal.calls.map((call) => [call.method, call.status, call.fault?.method])).toEqual([
      ['imbot.v2.Revision.get', 200, undefined],
      ['imbot.chat.add', 503, 'imbot.chat.add'],
      ['imbot.chat.add', 200, undefined],
    ]);
  });

  it('keeps the last calls only', async () => {
    portal = await startMockPortal({ platform: { calls: 3 } });
    for (let i = 0; i < 5; i++) await v1();
    expect(portal.calls).toHaveLength(3);
  });
});

describe('the log', () => {
  const startReceiver = async () => {
    const server = createHttpServer((_request, response) => response.writeHead(200).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
  };

  it('one line per request: method, status, time, error code; a 500 with its error; no secret', async () => {
    const lines: string[] = [];
    // A table whose Revision.get fails the way a bug would.
    const table = {
      ...portalTable,
      imbotV2RevisionGet: () => () => {
        throw new TypeError('boom in a behaviour');
      },
    };
    portal = await createMockPortal({ log: (line) => lines.push(line), webhook: '1:s3cret-code' }, table).listen();
    await request(`${portal.url}/rest/1/s3cret-code/imbot.chat.add`, json({ USERS: [1], CLIENT_ID: 'app' }));
    await request(`${portal.url}/rest/1/s3cret-code/imbot.chat.add`, json({ USERS: [], CLIENT_ID: 'app' }));
    await request(`${portal.url}/rest/1/wrong-code/imbot.chat.add?auth=tok3n`, json({ USERS: [1] }));
    await request(`${portal.url}/rest/1/s3cret-code/no.such.method?access_token=tok3n`, json({}));
    const failed = await request(`${portal.url}/rest/1/s3cret-code/imbot.v2.Revision.get`, json({}));
    expect(failed.status).toBe(500);
    const at = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /;
    expect(lines.filter((line) => !at.test(line))).toEqual([]);
    const bare = lines.map((line) => line.replace(at, '').replace(/ \d+ms/, ' Nms'));
    expect(bare.slice(0, 4)).toEqual([
      'POST imbot.chat.add 200 Nms',
      'POST imbot.chat.add 400 Nms USERS_EMPTY',
      'POST imbot.chat.add 401 Nms INVALID_CREDENTIALS',
      'POST /rest/1/***/no.such.method?access_token=*** 404 Nms ERROR_METHOD_NOT_FOUND',
    ]);
    expect(bare[4]).toMatch(/^POST imbot\.v2\.Revision\.get 500 Nms INTERNAL_SERVER_ERROR\n {4}TypeError: boom in a behaviour\n +at /);
    for (const line of lines) expect(line).not.toMatch(/s3cret-code|tok3n/);
  });

  it('one line per webhook delivery: event, bot, receiver without its query, status or why it failed', async () => {
    const lines: string[] = [];
    portal = await startMockPortal({ log: (line) => lines.push(line) });
    const receiver = await startReceiver();
    const gone = await startReceiver();
    await gone.close();
    const register = async (code: string, webhookUrl: string) =>
      (await request(`${portal!.url}/rest/imbot.v2.Bot.register`, json({ fields: { code, properties: { name: code }, eventMode: 'webhook', webhookUrl } }))).body.result.bot.id as number;
    const up = await register('up', `${receiver.url}/events?secret=hush`);
    const down = await register('down', `${gone.url}/events`);
    portal.userSends({ userId: 1, dialogId: String(up), text: 'hi' });
    portal.userSends({ userId: 1, dialogId: String(down), text: 'hi' });
    await portal.deliveriesSettled();
    await receiver.close();
    const deliveries = lines.filter((line) => line.includes(' event ')).map((line) => line.replace(/^\S+ /, ''));
    expect(deliveries).toContain(`event ONIMBOTV2MESSAGEADD bot ${up} -> ${receiver.url}/events?*** 200`);
    expect(deliveries).toContainEqual(expect.stringMatching(new RegExp(`^event ONIMBOTV2MESSAGEADD bot ${down} -> ${gone.url}/events failed: fetch failed \\(ECONNREFUSED\\)$`)));
    for (const line of lines) expect(line).not.toContain('hush');
  });

  it('is quiet unless asked', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    try {
      portal = await startMockPortal();
      await v1();
      expect(write.mock.calls.filter(([text]) => String(text).includes('imbot.chat.add'))).toEqual([]);
    } finally {
      write.mockRestore();
    }
  });
});

// A Bitrix24Error thrown by a behaviour is an answer, not a failure: it is never logged as a 500.
describe('errors from behaviours', () => {
  it('are answered with their status', async () => {
    const table = { ...portalTable, imbotV2RevisionGet: () => () => { throw new Bitrix24Error('ACCESS_DENIED'); } };
    portal = await createMockPortal({}, table).listen();
    fails(await v2('/rest/1/app'), 'imbot.v2.Revision.get', 403, 'ACCESS_DENIED');
  });
});

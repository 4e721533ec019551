// The mock portal: storage, credentials, rate limit and failure injection, over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { type MockPortal, clockFloor, startMockPortal } from '../src/mock/index.js';
import { expectError, expectSuccess, json, request } from './helpers.js';

let portal: MockPortal | undefined;
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

const add = (path: string, params: Record<string, unknown> = { USERS: [1] }, init: RequestInit = {}) =>
  request(`${portal!.url}${path}`, json(params, init));

describe('startMockPortal', () => {
  it('listens on a free loopback port and gives its origin', async () => {
    portal = await startMockPortal();
    expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(portal.url).port).not.toBe('0');
  });

  it('numbers chats upwards from a floor no earlier run reached, and keeps every field', async () => {
    portal = await startMockPortal();
    const full = {
      TYPE: 'OPEN',
      TITLE: 'T',
      DESCRIPTION: 'D',
      COLOR: 'AQUA',
      MESSAGE: 'M',
      USERS: [3, 4],
      AVATAR: 'AAAA',
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 5,
      OWNER_ID: 6,
      BOT_ID: 7,
    };
    const floor = clockFloor();
    const first = expectSuccess(await add('/rest/imbot.chat.add', full));
    expect(first).toBeGreaterThanOrEqual(floor - 60_000_000);
    expect(expectSuccess(await add('/rest/imbot.chat.add.json'))).toBe(first + 1);
    expect(portal.chats).toEqual([
      // AVATAR is kept as its hash and length (sha256 of 'AAAA').
      { ...full, AVATAR: { sha256: '63c1dd951ffedf6f7fd968ad4efa39b8ed584f162f46e715114ee184f8de9201', length: 4 }, CHAT_ID: first },
      { USERS: [1], TYPE: 'CHAT', CHAT_ID: first + 1 },
    ]);
    portal.reset();
    expect(portal.chats).toEqual([]);
    // Forgotten, but never handed out again.
    expect(expectSuccess(await add('/rest/imbot.chat.add'))).toBe(first + 2);
  });

  it('keeps at most maxChats chats, dropping the oldest; ids keep counting', async () => {
    portal = await startMockPortal({ maxChats: 3 });
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) ids.push(expectSuccess(await add('/rest/imbot.chat.add', { USERS: [i] })));
    expect(ids.slice(1).map((id, i) => id - ids[i]!)).toEqual([1, 1, 1, 1]);
    expect(portal.chats.map((chat) => [chat.CHAT_ID, chat.USERS[0]])).toEqual([[ids[2], 3], [ids[3], 4], [ids[4], 5]]);
    await expect(startMockPortal({ maxChats: 0 })).rejects.toThrow(/chats must be a positive integer/);
  });

  it('accepts any call when no credentials are configured (webhooks still need CLIENT_ID)', async () => {
    portal = await startMockPortal();
    expectSuccess(await add('/rest/imbot.chat.add'));
    expectSuccess(await add('/rest/5/anything/imbot.chat.add', { USERS: [1], CLIENT_ID: 'x' }));
    expectError(await add('/rest/5/anything/imbot.chat.add'), 403, 'ACCESS_DENIED');
  });

  it('checks a configured webhook and CLIENT_ID', async () => {
    portal = await startMockPortal({ webhook: '12:s3cret', clientId: 'bot' });
    expectSuccess(await add('/rest/12/s3cret/imbot.chat.add.json', { USERS: [1], CLIENT_ID: 'bot' }));
    expectError(await add('/rest/12/wrong/imbot.chat.add', { USERS: [1], CLIENT_ID: 'bot' }), 401, 'INVALID_CREDENTIALS');
    expectError(await add('/rest/13/s3cret/imbot.chat.add', { USERS: [1], CLIENT_ID: 'bot' }), 401, 'INVALID_CREDENTIALS');
    expectError(await add('/rest/12/s3cret/imbot.chat.add'), 403, 'ACCESS_DENIED', 'Access denied! Client ID not specified');
    expectError(await add('/rest/12/s3cret/imbot.chat.add', { USERS: [1], CLIENT_ID: 'other' }), 400, 'APP_ID_ERROR');
    expectError(await add('/rest/imbot.chat.add'), 401, 'NO_AUTH_FOUND');
    expectError(await add('/rest/imbot.chat.add?auth=t'), 401, 'invalid_token');
    expect(portal.chats).toHaveLength(1);
  });

  it('checks tokens, expires them and takes new ones (a token refresh)', async () => {
    portal = await startMockPortal({ token: 'first' });
    expectSuccess(await add('/rest/imbot.chat.add?auth=first'));
    expectSuccess(await add('/rest/imbot.chat.add', { USERS: [1] }, { headers: { authorization: 'Bearer first' } }));
    portal.expireToken('first');
    expectError(await add('/rest/imbot.chat.add?auth=first'), 401, 'expired_token', 'The access token provided has expired.');
    expectError(await add('/rest/imbot.chat.add?auth=second'), 401, 'invalid_token');
    portal.addToken('second');
    expectSuccess(await add('/rest/imbot.chat.add?auth=second'));
    expect(portal.chats.map((chat) => chat.USERS)).toEqual([[1], [1], [1]]);
  });

  // Rate limits: mock-policy.test.ts, on a clock the test moves.
});

describe('failure injection', () => {
  it('answers the next calls with given Bitrix errors, then serves again', async () => {
    portal = await startMockPortal({ faults: [{ error: 'OPERATION_TIME_LIMIT' }] });
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 2);
    portal.failNext({ error: 'expired_token' });
    portal.failNext({ error: 'INVALID_CREDENTIALS', description: 'nope', status: 403 });
    expectError(await add('/rest/imbot.chat.add'), 429, 'OPERATION_TIME_LIMIT');
    expectError(await add('/rest/imbot.chat.add'), 503, 'QUERY_LIMIT_EXCEEDED');
    expectError(await add('/rest/imbot.chat.add'), 503, 'QUERY_LIMIT_EXCEEDED');
    expectError(await add('/rest/imbot.chat.add'), 401, 'expired_token');
    expectError(await add('/rest/imbot.chat.add'), 403, 'INVALID_CREDENTIALS', 'nope');
    expectSuccess(await add('/rest/imbot.chat.add'));
    expect(portal.chats).toHaveLength(1);
    expect(portal.calls.map((call) => [call.status, call.error])).toEqual([
      [429, 'OPERATION_TIME_LIMIT'],
      [503, 'QUERY_LIMIT_EXCEEDED'],
      [503, 'QUERY_LIMIT_EXCEEDED'],
      [401, 'expired_token'],
      [403, 'INVALID_CREDENTIALS'],
      [200, undefined],
    ]);
    expect(portal.faultsServed).toBe(5);
  });

  it('drops the connection', async () => {
    portal = await startMockPortal();
    portal.failNext({ drop: true });
    await expect(add('/rest/imbot.chat.add')).rejects.toThrow();
    expect(portal.chats).toHaveLength(0);
    expectSuccess(await add('/rest/imbot.chat.add'));
    expect(portal.calls).toEqual([
      { method: 'imbot.chat.add', httpMethod: 'POST', fault: { drop: true } },
      { method: 'imbot.chat.add', httpMethod: 'POST', status: 200 },
    ]);
  });

  it('delays the reply; a client that gives up first sees a timeout while the chat is still created', async () => {
    portal = await startMockPortal();
    portal.failNext({ delayMs: 2_000 });
    await expect(add('/rest/imbot.chat.add', { USERS: [1] }, { signal: AbortSignal.timeout(100) })).rejects.toThrow(/abort|timeout/i);
    await expect.poll(() => portal!.chats.length, { timeout: 5_000 }).toBe(1);
  });

  it('closes promptly with a delayed call pending', async () => {
    portal = await startMockPortal();
    portal.failNext({ delayMs: 60_000 });
    const pending = add('/rest/imbot.chat.add').catch((error: unknown) => error);
    await expect.poll(() => portal!.calls.length).toBe(1);
    await portal.close();
    portal = undefined;
    expect(await pending).toBeInstanceOf(Error);
  });

  it('clearFaults drops queued faults', async () => {
    portal = await startMockPortal();
    portal.failNext({ error: 'OVERLOAD_LIMIT' }, 3);
    portal.clearFaults();
    expectSuccess(await add('/rest/imbot.chat.add'));
  });
});

import { createHash } from 'node:crypto';
import { loadContract } from '@b24-imbot/schema/model';
import { describe, expect, test, vi } from 'vitest';

import {
  Bitrix24Error,
  type Bitrix24ErrorCode,
  Bitrix24NetworkError,
  Bitrix24TimeoutError,
  contractVersion,
  createImbotClient,
  isBitrix24Error,
} from '../src/index.js';
import {
  BOT_TOKEN,
  CLIENT_ID,
  FAST_RETRY,
  oauthClient,
  rejection,
  startPortal,
  TOKEN,
  WEBHOOK,
  webhookClient,
  webhookUrl,
} from './portal.js';

const contract = loadContract();

const AVATAR =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const EVERY_PARAMETER = {
  TYPE: 'OPEN',
  TITLE: 'My new private chat',
  DESCRIPTION: 'Very important events',
  COLOR: 'PINK',
  MESSAGE: 'Welcome!',
  USERS: [1, 2],
  AVATAR,
  ENTITY_TYPE: 'CRM',
  ENTITY_ID: 13,
  OWNER_ID: 39,
  BOT_ID: 39,
} as const;

/** Every secret a test hands the client, which must never show up in an error. */
const expectNoSecrets = (error: unknown, ...secrets: string[]): void => {
  const text = [
    String(error),
    (error as Error).stack,
    JSON.stringify(error),
    String((error as Error).cause),
    ((error as Error).cause as Error | undefined)?.stack,
  ].join('\n');
  for (const secret of secrets) expect(text).not.toContain(secret);
};

describe('success', () => {
  test('every parameter reaches the portal and the call resolves to the CHAT_ID', async () => {
    const portal = await startPortal();
    const client = webhookClient(portal);

    const chatId = await client.imbot.chat.add({ ...EVERY_PARAMETER, USERS: [...EVERY_PARAMETER.USERS] });

    expect(portal.chats).toHaveLength(1);
    expect(chatId).toBe(portal.chats[0]?.CHAT_ID);
    // The mock keeps an avatar as its hash and length.
    const avatar = { sha256: createHash('sha256').update(AVATAR).digest('hex'), length: AVATAR.length };
    expect(portal.chats[0]).toEqual({ ...EVERY_PARAMETER, AVATAR: avatar, CLIENT_ID, CHAT_ID: chatId });
    expect(portal.calls).toEqual([{ method: 'imbot.chat.add', httpMethod: 'POST', status: 200 }]);
  });

  test('ids increase; the tree, call() and withResponse reach the same method', async () => {
    const portal = await startPortal();
    const client = webhookClient(portal);

    // The mock's ids start past any it gave before (a restarted portal never repeats one).
    const first = await client.imbot.chat.add({ USERS: [1] });
    expect(await client.call('imbot.chat.add', { USERS: [2], TITLE: 'by name' })).toBe(first + 1);
    const { result, time, response } = await client.imbot.chat.add.withResponse({ USERS: [3] });

    expect(result).toBe(first + 2);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(time).toEqual(
      expect.objectContaining({
        start: expect.any(Number),
        finish: expect.any(Number),
        duration: expect.any(Number),
        processing: expect.any(Number),
        date_start: expect.any(String),
        date_finish: expect.any(String),
      }),
    );
    expect(portal.chats.map((chat) => chat.USERS)).toEqual([[1], [2], [3]]);
    expect(portal.chats[1]?.TITLE).toBe('by name');
  });

  test('an OAuth token is sent as auth; CLIENT_ID only when given', async () => {
    const portal = await startPortal();

    expect(await oauthClient(portal).imbot.chat.add({ USERS: [5] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    expect(await oauthClient(portal, { clientId: CLIENT_ID }).imbot.chat.add({ USERS: [6] })).toBe(portal.chats.at(-1)?.CHAT_ID);

    expect(portal.chats[0]).not.toHaveProperty('CLIENT_ID');
    expect(portal.chats[1]).toHaveProperty('CLIENT_ID', CLIENT_ID);
    // A wrong token is refused, so the token above really was checked.
    const error = await rejection(oauthClient(portal, { accessToken: 'not-the-token' }).imbot.chat.add({ USERS: [1] }));
    expect(isBitrix24Error(error, 'invalid_token')).toBe(true);
  });

  test('a CLIENT_ID in the params wins over the client option', async () => {
    const portal = await startPortal({ clientId: 'other-bot' });
    await webhookClient(portal).imbot.chat.add({ USERS: [1], CLIENT_ID: 'other-bot' });
    expect(portal.chats[0]?.CLIENT_ID).toBe('other-bot');
  });

  test('every method of the contract is reached through the tree under its own name', async () => {
    const portal = await startPortal();
    const client = webhookClient(portal, { botToken: BOT_TOKEN }) as unknown as Record<string, never>;
    for (const op of contract.operations) {
      // `client.batch` is the typed batch (test/batch.test.ts): the raw method is reached by name.
      const raw = (params: unknown) => (client as unknown as { call: (method: string, params: unknown) => Promise<unknown> }).call(op.method, params);
      const call = op.extensions['x-bitrix-max-commands'] !== undefined ? raw : (op.method.split('.').reduce((node: Record<string, never>, segment) => node[segment]!, client) as unknown as (
        params: unknown,
      ) => Promise<unknown>);
      // The mock is stateful: the page's example may name a bot or chat it does not have.
      await call(op.paramsExample ?? {}).catch(() => undefined);
      expect(portal.calls.at(-1)?.method, op.method).toBe(op.method);
    }
    expect(portal.calls).toHaveLength(contract.operations.length);
  });

  test('a name outside the contract reaches the portal and gets ERROR_METHOD_NOT_FOUND', async () => {
    const portal = await startPortal();
    const client = webhookClient(portal) as unknown as { imbot: { chat: { nope: (params: object) => Promise<unknown> } } };
    const error = await rejection(client.imbot.chat.nope({}));
    expect(isBitrix24Error(error, 'ERROR_METHOD_NOT_FOUND')).toBe(true);
  });

  test('contractVersion is the contract info.version', () => {
    expect(contractVersion).toBe(contract.version);
  });
});

describe('errors', () => {
  // Every code of the contract, with every status it is declared for.
  const declared = [...contract.errors].flatMap(([code, statuses]) => statuses.map((status) => ({ code, status })));

  test.each(declared)('$status $code becomes a Bitrix24Error', async ({ code, status }) => {
    const portal = await startPortal();
    portal.failNext({ error: code as never, status, description: `injected ${code}` });
    const client = webhookClient(portal, { retry: false });

    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));

    expect(error).toBeInstanceOf(Bitrix24Error);
    expect(isBitrix24Error(error, code as Bitrix24ErrorCode)).toBe(true);
    expect(error).toMatchObject({ code, status, description: `injected ${code}`, method: 'imbot.chat.add' });
    expect((error as Error).message).toContain(code);
    expect(portal.calls).toHaveLength(1);
    expect(portal.chats).toHaveLength(0);
  });

  test('every HTTP error status of the contract is covered', () => {
    expect(new Set(declared.map(({ status }) => status))).toEqual(new Set([400, 401, 403, 404, 405, 429, 500, 503]));
  });

  test('the portal refuses empty USERS with 400 USERS_EMPTY', async () => {
    const portal = await startPortal();
    const error = await rejection(webhookClient(portal).imbot.chat.add({ USERS: [] as unknown as [number] }));
    expect(error).toMatchObject({ name: 'Bitrix24Error', code: 'USERS_EMPTY', status: 400 });
    expect(portal.chats).toHaveLength(0);
  });

  test('the portal refuses an unknown colour with 400 INVALID_FORMAT', async () => {
    const portal = await startPortal();
    const params = { USERS: [1], COLOR: 'ORANGE' } as unknown as { USERS: number[] };
    const error = await rejection(webhookClient(portal).imbot.chat.add(params));
    expect(error).toMatchObject({ code: 'INVALID_FORMAT', status: 400 });
    expect((error as Bitrix24Error).description).toContain('COLOR');
  });

  test('a webhook call without clientId gets 403 ACCESS_DENIED', async () => {
    const portal = await startPortal();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal) });
    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect(error).toMatchObject({ code: 'ACCESS_DENIED', status: 403 });
  });

  test('a wrong webhook code is refused, and no code appears in the error', async () => {
    const portal = await startPortal();
    const wrongCode = 'wrong-code-0b9e77';
    const client = createImbotClient({ webhookUrl: webhookUrl(portal, wrongCode), clientId: CLIENT_ID });
    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect(isBitrix24Error(error, 'INVALID_CREDENTIALS')).toBe(true);
    expectNoSecrets(error, wrongCode, WEBHOOK.code);
  });

  test('a 200 that is not an envelope is an INVALID_RESPONSE error', async () => {
    const portal = await startPortal();
    const client = createImbotClient({
      webhookUrl: webhookUrl(portal),
      clientId: CLIENT_ID,
      // A proxy in front of the portal that answers HTML.
      fetch: async () => new Response('<html>maintenance</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    });
    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  });
});

describe('retries', () => {
  test('503 QUERY_LIMIT_EXCEEDED, then success: retried', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 2);

    expect(await webhookClient(portal).imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);

    expect(portal.calls.map((call) => call.status)).toEqual([503, 503, 200]);
    expect(portal.chats).toHaveLength(1);
  });

  test.each([
    ['OVERLOAD_LIMIT', 503],
    ['OPERATION_TIME_LIMIT', 429],
  ] as const)('%s (%i), then success: retried', async (code, status) => {
    const portal = await startPortal();
    portal.failNext({ error: code });

    expect(await webhookClient(portal).imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    expect(portal.calls.map((call) => call.status)).toEqual([status, 200]);
  });

  test('retries are bounded', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 10);
    const client = webhookClient(portal, { retry: { ...FAST_RETRY, retries: 2 } });

    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));

    expect(isBitrix24Error(error, 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(portal.calls).toHaveLength(3);
  });

  test('retry: false turns them off', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' });
    const error = await rejection(webhookClient(portal, { retry: false }).imbot.chat.add({ USERS: [1] }));
    expect(isBitrix24Error(error, 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    expect(portal.calls).toHaveLength(1);
  });

  test('other errors are not retried', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'INTERNAL_SERVER_ERROR' });
    const error = await rejection(webhookClient(portal).imbot.chat.add({ USERS: [1] }));
    expect(isBitrix24Error(error, 'INTERNAL_SERVER_ERROR')).toBe(true);
    expect(portal.calls).toHaveLength(1);
  });

  test('a signal aborts the wait between retries', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' });
    const client = webhookClient(portal, { retry: { retries: 3, minDelayMs: 60_000, maxDelayMs: 60_000 } });
    const controller = new AbortController();
    const reason = new Error('caller gave up');

    const pending = rejection(client.imbot.chat.add({ USERS: [1] }, { signal: controller.signal }));
    await vi.waitFor(() => expect(portal.calls[0]?.status).toBe(503), { timeout: 10_000 });
    controller.abort(reason);

    expect(await pending).toBe(reason);
    expect(portal.calls).toHaveLength(1);
  });
});

describe('network errors and timeouts', () => {
  test('a dropped connection is a Bitrix24NetworkError and is not retried', async () => {
    const portal = await startPortal();
    portal.failNext({ drop: true });

    const error = await rejection(webhookClient(portal).imbot.chat.add({ USERS: [1] }));

    expect(error).toBeInstanceOf(Bitrix24NetworkError);
    expect(isBitrix24Error(error)).toBe(false);
    expect((error as Error).message).toContain(`/rest/${WEBHOOK.userId}/***`);
    expectNoSecrets(error, WEBHOOK.code);
    expect(portal.calls).toHaveLength(1);
    expect(portal.chats).toHaveLength(0);
  });

  test('retry: { networkErrors: true } opts in to retrying it', async () => {
    const portal = await startPortal();
    portal.failNext({ drop: true });
    const client = webhookClient(portal, { retry: { ...FAST_RETRY, networkErrors: true } });

    expect(await client.imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    expect(portal.calls).toHaveLength(2);
  });

  test('no answer within timeoutMs is a Bitrix24TimeoutError, not retried', async () => {
    const portal = await startPortal();
    portal.failNext({ delayMs: 60_000 });
    const client = webhookClient(portal, { timeoutMs: 500 });

    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));

    // Retried, it would have succeeded: only the first call is delayed.
    expect(error).toBeInstanceOf(Bitrix24TimeoutError);
    expect(error).not.toBeInstanceOf(Bitrix24NetworkError);
    expect(error).toMatchObject({ timeoutMs: 500, method: 'imbot.chat.add' });
    expectNoSecrets(error, WEBHOOK.code);
    expect(portal.calls.length).toBeLessThanOrEqual(1);
    expect(portal.chats).toHaveLength(0);
  });

  test('a per-call timeoutMs overrides the client one', async () => {
    const portal = await startPortal();
    portal.failNext({ delayMs: 60_000 });
    const client = webhookClient(portal, { timeoutMs: 0 });

    const error = await rejection(client.imbot.chat.add({ USERS: [1] }, { timeoutMs: 50 }));

    expect(error).toMatchObject({ name: 'Bitrix24TimeoutError', timeoutMs: 50 });
  });

  test("the caller's AbortSignal is honoured", async () => {
    const portal = await startPortal();
    portal.failNext({ delayMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error('user navigated away');

    const pending = rejection(webhookClient(portal).imbot.chat.add({ USERS: [1] }, { signal: controller.signal }));
    await vi.waitFor(() => expect(portal.calls).toHaveLength(1), { timeout: 10_000 });
    controller.abort(reason);

    expect(await pending).toBe(reason);
  });

  test('an aborted signal sends nothing', async () => {
    const portal = await startPortal();
    const error = await rejection(webhookClient(portal).imbot.chat.add({ USERS: [1] }, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(portal.calls).toHaveLength(0);
  });

  test('an abort while a limiter of your own holds the call (one that does not watch the signal) sends nothing', async () => {
    const portal = await startPortal();
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const slowLimiter = { take: () => new Promise<void>((resolve) => setTimeout(resolve, 200)) };
    const call = createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, rateLimit: slowLimiter, retry: false })
      .imbot.chat.add({ USERS: [1] }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(call)).toBe(reason);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(portal.calls).toHaveLength(0);
  });

  test('a CLIENT_ID the params carry, in any case, is the call\'s own: the client\'s is not added', async () => {
    const portal = await startPortal();
    const sent: string[] = [];
    const client = createImbotClient({
      webhookUrl: webhookUrl(portal),
      clientId: 'the-clients',
      retry: false,
      fetch: (input, init) => (sent.push(String(init?.body)), globalThis.fetch(input, init)),
    });
    await client.call('imbot.chat.add', { USERS: [1], client_id: CLIENT_ID } as never);
    expect(JSON.parse(sent[0]!)).toEqual({ USERS: [1], client_id: CLIENT_ID });
  });

  test('a bare host means https', async () => {
    const portal = await startPortal();
    const host = new URL(portal.url).host;
    const client = createImbotClient({ portal: host, accessToken: TOKEN, retry: false });

    // The mock portal speaks plain http, so the TLS handshake fails: the client did try https.
    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));

    expect(error).toBeInstanceOf(Bitrix24NetworkError);
    expect((error as Error).message).toContain(`https://${host}/rest`);
    expectNoSecrets(error, TOKEN);
  });
});

describe('token refresh', () => {
  test('401 expired_token: refreshToken is called once and the call repeated with the new token', async () => {
    const portal = await startPortal({ token: ['old-token'] });
    portal.expireToken('old-token');
    portal.addToken('new-token');
    const refreshToken = vi.fn(async () => 'new-token');
    const client = oauthClient(portal, { accessToken: 'old-token', refreshToken });

    expect(await client.imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    // The next call uses the new token straight away.
    expect(await client.imbot.chat.add({ USERS: [2] })).toBe(portal.chats.at(-1)?.CHAT_ID);

    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(portal.calls.map((call) => call.status)).toEqual([401, 200, 200]);
  });

  test('a refresh is tried once per call', async () => {
    const portal = await startPortal({ token: ['old-token'] });
    portal.expireToken('old-token');
    portal.expireToken('still-expired');
    const refreshToken = vi.fn(() => 'still-expired');
    const client = oauthClient(portal, { accessToken: 'old-token', refreshToken });

    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));

    expect(isBitrix24Error(error, 'expired_token')).toBe(true);
    expectNoSecrets(error, 'old-token', 'still-expired');
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(portal.calls).toHaveLength(2);
  });

  test('calls that expire together share one refresh', async () => {
    const portal = await startPortal({ token: ['old-token'] });
    portal.expireToken('old-token');
    portal.addToken('new-token');
    const refreshToken = vi.fn(async () => 'new-token');
    const client = oauthClient(portal, { accessToken: 'old-token', refreshToken });

    const ids = await Promise.all([1, 2, 3].map((user) => client.imbot.chat.add({ USERS: [user] })));

    expect(ids.sort()).toEqual(portal.chats.map((chat) => chat.CHAT_ID).sort());
    expect(refreshToken).toHaveBeenCalledTimes(1);
  });

  test('a refresh that does not end: the call ends on its signal or its timeout all the same', async () => {
    const portal = await startPortal({ token: ['old-token'] });
    portal.expireToken('old-token');
    const never = () => new Promise<string>(() => {});
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const aborted = oauthClient(portal, { accessToken: 'old-token', refreshToken: never }).imbot.chat.add({ USERS: [1] }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(aborted)).toBe(reason);
    const timedOut = await rejection(oauthClient(portal, { accessToken: 'old-token', refreshToken: never, timeoutMs: 200 }).imbot.chat.add({ USERS: [1] }));
    expect(timedOut).toBeInstanceOf(Bitrix24TimeoutError);
    expect(portal.chats).toEqual([]);
  });

  test('without refreshToken, expired_token is thrown', async () => {
    const portal = await startPortal({ token: ['old-token'] });
    portal.expireToken('old-token');
    const error = await rejection(oauthClient(portal, { accessToken: 'old-token' }).imbot.chat.add({ USERS: [1] }));
    expect(error).toMatchObject({ code: 'expired_token', status: 401 });
    expect(portal.calls).toHaveLength(1);
  });
});

describe('rate limiting', () => {
  // The pace of the presets and of a bucket, on a fake clock: timing.test.ts.
  test('a signal cancels a call waiting in the queue', async () => {
    const portal = await startPortal();
    const client = webhookClient(portal, { rateLimit: { burst: 1, perSecond: 0.01 } });
    const controller = new AbortController();
    const reason = new Error('no longer needed');

    expect(await client.imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    const pending = rejection(client.imbot.chat.add({ USERS: [2] }, { signal: controller.signal }));
    controller.abort(reason);

    expect(await pending).toBe(reason);
    expect(portal.calls).toHaveLength(1);
  });

  test('bad numbers and unknown presets are refused when the client is made', () => {
    const url = 'https://portal.example/rest/1/code/';
    for (const rateLimit of [{ burst: 0, perSecond: 1 }, { burst: 1, perSecond: 0 }, 'free', 'toString']) {
      expect(() => createImbotClient({ webhookUrl: url, rateLimit: rateLimit as never }), JSON.stringify(rateLimit)).toThrow(RangeError);
    }
  });
});

describe('configuration', () => {
  test('a malformed webhook URL is refused without echoing it', () => {
    const bad = 'https://portal.example/rest/secret-without-user/';
    expect(() => createImbotClient({ webhookUrl: bad })).toThrow(TypeError);
    try {
      createImbotClient({ webhookUrl: bad });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-without-user');
    }
  });

  test('neither webhookUrl nor portal is refused', () => {
    expect(() => createImbotClient({} as never)).toThrow(TypeError);
  });

  test('a method outside the contract reaches the portal, which answers 404 ERROR_METHOD_NOT_FOUND', async () => {
    const portal = await startPortal();
    try {
      const client = webhookClient(portal);
      const error = await rejection(client.call('imbot.chat.remove' as never, { USERS: [1] } as never));
      expect(isBitrix24Error(error, 'ERROR_METHOD_NOT_FOUND')).toBe(true);
      expect((error as Bitrix24Error).status).toBe(404);
      expect(portal.chats).toHaveLength(0);
    } finally {
      await portal.close();
    }
  });

  test('the method tree is not mistaken for a promise or JSON, and sends nothing when read', async () => {
    const portal = await startPortal();
    try {
      const client = webhookClient(portal);
      expect(await Promise.resolve(client)).toBe(client);
      expect(JSON.stringify({ client })).toBe('{"client":{}}');
      expect(typeof client.imbot.chat.add.withResponse).toBe('function');
      expect(client.imbot.chat.add).toBe(client.imbot.chat.add);
      expect(portal.calls).toHaveLength(0);
    } finally {
      await portal.close();
    }
  });
});

describe('secrets are redacted where they are, never in the portal text', () => {
  test('a short OAuth token does not alter the expired_token description', async () => {
    const portal = await startPortal({ token: ['tok'] });
    portal.expireToken('tok');
    const error = await rejection(oauthClient(portal, { accessToken: 'tok', retry: false }).imbot.chat.add({ USERS: [1] }));
    expect(error).toMatchObject({ code: 'expired_token', description: 'The access token provided has expired.' });
    expect((error as Error).message).toBe('imbot.chat.add: expired_token (HTTP 401): The access token provided has expired.');
  });

  test('a one-letter webhook code does not alter the INVALID_CREDENTIALS description', async () => {
    const portal = await startPortal();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal, 's'), clientId: CLIENT_ID, retry: false });
    const error = await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', description: 'Invalid request credentials' });
    expect((error as Error).message).toContain('Invalid request credentials');
  });

  test('a secret in a URL, a query value or the auth parameter of a description is redacted', async () => {
    const portal = await startPortal({ token: ['tok'] });
    const description =
      `Upstream ${portal.url}/rest/imbot.chat.add?x=1&auth=tok failed; retry with auth=tok ` +
      `or ${portal.url}/rest/1/s/imbot.chat.add (token tok stays: it is prose)`;
    portal.failNext({ error: 'INTERNAL_SERVER_ERROR', description });
    const error = await rejection(oauthClient(portal, { accessToken: 'tok', retry: false }).imbot.chat.add({ USERS: [1] }));
    expect((error as Bitrix24Error).description).toBe(
      `Upstream ${portal.url}/rest/imbot.chat.add?x=1&auth=*** failed; retry with auth=*** ` +
        `or ${portal.url}/rest/1/s/imbot.chat.add (token tok stays: it is prose)`,
    );

    portal.failNext({ error: 'INTERNAL_SERVER_ERROR', description: `see ${webhookUrl(portal, 's')}imbot.chat.add.json` });
    const client = createImbotClient({ webhookUrl: webhookUrl(portal, 's'), clientId: CLIENT_ID, retry: false });
    const hook = await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect((hook as Bitrix24Error).description).toBe(`see ${portal.url}/rest/1/***/imbot.chat.add.json`);
  });

  test('a fetch failure quoting the request URL has the secret removed from the cause, message and stack', async () => {
    const code = 'c0de-f00d-4a1b';
    const token = 'tok/+=&x';
    const failing = (async (url: string) => {
      throw new TypeError(`Failed to parse URL from ${url}`);
    }) as typeof fetch;
    const viaHook = await rejection(
      createImbotClient({ webhookUrl: `https://portal.example/rest/7/${code}/`, fetch: failing }).imbot.chat.add({ USERS: [1] }),
    );
    expect(viaHook).toBeInstanceOf(Bitrix24NetworkError);
    expect(String((viaHook as Error).cause)).toContain('https://portal.example/rest/7/***/imbot.chat.add');
    expectNoSecrets(viaHook, code);
    const viaToken = await rejection(
      createImbotClient({ portal: 'https://portal.example', accessToken: token, fetch: failing }).imbot.chat.add({ USERS: [1] }),
    );
    expect(String((viaToken as Error).cause)).toContain('https://portal.example/rest/imbot.chat.add?auth=***');
    expectNoSecrets(viaToken, token, encodeURIComponent(token));
  });
});

describe('REST base URL', () => {
  test('restUrl is used as it is: a portal behind a path prefix', async () => {
    const portal = await startPortal();
    const seen: string[] = [];
    // A gateway at /b24/rest forwarding to the portal's /rest.
    const gateway = (async (url: string, init: RequestInit) => {
      seen.push(url);
      return fetch(url.replace('/b24/rest/', '/rest/'), init);
    }) as typeof fetch;
    const client = createImbotClient({ restUrl: `${portal.url}/b24/rest/`, accessToken: TOKEN, fetch: gateway });
    expect(await client.imbot.chat.add({ USERS: [1] })).toBe(portal.chats.at(-1)?.CHAT_ID);
    expect(seen).toEqual([`${portal.url}/b24/rest/imbot.chat.add?auth=${TOKEN}`]);
  });

  test('a webhook URL behind a path prefix keeps the prefix', async () => {
    const seen: string[] = [];
    const recording = (async (url: string) => {
      seen.push(url);
      return Response.json({ result: 5, time: {} });
    }) as typeof fetch;
    const client = createImbotClient({ webhookUrl: 'https://gw.example/b24/rest/1/hook/', fetch: recording });
    expect(await client.imbot.chat.add({ USERS: [1] })).toBe(5);
    expect(seen).toEqual(['https://gw.example/b24/rest/1/hook/imbot.chat.add']);
  });

  test('a restUrl that is not http(s), or with a query, is refused without echoing it', () => {
    for (const restUrl of ['ftp://x.example/rest', 'https://x.example/rest?auth=secret-q', 'not a url secret-q']) {
      expect(() => createImbotClient({ restUrl, accessToken: 't' })).toThrow(TypeError);
      try {
        createImbotClient({ restUrl, accessToken: 't' });
      } catch (error) {
        expect((error as Error).message).not.toContain('secret-q');
      }
    }
  });
});

// Auth modes, the security hook, CLIENT_ID for webhooks, secret handling.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, Bitrix24Error, redactUrl, safeEqual } from '../src/index.js';
import { expectError, expectSuccess, form, json, request, startServer } from './helpers.js';

const seen: Auth[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({
    authenticate: (auth) => {
      seen.push(auth);
      if (auth.type === 'none') throw new Bitrix24Error('NO_AUTH_FOUND');
      if (auth.type === 'oauth') {
        if (safeEqual(auth.token, 'old')) throw new Bitrix24Error('expired_token');
        if (!safeEqual(auth.token, 'good')) throw new Bitrix24Error('invalid_token', 'The access token provided is invalid.');
      }
      if (auth.type === 'webhook') {
        if (auth.userId !== 1 || !safeEqual(auth.code, 'secret')) {
          throw new Bitrix24Error('INVALID_CREDENTIALS', 'Invalid request credentials', { status: 403 });
        }
      }
    },
  });
});
afterAll(() => server.close());

const add = (path: string, init: RequestInit) => request(`${server.url}${path}`, init);

describe('OAuth token', () => {
  it.each([
    ['auth in the query', '/rest/imbot.chat.add?auth=good', json({ USERS: [1] })],
    ['AUTH in the query, any case', '/rest/imbot.chat.add?AuTh=good', json({ USERS: [1] })],
    ['auth in a JSON body', '/rest/imbot.chat.add', json({ USERS: [1], auth: 'good' })],
    ['auth in a form body', '/rest/imbot.chat.add', form('USERS[]=1&auth=good')],
    ['access_token', '/rest/imbot.chat.add', form('USERS[]=1&access_token=good')],
    ['ACCESS_TOKEN', '/rest/imbot.chat.add?ACCESS_TOKEN=good', json({ USERS: [1] })],
    ['Bearer header', '/rest/imbot.chat.add', json({ USERS: [1] }, { headers: { authorization: 'Bearer good' } })],
    ['bearer header, lower case', '/rest/imbot.chat.add', json({ USERS: [1] }, { headers: { authorization: 'bearer good' } })],
  ])('%s', async (_name, path, init) => {
    seen.length = 0;
    expectSuccess(await add(path, init));
    expect(seen).toEqual([{ type: 'oauth', token: 'good' }]);
  });

  it('does not pass the token to the handler', async () => {
    expectSuccess(await add('/rest/imbot.chat.add', json({ USERS: [1], auth: 'good', access_token: 'good' })));
    expect(server.chats.at(-1)).toEqual({ USERS: [1], TYPE: 'CHAT' });
  });

  it('prefers auth over access_token over the Bearer header', async () => {
    seen.length = 0;
    await add('/rest/imbot.chat.add?access_token=b', json({ USERS: [1], auth: 'a' }, { headers: { authorization: 'Bearer c' } }));
    await add('/rest/imbot.chat.add?access_token=b', json({ USERS: [1] }, { headers: { authorization: 'Bearer c' } }));
    expect(seen.map((auth) => (auth.type === 'oauth' ? auth.token : auth.type))).toEqual(['a', 'b']);
  });

  it('answers an expired token with 401 expired_token', async () => {
    expectError(await add('/rest/imbot.chat.add?auth=old', json({ USERS: [1] })), 401, 'expired_token', 'The access token provided has expired.');
  });

  it('answers an unknown token with 401 invalid_token', async () => {
    expectError(await add('/rest/imbot.chat.add?auth=nope', json({ USERS: [1] })), 401, 'invalid_token');
  });

  it('answers no auth with 401 NO_AUTH_FOUND, before looking at the parameters', async () => {
    const before = server.chats.length;
    expectError(await add('/rest/imbot.chat.add', json({})), 401, 'NO_AUTH_FOUND', 'Wrong authorization data');
    expect(server.chats.length).toBe(before);
  });
});

describe('webhook', () => {
  it('passes user id, code and CLIENT_ID to the hook', async () => {
    seen.length = 0;
    expectSuccess(await add('/rest/1/secret/imbot.chat.add.json', json({ USERS: [1], CLIENT_ID: 'bot-1' })));
    expect(seen).toEqual([{ type: 'webhook', userId: 1, code: 'secret', clientId: 'bot-1' }]);
    expect(server.chats.at(-1)).toEqual({ USERS: [1], CLIENT_ID: 'bot-1', TYPE: 'CHAT' });
  });

  it('takes client_id in any case, from the query too', async () => {
    expectSuccess(await add('/rest/1/secret/imbot.chat.add?client_id=bot-1', json({ USERS: [1] })));
  });

  it('answers a webhook call without CLIENT_ID with 403 ACCESS_DENIED', async () => {
    const before = server.chats.length;
    expectError(await add('/rest/1/secret/imbot.chat.add', json({ USERS: [1] })), 403, 'ACCESS_DENIED', 'Access denied! Client ID not specified');
    expectError(await add('/rest/1/secret/imbot.chat.add', json({ USERS: [1], CLIENT_ID: '' })), 403, 'ACCESS_DENIED');
    expect(server.chats.length).toBe(before);
  });

  it('lets the hook answer a wrong code with INVALID_CREDENTIALS at the status it picks', async () => {
    expectError(await add('/rest/1/wrong/imbot.chat.add', json({ USERS: [1], CLIENT_ID: 'x' })), 403, 'INVALID_CREDENTIALS');
    expectError(await add('/rest/2/secret/imbot.chat.add', json({ USERS: [1], CLIENT_ID: 'x' })), 403, 'INVALID_CREDENTIALS');
  });

  it('answers a user id that is not a number with 401 NO_AUTH_FOUND', async () => {
    expectError(await add('/rest/admin/secret/imbot.chat.add', json({ USERS: [1], CLIENT_ID: 'x' })), 401, 'NO_AUTH_FOUND');
  });

  it('can be told not to require CLIENT_ID', async () => {
    const other = await startServer({ requireClientIdForWebhooks: false });
    try {
      expectSuccess(await request(`${other.url}/rest/1/secret/imbot.chat.add`, json({ USERS: [1] })));
    } finally {
      await other.close();
    }
  });
});

describe('Bitrix24Error', () => {
  it('takes the status from the contract, and only a status the contract gives the code', () => {
    expect(new Bitrix24Error('QUERY_LIMIT_EXCEEDED').status).toBe(503);
    expect(new Bitrix24Error('INVALID_CREDENTIALS').status).toBe(401);
    expect(new Bitrix24Error('INVALID_CREDENTIALS', 'x', { status: 403 }).status).toBe(403);
    // @ts-expect-error 404 is not a status of INVALID_CREDENTIALS
    expect(() => new Bitrix24Error('INVALID_CREDENTIALS', 'x', { status: 404 })).toThrow(TypeError);
    // @ts-expect-error not a code of the contract
    expect(() => new Bitrix24Error('NOT_A_CODE')).toThrow(TypeError);
  });

  it('takes its default description from the contract examples', () => {
    expect(new Bitrix24Error('QUERY_LIMIT_EXCEEDED').description).toBe('Too many requests');
    expect(new Bitrix24Error('WRONG_REQUEST').description).toBe('WRONG_REQUEST');
  });
});

describe('secrets', () => {
  it('safeEqual compares strings', () => {
    expect(safeEqual('secret', 'secret')).toBe(true);
    expect(safeEqual('secret', 'secreT')).toBe(false);
    expect(safeEqual('secret', 'secret1')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('ключ', 'ключ')).toBe(true);
  });

  it('redactUrl hides the webhook code and tokens', () => {
    expect(redactUrl('/rest/1/s3cr3t/imbot.chat.add.json?x=1')).toBe('/rest/1/***/imbot.chat.add.json?x=1');
    expect(redactUrl('/rest/imbot.chat.add?auth=tok&USERS[]=1&ACCESS_TOKEN=t2')).toBe(
      '/rest/imbot.chat.add?auth=***&USERS[]=1&ACCESS_TOKEN=***',
    );
    expect(redactUrl('/rest/imbot.chat.add')).toBe('/rest/imbot.chat.add');
  });

  it('never writes the webhook code or a token to the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await startServer({
      logger: { level: 'trace', stream },
      authenticate: () => {
        throw new Error('the hook failed with an unexpected error');
      },
    });
    try {
      await request(`${logged.url}/rest/9/hook-secret-code/imbot.chat.add?auth=token-secret-1`, json({ USERS: [1], auth: 'token-secret-2' }));
      await request(`${logged.url}/rest/imbot.chat.add?access_token=token-secret-3`, json({ USERS: [1] }, { headers: { authorization: 'Bearer token-secret-4' } }));
    } finally {
      await logged.close();
    }
    const log = lines.join('');
    expect(log).toContain('request failed'); // the log was written
    expect(log).toContain('/rest/9/***/imbot.chat.add?auth=***');
    for (const secret of ['hook-secret-code', 'token-secret-1', 'token-secret-2', 'token-secret-3', 'token-secret-4']) {
      expect(log).not.toContain(secret);
    }
  });
});

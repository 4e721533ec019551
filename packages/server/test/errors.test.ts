// Validation errors, handler errors, limits and hostile input: always a Bitrix envelope.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bitrix24Error, createServer, defaultLimits, exampleHandlers } from '../src/index.js';
import { expectError, expectSuccess, form, json, request, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ limits: { bodyBytes: 64 * 1024 } });
});
afterAll(() => server.close());

const add = (init: RequestInit, query = '') => request(`${server.url}/rest/imbot.chat.add${query}`, init);

/** Sends raw bytes and returns the raw answer (for what fetch refuses to send). */
const raw = (bytes: string | Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += String(chunk)));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

describe('USERS', () => {
  it.each([
    ['missing', json({ TITLE: 'x' })],
    ['an empty list', json({ USERS: [] })],
    ['null', json({ USERS: null })],
    ['an empty string', form('USERS=')],
    ['an empty object', json({ USERS: {} })],
    ['lower-case and empty', form('users=')],
  ])('%s: 400 USERS_EMPTY', async (_name, init) => {
    const before = server.chats.length;
    expectError(await add(init), 400, 'USERS_EMPTY', 'No chat participants provided');
    expect(server.chats.length).toBe(before);
  });

  it.each([
    [json({ USERS: ['x'] }), 'USERS[0]: must be integer'],
    [json({ USERS: [1, 1.5] }), 'USERS[1]: must be integer'],
    [json({ USERS: [0] }), 'USERS[0]: must be >= 1'],
    [form('USERS[]=1&USERS[]=abc'), 'USERS[1]: must be integer'],
    [form('USERS[]='), 'USERS[0]: must be integer'],
    [json({ USERS: 1 }), 'USERS: must be array'],
    [json({ USERS: [[1]] }), 'USERS[0]: must be integer'],
  ])('a bad item: 400 INVALID_FORMAT naming it', async (init, description) => {
    const before = server.chats.length;
    expectError(await add(init), 400, 'INVALID_FORMAT', description);
    expect(server.chats.length).toBe(before);
  });
});

describe('other parameters: 400 INVALID_FORMAT naming the parameter and the rule', () => {
  it.each([
    [{ TYPE: 'PRIVATE' }, /^TYPE: must be one of OPEN, CHAT$/],
    [{ COLOR: 'BLUE' }, /^COLOR: must be one of RED, .*GRAPHITE$/],
    [{ TITLE: ['a'] }, /^TITLE: must be string$/],
    [{ MESSAGE: { a: 1 } }, /^MESSAGE: must be string$/],
    [{ AVATAR: ['iVBORw0KGgo='] }, /^AVATAR: must be string$/],
    [{ ENTITY_ID: 0 }, /^ENTITY_ID: must be >= 1$/],
    [{ ENTITY_ID: '13a' }, /^ENTITY_ID: must be integer$/],
    [{ OWNER_ID: 1.5 }, /^OWNER_ID: must be integer$/],
    [{ BOT_ID: true }, /^BOT_ID: must be integer$/],
    [{ CLIENT_ID: '' }, /^CLIENT_ID: must NOT have fewer than 1 characters$/],
  ])('%o', async (params, description) => {
    const before = server.chats.length;
    expectError(await add(json({ USERS: [1], ...params })), 400, 'INVALID_FORMAT', description);
    expect(server.chats.length).toBe(before);
  });
});

describe('handler errors', () => {
  it('a Bitrix24Error from the handler: its code, the contract status', async () => {
    const other = await startServer({}, {
      imbotChatAdd: (params) => {
        if (params.BOT_ID === 404) throw new Bitrix24Error('BOT_ID_ERROR', 'Bot not found');
        if (params.BOT_ID === 429) throw new Bitrix24Error('OPERATION_TIME_LIMIT');
        if (params.BOT_ID === 503) throw new Bitrix24Error('OVERLOAD_LIMIT', 'Overloaded');
        throw new Bitrix24Error('WRONG_REQUEST', 'Chat was not created');
      },
    });
    try {
      const call = (botId: number) => request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1], BOT_ID: botId }));
      expectError(await call(404), 400, 'BOT_ID_ERROR', 'Bot not found');
      expectError(await call(429), 429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
      expectError(await call(503), 503, 'OVERLOAD_LIMIT', 'Overloaded');
      expectError(await call(1), 400, 'WRONG_REQUEST', 'Chat was not created');
    } finally {
      await other.close();
    }
  });

  it('anything else: 500 INTERNAL_SERVER_ERROR without a stack trace, and the server keeps serving', async () => {
    let fail = true;
    const other = await startServer({}, {
      imbotChatAdd: async () => {
        if (fail) throw new TypeError('boom at secret place');
        return 1;
      },
    });
    try {
      const answer = await request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1] }));
      expectError(answer, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      expect(answer.text).not.toMatch(/boom|TypeError|at /);
      fail = false;
      expectSuccess(await request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1] })));
    } finally {
      await other.close();
    }
  });

  it('a reply that breaks the contract: 500 when responses are validated', async () => {
    const replies: unknown[] = ['7', 0, 1.5, null, undefined];
    const other = await startServer({ validateResponses: true }, { imbotChatAdd: () => replies.shift() as number });
    try {
      for (let i = 0; i < 5; i++) {
        expectError(await request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1] })), 500, 'INTERNAL_SERVER_ERROR');
      }
    } finally {
      await other.close();
    }
  });

  it('a reply that breaks the contract goes out unchecked when validation is off', async () => {
    const other = await startServer({ validateResponses: false }, { imbotChatAdd: () => '7' as unknown as number });
    try {
      const answer = await request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1] }));
      expect(answer.status).toBe(200);
      expect(answer.body.result).toBe('7');
    } finally {
      await other.close();
    }
  });

  it('refuses to start without a handler or an authenticate hook', async () => {
    // @ts-expect-error the handler map is exhaustive
    await expect(createServer({}, { authenticate: () => {} }).ready()).rejects.toThrow(/no handler for \w+ \(/);
    // @ts-expect-error authenticate is required
    await expect(createServer(exampleHandlers, {}).ready()).rejects.toThrow(/authenticate/);
  });
});

describe('hostile and malformed input: 4xx envelopes, nothing stored', () => {
  const cases: [string, RequestInit, string?][] = [
    ['malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"USERS":[1' }, 'The request body is not valid JSON'],
    ['JSON that is an array', json([1, 2])],
    ['JSON that is a string', json('USERS')],
    ['JSON null', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }],
    ['a text/plain body', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'USERS[]=1' }, /Unsupported Content-Type text\/plain/ as never],
    ['a multipart body', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }],
    ['an XML body', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<USERS>1</USERS>' }],
    ['a body without a content type', { method: 'POST', body: new Uint8Array(Buffer.from('USERS[]=1')) }],
    ['a latin-1 charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{"USERS":[1]}' }],
    ['non-UTF-8 bytes in JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])) }, 'The request body is not valid UTF-8'],
    ['non-UTF-8 bytes in a form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new Uint8Array(Buffer.from([0x55, 0x3d, 0xc3, 0x28])) }],
    ['a percent-encoded invalid UTF-8 sequence', form('USERS[]=1&TITLE=%FF%FE')],
    ['a malformed percent escape', form('USERS[]=1&TITLE=100%')],
    ['__proto__ in JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"USERS":[1],"__proto__":{"polluted":true}}' }, 'Parameter name __proto__ is not allowed'],
    ['__proto__ in a form', form('USERS[]=1&__proto__[polluted]=true')],
    ['an encoded __proto__ in a form', form('USERS[]=1&%5F%5Fproto%5F%5F%5Bpolluted%5D=true')],
    ['a deeply nested JSON body', json({ USERS: [1], X: JSON.parse('['.repeat(50) + ']'.repeat(50)) })],
    ['a very deeply nested JSON text', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"USERS":${'['.repeat(100_000)}` }],
    ['a deeply nested form', form('USERS[]=1&a[b][c][d][e][f][g][h][i][j]=1')],
    ['a too long array in JSON', json({ USERS: Array.from({ length: 1001 }, (_, i) => i + 1) })],
    ['too many form parameters', form(Array.from({ length: 1001 }, (_, i) => `p${i}=1`).join('&'))],
    ['too many array items in a form', form(Array.from({ length: 1001 }, (_, i) => `USERS[]=${i + 1}`).join('&'))],
    ['too many keys in a JSON object', json({ USERS: [1], X: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 1])) })],
    ['a body over the size limit', json({ USERS: [1], AVATAR: 'A'.repeat(64 * 1024) })],
  ];

  it.each(cases)('%s', async (_name, init, description) => {
    const before = server.chats.length;
    const answer = await add(init);
    expectError(answer, 400, answer.body?.error === 'USERS_EMPTY' ? 'USERS_EMPTY' : 'INVALID_FORMAT', description as string | undefined);
    expect(server.chats.length).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The server keeps serving.
    expectSuccess(await add(json({ USERS: [1] })));
    server.chats.pop();
  });

  it('names the limit when the body is too large', async () => {
    expectError(await add(json({ USERS: [1], AVATAR: 'A'.repeat(64 * 1024) })), 400, 'INVALID_FORMAT', 'The request body is larger than 65536 bytes');
  });

  it('a malformed URL', async () => {
    const answer = await raw('GET /rest/%E0%A4%A/imbot.chat.add HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('{"error":"INVALID_FORMAT","error_description":"Malformed request URL"}');
  });

  it('malformed HTTP', async () => {
    const answer = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"error":"INVALID_FORMAT"');
  });

  it('a body shorter than its Content-Length does not hang the server', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write('POST /rest/imbot.chat.add HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"USERS":');
    socket.destroy();
    expectSuccess(await add(json({ USERS: [1] })));
    server.chats.pop();
  });

  it('a wrong Content-Length', async () => {
    const answer = await raw('POST /rest/imbot.chat.add HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"error":"INVALID_FORMAT"');
  });
});

describe('default limits', () => {
  it('fit the worst case of a 5000x5000 avatar in base64, even form-encoded', () => {
    // An uncompressed 24-bit BMP: 54-byte header and 5000 rows of 15000 bytes (no padding needed).
    const image = 54 + 5000 * 5000 * 3;
    const base64 = Math.ceil(image / 3) * 4;
    // A form body percent-encodes `+` and `/` (2 of the 64 base64 characters) as 3 characters.
    const formEncoded = Math.ceil(base64 * (1 + (2 / 64) * 2));
    expect(defaultLimits.bodyBytes).toBeGreaterThan(formEncoded + 64 * 1024);
    expect(defaultLimits).toEqual({ bodyBytes: 134_217_728, bodyBytesInFlight: 268_435_456, depth: 8, arrayLength: 1000, parameters: 1000, jsonItems: 100_000 });
  });

  it('bound the items of a JSON body in all, each array within its own limit', async () => {
    const roomy = await startServer();
    try {
      // Arrays of 1000 zeros, each within arrayLength: 100 of them fit, 101 are over.
      const body = (arrays: number) => `{"USERS":[1],"X":[${Array.from({ length: arrays }, () => `[${'0,'.repeat(999)}0]`).join(',')}]}`;
      const send = (arrays: number) =>
        request(`${roomy.url}/rest/imbot.chat.add`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(arrays) });
      expectError(await send(101), 400, 'INVALID_FORMAT', `The JSON body holds more than ${defaultLimits.jsonItems} items in all`);
      expect(roomy.chats).toEqual([]);
      expectSuccess(await send(99));
    } finally {
      await roomy.close();
    }
  });

  it('hold at most bodyBytesInFlight of bodies at once: one more is answered 503 OVERLOAD_LIMIT, one alone always passes', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let waiting = 0;
    const other = await startServer({ limits: { bodyBytesInFlight: 5000 } }, {
      imbotChatAdd: async (params) => {
        if ((params.TITLE ?? '').length > 5000) {
          waiting += 1;
          await held;
        }
        return 1;
      },
    });
    try {
      const body = (size: number) => json({ USERS: [1], TITLE: 'x'.repeat(size) });
      // Bigger than the budget, but alone: served.
      const first = request(`${other.url}/rest/imbot.chat.add`, body(6000));
      await expect.poll(() => waiting).toBe(1);
      // While it is held, a second body does not fit; a request without a body still does.
      expectError(await request(`${other.url}/rest/imbot.chat.add`, body(100)), 503, 'OVERLOAD_LIMIT');
      expectSuccess(await request(`${other.url}/rest/imbot.chat.add?USERS[]=1`, { method: 'GET' }));
      release();
      expectSuccess(await first);
      // Once answered, its bytes are given back.
      expectSuccess(await request(`${other.url}/rest/imbot.chat.add`, body(4000)));
    } finally {
      release();
      await other.close();
    }
  });

  it('take a 24 MB avatar (far above Fastify default 1 MiB) with the default limits', async () => {
    const other = await startServer();
    try {
      const avatar = Buffer.alloc(18 * 1024 * 1024, 0xa7).toString('base64');
      expectSuccess(await request(`${other.url}/rest/imbot.chat.add`, json({ USERS: [1], AVATAR: avatar })));
      expect(other.chats[0]?.AVATAR?.length).toBe(avatar.length);
    } finally {
      await other.close();
    }
  });
});

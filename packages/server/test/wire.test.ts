// URL forms, verbs, body forms and parameter handling, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, keysAsSent, parseBody } from '../src/runtime/wire.js';
import { type Chat, expectError, expectSuccess, form, json, request, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const lastChat = (): Chat | undefined => server.chats.at(-1);

describe('URL forms', () => {
  it.each([
    '/rest/imbot.chat.add',
    '/rest/imbot.chat.add.json',
    '/rest/imbot.chat.add/',
    '/rest/imbot.chat.add.json/',
    '/rest/IMBOT.CHAT.ADD',
    '/rest/Imbot.Chat.Add.JSON/',
    '/rest/1/webhookcode/imbot.chat.add',
    '/rest/1/webhookcode/imbot.chat.add.json',
    '/rest/7/Code-With_Case/IMBOT.chat.ADD.json/',
    // Runs of slashes count as one (the web server in front of a portal merges them).
    '/rest//imbot.chat.add',
    '/rest//1//webhookcode/imbot.chat.add//',
  ])('%s serves the method', async (path) => {
    const before = server.chats.length;
    const id = expectSuccess(await request(`${server.url}${path}?CLIENT_ID=bot`, json({ USERS: [5] })));
    expect(id).toBe(before + 1);
    expect(lastChat()).toMatchObject({ USERS: [5] });
  });

  it.each([
    '/rest/imbot.chat.delete',
    '/rest/imbot.chat.add.xml',
    '/rest/imbot.chat.add.json.json',
    '/rest/',
    '/rest',
    '/rest/1/imbot.chat.add',
    '/rest/1/code/extra/imbot.chat.add',
    '/rest//',
    '/imbot.chat.add',
    '/',
  ])('%s is an unknown method: 404 ERROR_METHOD_NOT_FOUND', async (path) => {
    const before = server.chats.length;
    expectError(await request(`${server.url}${path}`, json({ USERS: [1] })), 404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
    expect(server.chats.length).toBe(before);
  });

  it('ignores unknown query parameters such as bx24_request_id', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add?bx24_request_id=abc&foo[bar]=1`, json({ USERS: [1] })));
    expect(lastChat()).toEqual({ USERS: [1], TYPE: 'CHAT' });
  });
});

describe('HTTP verbs', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s with a body works', async (method) => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [2] }, { method })));
    expect(lastChat()).toEqual({ USERS: [2], TYPE: 'CHAT' });
  });

  it.each(['GET', 'OPTIONS', 'DELETE'])('%s with the parameters in the query string works', async (method) => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add?USERS[]=3&TITLE=From+query`, { method }));
    expect(lastChat()).toEqual({ USERS: [3], TITLE: 'From query', TYPE: 'CHAT' });
  });

  it('HEAD is served too (no body in the answer)', async () => {
    const before = server.chats.length;
    const answer = await request(`${server.url}/rest/imbot.chat.add?USERS[]=3`, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(server.chats.length).toBe(before + 1);
  });
});

describe('bodies', () => {
  it('reads a JSON body', async () => {
    const params = {
      TYPE: 'OPEN',
      TITLE: 'Team',
      DESCRIPTION: 'Desc',
      COLOR: 'MINT',
      MESSAGE: 'Hi',
      USERS: [1, 2, 3],
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 13,
      OWNER_ID: 39,
      BOT_ID: 39,
      CLIENT_ID: 'client',
    };
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json(params)));
    expect(lastChat()).toEqual(params);
  });

  it('reads a JSON body with a charset and a +json type', async () => {
    expectSuccess(
      await request(`${server.url}/rest/imbot.chat.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: JSON.stringify({ USERS: [4] }),
      }),
    );
    expectSuccess(
      await request(`${server.url}/rest/imbot.chat.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.api+json' },
        body: JSON.stringify({ USERS: [4] }),
      }),
    );
  });

  it('reads the page PHP example exactly as http_build_query encodes it (USERS[0]=1&USERS[1]=2)', async () => {
    // http_build_query(['TYPE' => 'CHAT', 'TITLE' => 'My new private chat', ..., 'USERS' => [1, 2],
    // 'AVATAR' => <the contract's base64 PNG>, ..., 'auth' => 'abc123']): RFC 1738 encoding.
    const body =
      'TYPE=CHAT&TITLE=My+new+private+chat&DESCRIPTION=Very+important+events&COLOR=PINK' +
      '&MESSAGE=Welcome%21&USERS%5B0%5D=1&USERS%5B1%5D=2' +
      '&AVATAR=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk%2BM9QDwADhgGAWjR9awAAAABJRU5ErkJggg%3D%3D' +
      '&ENTITY_TYPE=CHAT&ENTITY_ID=13&OWNER_ID=39&BOT_ID=39&auth=abc123';
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add.json`, form(body)));
    expect(lastChat()).toEqual({
      TYPE: 'CHAT',
      TITLE: 'My new private chat',
      DESCRIPTION: 'Very important events',
      COLOR: 'PINK',
      MESSAGE: 'Welcome!',
      USERS: [1, 2],
      AVATAR: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ENTITY_TYPE: 'CHAT',
      ENTITY_ID: 13,
      OWNER_ID: 39,
      BOT_ID: 39,
    });
  });

  it('accepts the page example byte for byte, placeholder AVATAR included (portals drop an unreadable image)', async () => {
    // http_build_query of the page's own array, 'AVATAR' => '/* base64 image */' and all.
    const body =
      'TYPE=CHAT&TITLE=My+new+private+chat&DESCRIPTION=Very+important+events&COLOR=PINK' +
      '&MESSAGE=Welcome%21&USERS%5B0%5D=1&USERS%5B1%5D=2&AVATAR=%2F%2A+base64+image+%2A%2F' +
      '&ENTITY_TYPE=CHAT&ENTITY_ID=13&OWNER_ID=39&BOT_ID=39&auth=abc123';
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add.json`, form(body)));
    expect(lastChat()).toMatchObject({ USERS: [1, 2], AVATAR: '/* base64 image */', ENTITY_ID: 13, BOT_ID: 39 });
  });

  it('reads USERS[]=1&USERS[]=2', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, form('USERS[]=1&USERS[]=2&ENTITY_ID=7')));
    expect(lastChat()).toEqual({ USERS: [1, 2], ENTITY_ID: 7, TYPE: 'CHAT' });
  });

  it('reads USERS%5B%5D and out-of-order indexes', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, form('USERS%5B%5D=8&USERS%5B%5D=9')));
    expect(lastChat()?.USERS).toEqual([8, 9]);
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, form('USERS[1]=2&USERS[0]=1')));
    expect(lastChat()?.USERS).toEqual([1, 2]);
  });

  it('reads sparse PHP indexes, also beyond the array limit, as a list in index order', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, form('USERS[5000]=3&USERS[7]=2')));
    expect(lastChat()?.USERS).toEqual([2, 3]);
  });

  it('reads a PHP array sent as a JSON object with index keys', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: { 1: 20, 0: 10 } })));
    expect(lastChat()?.USERS).toEqual([10, 20]);
  });

  it('merges query and body, the body winning', async () => {
    expectSuccess(
      await request(`${server.url}/rest/imbot.chat.add?TITLE=query&COLOR=RED&USERS[]=1`, json({ TITLE: 'body', USERS: [2] })),
    );
    expect(lastChat()).toEqual({ TITLE: 'body', COLOR: 'RED', USERS: [2], TYPE: 'CHAT' });
  });

  it('treats an empty body as no parameters', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add?USERS[]=1`, { method: 'POST', headers: { 'content-type': 'application/json' } }));
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add?USERS[]=1`, { method: 'POST' }));
  });
});

describe('parameters', () => {
  it('reads names in any case, values as sent', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ users: [1], Title: 'MiXeD', color: 'PINK', entity_TYPE: 'crm' })));
    expect(lastChat()).toEqual({ USERS: [1], TITLE: 'MiXeD', COLOR: 'PINK', ENTITY_TYPE: 'crm', TYPE: 'CHAT' });
  });

  it('keeps values case-sensitive: a lower-case colour is not a colour', async () => {
    expectError(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1], COLOR: 'pink' })), 400, 'INVALID_FORMAT', /^COLOR: must be one of RED, GREEN/);
  });

  it('coerces numeric strings from forms, query strings and JSON', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add?BOT_ID=39`, form('USERS[]=1&ENTITY_ID=13&OWNER_ID=%2B5')));
    expect(lastChat()).toEqual({ USERS: [1], ENTITY_ID: 13, OWNER_ID: 5, BOT_ID: 39, TYPE: 'CHAT' });
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: ['4', 5], ENTITY_ID: '6' })));
    expect(lastChat()).toEqual({ USERS: [4, 5], ENTITY_ID: 6, TYPE: 'CHAT' });
  });

  it('does not turn numbers into strings: TITLE must be a string', async () => {
    expectError(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1], TITLE: 5 })), 400, 'INVALID_FORMAT', 'TITLE: must be string');
  });

  it('reads an empty optional number as not sent', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, form('USERS[]=1&BOT_ID=&ENTITY_ID=')));
    expect(lastChat()).toEqual({ USERS: [1], TYPE: 'CHAT' });
  });

  it('ignores unknown parameters and does not pass them to the handler', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1], NOT_IN_CONTRACT: 'x', nested: { a: 1 } })));
    expect(lastChat()).toEqual({ USERS: [1], TYPE: 'CHAT' });
  });

  it('applies the contract default TYPE=CHAT', async () => {
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1] })));
    expect(lastChat()?.TYPE).toBe('CHAT');
  });

  it('fills time as a portal does', async () => {
    const answer = await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1] }));
    expectSuccess(answer);
    const { time } = answer.body;
    expect(time.finish).toBeGreaterThanOrEqual(time.start);
    expect(time.duration).toBeCloseTo(time.finish - time.start, 6);
    expect(time.processing).toBeLessThanOrEqual(time.duration);
    expect(time.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Math.abs(Date.parse(time.date_start) / 1000 - time.start)).toBeLessThan(1.001);
    expect(Date.parse(time.date_finish)).toBeGreaterThanOrEqual(Date.parse(time.date_start));
  });
});

describe('a keyed parameter of a JSON body keeps its keys in the order written', () => {
  const keyed = new Set(['cmd']);
  const order = (text: string): readonly string[] => {
    const parsed = parseBody(Buffer.from(text), 'application/json', defaultLimits, keyed);
    return keysAsSent(parsed['cmd'] as object);
  };

  it.each([
    ['integer keys first written last', '{"cmd":{"b":"x","10":"y","2":"z"}}', ['b', '10', '2']],
    ['spaces, escapes and nested objects with the same keys', '{ "x" : {"cmd":{"9":1}} , "cmd" : { "3" : {"1":"a"} , "\\u0031" : "[{\\"}" } }', ['3', '1']],
    ['a key given twice keeps its first place, as in the parsed object', '{"cmd":{"2":"a","1":"b","2":"c"}}', ['2', '1']],
    ['the last cmd counts', '{"cmd":{"1":"a"},"halt":0,"cmd":{"5":"b","4":"c"}}', ['5', '4']],
    ['a value that is a string holding braces', '{"a":"{\\"cmd\\":{}}","cmd":{"7":"{","6":"}"}}', ['7', '6']],
  ])('%s', (_name, text, keys) => {
    expect(order(text)).toEqual(keys);
  });
});

// batch as other clients send it, against the mock portal over loopback: the official JS SDK's
// callBatch (@bitrix24/b24jssdk, JSON, halt as 1/0; it needs https, so a TLS terminator with a
// self-signed certificate made here sits in front of the mock), @2bad/bitrix's batch() (a GET
// with the commands in the query string, encoded twice) and a PHP-style form batch as CRest sends
// it (`cmd[a]=method%3F...`, the commands built with http_build_query). Each gets the portal's
// answer shape; halt stops at the first error; the limit and a nested batch get their codes; a
// `$result[...]` reference feeds a later command. Limit and codes come from the contract model.
import { once } from 'node:events';
import { Agent } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { Bitrix } from '@2bad/bitrix';
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { model, responseValidator } from './contract.js';
import { type Answer, request } from './helpers.js';
import { HOOK, portal, registerBot, startPortal, type TestBot } from './mock-v2.js';
import { httpBuildQuery, urlencode } from './php.js';

const batchOp = model.operation('batch')!;
const MAX = batchOp.extensions['x-bitrix-max-commands'] as number;
const ownCode = (status: number): string =>
  [...batchOp.errors].find(
    ([code, statuses]) => statuses.includes(status) && model.operations.every((op) => op === batchOp || !op.errors.has(code)),
  )![0];
const TOO_MANY = ownCode(400);
const NOT_ALLOWED = ownCode(405);

/** A batch answer as the contract describes it (the five maps, `[]` when empty). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const expectBatchShape = (body: any): void => {
  const validate = responseValidator(200, 'batch');
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  expect(Object.keys(body.result)).toEqual(['result', 'result_error', 'result_total', 'result_next', 'result_time']);
};

const botGet = (bot: TestBot): string => `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`;

describe('the official JS SDK (@bitrix24/b24jssdk) callBatch, through a loopback TLS proxy', () => {
  let proxy: TlsServer | undefined;
  afterEach(async () => {
    proxy?.close();
    proxy = undefined;
  });

  /** A TLS terminator on a free port in front of the portal, and the SDK set to trust its certificate. */
  const sdk = async () => {
    const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const target = new URL(portal().url);
    proxy = createTlsServer({ key, cert }, (socket) => {
      const upstream = connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      const drop = (): void => {
        socket.destroy();
        upstream.destroy();
      };
      socket.on('error', drop);
      upstream.on('error', drop);
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    const { port } = proxy.address() as AddressInfo;
    const b24 = B24Hook.fromWebhookUrl(`https://127.0.0.1:${port}${HOOK}/`);
    b24.offClientSideWarning();
    // The SDK's HTTP client is axios: trust the certificate made above, nothing else.
    b24.getHttpClient(ApiVersion.v2).ajaxClient.defaults.httpsAgent = new Agent({ ca: cert, keepAlive: false });
    return b24;
  };

  it('gets the portal answer shape, and a $result reference feeds a later command', async () => {
    await startPortal();
    const bot = await registerBot();
    const b24 = await sdk();
    const answer = await b24.callBatch(
      {
        bot: { method: 'imbot.v2.Bot.get', params: { botId: bot.botId, botToken: bot.botToken } },
        chat: {
          method: 'imbot.v2.Chat.add',
          params: { botId: '$result[bot][bot][id]', botToken: bot.botToken, fields: { title: 'From the SDK', userIds: [1] } },
        },
      },
      true,
    );
    expect(answer.isSuccess, answer.getErrorMessages().join('; ')).toBe(true);
    const data = answer.getData() as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['bot', 'chat']);
    const chats = [...portal().platform.chats.values()].filter((chat) => chat.title === 'From the SDK');
    expect(chats).toHaveLength(1);
    expect(chats[0]!.members.has(bot.botId)).toBe(true);
  });

  it('halt (sent as 1) stops at the first error; a nested batch gets its code', async () => {
    await startPortal();
    const bot = await registerBot();
    const b24 = await sdk();
    const seen: Answer[] = [];
    // What the SDK received, for the codes (it reports them as messages).
    b24.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.response.use((response) => {
      seen.push({ status: response.status, headers: new Headers(), text: JSON.stringify(response.data), body: response.data });
      return response;
    });
    const halted = await b24.callBatch(
      [
        ['imbot.v2.Bot.get', { botId: bot.botId, botToken: bot.botToken }],
        ['batch', { cmd: ['imbot.v2.Revision.get'] }],
        ['imbot.v2.Revision.get', {}],
      ],
      true,
    );
    expect(halted.isSuccess).toBe(false);
    const body = seen.at(-1)!.body;
    expectBatchShape(body);
    expect(Object.keys(body.result.result_error)).toEqual(['1']);
    expect(body.result.result_error['1'].error).toBe(NOT_ALLOWED);
    // The third command never ran.
    expect(Object.keys(body.result.result_time)).toEqual(['0']);
  });
});

describe('@2bad/bitrix batch()', () => {
  /** The raw answers the client received (it throws on any failed command, without the codes). */
  const client = () => {
    const bodies: unknown[] = [];
    const bitrix = Bitrix(`${portal().url}${HOOK}`, undefined, {
      hooks: { afterResponse: [(response) => (bodies.push(response.body), response)] },
    });
    return { bitrix, bodies };
  };

  it('gets the portal answer shape, and a $result reference feeds a later command', async () => {
    await startPortal();
    const bot = await registerBot();
    const { bitrix, bodies } = client();
    // The library's command types know only CRM methods: these are the contract's.
    const commands = {
      bot: { method: 'imbot.v2.Bot.get', params: { botId: bot.botId, botToken: bot.botToken } },
      chat: { method: 'imbot.v2.Chat.add', params: { botId: '$result[bot][bot][id]', botToken: bot.botToken, fields: { title: 'From 2bad' } } },
    } as never;
    const answer = (await bitrix.batch(commands)) as unknown as { result: { result: Record<string, any> } };
    expectBatchShape(bodies[0]);
    expect(answer.result.result['chat'].chat.name).toBe('From 2bad');
    // The bot the reference named made the chat.
    const chat = [...portal().platform.chats.values()].find((made) => made.title === 'From 2bad');
    expect(chat?.members.has(bot.botId)).toBe(true);
  });

  it(`${MAX + 1} commands in one request: the last gets the batch's 400 code; a nested batch its 405 code`, async () => {
    await startPortal();
    const { bitrix, bodies } = client();
    const commands = Object.fromEntries(
      Array.from({ length: MAX + 1 }, (_, index) => [`c${index}`, { method: 'imbot.v2.Revision.get' }]),
    ) as never;
    await expect(bitrix.batch(commands, MAX + 1)).rejects.toThrow(/errors in 1 commands/);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const long = bodies[0] as any;
    expectBatchShape(long);
    expect(Object.keys(long.result.result_error)).toEqual([`c${MAX}`]);
    expect(long.result.result_error[`c${MAX}`].error).toBe(TOO_MANY);
    expect(Object.keys(long.result.result)).toHaveLength(MAX);

    await expect(bitrix.batch({ inner: { method: 'batch', params: { cmd: { a: 'imbot.v2.Revision.get' } } } } as never)).rejects.toThrow();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect((bodies[1] as any).result.result_error.inner.error).toBe(NOT_ALLOWED);
  });
});

describe('a PHP-style form batch (CRest: cmd[key]=method?http_build_query(params))', () => {
  /** The body CRest's callBatch posts: each command `method?query`, the whole form encoded again. */
  const crest = (commands: Record<string, readonly [string, Record<string, unknown>?]>, halt: 0 | 1): string =>
    httpBuildQuery({
      halt,
      cmd: Object.fromEntries(
        Object.entries(commands).map(([key, [method, params]]) => [key, params ? `${method}?${httpBuildQuery(params)}` : method]),
      ),
    });

  const post = (body: string): Promise<Answer> =>
    request(`${portal().url}${HOOK}/batch`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  it('is sent encoded twice, and gets the portal answer shape; a $result reference feeds a later command', async () => {
    await startPortal();
    const bot = await registerBot();
    const body = crest(
      {
        get_bot: ['imbot.v2.Bot.get', { botId: bot.botId, botToken: bot.botToken }],
        chat: ['imbot.v2.Chat.add', { botId: '$result[get_bot][bot][id]', botToken: bot.botToken, fields: { title: 'From PHP', userIds: [1, 2] } }],
      },
      0,
    );
    expect(body).toContain(`cmd%5Bget_bot%5D=imbot.v2.Bot.get%3FbotId%3D${bot.botId}`);
    const answer = await post(body);
    expect(answer.status, answer.text).toBe(200);
    expectBatchShape(answer.body);
    expect(answer.body.result.result.chat.chat.name).toBe('From PHP');
    expect(answer.body.result.result_error).toEqual([]);
  });

  it('halt=1 stops at the first error, the failing command last', async () => {
    await startPortal();
    const bot = await registerBot();
    const answer = await post(
      crest({ ok: ['imbot.v2.Bot.get', { botId: bot.botId, botToken: bot.botToken }], bad: ['imbot.v2.Bot.get', { botId: 987654 }], later: ['imbot.v2.Revision.get'] }, 1),
    );
    expectBatchShape(answer.body);
    expect(Object.keys(answer.body.result.result)).toEqual(['ok']);
    expect(Object.keys(answer.body.result.result_error)).toEqual(['bad']);
    expect(Object.keys(answer.body.result.result_time)).toEqual(['ok']);
  });

  it(`${MAX + 1} commands (cmd[0]..cmd[${MAX}]) and a nested batch get their codes`, async () => {
    await startPortal();
    const list = Object.fromEntries(Array.from({ length: MAX + 1 }, (_, index) => [String(index), ['imbot.v2.Revision.get'] as const]));
    const long = await post(crest(list, 0));
    expectBatchShape(long.body);
    expect(long.body.result.result).toHaveLength(MAX);
    expect(Object.keys(long.body.result.result_error)).toEqual([String(MAX)]);
    expect(long.body.result.result_error[String(MAX)].error).toBe(TOO_MANY);
    const nested = await post(`cmd%5Bn%5D=${urlencode(`batch?${httpBuildQuery({ cmd: { a: 'imbot.v2.Revision.get' } })}`)}`);
    expectBatchShape(nested.body);
    expect(nested.body.result.result_error.n.error).toBe(NOT_ALLOWED);
  });
});

// batch on the wire (settings/how-to-call-rest-api/batch.md), over real HTTP against the mock
// portal and a createServer of any handler map: the answer's shape (five maps, `[]` when empty,
// checked against the contract's schema), commands as JSON and as forms (encoded twice),
// numeric and named keys kept as sent, halt in every spelling, `$result[...]` references, the
// limit and nested batches, per-command errors with their own codes, a bad batch refused with a
// 4xx. The limit, the codes and the statuses come from the contract model.
import { describe, expect, it } from 'vitest';
import { codesFor, model, responseValidator } from './contract.js';
import { type Answer, request, startServer } from './helpers.js';
import { HOOK, call, fails, portal, registerBot, startPortal } from './mock-v2.js';
import { httpBuildQuery } from './php.js';

const batchOp = model.operation('batch')!;
const MAX = batchOp.extensions['x-bitrix-max-commands'] as number;
/** The batch's own codes (no other operation has them), by the status the contract gives each. */
const ownCode = (status: number): string =>
  [...batchOp.errors].find(
    ([code, statuses]) => statuses.includes(status) && model.operations.every((op) => op === batchOp || !op.errors.has(code)),
  )![0];
const TOO_MANY = ownCode(400);
const NOT_ALLOWED = ownCode(405);

/** A batch answer the contract describes: 200, `{result: {five maps}, time}`; returns `result`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const batchOk = (answer: Answer): any => {
  expect(answer.status, answer.text).toBe(200);
  const validate = responseValidator(200, 'batch');
  expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  expect(Object.keys(answer.body).sort()).toEqual(['result', 'time']);
  expect(Object.keys(answer.body.result)).toEqual(['result', 'result_error', 'result_total', 'result_next', 'result_time']);
  return answer.body.result;
};

/** The keys of one of the answer's maps in the order the text has them (each a command's time object). */
const keysInText = (text: string, map: string): string[] => {
  const start = text.indexOf(`"${map}":{`);
  const inner = text.slice(start, text.indexOf('}}', start));
  return [...inner.matchAll(/"([^"]+)":\{"start"/g)].map((match) => match[1]!);
};

const form = (body: string, base = HOOK): Promise<Answer> => call('batch', body, base);

describe('batch against the mock portal', () => {
  it('runs commands in order, the answer keyed as sent, empty maps as []', async () => {
    await startPortal();
    const bot = await registerBot();
    const answer = batchOk(
      await call('batch', {
        halt: 0,
        cmd: {
          chat: `imbot.v2.Chat.add?${httpBuildQuery({ ...bot.auth, fields: { title: 'Plans', userIds: [1, 2] } })}`,
          bot: `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`,
        },
      }),
    );
    expect(Object.keys(answer.result)).toEqual(['chat', 'bot']);
    expect(answer.result.chat.chat.name).toBe('Plans');
    expect(answer.result.bot.bot.id).toBe(bot.botId);
    expect(answer.result_error).toEqual([]);
    expect(answer.result_total).toEqual([]);
    expect(answer.result_next).toEqual([]);
    expect(Object.keys(answer.result_time)).toEqual(['chat', 'bot']);
    // The chat exists: the command ran as a call of its own would.
    const dialogId = answer.result.chat.chat.dialogId;
    expect([...portal().platform.chats.values()].some((chat) => chat.title === 'Plans')).toBe(true);
    expect(dialogId).toMatch(/^chat\d+$/);
  });

  it('a list of commands answers lists; a failed one leaves a map keyed by index', async () => {
    await startPortal();
    const bot = await registerBot();
    const get = `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`;
    const all = batchOk(await call('batch', { cmd: [get, get] }));
    expect(Array.isArray(all.result)).toBe(true);
    expect(all.result).toHaveLength(2);
    const some = batchOk(await call('batch', { cmd: [get, 'imbot.v2.Bot.get?botId=999999&botToken=x', get] }));
    expect(Object.keys(some.result)).toEqual(['0', '2']);
    expect(Object.keys(some.result_error)).toEqual(['1']);
    expect(codesFor(400, 'imbot.v2.Bot.get').concat(codesFor(404, 'imbot.v2.Bot.get'))).toContain(some.result_error['1'].error);
  });

  it('a form batch keeps sparse numeric and named keys, in the order sent', async () => {
    await startPortal();
    const bot = await registerBot();
    const get = `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`;
    // cmd[5], cmd[a], cmd[2]: PHP keeps them, in this order.
    const body = ['5', 'a', '2'].map((key) => `cmd%5B${key}%5D=${encodeURIComponent(get)}`).join('&');
    const sent = await form(`halt=0&${body}`);
    const answer = batchOk(sent);
    // JSON.parse puts integer keys first: the order is read off the text.
    expect(keysInText(sent.text, 'result_time')).toEqual(['5', 'a', '2']);
    expect(Object.keys(answer.result_time).sort()).toEqual(['2', '5', 'a']);
    expect(answer.result['5'].bot.id).toBe(bot.botId);
  });

  it('a JSON batch runs its keys in the order written, integer keys too (as PHP decodes it)', async () => {
    await startPortal();
    const bot = await registerBot();
    const get = `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`;
    // "2" before "1" and "a": JSON.parse would put 1 and 2 first; "1" reads "2"'s answer.
    const cmd = `{"2":${JSON.stringify(get)},"a":${JSON.stringify(get)},"1":${JSON.stringify(`imbot.v2.Bot.get?botId=$result[2][bot][id]&botToken=${bot.botToken}`)}}`;
    const sent = await request(`${portal().url}${HOOK}/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ` { "halt" : 1, "cmd" : ${cmd.replaceAll(',', ' ,\n ')} }`,
    });
    const answer = batchOk(sent);
    expect(answer.result_error).toEqual([]);
    expect(keysInText(sent.text, 'result_time')).toEqual(['2', 'a', '1']);
    expect(answer.result['1'].bot.id).toBe(bot.botId);
  });

  it('$result[...] at any depth feeds a later command, whole or inside a text', async () => {
    await startPortal();
    const bot = await registerBot();
    const answer = batchOk(
      await call('batch', {
        halt: true,
        cmd: {
          bot: `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`,
          chat: `imbot.v2.Chat.add?botId=$result[bot][bot][id]&botToken=${bot.botToken}&fields[title]=Chat of $result[bot][bot][code]&fields[userIds][0]=1`,
          sent: `imbot.v2.Chat.Message.send?botId=${bot.botId}&botToken=${bot.botToken}&dialogId=$result[chat][chat][dialogId]&fields[message]=hello`,
        },
      }),
    );
    expect(answer.result_error).toEqual([]);
    expect(answer.result.chat.chat.name).toBe(`Chat of ${answer.result.bot.bot.code}`);
    const chatId = Number(String(answer.result.chat.chat.dialogId).slice(4));
    const message = [...portal().platform.messages.values()].find((m) => m.text === 'hello');
    expect(message?.chatId).toBe(chatId);
  });

  it('a reference to nothing fails that command; halt stops there, the failing command last', async () => {
    await startPortal();
    const bot = await registerBot();
    const get = `imbot.v2.Bot.get?botId=${bot.botId}&botToken=${bot.botToken}`;
    const cmd = { first: get, bad: 'imbot.v2.Bot.get?botId=$result[first][nothing]', never: get };
    const halted = batchOk(await call('batch', { halt: 1, cmd }));
    expect(Object.keys(halted.result)).toEqual(['first']);
    expect(Object.keys(halted.result_error)).toEqual(['bad']);
    expect(halted.result_error.bad.error).toBe('INVALID_FORMAT');
    expect(Object.keys(halted.result_time)).toEqual(['first']);
    const all = batchOk(await call('batch', { halt: 0, cmd }));
    expect(Object.keys(all.result)).toEqual(['first', 'never']);
  });

  it.each([
    ['JSON true', { halt: true }],
    ['JSON 1', { halt: 1 }],
    ['JSON "1"', { halt: '1' }],
    ['form 1', 'halt=1'],
    ['form true', 'halt=true'],
  ] as const)('halt as %s stops at the first error', async (_name, halt) => {
    await startPortal();
    const cmd = ['imbot.v2.Bot.get?botId=1', 'imbot.v2.Revision.get'];
    const answer = batchOk(
      typeof halt === 'string'
        ? await form(`${halt}&cmd[0]=${encodeURIComponent(cmd[0]!)}&cmd[1]=${encodeURIComponent(cmd[1]!)}`)
        : await call('batch', { ...halt, cmd }),
    );
    expect(Object.keys(answer.result_error)).toEqual(['0']);
    expect(answer.result).toEqual([]);
  });

  it.each([
    ['JSON false', { halt: false }],
    ['JSON 0', { halt: 0 }],
    ['form 0', 'halt=0'],
    ['form false', 'halt=false'],
    ['left out', {}],
  ] as const)('halt as %s runs every command', async (_name, halt) => {
    await startPortal();
    const cmd = ['imbot.v2.Bot.get?botId=1', 'imbot.v2.Revision.get'];
    const answer = batchOk(
      typeof halt === 'string'
        ? await form(`${halt}&cmd[0]=${encodeURIComponent(cmd[0]!)}&cmd[1]=${encodeURIComponent(cmd[1]!)}`)
        : await call('batch', { ...halt, cmd }),
    );
    expect(Object.keys(answer.result_error)).toEqual(['0']);
    expect(Object.keys(answer.result)).toEqual(['1']);
  });

  it(`commands past the ${MAX}th end with the batch's 400 code; a nested batch with its 405 code`, async () => {
    await startPortal();
    const cmd = Array.from({ length: MAX + 1 }, () => 'imbot.v2.Revision.get');
    const long = batchOk(await call('batch', { cmd }));
    expect(Object.keys(long.result)).toHaveLength(MAX);
    expect(Object.keys(long.result_error)).toEqual([String(MAX)]);
    expect(long.result_error[String(MAX)].error).toBe(TOO_MANY);
    const nested = batchOk(await call('batch', { cmd: { inner: 'batch?cmd[a]=imbot.v2.Revision.get', after: 'imbot.v2.Revision.get' } }));
    expect(nested.result_error.inner.error).toBe(NOT_ALLOWED);
    expect(Object.keys(nested.result)).toEqual(['after']);
  });

  it('counts as one request for the rate limits, whatever its commands', async () => {
    // Buckets that barely drain: what is left in them is what the requests took.
    await startPortal({ rateLimit: { burst: 2, perSecond: 0.001, v2: { burst: 2, perSecond: 0.001 } } });
    const cmd = Array.from({ length: 10 }, () => 'imbot.v2.Revision.get');
    for (let i = 0; i < 2; i++) expect(batchOk(await call('batch', { cmd })).result_error).toEqual([]);
    // The portal bucket is full after two requests; the imbot.v2 bucket of the application untouched.
    fails(await call('batch', { cmd }), 'batch', 503, 'QUERY_LIMIT_EXCEEDED');
    for (let i = 0; i < 2; i++) expect((await call('imbot.v2.Revision.get', {})).status).toBe(200);
    fails(await call('imbot.v2.Revision.get', {}), 'imbot.v2.Revision.get', 429, 'QUERY_LIMIT_EXCEEDED');
  });

  it('unknown methods and bad parameters fail their command with their own codes', async () => {
    await startPortal();
    const answer = batchOk(await call('batch', { cmd: { nope: 'no.such.method', bad: 'imbot.v2.Chat.add?botId=abc' } }));
    expect(answer.result_error.nope.error).toBe('ERROR_METHOD_NOT_FOUND');
    expect(codesFor(400, 'imbot.v2.Chat.add')).toContain(answer.result_error.bad.error);
  });

  it('the batch\'s auth runs every command: a bad webhook is refused as a whole, commands carry no auth of their own', async () => {
    await startPortal({ webhook: '1:hook-code' });
    fails(await call('batch', { cmd: ['imbot.v2.Revision.get'] }, '/rest/1/wrong'), 'batch', 401, 'INVALID_CREDENTIALS');
    const answer = batchOk(await call('batch', { cmd: ['imbot.v2.Revision.get'] }));
    expect(answer.result_error).toEqual([]);
  });

  it.each([
    ['no cmd', { halt: true }],
    ['cmd a string', { cmd: 'imbot.v2.Revision.get' }],
    ['a command not a string', { cmd: { a: 5 } }],
    ['a command empty', { cmd: { a: '' } }],
    ['halt a word', { halt: 'maybe', cmd: ['imbot.v2.Revision.get'] }],
  ] as const)('a bad batch (%s) is a 400 INVALID_FORMAT', async (_name, params) => {
    await startPortal();
    fails(await call('batch', params), 'batch', 400, 'INVALID_FORMAT');
  });

  it('a bad form batch is a 400 too, never a 500', async () => {
    await startPortal();
    fails(await form('cmd[a][b]=x'), 'batch', 400, 'INVALID_FORMAT');
    fails(await form('cmd=%ZZ'), 'batch', 400, 'INVALID_FORMAT');
    const bad = batchOk(await form(`cmd[a]=${encodeURIComponent('imbot.v2.Revision.get?x=%ZZ')}`));
    expect(bad.result_error.a.error).toBe('INVALID_FORMAT');
  });
});

describe('batch on createServer, any handler map', () => {
  it('runs the handlers of the commands, with the batch key in the call', async () => {
    const seen: Array<string | undefined> = [];
    const server = await startServer({}, { imbotV2RevisionGet: (_params, context) => (seen.push(context.batchKey), { rest: 1, web: 2, mobile: 3, desktop: 4 }) });
    try {
      const answer = batchOk(await request(`${server.url}/rest/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cmd: { one: 'imbot.v2.Revision.get', two: 'imbot.v2.Revision.get' } }),
      }));
      expect(seen).toEqual(['one', 'two']);
      expect(answer.result.one).toEqual({ rest: 1, web: 2, mobile: 3, desktop: 4 });
    } finally {
      await server.close();
    }
  });

  it('the body limit and the parameter limits hold as for single calls: a 400, never a 500', async () => {
    const server = await startServer({ limits: { bodyBytes: 2048, arrayLength: 100 } });
    try {
      const post = (body: unknown) =>
        request(`${server.url}/rest/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const big = await post({ cmd: { a: `imbot.v2.Revision.get?x=${'y'.repeat(4096)}` } });
      expect(big.status, big.text).toBe(400);
      expect(big.body.error).toBe('INVALID_FORMAT');
      const many = await post({ cmd: Array.from({ length: 101 }, () => 'a') });
      expect(many.status, many.text).toBe(400);
      expect(many.body.error).toBe('INVALID_FORMAT');
    } finally {
      await server.close();
    }
  });
});

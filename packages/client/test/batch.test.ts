// The client's typed batch against the real mock portal over loopback: answers by key, `$result`
// references (whole values and inside texts) filled in by the portal, halt, chunks of the
// contract's limit sent in order, references across chunks refused before sending, the batch's
// own error codes, and the batch request going through the client's one call path (its retries
// of a rate-limit answer). The limit and the codes come from the contract model.
import { loadContract } from '@b24-imbot/schema/model';
import { describe, expect, it } from 'vitest';

import { isBitrix24Error } from '../src/index.js';
import { BOT_TOKEN, startPortal, webhookClient } from './portal.js';

const model = loadContract();
const batchOp = model.operations.find((op) => op.extensions['x-bitrix-max-commands'] !== undefined)!;
const MAX = batchOp.extensions['x-bitrix-max-commands'] as number;
/** The batch's own codes (no other operation has them), by status. */
const ownCode = (status: number): string =>
  [...batchOp.errors].find(
    ([code, statuses]) => statuses.includes(status) && model.operations.every((op) => op === batchOp || !op.errors.has(code)),
  )![0];

/** A client with a registered bot (its token the client's). */
const withBot = async (options: Parameters<typeof startPortal>[0] = {}) => {
  const portal = await startPortal(options);
  const client = webhookClient(portal, { botToken: BOT_TOKEN });
  const { bot } = await client.imbot.v2.Bot.register({ fields: { code: 'batcher', botToken: BOT_TOKEN, properties: { name: 'Batcher' } } });
  return { portal, client, botId: bot.id };
};

describe('client.batch against the mock portal', () => {
  it('answers each command by key; a $result reference feeds a later command', async () => {
    const { portal, client, botId } = await withBot();
    const answer = await client.batch({
      bot: ['imbot.v2.Bot.get', { botId }],
      chat: ['imbot.v2.Chat.add', ({ $result }) => ({ botId: $result.bot.bot.id, fields: { title: `Chat of ${$result.bot.bot.code}`, userIds: [1] } })],
      hello: ['imbot.v2.Chat.Message.send', ({ $result }) => ({ botId, dialogId: $result.chat.chat.dialogId, fields: { message: 'hello' } })],
    });
    expect(Object.keys(answer)).toEqual(['bot', 'chat', 'hello']);
    if (answer.chat.status !== 'ok' || answer.hello.status !== 'ok') throw new Error(JSON.stringify(answer));
    expect(answer.chat.result.chat.name).toBe('Chat of batcher');
    expect(answer.chat.time?.duration).toBeTypeOf('number');
    const message = portal.platform.messages.get(answer.hello.result.id);
    expect(message?.text).toBe('hello');
    expect(`chat${message?.chatId}`).toBe(answer.chat.result.chat.dialogId);
  });

  it('a failed command carries its code; halt skips the rest', async () => {
    const { client, botId } = await withBot();
    const commands = {
      first: ['imbot.v2.Bot.get', { botId }],
      missing: ['imbot.v2.Bot.get', { botId: 987_654 }],
      last: ['imbot.v2.Revision.get'],
    } as const;
    const all = await client.batch(commands);
    expect(all.first.status).toBe('ok');
    expect(all.missing.status).toBe('error');
    if (all.missing.status === 'error') {
      expect(isBitrix24Error(all.missing.error)).toBe(true);
      expect([...batchOp.errors.keys(), ...model.operation('imbot.v2.Bot.get')!.errors.keys()]).toContain(all.missing.error.code);
      expect(all.missing.error.method).toBe('imbot.v2.Bot.get');
    }
    expect(all.last.status).toBe('ok');
    const halted = await client.batch(commands, { halt: true });
    expect([halted.first.status, halted.missing.status, halted.last.status]).toEqual(['ok', 'error', 'skipped']);
  });

  it(`past ${MAX} commands: the portal's own code without chunk; in order, in requests of ${MAX}, with chunk`, async () => {
    const { portal, client } = await withBot();
    const commands = Object.fromEntries(Array.from({ length: MAX + 1 }, (_, index) => [`c${index}`, ['imbot.v2.Revision.get'] as const]));
    const one = await client.batch(commands);
    const last = one[`c${MAX}`]!;
    expect(last.status).toBe('error');
    if (last.status === 'error') expect(last.error.code).toBe(ownCode(400));
    const before = portal.calls.length;
    const chunked = await client.batch(commands, { chunk: true });
    expect(Object.values(chunked).every((item) => item.status === 'ok')).toBe(true);
    expect(Object.keys(chunked)).toEqual(Object.keys(commands));
    expect(portal.calls.slice(before).map((call) => call.method)).toEqual([batchOp.method, batchOp.method]);
  });

  it('a reference across chunks, or to a later command, is refused before anything is sent', async () => {
    const { portal, client, botId } = await withBot();
    const commands: Record<string, readonly ['imbot.v2.Bot.get', unknown]> = Object.fromEntries(
      Array.from({ length: MAX }, (_, index) => [`c${index}`, ['imbot.v2.Bot.get', { botId }] as const]),
    );
    const before = portal.calls.length;
    await expect(
      client.batch({ ...commands, late: ['imbot.v2.Bot.get', ({ $result }: { $result: Record<string, { bot: { id: number } }> }) => ({ botId: $result['c0']!.bot.id })] } as never, { chunk: true }),
    ).rejects.toThrow(TypeError);
    await expect(
      client.batch({ early: ['imbot.v2.Bot.get', ({ $result }) => ({ botId: $result.later.bot.id })], later: ['imbot.v2.Bot.get', { botId }] }),
    ).rejects.toThrow(/later/);
    expect(portal.calls.length).toBe(before);
  });

  it('the batch request goes through the call path: a rate-limit answer is retried', async () => {
    const { portal, client } = await withBot();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED', method: batchOp.method });
    const answer = await client.batch({ revision: ['imbot.v2.Revision.get'] });
    expect(answer.revision.status).toBe('ok');
    expect(portal.faultsServed).toBe(1);
  });
});

describe('a batch answer that is not one', () => {
  it.each([
    ['null', null],
    ['a string', 'done'],
    ['a list', []],
  ])('result %s is INVALID_RESPONSE, not a TypeError or every command skipped', async (_name, result) => {
    const portal = await startPortal();
    // The portal's envelope around a result no portal gives for batch.
    const client = webhookClient(portal, {
      fetch: async () =>
        new Response(JSON.stringify({ result, time: { start: 1, finish: 1, duration: 0, processing: 0, date_start: '', date_finish: '' } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const error = await client.batch({ revision: ['imbot.v2.Revision.get'] }).catch((failure: unknown) => failure);
    expect(isBitrix24Error(error, 'INVALID_RESPONSE'), String(error)).toBe(true);
  });
});

describe('credentials in the commands', () => {
  it("the call's own clientId and botToken win over the params', and those over the client's", async () => {
    const portal = await startPortal();
    const bodies: string[] = [];
    const client = webhookClient(portal, {
      clientId: 'the-clients',
      botToken: 'clients-token',
      fetch: (input, init) => (bodies.push(String(init?.body)), globalThis.fetch(input, init)),
    });
    await client.batch(
      { a: ['imbot.v2.Revision.get', { botToken: 'params-token' }], b: ['imbot.v2.Revision.get'] },
      { clientId: 'the-calls', botToken: 'calls-token' },
    );
    const { cmd } = JSON.parse(bodies[0]!) as { cmd: Record<string, string> };
    for (const key of ['a', 'b']) {
      const query = new URLSearchParams(cmd[key]!.split('?')[1]);
      expect([query.get('CLIENT_ID'), query.get('botToken')], key).toEqual(['the-calls', 'calls-token']);
    }
    // Without call options: the params' own, else the client's.
    bodies.length = 0;
    await client.batch({ a: ['imbot.v2.Revision.get', { botToken: 'params-token' }], b: ['imbot.v2.Revision.get'] });
    const second = (JSON.parse(bodies[0]!) as { cmd: Record<string, string> }).cmd;
    expect(new URLSearchParams(second['a']!.split('?')[1]).get('botToken')).toBe('params-token');
    expect(new URLSearchParams(second['b']!.split('?')[1]).get('botToken')).toBe('clients-token');
    expect(new URLSearchParams(second['b']!.split('?')[1]).get('CLIENT_ID')).toBe('the-clients');
  });
});

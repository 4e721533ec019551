import { describe, expectTypeOf, test } from 'vitest';

import { type Bitrix24Error, type BatchItem, createImbotClient, type Methods } from '../src/index.js';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', botToken: 'token' });

describe('a batch is typed per command', () => {
  test('each answer is its method\'s result, or its method\'s error codes', async () => {
    const answer = await client.batch({
      chat: ['imbot.v2.Chat.add', { botId: 1, fields: { title: 'Plans' } }],
      revision: ['imbot.v2.Revision.get'],
    });
    expectTypeOf(answer.chat).toEqualTypeOf<BatchItem<'imbot.v2.Chat.add'>>();
    if (answer.chat.status === 'ok') {
      expectTypeOf(answer.chat.result).toEqualTypeOf<Methods['imbot.v2.Chat.add']['success']['result']>();
      expectTypeOf(answer.chat.result.chat.dialogId).toEqualTypeOf<string>();
    }
    if (answer.chat.status === 'error') {
      type Code = typeof answer.chat.error.code;
      // The method's own codes and the batch's, nothing else.
      expectTypeOf<'BOT_NOT_FOUND'>().toExtend<Code>();
      expectTypeOf<'ERROR_BATCH_LENGTH_EXCEEDED'>().toExtend<Code>();
      expectTypeOf<'USERS_EMPTY'>().not.toExtend<Code>();
      expectTypeOf(answer.chat.error).toExtend<Bitrix24Error>();
    }
    if (answer.revision.status === 'ok') {
      expectTypeOf(answer.revision.result).toEqualTypeOf<Methods['imbot.v2.Revision.get']['success']['result']>();
    }
    // @ts-expect-error no such command in this batch
    void answer.other;
  });

  test('a command refers to another one\'s result, typed', () => {
    void client.batch({
      chat: ['imbot.v2.Chat.add', { botId: 1 }],
      hello: ['imbot.v2.Chat.Message.send', ({ $result }) => {
        expectTypeOf($result.chat.chat.dialogId).toEqualTypeOf<string>();
        return { botId: 1, dialogId: $result.chat.chat.dialogId, fields: { message: 'hi' } };
      }],
    });
    void client.batch({
      chat: ['imbot.v2.Chat.add', { botId: 1 }],
      // @ts-expect-error no command `nope` to refer to
      hello: ['imbot.v2.Chat.Message.send', ({ $result }) => ({ botId: 1, dialogId: $result.nope.chat.dialogId, fields: { message: 'hi' } })],
    });
  });

  test('a wrong parameter in one command does not compile', () => {
    void client.batch({
      ok: ['imbot.v2.Revision.get'],
      // @ts-expect-error botId is a number
      chat: ['imbot.v2.Chat.add', { botId: 'one' }],
    });
    void client.batch({
      // @ts-expect-error botId is required
      chat: ['imbot.v2.Chat.add', { fields: { title: 'x' } }],
    });
    void client.batch({
      chat: ['imbot.v2.Chat.add', { botId: 1 }],
      // @ts-expect-error the function returns the wrong params
      hello: ['imbot.v2.Chat.Message.send', ({ $result }) => ({ botId: 1, dialogId: $result.chat.chat.id, fields: { message: 'hi' } })],
    });
  });

  test('unknown methods and a nested batch do not compile', () => {
    // @ts-expect-error not in the contract
    void client.batch({ a: ['imbot.v2.Chat.nope'] });
    // @ts-expect-error batch inside a batch
    void client.batch({ a: ['batch', { cmd: ['imbot.v2.Revision.get'] }] });
  });

  test('options: halt, chunk and the call options', () => {
    void client.batch({ a: ['imbot.v2.Revision.get'] }, { halt: true, chunk: true, signal: AbortSignal.timeout(10), timeoutMs: 5 });
    // @ts-expect-error unknown option
    void client.batch({ a: ['imbot.v2.Revision.get'] }, { stop: true });
  });
});

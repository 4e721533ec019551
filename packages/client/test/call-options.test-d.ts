import { describe, expectTypeOf, test } from 'vitest';

import { type CallOptions, createImbotClient, type ImbotClient, type LogFields, type Logger } from '../src/index.js';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', botToken: 'a' });
const params = { botId: 1, dialogId: 'chat1', fields: { message: 'hi' } } as const;

describe('per-call options, the second argument of every method', () => {
  test('signal, timeoutMs, retry and botToken on a method of the tree, by name and withResponse', () => {
    const options = { signal: AbortSignal.timeout(10), timeoutMs: 5000, retry: { retries: 1, minDelayMs: 10 }, botToken: 'b' };
    expectTypeOf(client.imbot.v2.Chat.Message.send(params, options)).resolves.toHaveProperty('id').toEqualTypeOf<number>();
    void client.call('imbot.v2.Chat.Message.send', params, { retry: false, botToken: 'b' });
    void client.imbot.v2.Chat.Message.send.withResponse(params, { timeoutMs: 0 });
    void client.imbot.chat.add({ USERS: [1] }, { clientId: 'my-bot' });
    // Methods without a required parameter take them after an empty params.
    void client.imbot.v2.Revision.get({}, { botToken: 'b' });
    void client.imbot.v2.Revision.get(undefined, { signal: new AbortController().signal });
  });

  test('the options are typed', () => {
    expectTypeOf<CallOptions>().toHaveProperty('signal').toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<CallOptions>().toHaveProperty('timeoutMs').toEqualTypeOf<number | undefined>();
    expectTypeOf<CallOptions>().toHaveProperty('botToken').toEqualTypeOf<string | undefined>();
    // @ts-expect-error timeoutMs is a number of ms
    void client.imbot.v2.Chat.Message.send(params, { timeoutMs: '5s' });
    // @ts-expect-error botToken is a string
    void client.imbot.v2.Chat.Message.send(params, { botToken: 42 });
    // @ts-expect-error retry takes the client's RetryOptions (retries, minDelayMs, ...) or false
    void client.imbot.v2.Chat.Message.send(params, { retry: { attempts: 2 } });
    // @ts-expect-error retry: true means nothing
    void client.imbot.v2.Chat.Message.send(params, { retry: true });
    // @ts-expect-error signal is an AbortSignal
    void client.imbot.v2.Chat.Message.send(params, { signal: new AbortController() });
    // @ts-expect-error no unknown option
    void client.imbot.v2.Chat.Message.send(params, { headers: {} });
  });

  test('events() takes the bot, its token included', () => {
    const stream = client.events({ botId: 1, botToken: 'b' });
    expectTypeOf(stream.offset).toEqualTypeOf<number | undefined>();
    // @ts-expect-error botId is required
    void client.events({ botToken: 'b' });
    // @ts-expect-error botToken is a string
    void client.events({ botId: 1, botToken: 1 });
  });
});

describe('the logger option', () => {
  test('console fits as it is; so does an object with some of the levels', () => {
    void createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', logger: console });
    void createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', logger: { error: () => {} } });
    const logger: Logger = { debug: (message, fields) => expectTypeOf(fields).toEqualTypeOf<LogFields>() };
    expectTypeOf(logger.debug).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<LogFields['event']>().toEqualTypeOf<'request' | 'response' | 'retry' | 'failure'>();
    // @ts-expect-error a logger's levels are functions
    void createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', logger: { info: 'yes' } });
  });

  test('a pino-style logger (object first) fits through a wrapper', () => {
    const pinoLike = { debug: (_obj: object, _msg?: string) => {} };
    void createImbotClient({
      webhookUrl: 'https://portal.example/rest/1/code/',
      logger: { debug: (message, fields) => pinoLike.debug(fields, message) },
    });
  });

  test('the client type is unchanged by the options', () => {
    expectTypeOf(client).toEqualTypeOf<ImbotClient>();
  });
});

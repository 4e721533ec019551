import { describe, expectTypeOf, test } from 'vitest';

import {
  Bitrix24Error,
  type Bitrix24ErrorCode,
  type ContractErrorCode,
  createImbotClient,
  isBitrix24Error,
  type MethodName,
  type Methods,
} from '../src/index.js';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', clientId: 'bot' });

describe('params come from the contract', () => {
  test('a call without USERS does not compile', () => {
    // @ts-expect-error USERS is required
    void client.imbot.chat.add({ TITLE: 'no users' });
    // @ts-expect-error params are required when the method has a required parameter
    void client.imbot.chat.add();
    // @ts-expect-error the same by name
    void client.call('imbot.chat.add', { TITLE: 'no users' });
  });

  test('COLOR and TYPE are the contract enums', () => {
    // @ts-expect-error ORANGE is not a chat colour
    void client.imbot.chat.add({ USERS: [1], COLOR: 'ORANGE' });
    // @ts-expect-error PRIVATE is not a chat type
    void client.imbot.chat.add({ USERS: [1], TYPE: 'PRIVATE' });
    // @ts-expect-error USERS items are numbers
    void client.imbot.chat.add({ USERS: ['1'] });
    void client.imbot.chat.add({ USERS: [1], COLOR: 'PINK', TYPE: 'OPEN' });
  });

  test('unknown methods do not compile', () => {
    // @ts-expect-error not in the contract
    void client.call('imbot.chat.remove', { USERS: [1] });
    // @ts-expect-error not in the tree either
    void client.imbot.chat.remove;
  });
});

describe('results', () => {
  test('the call resolves to the CHAT_ID, a number', () => {
    expectTypeOf(client.imbot.chat.add({ USERS: [1] })).resolves.toEqualTypeOf<number>();
    expectTypeOf(client.call('imbot.chat.add', { USERS: [1] })).resolves.toEqualTypeOf<number>();
  });

  test('withResponse gives the envelope and the Response', () => {
    const full = client.imbot.chat.add.withResponse({ USERS: [1] });
    expectTypeOf(full).resolves.toHaveProperty('result').toEqualTypeOf<number>();
    expectTypeOf(full).resolves.toHaveProperty('response').toEqualTypeOf<Response>();
    expectTypeOf(full).resolves.toHaveProperty('time').toHaveProperty('duration').toEqualTypeOf<number>();
  });

  test('per-call options', () => {
    void client.imbot.chat.add({ USERS: [1] }, { signal: AbortSignal.timeout(10), timeoutMs: 5 });
    // @ts-expect-error unknown option
    void client.imbot.chat.add({ USERS: [1] }, { retries: 2 });
  });
});

describe('errors', () => {
  test('error.code narrows', () => {
    const error: unknown = new Error('x');
    expectTypeOf(isBitrix24Error).guards.toExtend<Bitrix24Error>();
    if (isBitrix24Error(error, 'USERS_EMPTY')) {
      expectTypeOf(error.code).toEqualTypeOf<'USERS_EMPTY'>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.description).toEqualTypeOf<string>();
    }
    if (isBitrix24Error(error)) {
      // Known codes autocomplete; unknown strings are still allowed.
      expectTypeOf<'QUERY_LIMIT_EXCEEDED'>().toExtend<typeof error.code>();
      expectTypeOf<'SOMETHING_NEW'>().toExtend<typeof error.code>();
    }
  });

  test('a code outside the contract does not compile in the guard; an error may still carry one', () => {
    const error: unknown = undefined;
    // @ts-expect-error a misspelt code
    isBitrix24Error(error, 'TYPO_CODE');
    // @ts-expect-error codes are case-sensitive
    isBitrix24Error(error, 'users_empty');
    if (isBitrix24Error(error, 'INVALID_RESPONSE')) expectTypeOf(error.method).toEqualTypeOf<string>();
    expectTypeOf(new Bitrix24Error('m', 'SOMETHING_NEW', 400, '').code).toEqualTypeOf<'SOMETHING_NEW'>();
  });

  test('the code union comes from the contract enums', () => {
    expectTypeOf<'USERS_EMPTY'>().toExtend<Bitrix24ErrorCode>();
    expectTypeOf<'ACCESS_DENIED'>().toExtend<Bitrix24ErrorCode>();
    expectTypeOf<'OVERLOAD_LIMIT'>().toExtend<Bitrix24ErrorCode>();
    expectTypeOf<'SOMETHING_NEW'>().not.toExtend<Bitrix24ErrorCode>();
    expectTypeOf<Methods['imbot.chat.add']['errorCode']>().toExtend<Bitrix24ErrorCode>();
    expectTypeOf<Methods[MethodName]['errorCode']>().toEqualTypeOf<ContractErrorCode>();
    expectTypeOf<Bitrix24ErrorCode>().toEqualTypeOf<ContractErrorCode | 'INVALID_RESPONSE'>();
    expectTypeOf<'imbot.chat.add'>().toExtend<MethodName>();
    expectTypeOf<'imbot.chat.remove'>().not.toExtend<MethodName>();
  });
});

describe('options', () => {
  test('webhook or OAuth, not both', () => {
    createImbotClient({ portal: 'portal.example', accessToken: 't', refreshToken: async () => 'n' });
    createImbotClient({ portal: 'http://127.0.0.1:1', accessToken: 't', rateLimit: 'enterprise', retry: false });
    // @ts-expect-error a webhook has no OAuth token
    createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', accessToken: 't' });
    // @ts-expect-error OAuth needs a token
    createImbotClient({ portal: 'portal.example' });
    // @ts-expect-error rateLimit presets are the platform's: standard, enterprise, imbot.v2
    createImbotClient({ portal: 'portal.example', accessToken: 't', rateLimit: 'free' });
    createImbotClient({ portal: 'portal.example', accessToken: 't', rateLimit: { take: async () => {} } });
  });

  test('OAuth goes to a portal or to a REST base URL, not both', () => {
    createImbotClient({ restUrl: 'https://gw.example/b24/rest', accessToken: 't' });
    // @ts-expect-error portal or restUrl, not both
    createImbotClient({ portal: 'portal.example', restUrl: 'https://gw.example/b24/rest', accessToken: 't' });
    // @ts-expect-error a webhook URL is its own base
    createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', restUrl: 'https://gw.example/b24/rest' });
    // @ts-expect-error OAuth needs a token there too
    createImbotClient({ restUrl: 'https://gw.example/b24/rest' });
  });
});

// Type tests: the handler map (exhaustive, typed by the contract), errors, and event handlers.
import type { BotEvent as CoreBotEvent, ContractErrorCode, EventHandlers as CoreEventHandlers } from '@b24-imbot/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { eventTable } from '../src/gen/events.gen.js';
import {
  type Auth,
  Bitrix24Error,
  type BitrixErrorCode,
  type BotEvent,
  type EventHandlers,
  type EventName,
  type Handler,
  type Handlers,
  isBitrix24Error,
  type OperationId,
  type ParamsOf,
  type ResultOf,
  createServer,
  exampleHandlers,
} from '../src/index.js';

const authenticate = () => {};

describe('Handlers', () => {
  it('is keyed by operationId', () => {
    expectTypeOf<'imbotChatAdd'>().toExtend<OperationId>();
    expectTypeOf<keyof Handlers>().toEqualTypeOf<OperationId>();
    expectTypeOf(exampleHandlers).toEqualTypeOf<Handlers>();
  });

  it('gives the handler the contract params and wants the contract result', () => {
    expectTypeOf<ParamsOf<'imbotChatAdd'>['USERS']>().toEqualTypeOf<number[]>();
    expectTypeOf<ParamsOf<'imbotChatAdd'>['TYPE']>().toEqualTypeOf<'OPEN' | 'CHAT' | undefined>();
    expectTypeOf<ParamsOf<'imbotChatAdd'>['ENTITY_ID']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ResultOf<'imbotChatAdd'>>().toEqualTypeOf<number>();
    expectTypeOf<Handler<'imbotChatAdd'>>().returns.toEqualTypeOf<number | Promise<number>>();
    expectTypeOf<Parameters<Handler<'imbotChatAdd'>>[1]['auth']>().toEqualTypeOf<Auth>();
  });

  it('accepts a handler that returns the chat id, sync or async', () => {
    createServer({ ...exampleHandlers, imbotChatAdd: (params) => params.USERS.length }, { authenticate });
    createServer({ ...exampleHandlers, imbotChatAdd: async () => 1 }, { authenticate });
  });

  it('rejects a missing handler', () => {
    const { imbotChatAdd: _, ...withoutOne } = exampleHandlers;
    // @ts-expect-error imbotChatAdd is missing
    createServer(withoutOne, { authenticate });
  });

  it('rejects an unknown handler', () => {
    // @ts-expect-error no such operation
    createServer({ ...exampleHandlers, imbotChatDelete: () => true }, { authenticate });
  });

  it('rejects a reply that does not match the contract', () => {
    // @ts-expect-error CHAT_ID is a number, not a string
    createServer({ ...exampleHandlers, imbotChatAdd: () => '1' }, { authenticate });
    // @ts-expect-error the result, not the envelope
    createServer({ ...exampleHandlers, imbotChatAdd: async () => ({ result: 1 }) }, { authenticate });
  });

  it('rejects a mistyped handler', () => {
    // @ts-expect-error USERS is a list of numbers
    createServer({ ...exampleHandlers, imbotChatAdd: (params: { USERS: string[] }) => params.USERS.length }, { authenticate });
    // @ts-expect-error there is no such parameter
    createServer({ ...exampleHandlers, imbotChatAdd: (params) => params.NOT_A_PARAM }, { authenticate });
  });
});

describe('Bitrix24Error', () => {
  it('takes the contract codes only', () => {
    expectTypeOf<'USERS_EMPTY' | 'QUERY_LIMIT_EXCEEDED' | 'expired_token'>().toMatchTypeOf<BitrixErrorCode>();
    new Bitrix24Error('WRONG_REQUEST', 'Chat was not created');
    // @ts-expect-error not a Bitrix code of the contract
    new Bitrix24Error('NOT_FOUND');
  });

  it('takes a status the contract gives the code', () => {
    expectTypeOf(new Bitrix24Error('INVALID_CREDENTIALS').status).toEqualTypeOf<401 | 403>();
    expectTypeOf(new Bitrix24Error('QUERY_LIMIT_EXCEEDED').status).toEqualTypeOf<429 | 503>();
    new Bitrix24Error('INVALID_CREDENTIALS', 'Wrong code', { status: 403 });
    // @ts-expect-error USERS_EMPTY is a 400
    new Bitrix24Error('USERS_EMPTY', 'x', { status: 500 });
  });
});

describe('Auth', () => {
  it('is a union narrowed by type', () => {
    const check = (auth: Auth) => {
      if (auth.type === 'webhook') expectTypeOf(auth.userId).toEqualTypeOf<number>();
      else if (auth.type === 'oauth') expectTypeOf(auth.token).toEqualTypeOf<string>();
      else expectTypeOf(auth).toEqualTypeOf<{ readonly type: 'none'; readonly clientId?: string }>();
    };
    void check;
  });
});

describe('EventHandlers', () => {
  it('types each handler by its event name', () => {
    const handlers: EventHandlers = {
      ONIMBOTV2MESSAGEADD: (event) => {
        expectTypeOf(event.type).toEqualTypeOf<'ONIMBOTV2MESSAGEADD'>();
        expectTypeOf(event.data.message.id).toEqualTypeOf<number>();
        expectTypeOf(event.data.message.text).toEqualTypeOf<string | undefined>();
        expectTypeOf(event.data.bot.id).toEqualTypeOf<number>();
      },
      ONIMBOTV2MESSAGEDELETE: (event) => expectTypeOf(event.data.messageId).toEqualTypeOf<number>(),
      ONIMBOTV2COMMANDADD: (event) => expectTypeOf(event.data.command.context).toEqualTypeOf<'textarea' | 'keyboard' | 'menu' | undefined>(),
      ONIMBOTV2REACTIONCHANGE: (event) => expectTypeOf(event.data.action).toEqualTypeOf<'add' | 'delete'>(),
      ONIMBOTV2JOINCHAT: (event) => expectTypeOf(event.data.dialogId).toEqualTypeOf<string>(),
      ONIMBOTV2DELETE: (event) => expectTypeOf(event.data.bot.code).toEqualTypeOf<string>(),
    };
    void handlers;
  });

  it('has a key for each event of the contract and no other', () => {
    expectTypeOf<keyof EventHandlers>().toEqualTypeOf<EventName>();
    expectTypeOf<EventName>().toEqualTypeOf<keyof typeof eventTable>();
    // @ts-expect-error the contract has no such event
    const unknown: EventHandlers = { ONIMBOTV2NOSUCHEVENT: () => {} };
    void unknown;
  });

  it("is @b24-imbot/core's, the one the client takes too", () => {
    expectTypeOf<EventHandlers>().toEqualTypeOf<CoreEventHandlers>();
    expectTypeOf<BotEvent>().toEqualTypeOf<CoreBotEvent>();
  });
});

describe('isBitrix24Error', () => {
  it('takes the contract codes only, and narrows to the class of this package', () => {
    const error: unknown = undefined;
    if (isBitrix24Error(error, 'QUERY_LIMIT_EXCEEDED')) {
      expectTypeOf(error).toEqualTypeOf<Bitrix24Error<'QUERY_LIMIT_EXCEEDED'>>();
      expectTypeOf(error.status).toEqualTypeOf<429 | 503>();
    }
    // @ts-expect-error a misspelt code does not compile
    isBitrix24Error(error, 'TYPO_CODE');
    // @ts-expect-error the client's own code is not one a server answers
    isBitrix24Error(error, 'INVALID_RESPONSE');
    expectTypeOf<BitrixErrorCode>().toEqualTypeOf<ContractErrorCode>();
  });
});

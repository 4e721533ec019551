// The error codes and events are the contract's, at compile time.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Bitrix24Error,
  type Bitrix24ErrorCode,
  type BotEvent,
  type ContractErrorCode,
  type EventHandlers,
  type EventName,
  type EventTypes,
  isBitrix24Error,
} from '../src/index.js';

describe('isBitrix24Error', () => {
  it('takes the codes of the contract and the packages, and narrows to one', () => {
    const error: unknown = new Error('x');
    if (isBitrix24Error(error, 'USERS_EMPTY')) expectTypeOf(error.code).toEqualTypeOf<'USERS_EMPTY'>();
    if (isBitrix24Error(error, 'INVALID_RESPONSE')) expectTypeOf(error).toEqualTypeOf<Bitrix24Error<'INVALID_RESPONSE'>>();
    if (isBitrix24Error(error)) expectTypeOf<'SOMETHING_A_PORTAL_SAID'>().toExtend<typeof error.code>();
  });

  it('does not compile with a code the contract does not have', () => {
    const error: unknown = undefined;
    // @ts-expect-error a misspelt code
    isBitrix24Error(error, 'TYPO_CODE');
    // @ts-expect-error codes are case-sensitive
    isBitrix24Error(error, 'users_empty');
    // @ts-expect-error any string is not a code
    isBitrix24Error(error, '' as string);
  });

  it('the code union is the contract\'s plus the packages\' own', () => {
    expectTypeOf<'QUERY_LIMIT_EXCEEDED' | 'expired_token' | 'BOT_NOT_FOUND'>().toExtend<ContractErrorCode>();
    expectTypeOf<Exclude<Bitrix24ErrorCode, ContractErrorCode>>().toEqualTypeOf<'INVALID_RESPONSE'>();
    expectTypeOf<string>().not.toExtend<Bitrix24ErrorCode>();
  });
});

describe('events', () => {
  it('EventName is the key set of EventTypes', () => {
    expectTypeOf<EventName>().toEqualTypeOf<keyof EventTypes>();
    expectTypeOf<keyof EventHandlers>().toEqualTypeOf<EventName>();
  });

  it('a handler gets its own event, typed by the contract', () => {
    const handlers: EventHandlers = {
      ONIMBOTV2MESSAGEADD: (event) => {
        expectTypeOf(event.type).toEqualTypeOf<'ONIMBOTV2MESSAGEADD'>();
        expectTypeOf(event.data).toEqualTypeOf<EventTypes['ONIMBOTV2MESSAGEADD']['data']>();
        expectTypeOf(event.data.message.id).toEqualTypeOf<number>();
      },
      ONIMBOTV2MESSAGEDELETE: (event) => expectTypeOf(event.data.messageId).toEqualTypeOf<number>(),
    };
    void handlers;
    // @ts-expect-error the contract has no such event
    const unknown: EventHandlers = { ONIMBOTV2NOSUCHEVENT: () => {} };
    void unknown;
  });

  it('BotEvent narrows on type', () => {
    const check = (event: BotEvent) => {
      if (event.type === 'ONIMBOTV2REACTIONCHANGE') expectTypeOf(event.data.action).toEqualTypeOf<'add' | 'delete'>();
    };
    void check;
  });
});

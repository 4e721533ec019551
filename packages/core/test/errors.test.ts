import { describe, expect, it } from 'vitest';
import { Bitrix24Error, isBitrix24Error } from '../src/index.js';

describe('Bitrix24Error and isBitrix24Error', () => {
  const error = new Bitrix24Error('USERS_EMPTY', 400, 'Empty users', 'imbot.chat.add: USERS_EMPTY');

  it('carries the envelope and the status', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'Bitrix24Error', code: 'USERS_EMPTY', status: 400, description: 'Empty users', message: 'imbot.chat.add: USERS_EMPTY' });
    expect(new Bitrix24Error('x', 500, '', 'm', { cause: 'why' }).cause).toBe('why');
  });

  it('the guard tests the brand and the code', () => {
    expect(isBitrix24Error(error)).toBe(true);
    expect(isBitrix24Error(error, 'USERS_EMPTY')).toBe(true);
    expect(isBitrix24Error(error, 'ACCESS_DENIED')).toBe(false);
    for (const other of [new Error('USERS_EMPTY'), { code: 'USERS_EMPTY', name: 'Bitrix24Error' }, null, undefined, 'USERS_EMPTY']) {
      expect(isBitrix24Error(other)).toBe(false);
    }
  });

  it('recognises a subclass, and an error from another copy of the package (the brand is global)', () => {
    class ClientError extends Bitrix24Error {
      readonly method = 'x.y';
    }
    expect(isBitrix24Error(new ClientError('OVERLOAD_LIMIT', 503, '', ''), 'OVERLOAD_LIMIT')).toBe(true);
    // Another copy (ESM and CJS side by side) brands its prototype with the same registered symbol.
    const copy = Object.create(Error.prototype, { [Symbol.for('@b24-imbot/Bitrix24Error')]: { value: true }, code: { value: 'expired_token' } });
    expect(isBitrix24Error(copy, 'expired_token')).toBe(true);
    expect(copy instanceof Bitrix24Error).toBe(false);
  });
});

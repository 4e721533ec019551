import {
  type AnyBitrix24ErrorCode,
  Bitrix24Error as CoreBitrix24Error,
  type Bitrix24ErrorCode,
  isBitrix24Error as isCoreBitrix24Error,
} from '@b24-imbot/core';

export type { AnyBitrix24ErrorCode };

/**
 * The portal answered with an error envelope `{ error, error_description }`. It is
 * @b24-imbot/core's Bitrix24Error (the server's errors are too), with the method called.
 */
export class Bitrix24Error<C extends AnyBitrix24ErrorCode = AnyBitrix24ErrorCode> extends CoreBitrix24Error<C> {
  /** The method called, e.g. `imbot.chat.add`. */
  readonly method: string;

  constructor(method: string, code: C, status: number, description: string) {
    super(code, status, description, `${method}: ${code} (HTTP ${status})${description ? `: ${description}` : ''}`);
    this.method = method;
  }
}

/** The request failed before a response arrived: connection refused or dropped, DNS, TLS... */
export class Bitrix24NetworkError extends Error {
  override readonly name = 'Bitrix24NetworkError';
  /** The method called. */
  readonly method: string;

  constructor(method: string, where: string, cause: unknown) {
    super(`${method}: network error calling ${where}`, { cause });
    this.method = method;
  }
}

/** An attempt took longer than `timeoutMs`. */
export class Bitrix24TimeoutError extends Error {
  override readonly name = 'Bitrix24TimeoutError';
  /** The method called. */
  readonly method: string;
  /** The timeout that ran out, in ms. */
  readonly timeoutMs: number;

  constructor(method: string, where: string, timeoutMs: number) {
    super(`${method}: no answer from ${where} within ${timeoutMs} ms`);
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Whether `error` is a `Bitrix24Error` (the client's, the server's, or another copy's), with the
 * given code if one is passed: `if (isBitrix24Error(e, 'USERS_EMPTY')) e.code // 'USERS_EMPTY'`.
 * The code must be one the contract gives (or `INVALID_RESPONSE`): a misspelt one does not
 * compile. @b24-imbot/core's guard, typed with this package's class.
 */
export const isBitrix24Error = isCoreBitrix24Error as unknown as {
  <C extends Bitrix24ErrorCode>(error: unknown, code: C): error is Bitrix24Error<C>;
  (error: unknown): error is Bitrix24Error;
};

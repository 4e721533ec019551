import type { Bitrix24ErrorCode } from './types.js';

/** A code the contract declares, or any other string a portal may answer. */
export type AnyBitrix24ErrorCode = Bitrix24ErrorCode | (string & {});

// The brand both packages put on their Bitrix24Error: `isBitrix24Error` from either package
// recognises an error made by the other, or by another copy of this one (ESM and CJS).
const brand = Symbol.for('@b24-imbot/Bitrix24Error');

/** The portal answered with an error envelope `{ error, error_description }`. */
export class Bitrix24Error<C extends AnyBitrix24ErrorCode = AnyBitrix24ErrorCode> extends Error {
  override readonly name = 'Bitrix24Error';
  /** The Bitrix24 error code, e.g. `USERS_EMPTY` or `expired_token`. */
  readonly code: C;
  /** The HTTP status. */
  readonly status: number;
  /** The portal's `error_description`. */
  readonly description: string;
  /** The method called, e.g. `imbot.chat.add`. */
  readonly method: string;

  constructor(method: string, code: C, status: number, description: string) {
    super(`${method}: ${code} (HTTP ${status})${description ? `: ${description}` : ''}`);
    this.code = code;
    this.status = status;
    this.description = description;
    this.method = method;
  }
}
Object.defineProperty(Bitrix24Error.prototype, brand, { value: true });

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
 * Whether `error` is a `Bitrix24Error`, with the given code if one is passed:
 * `if (isBitrix24Error(e, 'USERS_EMPTY')) e.code // 'USERS_EMPTY'`.
 */
export function isBitrix24Error<C extends AnyBitrix24ErrorCode>(
  error: unknown,
  code: C,
): error is Bitrix24Error<C>;
export function isBitrix24Error(error: unknown): error is Bitrix24Error;
export function isBitrix24Error(error: unknown, code?: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [brand]?: unknown })[brand] === true &&
    (code === undefined || (error as Bitrix24Error).code === code)
  );
}

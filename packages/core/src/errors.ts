// The Bitrix24 error as both packages throw it: one brand and one guard. The client's and the
// server's `Bitrix24Error` extend this class; `isBitrix24Error` recognises an error made by
// either, or by another copy of either (ESM and CJS, two installs), by the brand.
import type { ContractErrorCode } from './gen/contract.gen.js';

/**
 * Codes the packages give errors themselves, beside the contract's: `INVALID_RESPONSE`, the
 * client's code for an answer that is not a Bitrix24 envelope.
 */
export type PackageErrorCode = 'INVALID_RESPONSE';

/** Every code `isBitrix24Error` can test for: the contract's, and the packages' own. */
export type Bitrix24ErrorCode = ContractErrorCode | PackageErrorCode;

/** A code as an error carries it: one the contract declares, or any other a portal may answer. */
export type AnyBitrix24ErrorCode = Bitrix24ErrorCode | (string & {});

const brand = Symbol.for('@b24-imbot/Bitrix24Error');

/** A Bitrix24 error envelope `{ error, error_description }`, with its HTTP status. */
export class Bitrix24Error<C extends AnyBitrix24ErrorCode = AnyBitrix24ErrorCode> extends Error {
  override readonly name = 'Bitrix24Error';
  /** The Bitrix24 error code, e.g. `USERS_EMPTY` or `expired_token`. */
  readonly code: C;
  /** The HTTP status. */
  readonly status: number;
  /** The `error_description`. */
  readonly description: string;

  constructor(code: C, status: number, description: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.status = status;
    this.description = description;
  }
}
Object.defineProperty(Bitrix24Error.prototype, brand, { value: true });

/**
 * Whether `error` is a Bitrix24Error (the client's, the server's, or another copy's), with the
 * given code if one is passed: `if (isBitrix24Error(e, 'USERS_EMPTY')) e.code // 'USERS_EMPTY'`.
 * The code must be one the contract (or a package) gives: a misspelt code does not compile.
 */
export function isBitrix24Error<C extends Bitrix24ErrorCode>(error: unknown, code: C): error is Bitrix24Error<C>;
export function isBitrix24Error(error: unknown): error is Bitrix24Error;
export function isBitrix24Error(error: unknown, code?: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [brand]?: unknown })[brand] === true &&
    (code === undefined || (error as Bitrix24Error).code === code)
  );
}


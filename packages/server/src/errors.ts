import { Bitrix24Error as CoreBitrix24Error, type ContractErrorCode, isBitrix24Error as isCoreBitrix24Error } from '@b24-imbot/core';
import { type ErrorStatuses, errorDescriptions, errorStatuses } from './gen/errors.gen.js';
import type { operationTable } from './gen/operations.gen.js';

type Table = typeof operationTable;

/** The contract's operationIds: the keys of the handler map. */
export type OperationId = keyof Table;

/** The Bitrix error codes an operation may answer (from its responses' enums). */
export type ErrorCodeOf<Op extends OperationId> = keyof Table[Op]['errorStatus'] & string;

/** Every Bitrix error code in the contract. */
export type BitrixErrorCode = ContractErrorCode;

/** The HTTP statuses the contract answers a code with (INVALID_CREDENTIALS: 401 or 403). */
export type ErrorStatus<C extends BitrixErrorCode> = ErrorStatuses[C];

/** Code -> statuses over every operation (the first status is the default). */
const statusesByCode: ReadonlyMap<string, readonly number[]> = new Map(Object.entries(errorStatuses));

/** The statuses the contract gives a code, or undefined for a code it does not know. */
export const statusesOf = (code: string): readonly number[] | undefined => statusesByCode.get(code);

/**
 * A Bitrix error: answered as `{error: code, error_description: description}` with the HTTP
 * status the contract gives the code. Throw it from a handler or from `authenticate`. It is
 * @b24-imbot/core's Bitrix24Error (the client's errors are too), with the contract's statuses.
 */
export class Bitrix24Error<C extends BitrixErrorCode = BitrixErrorCode> extends CoreBitrix24Error<C> {
  declare readonly status: ErrorStatus<C>;

  constructor(code: C, description?: string, options?: { status?: ErrorStatus<C>; cause?: unknown }) {
    const text = description ?? errorDescriptions[code] ?? code;
    const statuses = statusesByCode.get(code);
    const status = options?.status ?? statuses?.[0];
    if (status === undefined || (statuses && !statuses.includes(status))) {
      throw new TypeError(`The contract has no HTTP status ${String(status)} for Bitrix error ${code}`);
    }
    super(code, status, text, `${code}: ${text}`, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.status === undefined) defaultStatus.add(this);
  }
}

/** Errors whose status was not given: answered with the status the served operation gives the code. */
export const defaultStatus = new WeakSet<Bitrix24Error>();

/**
 * Whether `error` is a Bitrix24Error (from this package, another copy of it, or the client),
 * with the given code if one is passed: `if (isBitrix24Error(e, 'USERS_EMPTY')) e.code`. The code
 * must be one the contract gives: a misspelt one does not compile. @b24-imbot/core's guard,
 * typed with this package's class.
 */
export const isBitrix24Error = isCoreBitrix24Error as unknown as {
  <C extends BitrixErrorCode>(error: unknown, code: C): error is Bitrix24Error<C>;
  (error: unknown): error is Bitrix24Error;
};

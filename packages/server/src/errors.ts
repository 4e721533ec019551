import { errorDescriptions, operationTable } from './gen/operations.gen.js';

type Table = typeof operationTable;

/** The contract's operationIds: the keys of the handler map. */
export type OperationId = keyof Table;

/** The Bitrix error codes an operation may answer (from its responses' enums). */
export type ErrorCodeOf<Op extends OperationId> = keyof Table[Op]['errorStatus'] & string;

/** Every Bitrix error code in the contract. */
export type BitrixErrorCode = { [Op in OperationId]: ErrorCodeOf<Op> }[OperationId];

/** The HTTP statuses the contract answers a code with (INVALID_CREDENTIALS: 401 or 403). */
export type ErrorStatus<C extends BitrixErrorCode> = {
  [Op in OperationId]: C extends keyof Table[Op]['errorStatus']
    ? Table[Op]['errorStatus'][C] extends readonly (infer S)[]
      ? S
      : never
    : never;
}[OperationId];

/** Code -> statuses over every operation (the first status is the default). */
const statusesByCode: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  for (const op of Object.values(operationTable) as { errorStatus: Record<string, readonly number[]> }[]) {
    for (const [code, statuses] of Object.entries(op.errorStatus)) {
      const known = map.get(code) ?? [];
      map.set(code, [...known, ...statuses.filter((status) => !known.includes(status))]);
    }
  }
  return map;
})();

/** The statuses the contract gives a code, or undefined for a code it does not know. */
export const statusesOf = (code: string): readonly number[] | undefined => statusesByCode.get(code);

// The brand both packages put on their Bitrix24Error: `isBitrix24Error` from either package
// recognises an error made by the other, or by another copy of this one (ESM and CJS).
const brand = Symbol.for('@b24-imbot/Bitrix24Error');

/**
 * A Bitrix error: answered as `{error: code, error_description: description}` with the HTTP
 * status the contract gives the code. Throw it from a handler or from `authenticate`.
 */
export class Bitrix24Error<C extends BitrixErrorCode = BitrixErrorCode> extends Error {
  override readonly name = 'Bitrix24Error';
  readonly code: C;
  readonly description: string;
  readonly status: ErrorStatus<C>;

  constructor(code: C, description?: string, options?: { status?: ErrorStatus<C>; cause?: unknown }) {
    const text = description ?? errorDescriptions[code] ?? code;
    super(`${code}: ${text}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.description = text;
    const statuses = statusesByCode.get(code);
    const status = options?.status ?? statuses?.[0];
    if (status === undefined || (statuses && !statuses.includes(status))) {
      throw new TypeError(`The contract has no HTTP status ${String(status)} for Bitrix error ${code}`);
    }
    this.status = status as ErrorStatus<C>;
    if (options?.status === undefined) defaultStatus.add(this);
  }
}

/** Errors whose status was not given: answered with the status the served operation gives the code. */
export const defaultStatus = new WeakSet<Bitrix24Error>();

Object.defineProperty(Bitrix24Error.prototype, brand, { value: true });

/**
 * Whether `error` is a `Bitrix24Error` (from this package, another copy of it, or the client),
 * with the given code if one is passed: `if (isBitrix24Error(e, 'USERS_EMPTY')) e.code`.
 */
export function isBitrix24Error<C extends BitrixErrorCode>(error: unknown, code: C): error is Bitrix24Error<C>;
export function isBitrix24Error(error: unknown): error is Bitrix24Error;
export function isBitrix24Error(error: unknown, code?: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [brand]?: unknown })[brand] === true &&
    (code === undefined || (error as Bitrix24Error).code === code)
  );
}

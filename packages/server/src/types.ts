import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OperationTypes, operationTable } from './gen/operations.gen.js';
import type { OperationId } from './errors.js';
import type { Auth } from './runtime/call.js';
import type { Limits } from './runtime/limits.js';

export type { Auth, Limits };

/** The request parameters of an operation, after validation (names as the contract spells them). */
export type ParamsOf<Op extends OperationId> = OperationTypes[Op]['params'];

/** The 200 envelope of an operation, `{result, time}`. */
export type SuccessOf<Op extends OperationId> = OperationTypes[Op]['success'];

/** What a handler returns: the envelope's `result` (the server fills in `time`). */
export type ResultOf<Op extends OperationId> = SuccessOf<Op>['result'];

/** The call being served, as hooks and handlers see it. */
export interface CallInfo<Op extends OperationId = OperationId> {
  readonly operationId: Op;
  /** The Bitrix method name, as the contract spells it. */
  readonly method: string;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /**
   * The command's key when the call is one command of a batch (`request` and `reply` are then
   * the batch's: the answer is written once, after every command ran).
   */
  readonly batchKey?: string;
}

export interface HandlerContext<Op extends OperationId = OperationId> extends CallInfo<Op> {
  readonly auth: Auth;
}

/** One operation's handler: the contract's parameters in, the contract's `result` out. */
export type Handler<Op extends OperationId> = (
  params: ParamsOf<Op>,
  context: HandlerContext<Op>,
) => ResultOf<Op> | Promise<ResultOf<Op>>;

/**
 * The operations a handler serves: every one but `batch`, which the runtime serves itself by
 * running its commands through the others (an operation with `x-bitrix-max-commands`).
 */
export type HandledOperationId = {
  [Op in OperationId]: (typeof operationTable)[Op] extends { readonly batch: object } ? never : Op;
}[OperationId];

/** One handler per operation of the contract (none for `batch`), keyed by operationId. */
export type Handlers = { readonly [Op in HandledOperationId]: Handler<Op> } & {
  readonly [Op in Exclude<OperationId, HandledOperationId>]?: never;
};

/**
 * The security hook: accept the call by returning, refuse it by throwing a Bitrix24Error
 * (NO_AUTH_FOUND, INVALID_CREDENTIALS, expired_token, invalid_token, ...). It runs before the
 * parameters are validated. Compare secrets with `safeEqual`.
 */
export type Authenticate = (auth: Auth, call: CallInfo) => void | Promise<void>;

export interface BitrixRestOptions {
  /** One handler per operation. */
  readonly handlers: Handlers;
  /** The security hook. Required: pass `() => {}` to serve without auth. */
  readonly authenticate: Authenticate;
  /** Where the REST methods live, `/rest` by default. */
  readonly basePath?: string;
  /** Check every 200 envelope against the contract (a mismatch is answered 500). Default: on when NODE_ENV is `development` or `test`. */
  readonly validateResponses?: boolean;
  /**
   * Refuse webhook calls that lack the credential parameter the contract marks
   * (`x-bitrix-webhook-required`): CLIENT_ID for v1 (403 ACCESS_DENIED), botToken for v2
   * (BOT_TOKEN_NOT_SPECIFIED). Default true.
   */
  readonly requireWebhookCredentials?: boolean;
  /** @deprecated Use `requireWebhookCredentials`. */
  readonly requireClientIdForWebhooks?: boolean;
  /** Overrides for `defaultLimits`. */
  readonly limits?: Partial<Limits>;
  /** Runs first for every call to a known method (rate limits, fault injection); may throw a Bitrix24Error. */
  readonly beforeCall?: (call: CallInfo) => void | Promise<void>;
}

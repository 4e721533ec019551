import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OperationTypes } from './gen/operations.gen.js';
import type { OperationId } from './errors.js';

/** The request parameters of an operation, after validation (names as the contract spells them). */
export type ParamsOf<Op extends OperationId> = OperationTypes[Op]['params'];

/** The 200 envelope of an operation, `{result, time}`. */
export type SuccessOf<Op extends OperationId> = OperationTypes[Op]['success'];

/** What a handler returns: the envelope's `result` (the server fills in `time`). */
export type ResultOf<Op extends OperationId> = SuccessOf<Op>['result'];

/**
 * Who is calling, as the request shows it. `clientId` is the CLIENT_ID parameter, when sent.
 * - webhook: `/rest/{userId}/{code}/method`;
 * - oauth: a token from the `auth` or `access_token` parameter or `Authorization: Bearer`;
 * - none: neither.
 */
export type Auth =
  | { readonly type: 'webhook'; readonly userId: number; readonly code: string; readonly clientId?: string }
  | { readonly type: 'oauth'; readonly token: string; readonly clientId?: string }
  | { readonly type: 'none'; readonly clientId?: string };

/** The call being served, as hooks and handlers see it. */
export interface CallInfo<Op extends OperationId = OperationId> {
  readonly operationId: Op;
  /** The Bitrix method name, as the contract spells it. */
  readonly method: string;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface HandlerContext<Op extends OperationId = OperationId> extends CallInfo<Op> {
  readonly auth: Auth;
}

/** One operation's handler: the contract's parameters in, the contract's `result` out. */
export type Handler<Op extends OperationId> = (
  params: ParamsOf<Op>,
  context: HandlerContext<Op>,
) => ResultOf<Op> | Promise<ResultOf<Op>>;

/** One handler per operation of the contract, keyed by operationId. */
export type Handlers = { readonly [Op in OperationId]: Handler<Op> };

/**
 * The security hook: accept the call by returning, refuse it by throwing a Bitrix24Error
 * (NO_AUTH_FOUND, INVALID_CREDENTIALS, expired_token, invalid_token, ...). It runs before the
 * parameters are validated. Compare secrets with `safeEqual`.
 */
export type Authenticate = (auth: Auth, call: CallInfo) => void | Promise<void>;

/** Limits on what a request may carry; anything beyond gets 400 INVALID_FORMAT. */
export interface Limits {
  /** Largest request body, in bytes. */
  readonly bodyBytes: number;
  /**
   * Most bytes of request bodies held at once, over all requests being read or served: a body
   * counts its Content-Length (a chunked one counts `bodyBytes`) until its answer is sent. A
   * request that would go past it (when another is in flight) is answered 503 OVERLOAD_LIMIT
   * without its body being kept, which clients retry. Bounds the memory large concurrent
   * bodies take.
   */
  readonly bodyBytesInFlight: number;
  /** Deepest nesting of arrays and objects (JSON and form bodies, query string). */
  readonly depth: number;
  /** Most items in one array. */
  readonly arrayLength: number;
  /** Most form/query parameters, and most keys in one object. */
  readonly parameters: number;
}

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

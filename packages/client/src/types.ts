import type { Bitrix24ErrorCode as CoreBitrix24ErrorCode, RateLimiter, RateLimitOptions, rateLimitPresets } from '@b24-imbot/core';
import type { BatchFunction, BatchMethodName } from './batch.js';
import type { BotEvent, EventStream, EventsOptions, UserEvent } from './events.js';
import type { Logger } from './log.js';
import type { MethodTree as GeneratedMethodTree, Methods } from './gen/methods.gen.js';

/** The Bitrix24 methods in the contract, e.g. `'imbot.chat.add'`. */
export type MethodName = keyof Methods & string;

/** The parameters of a method. */
export type MethodParams<M extends MethodName> = Methods[M]['params'];

/** The success envelope of a method: `{ result, time }`. */
export type MethodSuccess<M extends MethodName> = Methods[M]['success'];

/** What a method resolves to: the envelope's `result` (for imbot.chat.add, the new CHAT_ID). */
export type MethodResult<M extends MethodName> =
  MethodSuccess<M> extends { result: infer R } ? R : unknown;

/** The success envelope with the HTTP response, from `withResponse`. */
export type MethodResponse<M extends MethodName> = MethodSuccess<M> & { response: Response };

/**
 * Every error code `isBitrix24Error` tests for: those the contract declares over all its methods,
 * and `INVALID_RESPONSE` (an answer that is not a Bitrix24 envelope).
 */
export type Bitrix24ErrorCode = CoreBitrix24ErrorCode;

/**
 * Options for one call, the second argument of every method:
 * `client.imbot.v2.Chat.Message.send(params, { signal, timeoutMs, retry, botToken })`.
 */
export interface CallOptions {
  /** Aborts the call (including any wait for the rate limiter or a retry); it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (each attempt); `0` turns the timeout off. */
  timeoutMs?: number;
  /** Overrides the client's `retry` for this call, field by field; `false` turns retries off. */
  retry?: RetryOptions | false;
  /**
   * The bot this call is made as: sent as `botToken`, in place of the client's `botToken` and
   * of one in the params. One client (one rate-limit bucket) serves any number of bots.
   */
  botToken?: string;
  /** The v1 bot's CLIENT_ID for this call, in place of the client's `clientId` and of one in the params. */
  clientId?: string;
}

/** Params are optional when the method has no required parameter. */
export type CallArgs<P> = {} extends P
  ? [params?: P, options?: CallOptions]
  : [params: P, options?: CallOptions];

/** One method of the tree, e.g. `client.imbot.chat.add`. */
export interface MethodFunction<M extends MethodName> {
  /** Calls the method and resolves to its `result`. */
  (...args: CallArgs<MethodParams<M>>): Promise<MethodResult<M>>;
  /** Calls the method and resolves to the whole envelope (`result`, `time`) and the `Response`. */
  withResponse(...args: CallArgs<MethodParams<M>>): Promise<MethodResponse<M>>;
}

/** The methods as a tree, split on dots: `'imbot.chat.add'` is `client.imbot.chat.add`. */
export type MethodTree = GeneratedMethodTree<{ [M in MethodName]: MethodFunction<M> }>;

/** A client made by `createImbotClient`. */
export type ImbotClient = Omit<MethodTree, BatchMethodName> & {
  /** Several methods in one request, each typed: see `BatchCommand` (the raw method: `client.call('batch', ...)`). */
  batch: BatchFunction;
  /** Calls a method by its Bitrix24 name and resolves to its `result`. */
  call<M extends MethodName>(method: M, ...args: CallArgs<MethodParams<M>>): Promise<MethodResult<M>>;
  /**
   * A bot's events, read from imbot.v2.Event.get (a bot registered with eventMode fetch):
   * `for await (const event of client.events({ botId, signal }))`. Each event is handed out
   * once, in order; the cursor moves past an event only when the loop asks for the next one.
   * With `withUserEvents: true`, the calling user's own events (`UserEvent`) come in between.
   */
  events(options: EventsOptions & { withUserEvents: true }): EventStream<BotEvent | UserEvent>;
  events(options: EventsOptions): EventStream;
};

/** Retries of rate-limit and overload answers. */
export interface RetryOptions {
  /** How many times a call is repeated at most. Default 3. */
  retries?: number;
  /** The first backoff delay, doubled on each retry, with jitter. Default 1000 ms. */
  minDelayMs?: number;
  /** The longest delay between two attempts. Default 30000 ms. A 429 waits at least 10 s, or this if lower. */
  maxDelayMs?: number;
  /**
   * Also retry network errors and timeouts. Default false: the request may have reached the
   * portal, and repeating a method that creates something (a chat) could create it twice.
   */
  networkErrors?: boolean;
}

export type { RateLimiter, RateLimitOptions };

interface CommonClientOptions {
  /**
   * The bot's CLIENT_ID (the value used when it was registered), sent with every call unless the
   * params carry one. Portals require it for imbot methods called through a webhook.
   */
  clientId?: string;
  /**
   * The bot's token (set at `imbot.v2.Bot.register`), sent as `botToken` with every call unless
   * the params carry one. imbot.v2 methods called through a webhook need it; other methods
   * ignore it, as portals ignore unknown parameters.
   */
  botToken?: string;
  /**
   * Time allowed for each attempt, in ms. Default 70000: a cloud portal lets a request run for
   * 60 s, and a client that gives up sooner abandons calls the portal still completes; 10 s
   * more for the way there and back. `0` turns it off.
   */
  timeoutMs?: number;
  /**
   * Retries of rate-limit and overload answers (QUERY_LIMIT_EXCEEDED, 503 for v1 and 429 for
   * imbot.v2; OVERLOAD_LIMIT; 429 OPERATION_TIME_LIMIT); `false` turns them off.
   */
  retry?: RetryOptions | false;
  /**
   * A client-side leaky bucket so that bursts wait instead of failing: `true` (or `'standard'`)
   * is Bitrix24's standard limit (50 at once, then 2 per second), `'enterprise'` is 250 and 5 per
   * second, `'imbot.v2'` the chat-bot 2.0 limit of 2 requests per second per application; or
   * `{ burst, perSecond }`; or a `RateLimiter` of your own (anything with `take(signal)`, e.g. one
   * budget shared by several processes). Default: off.
   */
  rateLimit?: boolean | keyof typeof rateLimitPresets | RateLimitOptions | RateLimiter;
  /** The fetch to use (tests, proxies); it is called as `fetch(url, init)`. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * Sees each request (`debug`), answer (`debug`), retry (`info`) and failure (`error`) as a
   * line and its fields (method, attempt, status, duration, error code); `console` works as it
   * is. No parameter and no token is ever logged, and every line goes through the client's
   * redaction. Default: none.
   */
  logger?: Logger;
}

/** Calls through an incoming webhook: the secret is in the URL. */
export interface WebhookClientOptions extends CommonClientOptions {
  /** The webhook URL, `https://<portal>/rest/<user_id>/<code>/` (a path prefix before `/rest` is kept). */
  webhookUrl: string;
  portal?: never;
  restUrl?: never;
  accessToken?: never;
  refreshToken?: never;
}

/** Calls as an OAuth application: the token goes in the `auth` parameter. */
interface OAuthCommonOptions extends CommonClientOptions {
  /** The OAuth access token. */
  accessToken: string;
  /**
   * Called when the portal answers 401 expired_token: resolve to a new access token. The call
   * is then repeated once with it.
   */
  refreshToken?: () => string | Promise<string>;
  webhookUrl?: never;
}

/** Where an OAuth application's calls go: a portal (its `/rest`), or a REST base URL as it is. */
export type OAuthClientOptions = OAuthCommonOptions &
  (
    | {
        /**
         * The portal: an origin (`https://portal.bitrix24.com`, `http://127.0.0.1:8080`) or a
         * bare host (https). Methods are called at `<origin>/rest/<method>`.
         */
        portal: string;
        restUrl?: never;
      }
    | {
        /**
         * The REST base URL, used as it is: methods are called at `<restUrl>/<method>`. For a
         * portal behind a path prefix (`https://gw.example/b24/rest`) or a server of the
         * contract's paths at its root (a generic OpenAPI mock: `http://127.0.0.1:4010`).
         */
        restUrl: string;
        portal?: never;
      }
  );

export type ImbotClientOptions = WebhookClientOptions | OAuthClientOptions;

import { createLeakyBucket, type RateLimiter, rateLimitPresets, redactor, sleep } from '@b24-imbot/core';
import { type BatchFunction, createBatch } from './batch.js';
import { Bitrix24Error, Bitrix24NetworkError, Bitrix24TimeoutError, isBitrix24Error } from './errors.js';
import { type EventsOptions, pollEvents } from './events.js';
import { callLog } from './log.js';
import type { CallOptions, ImbotClient, ImbotClientOptions, RetryOptions } from './types.js';

type Envelope = Record<string, unknown> & { response: Response };

/** Rate-limit and overload answers: the portal did not run the method, so repeating is safe. */
const RETRYABLE = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
/** The JS SDK waits at least this long after a 429; so do we (capped by maxDelayMs). */
const TIME_LIMIT_DELAY_MS = 10_000;
/**
 * A cloud portal lets a REST request run for up to 60 s (limits.md), so a client that gives up
 * sooner abandons calls the portal still completes (and a write then lands unseen). 60 s of the
 * portal's time, plus 10 s for the connection, the upload and the answer's way back.
 */
const DEFAULT_TIMEOUT_MS = 70_000;
const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 3,
  minDelayMs: 1000,
  maxDelayMs: 30_000,
  networkErrors: false,
};

/** `work`, or the signal's reason once it aborts, or `timeout()` once `timeoutMs` passes (0: none). */
const bounded = async <T>(work: Promise<T>, signal: AbortSignal | undefined, timeoutMs: number, timeout: () => Error): Promise<T> => {
  if (signal?.aborted) throw signal.reason;
  let onAbort: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        onAbort = () => reject(signal!.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (timeoutMs > 0) timer = setTimeout(() => reject(timeout()), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where calls go, and the same with the secret replaced, for messages. */
const resolveBase = (options: ImbotClientOptions): { baseUrl: string; shown: string; secret?: string } => {
  if (typeof options.webhookUrl === 'string') {
    let url: URL;
    try {
      url = new URL(options.webhookUrl);
    } catch {
      throw new TypeError('webhookUrl is not a URL; expected https://<portal>/rest/<user_id>/<code>/');
    }
    // Any path prefix is kept (a portal behind a gateway: https://gw.example/b24/rest/1/<code>/).
    const match = /^(\/(?:[^/]+\/)*?)(\d+)\/([^/]+)\/?$/.exec(url.pathname);
    if (match === null || url.search || url.hash || !/^https?:$/.test(url.protocol)) {
      throw new TypeError('webhookUrl must look like https://<portal>/rest/<user_id>/<code>/');
    }
    const secret = decodeURIComponent(match[3]!);
    const prefix = `${url.origin}${match[1]}${match[2]}`;
    return { baseUrl: `${prefix}/${match[3]}`, shown: `${prefix}/***`, secret };
  }
  if (typeof options.restUrl === 'string' && options.restUrl) {
    // The REST base as it is: a gateway's path prefix, or a server of the contract's paths at
    // its root (a generic mock such as Prism).
    let url: URL;
    try {
      url = new URL(options.restUrl);
    } catch {
      throw new TypeError('restUrl is not a URL; expected e.g. https://portal.bitrix24.com/rest');
    }
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
      throw new TypeError('restUrl must be an http(s) URL without query, fragment or credentials');
    }
    const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    return { baseUrl: base, shown: base };
  }
  if (typeof options.portal === 'string' && options.portal) {
    const portal = options.portal.includes('://') ? options.portal : `https://${options.portal}`;
    let origin: string;
    try {
      origin = new URL(portal).origin;
    } catch {
      throw new TypeError('portal must be an origin (https://portal.bitrix24.com) or a host name');
    }
    return { baseUrl: `${origin}/rest`, shown: `${origin}/rest` };
  }
  throw new TypeError('createImbotClient needs either webhookUrl, or portal (or restUrl) and accessToken');
};

/** The limiter the option names: a preset's bucket, a bucket of the given numbers, or the caller's own limiter. */
const rateLimiterOf = (option: ImbotClientOptions['rateLimit']): RateLimiter | undefined => {
  if (!option) return undefined;
  if (option === true) return createLeakyBucket(rateLimitPresets.standard);
  if (typeof option === 'string') {
    if (!Object.hasOwn(rateLimitPresets, option)) throw new RangeError(`rateLimit: no preset named ${JSON.stringify(option)}`);
    return createLeakyBucket(rateLimitPresets[option]);
  }
  if ('take' in option && typeof option.take === 'function') return option;
  return createLeakyBucket(option as { burst: number; perSecond: number });
};

/**
 * Creates a client for the methods of the contract. Methods are reached as a tree
 * (`client.imbot.chat.add(params)`) or by name (`client.call('imbot.chat.add', params)`).
 */
export function createImbotClient(options: ImbotClientOptions): ImbotClient {
  const { baseUrl, shown, secret } = resolveBase(options);
  const secrets = new Set<string>(secret ? [secret] : []);
  let accessToken = typeof options.webhookUrl === 'string' ? undefined : options.accessToken;
  if (accessToken) secrets.add(accessToken);
  if (options.botToken) secrets.add(options.botToken);
  const refreshHook = typeof options.webhookUrl === 'string' ? undefined : options.refreshToken;
  let refreshing: Promise<string> | undefined;

  /** The retry settings: the client's over the defaults, a call's over the client's. */
  const retryOf = (base: Required<RetryOptions>, option: RetryOptions | false | undefined): Required<RetryOptions> =>
    option === false ? { ...base, retries: 0 } : { ...base, ...option };
  const clientRetry = retryOf(DEFAULT_RETRY, options.retry);
  const limiter = rateLimiterOf(options.rateLimit);
  const clientTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));

  const redact = redactor(secrets);
  // Log lines keep no prose of the portal's worth a credential: every credential value goes.
  const log = callLog(options.logger, redactor(secrets, { anyCredential: true }));
  /** A cause without secrets in its message or stack (e.g. "Failed to parse URL from ..."). */
  const safeCause = (error: unknown): unknown => {
    if (!(error instanceof Error)) return error;
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (redact(text) === text) return error;
    const copy = new Error(redact(error.message));
    copy.name = error.name;
    copy.stack = redact(error.stack ?? '');
    return copy;
  };

  /**
   * When each method's time budget resets (epoch ms), from the last success that said so
   * (`time.operating_reset_at`; an error answer carries no `time`).
   */
  const operatingResetAt = new Map<string, number>();

  /** The wait before the next attempt; undefined: waiting cannot help within maxDelayMs. */
  const backoff = (retry: Required<RetryOptions>, retryIndex: number, code: string, method: string): number | undefined => {
    const exponential = Math.min(retry.maxDelayMs, retry.minDelayMs * 2 ** retryIndex);
    const jittered = exponential / 2 + (Math.random() * exponential) / 2;
    if (code !== 'OPERATION_TIME_LIMIT') return jittered;
    // Spread over a second, so that clients refused together do not come back together.
    const spread = Math.random() * 1000;
    const resetAt = operatingResetAt.get(method);
    if (resetAt !== undefined && resetAt > Date.now()) {
      const untilReset = resetAt - Date.now() + spread;
      return untilReset <= retry.maxDelayMs ? Math.max(jittered, untilReset) : undefined;
    }
    return Math.max(jittered, Math.min(TIME_LIMIT_DELAY_MS + spread, retry.maxDelayMs));
  };

  const refresh = async (usedToken: string | undefined): Promise<void> => {
    if (accessToken !== usedToken) return; // another call refreshed it meanwhile
    refreshing ??= (async () => {
      try {
        const token = await refreshHook!();
        if (typeof token !== 'string' || !token) throw new TypeError('refreshToken must resolve to a token');
        secrets.add(token);
        accessToken = token;
        return token;
      } finally {
        refreshing = undefined;
      }
    })();
    await refreshing;
  };

  /** One HTTP request of the body made once per call. Resolves to the success envelope, or throws one of our errors. */
  const attempt = async (
    method: string,
    body: string,
    callOptions: CallOptions,
    token: string | undefined,
  ): Promise<Envelope> => {
    const { signal } = callOptions;
    const timeoutMs = callOptions.timeoutMs ?? clientTimeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    try {
      // Every Bitrix24 method is a POST of its parameters as JSON to /<method name>, as the
      // generated SDK functions send it. fetch is called with a URL and an init, not a Request:
      // building a Request first costs more than the rest of the call on a fast portal.
      const url = `${baseUrl}/${method}${token ? `?auth=${encodeURIComponent(token)}` : ''}`;
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: controller.signal,
        });
        text = await response.text();
      } catch (error) {
        // No answer, or the body could not be read (aborted, timed out, connection dropped).
        if (signal?.aborted) throw signal.reason;
        if (timedOut) throw new Bitrix24TimeoutError(method, shown, timeoutMs);
        throw new Bitrix24NetworkError(method, shown, safeCause(error));
      }
      let payload: unknown;
      try {
        payload = JSON.parse(text);
      } catch {
        payload = undefined;
      }
      if (isRecord(payload) && typeof payload['error'] === 'string') {
        const description = payload['error_description'];
        throw new Bitrix24Error(
          method,
          payload['error'],
          response.status,
          typeof description === 'string' ? redact(description) : '',
        );
      }
      if (!response.ok || !isRecord(payload) || !('result' in payload)) {
        throw new Bitrix24Error(
          method,
          'INVALID_RESPONSE',
          response.status,
          `HTTP ${response.status} without a Bitrix24 envelope`,
        );
      }
      return { ...payload, response };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };

  /**
   * The one call path (every method, `events()`, and a batch, which is a call of `batch`): the
   * body, the rate limiter, each attempt with its timeout, the token refresh, retries, the log.
   */
  const invoke = async (method: string, params: unknown, callOptions: CallOptions = {}): Promise<Envelope> => {
    const { signal } = callOptions;
    const retry = retryOf(clientRetry, callOptions.retry);
    // The bot's credentials: the call's own options first, then the params, then the client's.
    const fields: Record<string, unknown> = { ...(isRecord(params) ? params : {}) };
    // Parameter names are case-insensitive on the portal: a `client_id` of the params is the call's own.
    const clientId = callOptions.clientId ?? (Object.keys(fields).some((key) => key.toUpperCase() === 'CLIENT_ID') ? undefined : options.clientId);
    if (clientId !== undefined) fields['CLIENT_ID'] = clientId;
    const botToken = callOptions.botToken ?? ('botToken' in fields ? undefined : options.botToken);
    if (botToken !== undefined) fields['botToken'] = botToken;
    // A bot's token is a secret wherever it shows up (one per bot: the set stays small).
    if (callOptions.botToken) secrets.add(callOptions.botToken);
    const body = JSON.stringify(fields);
    let refreshed = false;
    for (let attemptNo = 1, retryIndex = 0; ; attemptNo++) {
      if (signal?.aborted) throw signal.reason;
      await limiter?.take(signal);
      // Aborted while the limiter held it (a limiter may not watch the signal): nothing is sent.
      if (signal?.aborted) throw signal.reason;
      const token = accessToken;
      log?.({ event: 'request', method, attempt: attemptNo, url: `${shown}/${method}` });
      const startedAt = Date.now();
      try {
        const envelope = await attempt(method, body, callOptions, token);
        log?.({ event: 'response', method, attempt: attemptNo, status: envelope.response.status, durationMs: Date.now() - startedAt });
        const resetAt = isRecord(envelope['time']) ? envelope['time']['operating_reset_at'] : undefined;
        if (typeof resetAt === 'number' && Number.isFinite(resetAt)) operatingResetAt.set(method, resetAt * 1000);
        return envelope;
      } catch (error) {
        const durationMs = Date.now() - startedAt;
        if (isBitrix24Error(error, 'expired_token') && refreshHook && !refreshed) {
          refreshed = true;
          log?.({ event: 'retry', method, attempt: attemptNo, durationMs, delayMs: 0 }, error);
          // The renewal is shared by the calls waiting for it; this call stops waiting when its
          // signal aborts or its timeout passes, as it would for an answer.
          const timeoutMs = callOptions.timeoutMs ?? clientTimeoutMs;
          await bounded(refresh(token), signal, timeoutMs, () => new Bitrix24TimeoutError(method, shown, timeoutMs));
          continue;
        }
        const retryable = isBitrix24Error(error)
          ? RETRYABLE.has(error.code)
          : retry.networkErrors &&
            (error instanceof Bitrix24NetworkError || error instanceof Bitrix24TimeoutError);
        if (!retryable || retryIndex >= retry.retries) {
          log?.({ event: 'failure', method, attempt: attemptNo, durationMs }, error, signal?.aborted);
          throw error;
        }
        const delayMs = backoff(retry, retryIndex, isBitrix24Error(error) ? error.code : '', method);
        if (delayMs === undefined) {
          // The method's time budget resets later than this call may wait: it fails now, not
          // after attempts the portal would refuse the same way.
          log?.({ event: 'failure', method, attempt: attemptNo, durationMs }, error, signal?.aborted);
          throw error;
        }
        log?.({ event: 'retry', method, attempt: attemptNo, durationMs, delayMs: Math.round(delayMs) }, error);
        await sleep(delayMs, signal);
        retryIndex += 1;
      }
    }
  };

  const callMethod = async (method: string, params?: unknown, callOptions?: CallOptions) =>
    (await invoke(method, params, callOptions))['result'];
  const batch = createBatch(invoke, { CLIENT_ID: options.clientId, botToken: options.botToken });
  return methodTree(callMethod, invoke, (eventsOptions: EventsOptions) => pollEvents(callMethod, eventsOptions), batch) as ImbotClient;
}

type Invoke = (method: string, params?: unknown, callOptions?: CallOptions) => Promise<unknown>;

/**
 * Keys that JavaScript itself and common tools read from any object (promise checks,
 * JSON.stringify, test matchers, React): they are never method names.
 */
const NOT_METHODS = new Set(['then', 'toJSON', 'toString', 'valueOf', 'constructor', 'prototype', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect']);
const isSegment = (key: string | symbol): key is string => typeof key === 'string' && !NOT_METHODS.has(key);

/**
 * The methods as a tree: `client.imbot.chat.add(params)` calls 'imbot.chat.add'. The tree is
 * built from the path as it is read, not from a table of methods, so an app bundles none of the
 * methods it does not call; the types (generated from the contract) say which paths exist.
 */
function methodTree(call: Invoke, withResponse: Invoke, events: (options: EventsOptions) => unknown, batch: BatchFunction): object {
  const branches = new Map<string, object>();
  const branch = (method: string): object => {
    let node = branches.get(method);
    if (node === undefined) {
      const target = Object.assign((params?: unknown, callOptions?: CallOptions) => call(method, params, callOptions), {
        withResponse: (params?: unknown, callOptions?: CallOptions) => withResponse(method, params, callOptions),
      });
      node = new Proxy(target, {
        get: (fn, key) => (isSegment(key) && key !== 'withResponse' ? branch(`${method}.${key}`) : Reflect.get(fn, key)),
      });
      branches.set(method, node);
    }
    return node;
  };
  const root = { call, events, batch };
  return new Proxy(root, {
    get: (target, key) => (isSegment(key) && !Object.hasOwn(root, key) ? branch(key) : Reflect.get(target, key)),
  });
}

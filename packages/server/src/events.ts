// Receiving bot events by webhook: a delivery read exactly as the platform sends it (a PHP-style
// form from http_build_query, every scalar a string), its top-level application token checked in
// constant time, read into the contract's types by the generated plan, validated, checked
// against recent deliveries, acknowledged, and handed to the handler for its event name.
// Framework-free; `botEvents` (events-plugin.ts) puts it on a Fastify route.
import { createHash } from 'node:crypto';
import { type BotEvent, dispatchEvent, type EventHandlers, type EventName } from '@b24-imbot/core';
import { safeEqual } from './auth.js';
import { eventTable } from './gen/events.gen.js';
import { JSON_CONTENT_TYPE, errorEnvelope } from './runtime/envelope.js';
import type { EventDefinition } from './runtime/operation.js';
import { coerce, describeIssue } from './runtime/params.js';
import { parseBody } from './runtime/wire.js';
import type { Limits } from './types.js';

// The event types and the dispatch are @b24-imbot/core's, the same as the client's.
export type { BotEvent, EventAuth, EventHandler, EventHandlers, EventName, EventTypes } from '@b24-imbot/core';
export { dispatchEvent } from '@b24-imbot/core';

/** The contract's event names, in document order. */
export const eventNames = Object.keys(eventTable) as EventName[];

const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(eventTable, name);

/**
 * Limits on a delivery. bodyBytes, 1 MiB: the largest field of an event is a message text of at
 * most 20,000 characters; at 4 bytes a character, percent-encoded (3 bytes a byte), that is
 * 240,000 bytes, and the rest of a delivery (bot, chat, user, message params with attachments
 * and keyboards) is far below the 4x left over. Anything larger is not from the platform.
 * depth 16 fits attachments (`data[message][params][ATTACH][0][BLOCKS][0][GRID][0][VALUE]`);
 * parameters 5000 and arrayLength 1000 bound the work one request can cause.
 */
export const defaultEventLimits: Limits = Object.freeze({
  bodyBytes: 1024 * 1024,
  depth: 16,
  arrayLength: 1000,
  parameters: 5000,
  jsonItems: 100_000,
  // One delivery at a time is what the platform sends; a few dozen at the limit fit here.
  bodyBytesInFlight: 64 * 1024 * 1024,
});

/** What a replay guard says of a delivery. */
export type ReplayVerdict = 'fresh' | 'duplicate' | 'stale';

/**
 * Remembers recent deliveries, so that one seen before is refused (see createReplayGuard). A
 * guard shared by several instances (in Redis: `@b24-imbot/redis`'s `redisReplayGuard`) answers
 * with a promise; `receiveEventDelivery` and `botEvents` wait for it, `handleEventDelivery`
 * (synchronous) takes only a guard that answers at once.
 */
export interface ReplayGuard {
  /**
   * `fresh` for a delivery not seen before (now remembered), `duplicate` for one seen within the
   * window, `stale` for one whose `ts` is outside the window (it cannot be checked any more).
   */
  check(key: string, tsSeconds: number): ReplayVerdict | PromiseLike<ReplayVerdict>;
  /** How many deliveries are remembered now (a guard in this process's memory). */
  readonly size?: number;
}

/** The guard `createReplayGuard` makes: in memory, answering at once. */
export interface MemoryReplayGuard extends ReplayGuard {
  check(key: string, tsSeconds: number): ReplayVerdict;
  readonly size: number;
}

export interface ReplayGuardOptions {
  /** How far `ts` may be from now, in seconds, either way. Default 600 (10 minutes). */
  readonly windowSeconds?: number;
  /** Most deliveries remembered; beyond it the oldest are forgotten. Default 10,000. */
  readonly maxEntries?: number;
  /** The clock, in ms (tests). Default `Date.now`. */
  readonly now?: () => number;
}

/** The window a replay guard checks a delivery's `ts` against: `windowSeconds` either way of now. */
export interface ReplayWindow {
  /** Whether `ts` lies outside the window at `atMs`: the delivery cannot be checked any more. */
  stale(tsSeconds: number, atMs: number): boolean;
  /** Until when (epoch ms) a delivery must be remembered: its `ts` leaves the window then. */
  until(tsSeconds: number): number;
}

/** The rule every replay guard keeps (in memory here, in Redis with `@b24-imbot/redis`). Default 600 s (10 minutes). */
export const replayWindow = (windowSeconds = 600): ReplayWindow => {
  const windowMs = windowSeconds * 1000;
  if (!(windowMs > 0)) throw new RangeError('a replay guard needs windowSeconds > 0');
  return {
    stale: (tsSeconds, atMs) => Math.abs(atMs - tsSeconds * 1000) > windowMs,
    until: (tsSeconds) => tsSeconds * 1000 + windowMs,
  };
};

/**
 * Replay and duplicate detection with bounded memory. A delivery is refused when an identical
 * one (same event, ts, data and auth, whatever the order of the form's keys) came within the
 * window, or when its `ts` lies outside the window (older than any delivery still remembered).
 * Memory: at most `maxEntries` keys (a SHA-256 hex each, about 150 bytes with the map's
 * overhead: 1.5 MB at the default), each dropped once its `ts` leaves the window; with more than
 * `maxEntries` deliveries inside one window, the oldest are forgotten early. Not a signature:
 * whoever holds the application token can still forge a new delivery.
 */
export const createReplayGuard = (options: ReplayGuardOptions = {}): MemoryReplayGuard => {
  const window = replayWindow(options.windowSeconds);
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  if (!(maxEntries >= 1)) throw new RangeError('a replay guard needs maxEntries >= 1');
  /** key -> when it may be forgotten (ms); in arrival order. */
  const seen = new Map<string, number>();
  return {
    check(key, tsSeconds) {
      const at = now();
      for (const [oldest, until] of seen) {
        if (until > at) break;
        seen.delete(oldest);
      }
      if (window.stale(tsSeconds, at)) return 'stale';
      if (seen.has(key)) return 'duplicate';
      seen.set(key, window.until(tsSeconds));
      if (seen.size > maxEntries) seen.delete(seen.keys().next().value!);
      return 'fresh';
    },
    get size() {
      return seen.size;
    },
  };
};

export interface EventDeliveryOptions {
  /** The application token(s) saved at install (several while rotating, or for several apps). */
  readonly applicationToken: string | readonly string[];
  /** Handlers by event name. */
  readonly handlers: EventHandlers;
  /** Overrides for `defaultEventLimits`. */
  readonly limits?: Partial<Limits>;
  /**
   * Duplicate and replay detection: a guard from `createReplayGuard`, its options, or false
   * to turn it off. Default: a guard with the default options, kept per options object (so
   * pass the same options object on every call, or a guard of your own).
   */
  readonly replay?: ReplayGuard | ReplayGuardOptions | false;
  /** A handler threw or rejected. Default: `console.error`. */
  readonly onHandlerError?: (error: unknown, event: BotEvent) => void;
  /** A delivery with a valid token named an event the contract does not describe. Default: `console.warn`. */
  readonly onUnknownEvent?: (name: string) => void;
}

/** What to answer the platform, and the handler's run. */
export interface EventDeliveryResult {
  /** 200 when accepted (or an unknown event acknowledged), else 4xx. */
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON text: `{"result":true}`, or a Bitrix envelope `{"error","error_description"}`. */
  readonly body: string;
  /** The event handed to the handler, when accepted. */
  readonly event?: BotEvent;
  /**
   * The delivery's identity when accepted: a SHA-256 (hex) of its whole payload, the same for the
   * same delivery whatever the order of its keys. What a guard shared by several instances keys it by.
   */
  readonly key?: string;
  /**
   * Settles when the handler has finished (answer first, then wait for this where the platform
   * would stop the process, as in serverless functions). Never rejects: errors go to `onHandlerError`.
   */
  readonly handled: Promise<void>;
}

const HEADERS = Object.freeze({ 'content-type': JSON_CONTENT_TYPE });
const DONE: Promise<void> = Promise.resolve();

/** A refusal with the Bitrix error envelope. */
export const refusal = (status: number, code: string, description: string): EventDeliveryResult => ({
  status,
  headers: HEADERS,
  body: errorEnvelope(code, description),
  handled: DONE,
});

const ACK = '{"result":true}';

const guards = new WeakMap<EventDeliveryOptions, ReplayGuard>();
const guardOf = (options: EventDeliveryOptions): ReplayGuard | undefined => {
  const { replay } = options;
  if (replay === false) return undefined;
  if (replay !== undefined && typeof (replay as ReplayGuard).check === 'function') return replay as ReplayGuard;
  let guard = guards.get(options);
  if (!guard) {
    guard = createReplayGuard(replay as ReplayGuardOptions | undefined);
    guards.set(options, guard);
  }
  return guard;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted: the same for the same delivery, whatever the order of its keys. */
const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** Whether `given` is one of the tokens; every token is compared, in constant time each. */
const tokenMatches = (given: string, tokens: readonly string[]): boolean => {
  let match = false;
  for (const token of tokens) match = safeEqual(given, token) || match;
  return match;
};

const defaultHandlerError = (error: unknown, event: BotEvent): void => {
  console.error(`@b24-imbot/server: the ${event.type} handler failed`, error);
};
const defaultUnknownEvent = (name: string): void => {
  console.warn(`@b24-imbot/server: acknowledged an event the contract does not describe: ${name}`);
};

/** A delivery read, authenticated and valid, before the replay guard. */
interface ReadDelivery {
  readonly payload: Record<string, unknown>;
  readonly name: EventName;
  readonly ts: number;
  readonly key: string;
}

/** Steps 1-3 of a delivery: an answer already (refused, or an unknown event acknowledged), or the delivery read. */
const readDelivery = (
  body: Uint8Array | string | undefined,
  contentType: string | undefined,
  options: EventDeliveryOptions,
): EventDeliveryResult | ReadDelivery => {
  const limits: Limits = { ...defaultEventLimits, ...options.limits };
  const bytes =
    body === undefined
      ? Buffer.alloc(0)
      : typeof body === 'string'
        ? Buffer.from(body, 'utf8')
        : Buffer.isBuffer(body)
          ? body
          : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (bytes.length > limits.bodyBytes) {
    return refusal(413, 'PAYLOAD_TOO_LARGE', `The delivery is larger than ${limits.bodyBytes} bytes`);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parseBody(bytes, contentType, limits);
  } catch (error) {
    return refusal(400, 'INVALID_FORMAT', error instanceof Error && 'description' in error ? String(error.description) : 'Malformed delivery');
  }

  const auth = parsed['auth'];
  const given = isRecord(auth) ? auth['application_token'] : undefined;
  if (typeof given !== 'string' || given === '') {
    return refusal(401, 'NO_AUTH_FOUND', 'The delivery has no auth[application_token]');
  }
  const tokens = typeof options.applicationToken === 'string' ? [options.applicationToken] : options.applicationToken;
  if (tokens.length === 0 || tokens.some((token) => typeof token !== 'string' || token === '')) {
    throw new TypeError('@b24-imbot/server: applicationToken must be a non-empty string or list of them');
  }
  if (!tokenMatches(given, tokens)) {
    return refusal(401, 'INVALID_CREDENTIALS', 'The application token does not match');
  }

  const name = parsed['event'];
  if (typeof name !== 'string' || name === '') return refusal(400, 'INVALID_FORMAT', 'event: is required');
  if (!isEventName(name)) {
    (options.onUnknownEvent ?? defaultUnknownEvent)(name);
    return { status: 200, headers: HEADERS, body: ACK, handled: DONE };
  }

  const definition: EventDefinition = eventTable[name];
  const payload = coerce(parsed, definition.coerce) as Record<string, unknown>;
  if (!definition.validatePayload(payload)) {
    const issue = definition.validatePayload.errors?.[0];
    return refusal(400, 'INVALID_FORMAT', issue ? describeIssue(issue) : 'The delivery breaks the contract');
  }
  const ts = payload['ts'] as number;
  const key = createHash('sha256').update(stableJson(payload)).digest('hex');
  return { payload, name, ts, key };
};

/** The answer to a delivery the guard (if any) called `verdict`: refused, or accepted and handed to its handler. */
const decide = (read: ReadDelivery, verdict: ReplayVerdict | undefined, options: EventDeliveryOptions): EventDeliveryResult => {
  if (verdict === 'duplicate') return refusal(409, 'DUPLICATE_DELIVERY', 'This delivery was received before');
  if (verdict === 'stale') return refusal(409, 'STALE_DELIVERY', 'The delivery ts is outside the replay window');
  const { payload, name, ts, key } = read;
  const event = {
    type: name,
    data: payload['data'],
    delivery: 'webhook',
    date: new Date(ts * 1000).toISOString(),
    auth: payload['auth'],
    ...(typeof payload['event_handler_id'] === 'number' ? { eventHandlerId: payload['event_handler_id'] } : {}),
  } as BotEvent;
  const onError = options.onHandlerError ?? defaultHandlerError;
  // The answer goes first: the handler starts on the next tick, and whatever it throws is reported.
  const handled = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => dispatchEvent(options.handlers, event))
    .then(
      () => undefined,
      (error: unknown) => {
        try {
          onError(error, event);
        } catch {
          // a failing reporter must not crash the process either
        }
      },
    );
  return { status: 200, headers: HEADERS, body: ACK, event, key, handled };
};

const isAnswer = (read: EventDeliveryResult | ReadDelivery): read is EventDeliveryResult => 'status' in read;

/**
 * Reads one webhook delivery and hands it to its handler, synchronously; framework-free (plain
 * `node:http`, serverless functions). Pass the raw body, the Content-Type header and the same
 * options object every time; send back `status`, `headers` and `body`. The handler runs after
 * the answer is ready: `handled` tells when it is done. Takes a replay guard that answers at
 * once (the default, `createReplayGuard`); for a shared one that answers with a promise, use
 * `receiveEventDelivery`.
 *
 * Refused, reaching no handler: a body over `limits.bodyBytes` (413 PAYLOAD_TOO_LARGE), a body
 * that is not a form or JSON object or breaks the contract (400 INVALID_FORMAT), no
 * `auth[application_token]` (401 NO_AUTH_FOUND), a wrong one (401 INVALID_CREDENTIALS), a
 * delivery seen before (409 DUPLICATE_DELIVERY) or with a `ts` outside the replay window (409
 * STALE_DELIVERY). An event the contract does not describe is acknowledged (200) and reported.
 */
export const handleEventDelivery = (
  body: Uint8Array | string | undefined,
  contentType: string | undefined,
  options: EventDeliveryOptions,
): EventDeliveryResult => {
  const read = readDelivery(body, contentType, options);
  if (isAnswer(read)) return read;
  const verdict = guardOf(options)?.check(read.key, read.ts);
  if (verdict !== undefined && typeof verdict !== 'string') {
    throw new TypeError('@b24-imbot/server: this replay guard answers with a promise: use receiveEventDelivery (or botEvents)');
  }
  return decide(read, verdict, options);
};

/**
 * `handleEventDelivery` for any replay guard, one that answers with a promise too (a guard shared
 * by several instances, in Redis): the same checks and answers, once the guard has answered.
 * Rejects only when the guard does (its store is unreachable): answer that as a failure (5xx), so
 * that the platform retries the delivery later.
 */
export const receiveEventDelivery = async (
  body: Uint8Array | string | undefined,
  contentType: string | undefined,
  options: EventDeliveryOptions,
): Promise<EventDeliveryResult> => {
  const read = readDelivery(body, contentType, options);
  if (isAnswer(read)) return read;
  const verdict = await guardOf(options)?.check(read.key, read.ts);
  return decide(read, verdict, options);
};

// Bot events by polling (eventMode fetch): an async iterator over imbot.v2.Event.get that keeps
// the offset cursor, waits longer while the queue is idle and after rate limits, and stops with
// an AbortSignal. Events come typed by the contract, in the same shape @b24-imbot/server hands
// webhook deliveries to handlers, so one handler map serves both.
import { Bitrix24NetworkError, Bitrix24TimeoutError, isBitrix24Error } from './errors.js';
import type { Events } from './gen/methods.gen.js';
import type { ImbotV2EventAuth } from './gen/types.gen.js';
import { sleep } from './rate-limit.js';
import type { CallOptions } from './types.js';

/** The contract's event names: `ONIMBOTV2MESSAGEADD`, ... */
export type EventName = keyof Events & string;

/**
 * One bot event, whichever way it came: `type` and the contract's `data` (the same schema for
 * Event.get and webhook deliveries), and where it came from.
 */
export type BotEvent<N extends EventName = EventName> = {
  [K in N]: {
    /** The event name. */
    readonly type: K;
    /** The event's data, typed by the contract. */
    readonly data: Events[K]['data'];
    /** `fetch`: read from imbot.v2.Event.get; `webhook`: POSTed by the platform. */
    readonly delivery: 'webhook' | 'fetch';
    /** When it happened (Event.get's `date`) or was sent (a webhook delivery's `ts`), ISO 8601. */
    readonly date: string;
    /** Event.get's queue id; webhook deliveries carry none. */
    readonly eventId?: number;
    /** A webhook delivery's top-level `auth`. */
    readonly auth?: ImbotV2EventAuth;
    /** The subscription that delivered it (webhook only). */
    readonly eventHandlerId?: number;
  };
}[N];

/** The handler of one event. What it returns is ignored. */
export type EventHandler<N extends EventName> = (event: BotEvent<N>) => unknown;

/** Handlers by event name; an event without one is skipped. The same map works with `@b24-imbot/server`'s `botEvents`. */
export type EventHandlers = { readonly [K in EventName]?: EventHandler<K> };

/** Calls the handler for `event.type`, if there is one; resolves to whether one was called. */
export const dispatchEvent = async (handlers: EventHandlers, event: BotEvent): Promise<boolean> => {
  const handler = Object.hasOwn(handlers, event.type) ? (handlers[event.type] as EventHandler<EventName> | undefined) : undefined;
  if (typeof handler !== 'function') return false;
  await handler(event as never);
  return true;
};

/** A range of waits: the first is `min`, each next one doubles, up to `max`. */
export interface DelayRange {
  min?: number;
  max?: number;
}

export interface EventsOptions {
  /** The bot whose events to read (registered with eventMode fetch). */
  botId: number;
  /** Stops the iteration: the loop ends (no error), including during a wait or a call. */
  signal?: AbortSignal;
  /** Events per call, 1 to 1000. Default 100 (the contract's default). */
  limit?: number;
  /**
   * Where to start: the `offset` of an earlier iteration, to resume exactly after the last event
   * it handed out. Default: the portal's cursor (the events not yet confirmed).
   */
  offset?: number;
  /** Waits while the queue is empty, in ms. Default 1000 doubling to 10,000; events reset it. */
  idleDelayMs?: DelayRange;
  /**
   * Waits after a rate limit, overload or network failure the client's own retries did not
   * get past, in ms (with jitter). Default 1000 doubling to 30,000. Other errors end the
   * iteration by throwing.
   */
  retryDelayMs?: DelayRange;
}

/** The iteration: an async iterator of events, with the cursor so far. */
export interface EventStream extends AsyncIterableIterator<BotEvent> {
  /**
   * The offset to resume from: one past the last event handed out (or the portal's nextOffset
   * once a whole batch was handed out); undefined before the first answer. Passing it to
   * Event.get confirms every event before it.
   */
  readonly offset: number | undefined;
}

type Call = (method: string, params: unknown, options: CallOptions) => Promise<unknown>;

/** Errors after which asking again is safe and useful. */
const TRANSIENT = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
const isTransient = (error: unknown): boolean =>
  (isBitrix24Error(error) && TRANSIENT.has(error.code)) ||
  error instanceof Bitrix24NetworkError ||
  error instanceof Bitrix24TimeoutError;

interface EventGetResult {
  events: (Record<string, unknown> & { eventId: number; type: string; date: string; data: unknown })[];
  nextOffset: number;
  hasMore: boolean;
}

/** The Event.get loop behind `client.events()`. */
export const pollEvents = (call: Call, options: EventsOptions): EventStream => {
  const { botId, signal, limit } = options;
  if (!Number.isInteger(botId) || botId < 1) throw new TypeError('events() needs a botId');
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    throw new RangeError('events() takes a limit from 1 to 1000');
  }
  const idle = { min: 1000, max: 10_000, ...options.idleDelayMs };
  const retry = { min: 1000, max: 30_000, ...options.retryDelayMs };
  let offset = options.offset;
  /** The highest eventId handed out: anything at or below it is never handed out again. */
  let lastId = offset === undefined ? 0 : offset - 1;

  /** Waits, or returns false when the signal aborted meanwhile. */
  const wait = async (ms: number): Promise<boolean> => {
    try {
      await sleep(ms, signal);
      return true;
    } catch {
      return false;
    }
  };

  async function* iterate(): AsyncGenerator<BotEvent> {
    let idleRound = 0;
    let failures = 0;
    while (!signal?.aborted) {
      let result: EventGetResult;
      try {
        result = (await call(
          'imbot.v2.Event.get',
          { botId, ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) },
          signal ? { signal } : {},
        )) as EventGetResult;
        failures = 0;
      } catch (error) {
        if (signal?.aborted) return;
        if (!isTransient(error)) throw error;
        const ceiling = Math.min(retry.max, retry.min * 2 ** failures++);
        if (!(await wait(ceiling / 2 + (Math.random() * ceiling) / 2))) return;
        continue;
      }
      for (const item of result.events) {
        if (item.eventId <= lastId) continue; // already handed out: never twice
        lastId = item.eventId;
        offset = item.eventId + 1;
        const { eventId, type, date, data } = item;
        yield { eventId, type, date, data, delivery: 'fetch' } as BotEvent;
        if (signal?.aborted) return;
      }
      if (offset === undefined || result.nextOffset > offset) offset = result.nextOffset;
      if (result.hasMore) continue;
      const delay = result.events.length > 0 ? idle.min : Math.min(idle.max, idle.min * 2 ** idleRound++);
      if (result.events.length > 0) idleRound = 0;
      if (!(await wait(delay))) return;
    }
  }

  const generator = iterate();
  return Object.defineProperties(generator, {
    offset: { get: () => offset, enumerable: true },
  }) as unknown as EventStream;
};

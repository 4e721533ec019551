// Bot events by polling (eventMode fetch): an async iterator over imbot.v2.Event.get that keeps
// the offset cursor, waits longer while the queue is idle and after rate limits, and stops with
// an AbortSignal. Events come typed by the contract, in the same shape @b24-imbot/server hands
// webhook deliveries to handlers, so one handler map serves both.
import { type BotEvent, type EventTypes, sleep } from '@b24-imbot/core';
import { Bitrix24NetworkError, Bitrix24TimeoutError, isBitrix24Error } from './errors.js';
import type { ImV2Event } from './gen/types.gen.js';
import type { CallOptions } from './types.js';

// The event types and the dispatch are @b24-imbot/core's, the same as the server's: one handler
// map serves `client.events()` and the server's `botEvents`.
export type { BotEvent, EventAuth, EventHandler, EventHandlers, EventName, EventTypes } from '@b24-imbot/core';
export { dispatchEvent } from '@b24-imbot/core';

/** The events of the contract by name, each delivery and its `data`: `EventTypes` under this package's older name. */
export type Events = EventTypes;

/**
 * One of the calling user's own events (ONIMV2*: polling only, after im.v2.Event.subscribe), as
 * `events({ withUserEvents: true })` hands it out beside the bot's: told apart by `type`.
 */
export type UserEvent = {
  [K in ImV2Event['type']]: {
    /** The event name. */
    readonly type: K;
    /** The event's data, typed by the contract. */
    readonly data: Extract<ImV2Event, { type: K }>['data'];
    /** Always `fetch`: user events are never POSTed. */
    readonly delivery: 'fetch';
    /** When it happened (Event.get's `date`), ISO 8601. */
    readonly date: string;
    /** Event.get's queue id (one queue with the bot's events). */
    readonly eventId: number;
  };
}[ImV2Event['type']];

/** A range of waits: the first is `min`, each next one doubles, up to `max`. */
export interface DelayRange {
  min?: number;
  max?: number;
}

export interface EventsOptions {
  /** The bot whose events to read (registered with eventMode fetch). */
  botId: number;
  /**
   * That bot's token, sent with each Event.get in place of the client's `botToken`: one client
   * (and its rate-limit bucket) reads the events of several bots. Default: the client's.
   */
  botToken?: string;
  /** Stops the iteration: the loop ends (no error), including during a wait or a call. */
  signal?: AbortSignal;
  /**
   * Also the calling user's own im.v2 events (`UserEvent`), in the same queue and order: the
   * user of the client's webhook or token must have called im.v2.Event.subscribe (without it,
   * Event.get answers USER_NOT_SUBSCRIBED and the iteration throws). Default false.
   */
  withUserEvents?: boolean;
  /** Events per call, 1 to 1000. Default 100 (the contract's default). */
  limit?: number;
  /**
   * Where to start: the `offset` of an earlier iteration, to resume exactly after the last event
   * it handed out. Default: the portal's cursor (the events not yet confirmed).
   */
  offset?: number;
  /**
   * Waits while the queue is empty, in ms: after an answer with no events, doubling, and after
   * one with events that left nothing waiting. Default 5000 doubling to 30,000 (the platform asks
   * for a poll every 5 to 30 s when there is nothing new); events reset it.
   */
  idleDelayMs?: DelayRange;
  /**
   * The least time between one call and the next while `hasMore` says events are waiting, in
   * ms. Default 2000: the platform asks for a pause of at least two seconds.
   */
  hasMoreDelayMs?: number;
  /**
   * Waits after a rate limit, overload or network failure the client's own retries did not
   * get past, in ms (with jitter). Default 1000 doubling to 30,000. Other errors end the
   * iteration by throwing.
   */
  retryDelayMs?: DelayRange;
}

/** The iteration: an async iterator of events, with the cursor so far. */
export interface EventStream<E = BotEvent> extends AsyncIterableIterator<E> {
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

/**
 * The pace the platform asks of an Event.get loop (chat-bots v2 overview, "Polling cycle"): after
 * each answer, how long to wait before the next call. While `hasMore`, `hasMoreDelayMs` (2 s)
 * after this call went (handing out the events may have taken it already); otherwise
 * `idleDelayMs.min` (5 s), doubling to its `max` (30 s) while answers come back empty. One per
 * loop: it counts the empty answers in a row.
 */
export const pollPace = (options: { readonly idleDelayMs?: DelayRange; readonly hasMoreDelayMs?: number } = {}) => {
  const idle = { min: 5000, max: 30_000, ...options.idleDelayMs };
  const hasMoreDelay = options.hasMoreDelayMs ?? 2000;
  let idleRound = 0;
  return (answer: { readonly events: readonly unknown[]; readonly hasMore: boolean }, calledAt: number): number => {
    if (answer.events.length > 0) idleRound = 0;
    if (answer.hasMore) return hasMoreDelay - (Date.now() - calledAt);
    return answer.events.length > 0 ? idle.min : Math.min(idle.max, idle.min * 2 ** idleRound++);
  };
};

/** The Event.get loop behind `client.events()`. */
export const pollEvents = (call: Call, options: EventsOptions): EventStream => {
  const { botId, botToken, signal, limit, withUserEvents } = options;
  if (!Number.isInteger(botId) || botId < 1) throw new TypeError('events() needs a botId');
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    throw new RangeError('events() takes a limit from 1 to 1000');
  }
  const pace = pollPace(options);
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

  async function* iterate(): AsyncGenerator<BotEvent | UserEvent> {
    let failures = 0;
    while (!signal?.aborted) {
      let result: EventGetResult;
      const calledAt = Date.now();
      try {
        result = (await call(
          'imbot.v2.Event.get',
          {
            botId,
            ...(withUserEvents === true ? { withUserEvents } : {}),
            ...(limit === undefined ? {} : { limit }),
            ...(offset === undefined ? {} : { offset }),
          },
          { ...(signal ? { signal } : {}), ...(botToken === undefined ? {} : { botToken }) },
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
        // A bot event, or (withUserEvents) one of the user's: the same four fields either way.
        yield { eventId, type, date, data, delivery: 'fetch' } as BotEvent | UserEvent;
        if (signal?.aborted) return;
      }
      if (offset === undefined || result.nextOffset > offset) offset = result.nextOffset;
      const delay = pace(result, calledAt);
      if (delay > 0 && !(await wait(delay))) return;
    }
  }

  const generator = iterate();
  return Object.defineProperties(generator, {
    offset: { get: () => offset, enumerable: true },
  }) as unknown as EventStream;
};

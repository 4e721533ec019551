// Polling (eventMode fetch): imbot.v2.Event.get in a loop, each event handed to the bot once,
// with the position kept in a Store so that a restart neither loses nor repeats an event.
//
// Event.get confirms (drops) every event below the `offset` it is given. The loop only ever
// passes the lowest event not yet handled (the "cursor"), so an event still being handled, or
// queued behind another event of its dialog, is never confirmed. Events of different dialogs
// finish out of order, so the stored position is the cursor plus the ids above it that are
// already done; after a restart those are skipped when Event.get returns them again. The
// position is written after every event (one write at a time, the latest state), so a crash
// repeats at most the events that had finished in the moment before it, and loses none.
//
// With a store that offers a lease (a shared one, Redis), several instances of a bot may run:
// only the one holding the bot's lease polls, renewing it as it goes; the others try to take it
// every little while, and the first to find it run out (its holder died) polls from the stored
// position. One that loses its lease (it stalled past the lease) stops taking events and writes
// no position any more: the new holder handles what it had in hand again (at least once).
// An event's position is written before the next event of its dialog starts, so a poller killed
// inside a handler repeats only the event it was handling; and a poller starts a handler only
// while its lease surely holds, so one that stalled past it repeats only the handlers that were
// running through the stall.
import type { BotEvent, ImbotClient } from './contract.js';
import { isBitrix24Error, isTransient, pollPace } from './portal.js';
import type { Store } from './store.js';

/** A range of waits in ms: the first is `min`, each next one doubles, up to `max`. */
export interface DelayRange {
  readonly min?: number;
  readonly max?: number;
}

export interface PollingOptions {
  /** Events per Event.get call, 1 to 1000. Default 100. */
  readonly limit?: number;
  /**
   * Waits while the queue is empty, in ms: after an answer with no events, doubling, and after
   * one with events that left nothing waiting. Default 5000 doubling to 30,000 (the platform asks
   * for a poll every 5 to 30 s when there is nothing new); events reset it.
   */
  readonly idleDelayMs?: DelayRange;
  /**
   * The least time between one Event.get and the next while `hasMore` says events are waiting,
   * in ms. Default 2000: the platform asks for a pause of at least two seconds.
   */
  readonly hasMoreDelayMs?: number;
  /** Waits after a failed Event.get, in ms (with jitter). Default 1000 doubling to 30,000. */
  readonly retryDelayMs?: DelayRange;
  /** Most events handled at once, all dialogs together; past it the loop waits. Default 1000. */
  readonly maxInFlight?: number;
  /**
   * With a store that has a lease (`Store.lease`, e.g. Redis): how long a lease lasts without
   * renewal, in ms (default 5000: another instance takes over within about that long after the
   * poller dies), and how often it is renewed and the others try to take it (default a third of it).
   */
  readonly lease?: { readonly ttlMs?: number; readonly renewMs?: number };
}

/** What the store keeps for a polling bot. */
export interface PollingPosition {
  /** Event.get's offset to resume from: every event below it was handled. */
  readonly offset?: number;
  /** Ids at or above `offset` that were handled too (another dialog's event is still pending below them). */
  readonly done: readonly number[];
}

/** What the poller asks of the bot around one event's handler (see `PollerDeps.handle`). */
export interface EventTurn {
  /** Whether to run the handler now; false when this instance stopped leading the bot's polling. */
  start(): boolean;
  /** The handler ran: marks the event done and resolves once its position is written. */
  done(): Promise<void>;
}

export interface Poller {
  /** Resolves once the loop stopped (its signal aborted, or a fatal error) and the events taken were handled and saved. */
  readonly stopped: Promise<void>;
}

interface PollerDeps {
  readonly client: ImbotClient;
  readonly botId: number;
  readonly store: Store;
  /** The store key of the position (the lease's is this with `:lease`). */
  readonly key: string;
  /**
   * Handles one event in its dialog's turn: first asks `turn.start()` (false: this instance no
   * longer leads, so the event is left to the one that does), then runs the handler, then awaits
   * `turn.done()`, so the next event of the dialog starts only once this one's position is
   * written. Never rejects (errors are the bot's to report).
   */
  readonly handle: (event: BotEvent, turn: EventTurn) => Promise<void>;
  /** Told about failed calls and writes. */
  readonly report: (error: unknown) => void;
  readonly signal: AbortSignal;
}

const sleep = (ms: number, signal: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Errors after which asking again cannot help: the bot is gone or not ours, or the call is refused. */
const isFatal = (error: unknown): boolean => isBitrix24Error(error) && !isTransient(error) && error.status >= 400 && error.status < 500;

interface EventGetResult {
  readonly events: readonly { readonly eventId: number; readonly type: string; readonly date: string; readonly data: unknown }[];
  readonly nextOffset: number;
  readonly hasMore: boolean;
}

interface Settings {
  readonly limit: number;
  readonly maxInFlight: number;
  /** The options of the pace between calls (`pollPace`). */
  readonly pace: Pick<PollingOptions, 'idleDelayMs' | 'hasMoreDelayMs'>;
  readonly retry: { readonly min: number; readonly max: number };
}

export const startPolling = async (deps: PollerDeps, options: PollingOptions = {}): Promise<Poller> => {
  const limit = options.limit ?? 100;
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) throw new RangeError('polling.limit must be 1 to 1000');
  const maxInFlight = options.maxInFlight ?? 1000;
  if (!(Number.isInteger(maxInFlight) && maxInFlight >= 1)) throw new RangeError('polling.maxInFlight must be a positive integer');
  const settings: Settings = {
    limit,
    maxInFlight,
    pace: options,
    retry: { min: 1000, max: 30_000, ...options.retryDelayMs },
  };
  const { store } = deps;
  if (store.lease === undefined) return pollTerm(deps, settings, deps.signal, () => true);
  const ttlMs = options.lease?.ttlMs ?? 5000;
  const renewMs = options.lease?.renewMs ?? Math.ceil(ttlMs / 3);
  if (!(Number.isFinite(ttlMs) && ttlMs > 0 && Number.isFinite(renewMs) && renewMs > 0 && renewMs < ttlMs)) {
    throw new RangeError('polling.lease needs ttlMs > renewMs > 0');
  }
  return { stopped: leased(deps, settings, { ttlMs, renewMs }) };
};

/** Polls in terms: one while this instance holds the bot's lease, waiting to take it between them. */
const leased = async (deps: PollerDeps, settings: Settings, lease: { ttlMs: number; renewMs: number }): Promise<void> => {
  const { store, signal, report } = deps;
  const leaseKey = `${deps.key}:lease`;
  const owner = crypto.randomUUID();
  /** When the last lease taken or renewed was asked for: it holds for ttlMs from then at least. */
  let takenAt = Number.NEGATIVE_INFINITY;
  const take = async (): Promise<boolean> => {
    const askedAt = performance.now();
    try {
      const taken = await store.lease!(leaseKey, owner, lease.ttlMs);
      if (taken) takenAt = askedAt;
      return taken;
    } catch (error) {
      report(error);
      return false;
    }
  };
  while (!signal.aborted) {
    if (!(await take())) {
      if (!(await sleep(lease.renewMs, signal))) break;
      continue;
    }
    // Holding it: poll until it is lost or the bot stops, renewing it meanwhile.
    const term = new AbortController();
    const onStop = () => term.abort();
    signal.addEventListener('abort', onStop, { once: true });
    let held = true;
    const renewing = (async () => {
      while (!term.signal.aborted) {
        if (!(await sleep(lease.renewMs, term.signal))) break;
        if (!(await take())) {
          held = false;
          term.abort();
        }
      }
    })();
    // Leading only while the lease surely holds: a process that stalled (a blocked event loop, a
    // stopped VM) past it may have been succeeded, and starts no more handlers nor writes.
    const leading = (): boolean => {
      if (held && performance.now() - takenAt >= lease.ttlMs - lease.renewMs / 2) {
        held = false;
        term.abort();
      }
      return held;
    };
    let failed = false;
    try {
      await (await pollTerm(deps, settings, term.signal, leading)).stopped;
    } catch (error) {
      // The position could not be read: try again while holding the lease.
      failed = true;
      report(error);
    } finally {
      term.abort();
      signal.removeEventListener('abort', onStop);
      await renewing;
    }
    if (failed) {
      if (!(await sleep(lease.renewMs, signal))) break;
      continue;
    }
    if (held) {
      await store.release?.(leaseKey, owner).catch(report);
      break;
    }
  }
};

/** One term of polling: from the stored position until `signal` aborts; writes the position while `leading()`. */
const pollTerm = async (deps: PollerDeps, settings: Settings, signal: AbortSignal, leading: () => boolean): Promise<Poller> => {
  const { client, botId, store, key, handle, report } = deps;
  const { limit, maxInFlight, retry } = settings;

  const saved = await store.get<PollingPosition>(key);
  /** The portal's nextOffset: the cursor once nothing fetched is pending. */
  let next: number | undefined = saved?.offset;
  /** Handled ids at or above the cursor. */
  const done = new Set<number>(saved?.done ?? []);
  /** Fetched ids not handled yet, ascending. */
  const pending: number[] = [];
  let onProgress: (() => void) | undefined;

  const cursor = (): number | undefined => pending[0] ?? next;
  const position = (): PollingPosition => {
    const offset = cursor();
    if (offset !== undefined) for (const id of done) if (id < offset) done.delete(id);
    return { ...(offset === undefined ? {} : { offset }), done: [...done].sort((a, b) => a - b) };
  };

  // One write at a time, each with the latest position.
  let writing: Promise<void> | undefined;
  let dirty = false;
  const save = (): Promise<void> => {
    dirty = true;
    writing ??= (async () => {
      while (dirty && leading()) {
        dirty = false;
        try {
          await store.set(key, position());
        } catch (error) {
          report(error);
        }
      }
      writing = undefined;
    })();
    return writing;
  };

  /** An event is no longer in hand: handled, or left to the next leader (this instance stopped leading). */
  const release = (id: number): void => {
    const at = pending.indexOf(id);
    if (at !== -1) pending.splice(at, 1);
    onProgress?.();
  };

  /** An event was handled: it is done, and the position saying so is written before this resolves. */
  const complete = (id: number): Promise<void> => {
    done.add(id);
    release(id);
    return save();
  };
  const progress = (): Promise<boolean> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      const finish = (ok: boolean) => {
        onProgress = undefined;
        signal.removeEventListener('abort', onAbort);
        resolve(ok);
      };
      const onAbort = () => finish(false);
      onProgress = () => finish(true);
      signal.addEventListener('abort', onAbort, { once: true });
    });

  const loop = async (): Promise<void> => {
    const pace = pollPace(settings.pace);
    let failures = 0;
    while (!signal.aborted) {
      if (pending.length >= maxInFlight) {
        if (!(await progress())) break;
        continue;
      }
      let result: EventGetResult;
      const calledAt = Date.now();
      try {
        const offset = cursor();
        result = (await client.imbot.v2.Event.get({ botId, limit, ...(offset === undefined ? {} : { offset }) }, { signal })) as EventGetResult;
        failures = 0;
      } catch (error) {
        if (signal.aborted) break;
        if (isFatal(error)) {
          report(error);
          break;
        }
        if (!isTransient(error)) report(error);
        const ceiling = Math.min(retry.max, retry.min * 2 ** failures++);
        if (!(await sleep(ceiling / 2 + (Math.random() * ceiling) / 2, signal))) break;
        continue;
      }
      let fresh = 0;
      let waiting = 0;
      for (const item of result.events) {
        const id = item.eventId;
        // Below the cursor is done (and may have been forgotten while this call was under way).
        const below = cursor();
        if (done.has(id) || (below !== undefined && id < below)) continue;
        if (pending.includes(id)) {
          waiting++;
          continue;
        }
        fresh++;
        pending.push(id);
        pending.sort((a, b) => a - b);
        const event = { eventId: id, type: item.type, date: item.date, data: item.data, delivery: 'fetch' } as BotEvent;
        // The position is written in the event's turn: a process killed inside the next handler
        // of the dialog has this one marked done, and whoever takes over does not run it again.
        void handle(event, {
          start: () => {
            if (leading()) return true;
            release(id);
            return false;
          },
          done: () => complete(id),
        });
      }
      if (next === undefined || result.nextOffset > next) next = result.nextOffset;
      void save();
      if (fresh === 0 && waiting > 0) {
        // Everything returned is still being handled: wait until one is done (and, with more
        // waiting, for the pause after the last call).
        if (!(await progress())) break;
        const pause = result.hasMore ? pace(result, calledAt) : 0;
        if (pause > 0 && !(await sleep(pause, signal))) break;
        continue;
      }
      const delay = pace(result, calledAt);
      if (delay > 0 && !(await sleep(delay, signal))) break;
    }
    // Stopped: let the events taken finish, then keep where they got to.
    while (pending.length > 0) await new Promise<void>((resolve) => (onProgress = resolve));
    await save();
  };

  return { stopped: loop() };
};

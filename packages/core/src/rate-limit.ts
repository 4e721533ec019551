// Rate limits as Bitrix24 publishes them, and one leaky bucket for both sides: a portal refuses a
// request over its bucket (`tryTake`), a client waits for a place (`take`).

/** A leaky bucket: `burst` requests at once, then `perSecond`. */
export interface RateLimitOptions {
  readonly burst: number;
  readonly perSecond: number;
}

/**
 * What the client asks of a rate limiter: a place for one request, waited for. The client's own
 * leaky bucket is one; a limiter shared by several processes (one budget per application) can
 * take its place.
 */
export interface RateLimiter {
  /** Resolves when the request may go; rejects with the signal's reason when it aborts first. */
  take(signal?: AbortSignal): Promise<void>;
}

/** The leaky bucket: usable by a portal (refuse when full) and by a client (wait). */
export interface LeakyBucket extends RateLimiter {
  /** Takes a place if one is free now; false (and nothing taken) when the bucket is full. */
  tryTake(): boolean;
  /** Empties the bucket. */
  reset(): void;
}

/**
 * The platform's limits (limits.md; chat-bots-v2/index.md): a leaky bucket per portal of 50
 * requests draining 2 per second (Enterprise: 250 and 5), and imbot.v2's 2 requests per second
 * per application, for which the page gives no burst: 2, one second's worth.
 */
export const rateLimitPresets = {
  standard: { burst: 50, perSecond: 2 },
  enterprise: { burst: 250, perSecond: 5 },
  'imbot.v2': { burst: 2, perSecond: 2 },
} as const satisfies Record<string, RateLimitOptions>;

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * A leaky bucket like a portal's: the level drains by `perSecond` and may reach `burst`. A
 * request that waits (`take`) reserves its place when it asks, so waiting requests go in order
 * and a portal with the same numbers never refuses them.
 */
export const createLeakyBucket = ({ burst, perSecond }: RateLimitOptions): LeakyBucket => {
  if (!(burst >= 1) || !(perSecond > 0)) throw new RangeError('a rate limit needs burst >= 1 and perSecond > 0');
  let level = 0;
  let updatedAt = Date.now();
  /** The level now, after draining since the last look. */
  const drain = (): number => {
    const now = Date.now();
    level = Math.max(0, level - ((now - updatedAt) / 1000) * perSecond);
    updatedAt = now;
    return level;
  };
  return {
    tryTake() {
      if (drain() + 1 > burst) return false;
      level += 1;
      return true;
    },
    async take(signal) {
      if (signal?.aborted) throw signal.reason;
      const waitMs = drain() + 1 > burst ? ((level + 1 - burst) / perSecond) * 1000 : 0;
      level += 1;
      if (waitMs <= 0) return;
      try {
        await sleep(waitMs, signal);
      } catch (error) {
        drain();
        level = Math.max(0, level - 1); // give the place back
        throw error;
      }
    },
    reset() {
      level = 0;
      updatedAt = Date.now();
    },
  };
};

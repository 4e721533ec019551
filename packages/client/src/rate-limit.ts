import type { RateLimitOptions } from './types.js';

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
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
 * A leaky bucket like a portal's: up to `burst` requests at once, then `perSecond`. Each
 * request reserves its place when it asks, so waiting requests go in order.
 */
export const createLeakyBucket = ({ burst, perSecond }: RateLimitOptions) => {
  if (!(burst >= 1) || !(perSecond > 0)) {
    throw new RangeError('rateLimit needs burst >= 1 and perSecond > 0');
  }
  let level = 0;
  let updatedAt = Date.now();
  return {
    /** Resolves when the request may go. */
    async take(signal: AbortSignal | undefined): Promise<void> {
      const now = Date.now();
      level = Math.max(0, level - ((now - updatedAt) / 1000) * perSecond);
      updatedAt = now;
      const waitMs = level + 1 > burst ? ((level + 1 - burst) / perSecond) * 1000 : 0;
      level += 1;
      if (waitMs > 0) {
        try {
          await sleep(waitMs, signal);
        } catch (error) {
          level = Math.max(0, level - 1); // give the place back
          throw error;
        }
      }
    },
  };
};

export const rateLimitPresets = {
  standard: { burst: 50, perSecond: 2 },
  enterprise: { burst: 250, perSecond: 5 },
  'imbot.v2': { burst: 2, perSecond: 2 },
} as const satisfies Record<string, RateLimitOptions>;

// Rate limiting across processes: core's `RateLimiter` (what the client takes) with its leaky
// buckets kept in Redis, so that every process sharing a budget (an application's 2 requests
// per second, a portal's 50 then 2 per second) draws on the same one.
import { createHash } from 'node:crypto';
import { type RateLimiter, type RateLimitOptions, rateLimitPresets, sleep } from '@b24-imbot/core';
import { type RedisConnection, type RedisOptions, redisConnection } from './connection.js';
import { GIVE_BACK, TAKE } from './scripts.js';

/** A budget: its name (any string: a hash of it keys the bucket) and its numbers (a preset name, or burst and perSecond). */
export interface Budget {
  readonly name: string;
  readonly limits: true | keyof typeof rateLimitPresets | RateLimitOptions;
  /**
   * Places of the burst kept free (never below a burst of 1). Processes' requests reach the
   * portal with some jitter (a busy machine, the network), and a burst used to its last place
   * leaves none for a request that arrives early: imbot.v2's burst of 2 then gets 429s. Default 1.
   */
  readonly reserve?: number;
}

/** The numbers of a preset name, `true` (standard), or numbers given. */
export const limitsOf = (limits: Budget['limits']): RateLimitOptions => {
  const resolved =
    limits === true ? rateLimitPresets.standard : typeof limits === 'string' ? (Object.hasOwn(rateLimitPresets, limits) ? rateLimitPresets[limits] : undefined) : limits;
  if (resolved === undefined) throw new RangeError(`rateLimit: no preset named ${JSON.stringify(limits)}`);
  if (!(resolved.burst >= 1 && resolved.perSecond > 0)) throw new RangeError('a rate limit needs burst >= 1 and perSecond > 0');
  return resolved;
};

/** The key of a budget: its name hashed (a webhook URL holds a secret). */
export const budgetKey = (prefix: string, name: string): string => `${prefix}rate:${createHash('sha256').update(name).digest('hex').slice(0, 32)}`;

/**
 * A rate limiter drawing on one or more budgets kept in Redis: a request waits until every one
 * has room (e.g. the application's and the portal's). Pass it as the client's `rateLimit`.
 */
export const redisRateLimiter = (redis: string | RedisOptions | RedisConnection, ...budgets: readonly Budget[]): RateLimiter & { close(): Promise<void> } => {
  if (budgets.length === 0) throw new TypeError('redisRateLimiter needs at least one budget');
  const connection = redisConnection(redis);
  const keys = budgets.map((budget) => budgetKey(connection.prefix, budget.name));
  const args = budgets.flatMap((budget) => {
    const { burst, perSecond } = limitsOf(budget.limits);
    const reserve = budget.reserve ?? 1;
    if (!(Number.isInteger(reserve) && reserve >= 0)) throw new RangeError('reserve must be a whole number >= 0');
    return [Math.max(1, burst - reserve), perSecond];
  });
  return {
    async take(signal) {
      if (signal?.aborted) throw signal.reason;
      const waitMs = Number(await connection.script(TAKE, keys, args));
      if (!(waitMs > 0)) return;
      try {
        await sleep(waitMs, signal);
      } catch (error) {
        await connection.script(GIVE_BACK, keys, args).catch(() => {});
        throw error;
      }
    },
    /** Closes the connection if it was opened here (from a URL or options). */
    close: () => connection.close(),
  };
};

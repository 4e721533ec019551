// The webhook receiver's replay guard in Redis, for @b24-imbot/server's `botEvents` and
// `receiveEventDelivery` on several instances: a delivery is remembered once, for all of them
// (SET NX PX), so one replayed to another instance is refused there too.
import { type ReplayGuard, type ReplayVerdict, replayWindow } from '@b24-imbot/server/receiver';
import { type RedisConnection, type RedisOptions, redisConnection } from './connection.js';

export interface RedisReplayGuardOptions {
  /** How far a delivery's `ts` may be from now, in seconds, either way. Default 600 (10 minutes), as `createReplayGuard`. */
  readonly windowSeconds?: number;
  /** The clock, in ms (tests). Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * `createReplayGuard`'s checks (its `replayWindow`) with the memory in Redis, shared by every instance given the same
 * Redis: `app.register(botEvents, { ..., replay: redisReplayGuard(process.env.REDIS_URL) })`.
 * A delivery is kept (its key, under the connection's prefix) until its `ts` leaves the window,
 * and one window more (for instances whose clocks differ);
 * one whose `ts` is outside the window is stale, as in memory. When Redis cannot be reached the
 * check rejects, and the receiver answers 500: the platform retries the delivery later.
 */
export const redisReplayGuard = (
  redis?: string | RedisOptions | RedisConnection,
  options: RedisReplayGuardOptions = {},
): ReplayGuard & { close(): Promise<void> } => {
  const window = replayWindow(options.windowSeconds);
  // The window's length, as the shared rule sets it (its end for a ts of 0).
  const windowMs = window.until(0);
  const now = options.now ?? Date.now;
  const connection = redisConnection(redis);
  return {
    async check(key: string, tsSeconds: number): Promise<ReplayVerdict> {
      const at = now();
      if (window.stale(tsSeconds, at)) return 'stale';
      // Kept until the delivery's ts leaves the window, and one window more: an instance whose
      // clock is ahead of this one's (by up to a window) still finds it.
      const keepMs = Math.max(1, Math.ceil(window.until(tsSeconds) - at)) + windowMs;
      const set = await connection.send(['SET', `${connection.prefix}replay:${key}`, '1', 'NX', 'PX', keepMs]);
      return set === null ? 'duplicate' : 'fresh';
    },
    /** Closes the connection if it was opened here (from a URL or options). */
    close: () => connection.close(),
  };
};

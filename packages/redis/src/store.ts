// The bot's Store in Redis, shared by every instance of a bot: sessions and the polling
// position (GET, SET PX), de-duplication marks (SET NX PX), the polling lease (a script: take or
// renew one's own, release one's own), and one rate-limit budget per application.
import type { RateLimitSetting, Store, StoreSetOptions } from '@b24-imbot/bot';
import type { RateLimiter } from '@b24-imbot/core';
import { type RedisConnection, type RedisOptions, redisConnection } from './connection.js';
import { redisRateLimiter } from './rate-limit.js';
import { LEASE, RELEASE } from './scripts.js';

/** The bot's store in Redis; `close()` ends the connection it opened. */
export interface RedisStore extends Store {
  readonly shared: true;
  lease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  release(key: string, owner: string): Promise<void>;
  rateLimiter(scope: string, limits: RateLimitSetting): RateLimiter;
  /** The connection, to share with `redisInstallations` or `redisRateLimiter`. */
  readonly connection: RedisConnection;
  close(): Promise<void>;
}

const ttlArgs = (options: StoreSetOptions | undefined): string[] => {
  const ttl = options?.ttlMs;
  if (ttl === undefined) return [];
  if (!(Number.isFinite(ttl) && ttl > 0)) throw new RangeError(`ttlMs must be a positive number of ms, got ${ttl}`);
  return ['PX', String(Math.ceil(ttl))];
};

const json = (value: unknown): string => {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('a store keeps JSON values: got undefined, a function or a symbol');
  return text;
};

/**
 * The bot's store in Redis: `bot.start({ ..., storage: redisStore(process.env.REDIS_URL) })`.
 * Every instance of the bot given the same Redis shares its sessions and polling position, polls
 * one at a time, ignores a webhook delivery another instance took, and (with `rateLimit`) keeps
 * to one budget.
 */
export const redisStore = (redis?: string | RedisOptions | RedisConnection): RedisStore => {
  const connection = redisConnection(redis);
  const key = (name: string) => `${connection.prefix}${name}`;
  return {
    shared: true,
    connection,
    async get<T>(name: string) {
      const text = await connection.send(['GET', key(name)]);
      return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
    },
    async set(name, value, options) {
      await connection.send(['SET', key(name), json(value), ...ttlArgs(options)]);
    },
    async delete(name) {
      await connection.send(['DEL', key(name)]);
    },
    async add(name, value, options) {
      return (await connection.send(['SET', key(name), json(value), 'NX', ...ttlArgs(options)])) !== null;
    },
    async lease(name, owner, ttlMs) {
      if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new RangeError('a lease needs ttlMs > 0');
      return Number(await connection.script(LEASE, [key(name)], [owner, Math.ceil(ttlMs)])) === 1;
    },
    async release(name, owner) {
      await connection.script(RELEASE, [key(name)], [owner]);
    },
    rateLimiter(scope, limits) {
      return redisRateLimiter(connection, { name: scope, limits });
    },
    close: () => connection.close(),
  };
};

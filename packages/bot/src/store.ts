// Where a bot keeps what must outlive one event: sessions, the polling position, de-duplication
// marks. One small async interface, shaped after what a shared store (Redis: GET, SET PX,
// SET NX PX, DEL) does in one round trip each, so that such a store is a drop-in. Values are
// JSON: every store keeps copies, never the caller's objects. A shared store may add a lease and
// a rate limiter (below), which a bot uses when they are there.
import type { ImbotClientOptions, RateLimiter } from './contract.js';

export interface StoreSetOptions {
  /** Forget the entry after this many ms. Default: keep it. */
  readonly ttlMs?: number;
}

/** The client's `rateLimit` option when it names limits (a preset, `true`, or `{ burst, perSecond }`). */
export type RateLimitSetting = Exclude<ImbotClientOptions['rateLimit'], RateLimiter | false | undefined>;

export interface Store {
  /** The value, or undefined when absent or expired. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Sets the value (JSON-serialisable), replacing any. */
  set(key: string, value: unknown, options?: StoreSetOptions): Promise<void>;
  /** Removes the entry; nothing happens when there is none. */
  delete(key: string): Promise<void>;
  /**
   * Sets the value only when the key is absent or expired; true when this call set it. The one
   * atomic step de-duplication needs ("first one to claim it handles it").
   */
  add(key: string, value: unknown, options?: StoreSetOptions): Promise<boolean>;

  // What a store that several processes share (Redis) adds; a bot uses each when it is there.

  /**
   * True when every process using the store sees the same entries. A bot receiving webhooks
   * then marks each delivery in it (`add`), so that a delivery replayed to another instance is
   * ignored there.
   */
  readonly shared?: boolean;
  /**
   * A lease: `owner` takes `key` for `ttlMs` when nobody holds it (or the holder's lease ran
   * out), or extends it when it holds it already; true when `owner` holds it after the call.
   * A polling bot polls only while it holds its bot's lease, so one instance polls at a time.
   */
  lease?(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up when `owner` holds it. */
  release?(key: string, owner: string): Promise<void>;
  /**
   * A rate limiter whose budget lives in the store, one for every process that names the same
   * `scope` (the bot's webhook URL or portal: it may hold a secret, so key it by a hash). The
   * bot uses it in place of its client's own bucket when `rateLimit` names limits.
   */
  rateLimiter?(scope: string, limits: RateLimitSetting): RateLimiter;
}

export interface MemoryStoreOptions {
  /** Most entries kept; past it the least recently set are dropped. Default 100,000. */
  readonly maxEntries?: number;
  /** The clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
}

const checkTtl = (options: StoreSetOptions | undefined): number | undefined => {
  const ttl = options?.ttlMs;
  if (ttl === undefined) return undefined;
  if (!(Number.isFinite(ttl) && ttl > 0)) throw new RangeError(`ttlMs must be a positive number of ms, got ${ttl}`);
  return ttl;
};

/** The JSON text of a value; a TypeError for what JSON cannot hold. */
export const toJson = (value: unknown): string => {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('a store keeps JSON values: got undefined, a function or a symbol');
  return text;
};

/**
 * A store in this process's memory: for one process, tests, and state that may be lost on
 * restart. Memory is bounded by `maxEntries`; expired entries are dropped when read or when
 * the store is full.
 */
export const memoryStore = (options: MemoryStoreOptions = {}): Store => {
  const maxEntries = options.maxEntries ?? 100_000;
  if (!(Number.isInteger(maxEntries) && maxEntries >= 1)) throw new RangeError('maxEntries must be a positive integer');
  const now = options.now ?? Date.now;
  /** key -> JSON text and expiry; in order of the last set. */
  const entries = new Map<string, { readonly json: string; readonly until: number }>();

  const live = (key: string): { json: string } | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, json: string, ttl: number | undefined): void => {
    entries.delete(key);
    entries.set(key, { json, until: ttl === undefined ? Infinity : now() + ttl });
    if (entries.size <= maxEntries) return;
    const at = now();
    for (const [other, entry] of entries) if (entry.until <= at) entries.delete(other);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };

  return {
    async get<T>(key: string) {
      const entry = live(key);
      return entry === undefined ? undefined : (JSON.parse(entry.json) as T);
    },
    async set(key, value, setOptions) {
      put(key, toJson(value), checkTtl(setOptions));
    },
    async delete(key) {
      entries.delete(key);
    },
    async add(key, value, setOptions) {
      const ttl = checkTtl(setOptions);
      const json = toJson(value);
      if (live(key) !== undefined) return false;
      put(key, json, ttl);
      return true;
    },
  };
};

// One Redis connection for everything this package keeps: the bot's store, rate limiters and
// installations can share it. Commands go through `sendCommand` only, so any node-redis client
// (or anything answering Redis commands that way) can be handed in.
import { createClient } from '@redis/client';

/** What this package asks of a Redis client: one command, answered as node-redis answers it. */
export interface RedisCommands {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisOptions {
  /** `redis://[[user]:password@]host[:port][/db]` (or `rediss://` for TLS). Default `redis://127.0.0.1:6379`. */
  readonly url?: string;
  /** A connected client of your own (node-redis `createClient()`), used as it is and never closed here. */
  readonly client?: RedisCommands;
  /** Put before every key this package writes. Default `b24imbot:`. */
  readonly prefix?: string;
  /** Told about connection errors (node-redis reconnects by itself meanwhile). Default: console.error, once per outage. */
  readonly onError?: (error: unknown) => void;
  /**
   * Longest the first connection may take, in ms: past it the command that asked for it is
   * rejected (and the next one tries again), rather than waiting for as long as Redis is away.
   * Default 10,000.
   */
  readonly connectTimeoutMs?: number;
}

/** A Redis connection this package's pieces share. */
export interface RedisConnection {
  /** The prefix of every key. */
  readonly prefix: string;
  /** Sends one command (connecting first when needed). */
  send(args: readonly (string | number)[]): Promise<unknown>;
  /** Runs a Lua script: EVALSHA, or EVAL the first time Redis does not know it. */
  script(script: LuaScript, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown>;
  /** Closes the connection if this package opened it (a client handed in stays open). */
  close(): Promise<void>;
}

export interface LuaScript {
  readonly source: string;
  readonly sha1: string;
}

const isRedisOptions = (value: unknown): value is RedisOptions => typeof value === 'object' && value !== null && !('send' in value);

/** A connection from a URL, options, or an existing connection (returned as it is). */
export const redisConnection = (redis: string | RedisOptions | RedisConnection = {}): RedisConnection => {
  if (!isRedisOptions(redis) && typeof redis !== 'string') return redis;
  const options: RedisOptions = typeof redis === 'string' ? { url: redis } : redis;
  const prefix = options.prefix ?? 'b24imbot:';
  let own: ReturnType<typeof createClient> | undefined;
  let ready: Promise<RedisCommands> | undefined;
  const connect = (): Promise<RedisCommands> => {
    if (options.client !== undefined) return Promise.resolve(options.client);
    ready ??= (async () => {
      let reported = false;
      own = createClient({ url: options.url ?? 'redis://127.0.0.1:6379' });
      own.on('error', (error: unknown) => {
        if (options.onError) return options.onError(error);
        if (reported) return;
        reported = true;
        console.error('@b24-imbot/redis: connection error (reconnecting)', error);
      });
      own.on('ready', () => (reported = false));
      const client = own;
      const timeoutMs = options.connectTimeoutMs ?? 10_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          client.connect(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`@b24-imbot/redis: no connection to Redis within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } catch (error) {
        // node-redis would go on reconnecting: this attempt is given up, the next command starts another.
        if (own === client) own = undefined;
        client.destroy();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      return client as unknown as RedisCommands;
    })();
    ready.catch(() => (ready = undefined));
    return ready;
  };
  const send = async (args: readonly (string | number)[]): Promise<unknown> =>
    (await connect()).sendCommand(args.map(String));
  return {
    prefix,
    send,
    async script(script, keys, args) {
      const rest = [String(keys.length), ...keys, ...args.map(String)];
      try {
        return await send(['EVALSHA', script.sha1, ...rest]);
      } catch (error) {
        if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
        return send(['EVAL', script.source, ...rest]);
      }
    },
    async close() {
      const client = own;
      own = undefined;
      ready = undefined;
      if (client?.isOpen) await client.close();
    },
  };
};

// A real Redis server for tests: Debian's redis-server on a free loopback port, nothing written
// to disk, stopped by its PID. `apt-get install redis-server` (.ci/run does it).
import { start, type Started, startOnFreePort } from './process.js';

export interface StartedRedis extends Started {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
}

/** The redis-server binary: `REDIS_SERVER`, else the one on the PATH. */
export const redisServerBinary = (): string => process.env['REDIS_SERVER'] ?? 'redis-server';

/** Starts redis-server on a free port of 127.0.0.1 (no snapshots, no append-only file); resolves once it accepts connections. */
export const startRedis = async (): Promise<StartedRedis> => {
  const server = await startOnFreePort(
    'redis-server',
    (port) => start(redisServerBinary(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes']),
    // Its own line: redis-server exits when another process holds the port.
    async (_port, started) => (/Ready to accept connections/.test(started.output()) ? 'ready' : 'not yet'),
    { attempts: 5 },
  );
  return Object.assign(server, { url: `redis://127.0.0.1:${server.port}` });
};

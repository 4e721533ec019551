// A real Redis server for tests: Debian's redis-server on a free loopback port, nothing written
// to disk, stopped by its PID. `apt-get install redis-server` (.ci/run does it).
import { freePort, start, type Started } from './process.js';

export interface StartedRedis extends Started {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
}

/** The redis-server binary: `REDIS_SERVER`, else the one on the PATH. */
export const redisServerBinary = (): string => process.env['REDIS_SERVER'] ?? 'redis-server';

/** Starts redis-server on a free port of 127.0.0.1 (no snapshots, no append-only file); resolves once it accepts connections. */
export const startRedis = async (): Promise<StartedRedis> => {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = start(redisServerBinary(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes']);
    try {
      await server.waitFor(/Ready to accept connections/, 60_000);
      return Object.assign(server, { url: `redis://127.0.0.1:${port}`, port });
    } catch (error) {
      await server.stop();
      // Another process took the port between freePort and the bind: try another.
      if (attempt < 5 && /Address already in use/.test(server.output())) continue;
      throw error;
    }
  }
};

// Server: requests per second of each server for the same request (autocannon, 127.0.0.1 only),
// every server in its own process on a port of its own, checked with one request and
// warmed up; runs rotate the order so that drift in the machine's load spreads evenly. Next to
// req/s, the server process's CPU time per request (Linux), which other load disturbs less, and
// the machine's load average while each row ran. Our servers run as published: plain Node on
// the built packages (src/serve.mjs says why not through tsx).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundledContractPath } from '@b24-imbot/schema/model';
import { answersAs, type FreePortOptions, run, start, type Started, startListening, startOnFreePort, workspaceRoot } from '@b24-imbot/testkit';
import autocannon from 'autocannon';

import { BODIES, type BodyName, CHAT_ID, JSON_CONTENT_TYPE, METHOD_PATH, REQUEST_HEADERS, SUCCESS_BODY, TOKEN, WEBHOOK_PATH } from './fixtures.js';

const require = createRequire(import.meta.url);
const env = { ...process.env, NODE_ENV: 'production' };
const serveMjs = fileURLToPath(new URL('serve.mjs', import.meta.url));
const prismPackage = require.resolve('@stoplight/prism-cli/package.json');
export const prismVersion: string = JSON.parse(readFileSync(prismPackage, 'utf8')).version;

/** Builds @b24-imbot/server (turbo: a cache hit when nothing changed), for the servers run from its `dist`. */
export const buildServer = async (): Promise<void> => {
  await run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@b24-imbot/server', '--output-logs=errors-only'], {
    cwd: workspaceRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    timeoutMs: 600_000,
  });
};

/** One of src/serve.mjs's servers, on a port of its own (it listens on port 0 and prints its URL). */
export const startServe = (kind: 'stub' | 'stub-validated' | 'bare' | 'portal' | 'mock') =>
  startListening(process.execPath, [serveMjs, kind, '0'], {
    env: { ...env, BENCH_FIXTURES: JSON.stringify({ CHAT_ID, JSON_CONTENT_TYPE, METHOD_PATH, SUCCESS_BODY, TOKEN, WEBHOOK_PATH }) },
  });

type Server = Started & { url: string };
interface Contender {
  name: string;
  /** The method's path on this server. */
  path: string;
  start(): Promise<Server>;
}

/**
 * Prism's mock of the contract. At `warn` Prism prints nothing, not even its port, so it gets a
 * port chosen up front and is polled until Prism itself answers there (its 404 for a path the
 * contract lacks names it). It takes 20 s to start on an idle machine, minutes under load.
 */
export const startPrism = async (options: FreePortOptions = {}): Promise<Server> => {
  const bin = join(dirname(prismPackage), JSON.parse(readFileSync(prismPackage, 'utf8')).bin.prism);
  const server = await startOnFreePort(
    'prism',
    // `warn`: at its default `info` Prism logs five lines per request and serves about 2.5x fewer.
    (port) => start(process.execPath, [bin, 'mock', '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn', bundledContractPath], { env }),
    answersAs('/', (body) => body.includes('stoplight.io/prism')),
    options,
  );
  return Object.assign(server, { url: `http://127.0.0.1:${server.port}` });
};

export const CONTENDERS: Contender[] = [
  { name: 'stub', path: METHOD_PATH, start: () => startServe('stub') },
  { name: 'bare', path: METHOD_PATH, start: () => startServe('bare') },
  { name: 'mock', path: `/rest${METHOD_PATH}`, start: () => startServe('mock') },
  { name: 'prism', path: METHOD_PATH, start: () => startPrism() },
];

/** User + system CPU time of a process so far, in µs (Linux; NaN elsewhere). */
const cpuUs = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000; // utime + stime, in 1/100 s
  } catch {
    return NaN;
  }
};

export interface ServerRow {
  name: string;
  /** Requests per second and server CPU µs per request, one per run. */
  rps: number[];
  cpu: number[];
  /** The machine's 1-minute load average at the end of each run. */
  load: number[];
  error?: string;
}

const load = async (server: Server, path: string, bodyName: BodyName, seconds: number) => {
  const { body, connections } = BODIES[bodyName];
  const before = cpuUs(server.pid);
  const result = await autocannon({ url: server.url + path, method: 'POST', headers: REQUEST_HEADERS, body: JSON.stringify(body), connections, duration: seconds });
  const cpu = (cpuUs(server.pid) - before) / result.requests.total;
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, cpu };
};

export async function serverBench(bodyName: BodyName, runs: number, seconds: number, log: (line: string) => void): Promise<ServerRow[]> {
  const rows: ServerRow[] = CONTENDERS.map(({ name }) => ({ name, rps: [], cpu: [], load: [] }));
  const servers = new Map<string, Server>();
  try {
    for (const [i, contender] of CONTENDERS.entries()) {
      try {
        const server = await contender.start();
        servers.set(contender.name, server);
        const response = await fetch(server.url + contender.path, { method: 'POST', headers: REQUEST_HEADERS, body: JSON.stringify(BODIES[bodyName].body) });
        const text = await response.text();
        if (response.status !== 200 || typeof JSON.parse(text).result !== 'number') throw new Error(`answered ${response.status} ${text.slice(0, 300)}`);
        await load(server, contender.path, bodyName, Math.min(seconds, 2));
      } catch (error) {
        rows[i]!.error = (error as Error).message.split('\n')[0];
      }
    }
    for (let run = 0; run < runs; run++) {
      for (let k = 0; k < CONTENDERS.length; k++) {
        const i = (k + run) % CONTENDERS.length;
        const server = servers.get(CONTENDERS[i]!.name);
        if (rows[i]!.error || !server) continue;
        try {
          const { rps, cpu } = await load(server, CONTENDERS[i]!.path, bodyName, seconds);
          rows[i]!.rps.push(rps);
          rows[i]!.cpu.push(cpu);
          rows[i]!.load.push(loadavg()[0]!);
        } catch (error) {
          rows[i]!.error = (error as Error).message;
        }
      }
      log(`  ${bodyName} run ${run + 1}/${runs}: ${rows.map((row) => `${row.name} ${Math.round(row.rps.at(-1) ?? NaN)}`).join(', ')}`);
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.stop()));
  }
  return rows;
}

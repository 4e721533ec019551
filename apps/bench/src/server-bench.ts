// Server: requests per second of each server for the same request, with autocannon's same
// settings, one server after the other. Each server runs in its own process, started on
// 127.0.0.1 port 0, checked with one request, warmed up, and stopped at the end. Rounds rotate
// the order, so that drift in the machine's load spreads evenly. Besides requests per second
// (which other processes on the machine disturb), we read the server process's CPU time per
// request from /proc, which they disturb much less.
import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

import { CHAT_ID, METHOD_PATH, REQUEST_BODY, REQUEST_HEADERS } from './fixtures.js';
import { processTree, prismVersion, type Started, startBenchServer, startPrism } from './processes.js';
import { median } from './stats.js';

export interface ServerBenchOptions {
  runs: number;
  durationSec: number;
  connections: number;
  warmupSec: number;
  /** Requests per breakdown measurement (fixed count, CPU time only). */
  breakdownRequests: number;
  schemaPath: string;
  log: (line: string) => void;
}

export interface ServerContender {
  name: string;
  label: string;
  /** Requests per second, one per run. */
  rps: number[];
  /** Server CPU microseconds per request, one per run. */
  cpuUs: number[];
  median: number;
  medianCpu: number;
  error?: string;
}

export interface ServerBenchResult {
  main: ServerContender[];
  /** CPU per request of the stub without parts of its work, to see where the time goes. */
  breakdown: ServerContender[];
}

/** CPU time (user + system) of a process and all its descendants so far, in microseconds; undefined off Linux. */
export const processCpuUs = (pid: number): number | undefined => {
  try {
    // Prism forks its HTTP server into a child process (its multiprocess mode, chosen when its
    // output is not a terminal): count the whole tree.
    let total = 0;
    for (const member of processTree(pid)) {
      const fields = readFileSync(`/proc/${member}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are at index 11 and 12.
      total += ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // USER_HZ is 100 on Linux
    }
    return total;
  } catch {
    return undefined;
  }
};

/** One request, checked: the server must answer the envelope with the chat id. */
const check = async (server: Started): Promise<void> => {
  const response = await fetch(server.url + METHOD_PATH, { method: 'POST', headers: REQUEST_HEADERS, body: REQUEST_BODY });
  const text = await response.text();
  let result: unknown;
  try {
    result = (JSON.parse(text) as { result?: unknown }).result;
  } catch {
    result = undefined;
  }
  if (response.status !== 200 || result !== CHAT_ID) {
    throw new Error(`${server.name} answered ${response.status} ${text.slice(0, 300)}`);
  }
};

const load = async (server: Started, limit: { duration: number } | { amount: number }, connections: number) => {
  const cpuBefore = processCpuUs(server.pid);
  const result = await autocannon({
    url: server.url + METHOD_PATH,
    method: 'POST',
    headers: { ...REQUEST_HEADERS },
    body: REQUEST_BODY,
    connections,
    pipelining: 1,
    ...limit,
  });
  const cpuAfter = processCpuUs(server.pid);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    cpuUs: cpuBefore === undefined || cpuAfter === undefined || requests === 0 ? NaN : (cpuAfter - cpuBefore) / requests,
  };
};

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function serverBench(options: ServerBenchOptions): Promise<ServerBenchResult> {
  const defs: Array<{ contender: ServerContender; start: () => Promise<Started> }> = [
    ['stub', '@b24-imbot/server stub (auth hook, validation, envelope)', () => startBenchServer('stub')],
    ['bare', 'bare Fastify route, constant body', () => startBenchServer('bare')],
    ['prism', `Prism ${prismVersion()} mock server, same schema`, () => startPrism(options.schemaPath)],
  ].map(([name, label, start]) => ({
    contender: { name, label, rps: [], cpuUs: [], median: NaN, medianCpu: NaN } as ServerContender,
    start: start as () => Promise<Started>,
  }));

  const servers = new Map<string, Started>();
  try {
    for (const { contender, start } of defs) {
      try {
        const server = await start();
        servers.set(contender.name, server);
        await check(server);
        await load(server, { duration: options.warmupSec }, options.connections);
      } catch (error) {
        contender.error = message(error);
        options.log(`  ${contender.name}: ${contender.error}`);
      }
    }
    for (let run = 0; run < options.runs; run++) {
      const line: string[] = [];
      for (let i = 0; i < defs.length; i++) {
        const { contender } = defs[(i + run) % defs.length]!;
        const server = servers.get(contender.name);
        if (contender.error || !server) continue;
        try {
          const { rps, cpuUs } = await load(server, { duration: options.durationSec }, options.connections);
          contender.rps.push(rps);
          contender.cpuUs.push(cpuUs);
          line.push(`${contender.name} ${Math.round(rps)} req/s`);
        } catch (error) {
          contender.error = message(error);
          options.log(`  ${contender.name}: ${contender.error}`);
        }
      }
      options.log(`  run ${run + 1}/${options.runs}: ${line.join(', ')}`);
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.stop()));
  }
  const main = defs.map(({ contender }) => ({ ...contender, median: median(contender.rps), medianCpu: median(contender.cpuUs) }));

  // Breakdown: the stub and variants of it, all started at once, a fixed number of requests
  // per measurement in rotating order, CPU time only.
  const variants: Array<[string, string]> = [
    ['stub', 'stub, as above'],
    ['stub-validated', 'stub with response validation (validateResponses: true, as in development)'],
    ['stub-noauth', 'stub with a no-op auth hook (no safeEqual)'],
    ['bare', 'bare Fastify route'],
  ];
  const breakdown: ServerContender[] = variants.map(([name, label]) => ({ name, label, rps: [], cpuUs: [], median: NaN, medianCpu: NaN }));
  const variantServers = new Map<string, Started>();
  try {
    for (const contender of breakdown) {
      try {
        const server = await startBenchServer(contender.name);
        variantServers.set(contender.name, server);
        await check(server);
        await load(server, { amount: options.breakdownRequests }, options.connections);
      } catch (error) {
        contender.error = message(error);
      }
    }
    for (let run = 0; run < options.runs; run++) {
      for (let i = 0; i < breakdown.length; i++) {
        const contender = breakdown[(i + run) % breakdown.length]!;
        const server = variantServers.get(contender.name);
        if (contender.error || !server) continue;
        try {
          const { cpuUs, rps } = await load(server, { amount: options.breakdownRequests }, options.connections);
          contender.cpuUs.push(cpuUs);
          contender.rps.push(rps);
        } catch (error) {
          contender.error = message(error);
        }
      }
    }
  } finally {
    await Promise.all([...variantServers.values()].map((server) => server.stop()));
  }
  for (const contender of breakdown) {
    contender.median = median(contender.rps);
    contender.medianCpu = median(contender.cpuUs);
    options.log(`  breakdown ${contender.name}: ${contender.medianCpu.toFixed(1)} us CPU/request`);
  }
  return { main, breakdown };
}

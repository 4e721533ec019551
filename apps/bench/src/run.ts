// `pnpm bench`: every benchmark in one run; prints the tables and fills them into RESULTS.md
// (the prose there is written by hand). `--quick`: each section once and briefly, to try the
// machinery; it writes nothing unless `--write` is given too.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { clientBench } from './client-bench.js';
import { BODIES, type BodyName } from './fixtures.js';
import { contractLoop, generationRow, type GenerationRow, loopTable } from './generation.js';
import { fillBlocks, fixed, median, ratio, spread, table } from './report.js';
import { buildServer, prismVersion, serverBench, type ServerRow } from './server-bench.js';
import { bundleSize } from './size.js';

const quick = process.argv.includes('--quick');
const write = !quick || process.argv.includes('--write');
const runs = quick ? 1 : 5;
const log = (line: string): void => console.log(line);
const started = performance.now();
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} at the start`;
log(`bench: ${machine}${quick ? ' (quick)' : ''}`);

const servers = {} as Record<BodyName, ServerRow[]>;
await buildServer();
for (const body of ['four', 'full'] as const) servers[body] = await serverBench(body, runs, quick ? 1 : 8, log);
const client = await clientBench(runs, quick ? 200 : 2000, log);
const sizes = {
  client: await bundleSize('create-chat-client'),
  openapiFetch: await bundleSize('create-chat-openapi-fetch'),
  echoBot: await bundleSize('echo-bot-worker'),
};
const generation: GenerationRow[] = [];
for (const methods of quick ? [1, 10] : [1, 10, 100, 1000]) generation.push(await generationRow(methods, quick ? 1 : methods === 1 ? 5 : 3, log));
const loop = await contractLoop(quick ? 1 : 3, log);

const rowOf = (body: BodyName, name: string) => servers[body].find((candidate) => candidate.name === name);
const rps = (body: BodyName, name: string) => median(rowOf(body, name)?.rps ?? []);
const cpu = (body: BodyName, name: string) => median(rowOf(body, name)?.cpu ?? []);
/**
 * `a`'s throughput against `b`'s in each run alone (the two measured in the same rotation, so a
 * drift of the machine's speed between runs cancels out), `min–max`: how far one run can land
 * from the median.
 */
const perRun = (body: BodyName, a: string, b: string, by: 'rps' | 'cpu') => {
  const ours = rowOf(body, a)?.[by] ?? [];
  const theirs = rowOf(body, b)?.[by] ?? [];
  const ratios = ours.slice(0, theirs.length).map((value, run) => (by === 'rps' ? value / theirs[run]! : theirs[run]! / value));
  return `${spread(ratios, 2)}x`;
};
/** Throughput of `a` against `b`, from req/s and from CPU per request (one core per server: its inverse), then run by run. */
const versus = (body: BodyName, a: string, b: string) =>
  `${ratio(rps(body, a), rps(body, b))} (CPU: ${ratio(cpu(body, b), cpu(body, a))}); runs ${perRun(body, a, b, 'rps')} (CPU: ${perRun(body, a, b, 'cpu')})`;
/** Whether `a` reaches `least` times `b`'s throughput by req/s and by CPU per request alike. */
const reaches = (body: BodyName, a: string, b: string, least: number) =>
  rps(body, a) / rps(body, b) >= least && cpu(body, b) / cpu(body, a) >= least;
/** The 1-minute load average over a body's server runs, `min–max`. */
const loadDuring = (body: BodyName) => spread(servers[body].flatMap((row) => row.load), 2);
const wall = (name: string) => median(client.find((row) => row.name === name)?.wall ?? []);
const genWall = (methods: number) => median(generation.find((row) => row.methods === methods)?.wall ?? []) / 1000;
const labels: Record<string, string> = {
  stub: '@b24-imbot/server stub (production)',
  bare: 'bare Fastify route (parses the body)',
  mock: '`pnpm mock` (responses validated, state kept)',
  prism: `Prism ${prismVersion} (\`--verboseLevel warn\`)`,
};

const serverTable = (body: BodyName) =>
  table(
    ['server', 'req/s (median)', 'runs (min–max)', 'CPU µs / request', 'req/s vs bare', 'CPU vs bare', 'load average (1 min)'],
    servers[body].map((row) => [
      labels[row.name]!,
      row.error ? `failed: ${row.error}` : fixed(median(row.rps)),
      spread(row.rps),
      row.name === 'prism' ? '-' : fixed(median(row.cpu), 1),
      ratio(median(row.rps), rps(body, 'bare')),
      row.name === 'prism' ? '-' : ratio(median(row.cpu), cpu(body, 'bare')),
      spread(row.load, 2),
    ]),
  );
const last = generation.at(-1)!;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const summary = table(
  ['target', 'measured (servers: median req/s ratio, from CPU per request; then each run alone, min–max)', 'status'],
  [
    ['stub >= 0.8x bare Fastify, four parameters, 10 connections', versus('four', 'stub', 'bare'), verdict(reaches('four', 'stub', 'bare', 0.8))],
    [
      `stub >= 0.9x bare Fastify by req/s and CPU, full example, 50 connections (load ${loadDuring('full')})`,
      versus('full', 'stub', 'bare'),
      verdict(reaches('full', 'stub', 'bare', 0.9)),
    ],
    ["mock's cost per request <= 1.5x the stub's (full example)", versus('full', 'stub', 'mock'), verdict(rps('full', 'stub') / rps('full', 'mock') <= 1.5)],
    ['`pnpm generate --force`, real contract, <= 3 s', `${genWall(1).toFixed(1)} s`, verdict(genWall(1) <= 3)],
    ['contract-change loop (one-method edit, generate + typecheck), <= 15 s', `${(median(loop.loop) / 1000).toFixed(1)} s`, verdict(median(loop.loop) <= 15_000)],
    [`generation at ${fixed(last.methods)} synthetic methods, < 15 s`, `${genWall(last.methods).toFixed(1)} s`, verdict(genWall(last.methods) < 15)],
    ['client per call <= 1.10x raw fetch', ratio(wall('client'), wall('fetch')), verdict(wall('client') / wall('fetch') <= 1.1)],
    [`one-method app at ${fixed(last.methods)} vs 1 method(s), unchanged`, ratio(last.bundle, generation[0]!.bundle), verdict(last.bundle <= generation[0]!.bundle * 1.01)],
  ],
);
const tasks = ['@b24-imbot/schema#build', '@b24-imbot/core#generate', '@b24-imbot/server#generate', '@b24-imbot/client#generate'];
const blocks = {
  machine: `${machine}; ${runs} run(s) per row, ${((performance.now() - started) / 1000).toFixed(0)} s in all.`,
  summary,
  'server-four': serverTable('four'),
  'server-full': serverTable('full'),
  client: table(
    ['client', 'µs per call (median)', 'runs (min–max)', 'client CPU µs / call', 'vs raw fetch'],
    client.map((row) => [row.name, fixed(median(row.wall)), spread(row.wall), fixed(median(row.cpu)), ratio(median(row.wall), wall('fetch'))]),
  ),
  loop: loopTable(loop, generation[0]!),
  size: table(['app (size-limit, min+gzip)', 'bytes'], [
    ['create-chat-client', fixed(sizes.client)],
    ['create-chat-openapi-fetch', fixed(sizes.openapiFetch)],
    ['echo-bot-worker (the bot, its client and webhook receiver)', fixed(sizes.echoBot)],
  ]),
  generation: table(
    ['methods', 'wall (median)', 'runs (min–max)', 'CPU, all processes', 'schema#build', 'core#generate', 'server#generate', 'client#generate', 'hey-api alone', 'one-method app'],
    generation.map((row) => [
      row.methods === 1 ? '1 (real, `pnpm generate --force`)' : fixed(row.methods),
      `${(median(row.wall) / 1000).toFixed(1)} s`,
      `${spread(row.wall.map((ms) => ms / 1000), 1)} s`,
      `${(median(row.cpu) / 1000).toFixed(1)} s`,
      ...tasks.map((task) => `${((row.tasks[task] ?? NaN) / 1000).toFixed(1)} s`),
      `${(row.heyApi.wall / 1000).toFixed(1)} s (CPU ${(row.heyApi.cpu / 1000).toFixed(1)} s)`,
      `${fixed(row.bundle)} B`,
    ]),
  ),
};
log(`\n${summary}`);
log(`\nbench: done in ${((performance.now() - started) / 1000).toFixed(0)} s; four-parameter body: ${BODIES.four.connections} connections, full: ${BODIES.full.connections}`);
if (write) {
  const results = new URL('../RESULTS.md', import.meta.url);
  writeFileSync(results, fillBlocks(readFileSync(results, 'utf8'), blocks));
  log('bench: filled the tables of apps/bench/RESULTS.md');
}

// `pnpm bench`: every benchmark in one run, one after the other; prints the ratio table and
// writes apps/bench/RESULTS.md. `--quick` runs each section once, briefly (to try the machinery;
// its numbers mean little and it does not write RESULTS.md unless --write is given too).
import { cpus, loadavg, release, type } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

import { clientBench, type ClientContender, clientOverhead } from './client-bench.js';
import { formatTable, integer, kilobytes, micros, ratio, seconds, type Target, targetText, verdict } from './format.js';
import { generationBench, type GenerationResult } from './generation-bench.js';
import { benchDir, repoDir } from './generation.js';
import { serverBench, type ServerBenchResult } from './server-bench.js';
import { bundleSize, type BundleSize, generateOpenapiFetchTypes } from './size.js';

const quick = process.argv.includes('--quick');
const write = !quick || process.argv.includes('--write');
const RUNS = quick ? 1 : 5;
const settings = {
  server: { runs: RUNS, durationSec: quick ? 1 : 3, connections: 10, warmupSec: quick ? 1 : 2, breakdownRequests: quick ? 2000 : 6000 },
  client: { runs: RUNS, callsPerRun: quick ? 300 : 2000, warmupCalls: quick ? 100 : 1000, overheadCalls: quick ? 1000 : 10_000 },
  generation: { runs: RUNS, runsLargest: quick ? 1 : 5, sizes: quick ? [10] : [10, 100, 1000] },
};

const started = performance.now();
const log = (line: string): void => console.log(line);
const schemaPath = join(repoDir, 'schema', 'openapi.yaml');
const loadAtStart = loadavg().map((value) => value.toFixed(2)).join(', ');

log(`bench: ${cpus().length} cores, Node ${process.version}, load average ${loadAtStart}${quick ? ' (quick)' : ''}`);

log('server: autocannon');
const server: ServerBenchResult = await serverBench({ ...settings.server, schemaPath, log });

log('client: time per call');
await generateOpenapiFetchTypes(schemaPath);
const client: ClientContender[] = await clientBench({ ...settings.client, log });
const overhead = await clientOverhead({ runs: RUNS, calls: settings.client.overheadCalls });

log('size: esbuild, min+gzip');
const sizes: BundleSize[] = [];
for (const app of ['create-chat-client', 'create-chat-sdk', 'create-chat-openapi-fetch']) sizes.push(await bundleSize(app));

log('generation');
const generation: GenerationResult = await generationBench({ ...settings.generation, log });

const totalMs = performance.now() - started;

// ---- The report ----------------------------------------------------------------------------

/** The range of single runs, e.g. `412–874 µs`. */
const spread = (values: readonly number[]): string =>
  `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} µs`;
const byName = <T extends { name: string }>(list: readonly T[], name: string): T | undefined => list.find((item) => item.name === name);
const stub = byName(server.main, 'stub');
const bare = byName(server.main, 'bare');
const prism = byName(server.main, 'prism');
const viaClient = byName(client, 'client');
const viaFetch = byName(client, 'fetch');
const viaOpenapiFetch = byName(client, 'openapi-fetch');
const sizeOf = (app: string): BundleSize | undefined => sizes.find((size) => size.app === app);
// The real contract (one method) is the baseline: the Size section's apps, bundled against the real client.
const realBundles = { methods: 1, client: sizeOf('create-chat-client')!, sdk: sizeOf('create-chat-sdk')! };
const bundleRows = [realBundles, ...generation.bundles];
const smallest = realBundles;
const largest = bundleRows.at(-1)!;

const targets: Record<'bare' | 'prism' | 'fetch', Target> = {
  bare: { value: (stub?.median ?? NaN) / (bare?.median ?? NaN), bound: 0.8, kind: 'min' },
  prism: { value: (stub?.median ?? NaN) / (prism?.median ?? NaN), bound: 10, kind: 'min' },
  fetch: { value: (viaClient?.median ?? NaN) / (viaFetch?.median ?? NaN), bound: 1.15, kind: 'max' },
};
/** Tree-shaking holds when the one-method app does not grow with the contract (within 5%). */
const treeShakes = (pick: (b: GenerationResult['bundles'][number]) => BundleSize): boolean | undefined =>
  smallest && largest && smallest !== largest ? pick(largest).gzipBytes <= pick(smallest).gzipBytes * 1.05 : undefined;
const clientShakes = treeShakes((b) => b.client);
const sdkShakes = treeShakes((b) => b.sdk);

const summaryRows: string[][] = [
  ['Server: stub vs bare Fastify (req/s)', ratio(stub?.median ?? NaN, bare?.median ?? NaN), targetText(targets.bare), verdict(targets.bare)],
  ['Server: stub vs Prism (req/s)', ratio(stub?.median ?? NaN, prism?.median ?? NaN), targetText(targets.prism), prism?.error ? 'not measured (Prism failed)' : verdict(targets.prism)],
  ['Client: time per call vs raw fetch', ratio(viaClient?.median ?? NaN, viaFetch?.median ?? NaN), targetText(targets.fetch), verdict(targets.fetch)],
  ['Client: same, with `timeoutMs: 0` (like raw fetch)', ratio(byName(client, 'client-notimeout')?.median ?? NaN, viaFetch?.median ?? NaN), '-', '-'],
  ['Client: time per call vs openapi-fetch', ratio(viaClient?.median ?? NaN, viaOpenapiFetch?.median ?? NaN), '-', '-'],
  [
    'Size: client app vs openapi-fetch app (min+gzip)',
    ratio(sizeOf('create-chat-client')?.gzipBytes ?? NaN, sizeOf('create-chat-openapi-fetch')?.gzipBytes ?? NaN),
    '-',
    '-',
  ],
  [
    `Size: one-method app, ${largest?.methods ?? '?'} vs ${smallest?.methods ?? '?'} method(s), createImbotClient`,
    ratio(largest?.client.gzipBytes ?? NaN, smallest?.client.gzipBytes ?? NaN),
    'tree-shaking (<= 1.05x)',
    clientShakes === undefined ? 'not measured' : clientShakes ? 'met' : 'MISSED',
  ],
  [
    `Size: one-method app, ${largest?.methods ?? '?'} vs ${smallest?.methods ?? '?'} method(s), generated SDK function`,
    ratio(largest?.sdk.gzipBytes ?? NaN, smallest?.sdk.gzipBytes ?? NaN),
    'tree-shaking (<= 1.05x)',
    sdkShakes === undefined ? 'not measured' : sdkShakes ? 'met' : 'MISSED',
  ],
];

const stubCpu = byName(server.breakdown, 'stub')?.medianCpu ?? NaN;
const validatedCpu = byName(server.breakdown, 'stub-validated')?.medianCpu ?? NaN;
const noAuthCpu = byName(server.breakdown, 'stub-noauth')?.medianCpu ?? NaN;
const bareCpu = byName(server.breakdown, 'bare')?.medianCpu ?? NaN;
/** A measured difference in CPU time, or a note that this run could not tell it from noise. */
const delta = (us: number): string => (Number.isFinite(us) && us >= 1 ? micros(us) : 'not measurable in this run (noise)');
const validationUs = validatedCpu - stubCpu;
const authUs = stubCpu - noAuthCpu;
const restUs = stubCpu - bareCpu - authUs;

const genRow = (name: string) => generation.rows.find((row) => row.name === name);
const perMethodMs = (() => {
  const small = generation.rows.filter((row) => /^\d+$/.test(row.name) && Number.isFinite(row.median));
  if (small.length < 2) return NaN;
  const first = small[0]!;
  const last = small.at(-1)!;
  return (last.median - first.median) / (last.methods - first.methods);
})();

const overheadOf = (name: string): number => overhead.find((row) => row.name === name)?.median ?? NaN;
const viaRequestLoop = byName(client, 'fetch-request');

const notes: string[] = [];
if (verdict(targets.bare) !== 'met' && Number.isFinite(targets.bare.value)) {
  notes.push(
    `- **Server vs bare Fastify: ${ratio(stub!.median, bare!.median)}, target >= 0.8x (${verdict(targets.bare).toLowerCase()}).** ` +
      `The stub does per request what a bare route does not, and on a constant answer that work is most of the cost: ` +
      `server CPU per request (breakdown below) is ${micros(stubCpu)} for the stub against ${micros(bareCpu)} for the bare route ` +
      `(+${micros(stubCpu - bareCpu)}). Of the extra, the token check in the auth hook (\`safeEqual\`) is about ${delta(authUs)}; ` +
      `the remaining ${delta(restUs)} is the plugin's own path: ` +
      `raw-buffer body, content-type and charset parsing, UTF-8 decode, a JSON depth scan before \`JSON.parse\`, shape checks, ` +
      `merging and upper-casing parameters, numeric coercion, Ajv on the parameters, the \`time\` object, ` +
      `\`JSON.stringify\` of the envelope, and the wildcard route on every HTTP verb. ` +
      `The stub runs as in production (responses not re-validated); with response validation on, as in development ` +
      `and tests, a request costs ${delta(validationUs)} more (the \`stub-validated\` row).`,
  );
}
if (verdict(targets.prism) !== 'met' && Number.isFinite(targets.prism.value)) {
  notes.push(
    `- **Server vs Prism: ${ratio(stub!.median, prism!.median)}, target >= 10x (${verdict(targets.prism).toLowerCase()}).** ` +
      `Prism spends ${micros(prism!.medianCpu)} of CPU per request (its forked server process and the CLI together), ` +
      `the stub ${micros(stub!.medianCpu)}: ${ratio(prism!.medianCpu, stub!.medianCpu)} less CPU per request. With one core ` +
      `for the server and one for autocannon, requests per second follow CPU per request, so 10x would need the stub at ` +
      `${micros(prism!.medianCpu / 10)} per request${
        prism!.medianCpu / 10 < (bare?.medianCpu ?? NaN)
          ? `, less than the bare Fastify route itself needs here (${micros(bare!.medianCpu)}): no Fastify server can reach it on this machine`
          : ` (the bare Fastify route needs ${micros(bare?.medianCpu ?? NaN)})`
      }. ` +
      `Prism is measured at its best (logging at \`warn\`; at its default \`info\` it served about 2.5x fewer requests in ` +
      `our trials, which would make this ratio about ${ratio(stub!.median * 2.5, prism!.median)}); per request it validates the ` +
      `body and answers the contract's static example.`,
  );
}
if (verdict(targets.fetch) !== 'met' && Number.isFinite(targets.fetch.value)) {
  notes.push(
    `- **Client vs raw fetch: ${ratio(viaClient!.median, viaFetch!.median)}, target <= 1.15x (${verdict(targets.fetch).toLowerCase()}).** ` +
      `On a loopback server that answers a constant body a raw call takes ${micros(viaFetch!.median)} and the client ` +
      `${micros(viaClient!.median)} (+${micros(viaClient!.median - viaFetch!.median)}), but single runs on this machine ` +
      `spread widely (client ${spread(viaClient!.meanUs)}, raw fetch ${spread(viaFetch!.meanUs)}), and so does the ` +
      `like-for-like client with \`timeoutMs: 0\` (no timer, no abort signal): ` +
      `${micros(byName(client, 'client-notimeout')?.median ?? NaN)}, ` +
      `${ratio(byName(client, 'client-notimeout')?.median ?? NaN, viaFetch!.median)} of raw fetch. The client's own ` +
      `cost is clearer in CPU time with an in-memory fetch (the \`client overhead\` table): ` +
      `${micros(overheadOf('client'))} per call against ${micros(overheadOf('fetch'))} for the raw call, ` +
      `+${micros(overheadOf('client') - overheadOf('fetch'))} for the timeout timer and signal, the CLIENT_ID spread, ` +
      `the envelope checks and the method tree. The client calls \`fetch(url, init)\` as the raw call does; handing ` +
      `fetch a \`Request\` object, as openapi-fetch and hey-api's runtime do, costs far more ` +
      `(${micros(viaRequestLoop?.median ?? NaN)}, ${ratio(viaRequestLoop?.median ?? NaN, viaFetch!.median)} of raw fetch). ` +
      `Against a real portal (tens of milliseconds per call) the difference is well under 1%.`,
  );
}
if (clientShakes === false) {
  notes.push(
    `- **Tree-shaking of \`createImbotClient\` does not hold:** the one-method app grows from ` +
      `${kilobytes(smallest!.client.gzipBytes)} (${smallest!.methods} method) to ${kilobytes(largest!.client.gzipBytes)} ` +
      `(${kilobytes(largest!.client.minBytes)} minified) at ${largest!.methods} methods. \`createImbotClient\` builds ` +
      `\`client.<scope>.<entity>.<action>\` at run time from the generated method table (\`methods\` in methods.gen.ts), ` +
      `which imports every generated SDK function and lists every method's error codes, so a bundler must keep them all. ` +
      `The generated SDK functions themselves tree-shake: the same app written with \`imbotChatAdd\` stays at ` +
      `${kilobytes(largest!.sdk.gzipBytes)}.`,
  );
}
if (prism?.error) notes.push(`- **Prism could not be measured:** ${prism.error}`);

const dateText = new Date().toISOString().slice(0, 10);
const cpuModel = cpus()[0]?.model.trim() ?? 'unknown CPU';

const report = `# Benchmarks

Written by \`pnpm bench\` (apps/bench/src/run.ts) from one run on ${dateText}.

- Machine: ${cpus().length} cores (${cpuModel}), ${type()} ${release()}, Node ${process.version}.
- Load average when the run started: ${loadAtStart}. Other processes on the machine add noise;
  ratios within one run are what matter, and the CPU-time columns are the least disturbed.
- Every figure is the median of ${RUNS} runs unless said otherwise; the whole run took ${seconds(totalMs)}.

## Summary

${formatTable(['comparison', 'ratio', 'target', 'status'], summaryRows, ['left', 'right', 'left', 'left'])}

${notes.length ? `## Where targets are missed, and why\n\n${notes.join('\n')}\n` : ''}
## Server

autocannon ${'9.0.0'}: ${settings.server.connections} connections, pipelining 1, ${settings.server.durationSec} s per run after a
${settings.server.warmupSec} s warm-up, ${RUNS} runs per server in rotating order. Every server runs in its own process on
127.0.0.1 (port 0) and answers \`POST ${'/imbot.chat.add'}\` with a JSON body (USERS, TITLE, COLOR, MESSAGE) and a Bearer
token; each answer is checked (200, \`result\` ${2725}) before the runs, and any non-2xx or error fails the run. Prism runs
by its own binary (\`prism mock\`) with \`--verboseLevel warn\`: at its default \`info\` it logs five lines per request and
serves about 2.5x fewer requests, so this is Prism at its best.

${formatTable(
  ['server', 'req/s (median)', 'runs', 'server CPU / request', 'vs stub'],
  server.main.map((c) => [
    c.label,
    c.error && c.rps.length === 0 ? 'failed' : integer(c.median),
    c.rps.map(integer).join(', '),
    micros(c.medianCpu),
    ratio(stub?.median ?? NaN, c.median),
  ]),
  ['left', 'right', 'right', 'right', 'right'],
)}

Breakdown: server CPU time per request (from /proc), ${integer(settings.server.breakdownRequests)} requests per
measurement, the four servers in rotating order, median of ${RUNS} runs, same settings.

${formatTable(
  ['server', 'CPU / request', 'vs bare'],
  server.breakdown.map((c) => [c.label, micros(c.medianCpu), ratio(c.medianCpu, bareCpu)]),
  ['left', 'right', 'right'],
)}

## Client

Mean time per call, one call after the other (no concurrency), ${integer(settings.client.callsPerRun)} calls per run after
${integer(settings.client.warmupCalls)} warm-up calls, ${RUNS} runs in rotating order. The server is a bare Fastify route at
the webhook path answering the constant envelope, in its own process, so that the client's own cost shows. All three send
the same JSON body (USERS, TITLE, CLIENT_ID) to \`/rest/1/<code>/imbot.chat.add\` over keep-alive and read \`result\`.
openapi-fetch is typed by openapi-typescript 7.13.0 from the same contract (generated at bench time into
apps/bench/.tmp/).

${formatTable(
  ['client', 'time per call (median)', 'runs', 'client CPU / call', 'vs raw fetch'],
  client.map((c) => [c.label, micros(c.median), c.meanUs.map((v) => v.toFixed(0)).join(', '), micros(c.medianCpu), ratio(c.median, viaFetch?.median ?? NaN)]),
  ['left', 'right', 'right', 'right', 'right'],
)}

Client overhead: each contender's own CPU time per call with an in-memory \`fetch\` (no network; it reads the request
body and answers the constant envelope), ${integer(settings.client.overheadCalls)} calls per run, median of ${RUNS} runs.

${formatTable(
  ['client', 'CPU / call', 'vs raw fetch'],
  overhead.map((row) => [row.label, micros(row.median), ratio(row.median, overheadOf('fetch'))]),
  ['left', 'right', 'right'],
)}

## Size

esbuild 0.28.2, one ESM bundle per app (minified, tree-shaken, platform browser, es2022), gzip level 9. The apps are in
apps/bench/apps/: each creates one chat and prints its id. \`create-chat-sdk\` uses the generated hey-api function that
@b24-imbot/client also exports (no retries, typed errors or CLIENT_ID handling).

${formatTable(
  ['app', 'minified', 'min+gzip', 'vs openapi-fetch'],
  sizes.map((s) => [s.app, kilobytes(s.minBytes), kilobytes(s.gzipBytes), ratio(s.gzipBytes, sizeOf('create-chat-openapi-fetch')?.gzipBytes ?? NaN)]),
  ['left', 'right', 'right', 'right'],
)}

## Generation

\`pnpm generate\` runs both packages' generators through turbo (@b24-imbot/client: hey-api 0.95.0 then
scripts/generate-methods.ts; @b24-imbot/server: scripts/generate.ts, Ajv standalone + openapi-typescript). The synthetic
rows run the same scripts with the packages' own configs, copied into a temp workspace under apps/bench/.tmp/ (never the
real src/gen), both packages in parallel as turbo runs them (on the real contract this harness takes the same time as
\`pnpm generate --force\`, within noise). A synthetic contract of N methods is the real one plus N - 1
Bitrix-like methods (scripts/synthetic-schema.ts): paths like \`/im.chat.add\`, \`/crm.deal.list\`, JSON and form bodies,
a \`{result, time}\` envelope and the seven shared Bitrix error responses.${
  settings.generation.runsLargest !== RUNS ? ` The largest contract is run ${settings.generation.runsLargest} times.` : ''
}

${formatTable(
  ['contract', 'methods', 'wall time (median)', 'runs', 'client', 'server'],
  generation.rows.map((row) => [
    row.label,
    integer(row.methods),
    row.error ? 'failed' : seconds(row.median),
    row.wallMs.map((ms) => (ms / 1000).toFixed(1)).join(', '),
    row.client === undefined ? '-' : seconds(row.client),
    row.server === undefined ? '-' : seconds(row.server),
  ]),
  ['left', 'right', 'right', 'right', 'right', 'right'],
)}

Growth: about ${Number.isFinite(perMethodMs) ? `${perMethodMs.toFixed(0)} ms` : 'n/a'} of wall time per added method between the
smallest and the largest synthetic contract (2 cores, both generators in parallel; roughly linear); ${
  genRow('1000')?.client !== undefined && genRow('1000')?.server !== undefined
    ? `at 1,000 methods the client's generator takes ${seconds(genRow('1000')!.client!)} and the server's ${seconds(genRow('1000')!.server!)}`
    : 'see the rows above'
}.

One-method apps bundled against the client generated for each contract (tree-shaking):

${formatTable(
  ['methods in the contract', 'createImbotClient app, min+gzip', 'minified', 'generated SDK function app, min+gzip'],
  bundleRows.map((b) => [
    b.methods === 1 ? '1 (the real contract, as in Size)' : integer(b.methods),
    kilobytes(b.client.gzipBytes),
    kilobytes(b.client.minBytes),
    kilobytes(b.sdk.gzipBytes),
  ]),
  ['right', 'right', 'right', 'right'],
)}
`;

const summary = formatTable(['comparison', 'ratio', 'target', 'status'], summaryRows, ['left', 'right', 'left', 'left']);
log('');
log(summary);
log(`\nbench: done in ${seconds(totalMs)}`);
if (write) {
  writeFileSync(join(benchDir, 'RESULTS.md'), report);
  log('bench: wrote apps/bench/RESULTS.md');
}

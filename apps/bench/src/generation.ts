// Generation: wall time of `pnpm generate --force` (turbo: the schema bundle, then the three
// generators in parallel) for the real contract, and for synthetic contracts of N methods in a
// scratch copy of the workspace (testkit's copyWorkspace) whose schema/openapi.yaml is the
// synthetic document as JSON. Per task, turbo's run summary; and hey-api alone (its own types
// plugin, none of ours) on the same bundled document, to show the floor it sets. Then the
// one-method app bundled against each generated client (tree-shaking).
//
// The contract-change loop: in a scratch copy of the whole workspace, after one warm-up round,
// each run edits one method of the contract (a new parameter of imbot.chat.add) and runs
// `pnpm generate` and `pnpm typecheck` as a user does, with turbo's cache as that leaves it.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { copyWorkspace, type ScratchWorkspace, workspaceRoot } from '@b24-imbot/testkit';

import { table } from './report.js';
import { bundleSize } from './size.js';
import { syntheticSchema } from './synthetic.js';

export interface GenerationRow {
  methods: number;
  /** Wall and CPU (user + system, all processes) times in ms, one per run; the median time of each turbo task and of hey-api alone. */
  wall: number[];
  cpu: number[];
  tasks: Record<string, number>;
  heyApi: { wall: number; cpu: number };
  /** The one-method client app, bytes after gzip. */
  bundle: number;
  /** The load average when its runs started. */
  load: string;
}

/** The machine's load average (1, 5, 15 minutes) as `0.52, 1.56, 1.73`. */
export const loadAverage = (): string => loadavg().map((load) => load.toFixed(2)).join(', ');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** One `pnpm generate --force` in `ws`, with turbo's per-task times (ms) from its run summary. */
const generateOnce = async (ws: ScratchWorkspace, root: string) => {
  const runs = join(root, '.turbo', 'runs');
  rmSync(runs, { recursive: true, force: true });
  const started = performance.now();
  // bash's `times` prints the CPU time of the finished commands (second line: user and system).
  const { ok, output } = await ws.exec('bash', ['-c', 'pnpm generate --force --summarize --output-logs=errors-only && times'], root);
  const wall = performance.now() - started;
  if (!ok) throw new Error(`pnpm generate failed:\n${output.slice(-2000)}`);
  const cpu = cpuOf(output);
  const summary = JSON.parse(readFileSync(join(runs, readdirSync(runs)[0]!), 'utf8')) as {
    tasks: Array<{ taskId: string; execution: { startTime: number; endTime: number } }>;
  };
  const tasks = Object.fromEntries(summary.tasks.map((task) => [task.taskId, task.execution.endTime - task.execution.startTime]));
  return { wall, cpu, tasks };
};

/** User + system time of the children from bash's `times` output (its last line; stderr may follow), in ms. */
const cpuOf = (output: string): number => {
  const line = output.split('\n').filter((text) => /^\d+m[\d.]+s \d+m[\d.]+s$/.test(text.trim())).at(-1) ?? '';
  const [user, system] = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, sec]) => Number(m) * 60 + Number(sec));
  return ((user ?? NaN) + (system ?? NaN)) * 1000;
};

/** hey-api with its own types plugin only, on the copy's bundled document, in a fresh Node. */
const heyApiAlone = async (ws: ScratchWorkspace, root: string): Promise<{ wall: number; cpu: number }> => {
  const script = `import { createClient } from '@hey-api/openapi-ts';
await createClient({ input: ${JSON.stringify(join(root, 'schema/dist/openapi.json'))}, output: ${JSON.stringify(join(ws.dir, '.heyapi'))}, logs: { file: false, level: 'silent' }, plugins: ['@hey-api/typescript'] });`;
  const started = performance.now();
  const { ok, output } = await ws.exec('bash', ['-c', '"$0" --input-type=module -e "$1" && times', process.execPath, script], join(ws.dir, 'packages', 'client'));
  if (!ok) throw new Error(`hey-api alone failed:\n${output.slice(-2000)}`);
  return { wall: performance.now() - started, cpu: cpuOf(output) };
};

/** `methods` = 1: the real contract, generated in place in the repository (what `pnpm generate --force` does). */
export async function generationRow(methods: number, runs: number, log: (line: string) => void): Promise<GenerationRow> {
  const ws = copyWorkspace(['schema', 'packages/core', 'packages/client', 'packages/server', 'packages/testkit']);
  try {
    if (methods > 1) ws.write('schema/openapi.yaml', `${JSON.stringify(syntheticSchema(methods), null, 2)}\n`);
    // The real contract is generated in the repository itself, as a user runs it.
    const root = methods > 1 ? ws.dir : workspaceRoot;
    const load = loadAverage();
    const results: Array<Awaited<ReturnType<typeof generateOnce>>> = [];
    for (let run = 0; run < runs; run++) {
      results.push(await generateOnce(ws, root));
      log(`  generate, ${methods} method(s), run ${run + 1}/${runs}: ${(results.at(-1)!.wall / 1000).toFixed(1)} s`);
    }
    const tasks = Object.fromEntries(Object.keys(results[0]!.tasks).map((task) => [task, median(results.map((r) => r.tasks[task] ?? NaN))]));
    const heyApi = await heyApiAlone(ws, root);
    const bundle = await bundleSize('create-chat-client', join(root, 'packages/client/src/index.ts'));
    return { methods, wall: results.map((r) => r.wall), cpu: results.map((r) => r.cpu), tasks, heyApi, bundle, load };
  } finally {
    ws.remove();
  }
}


export interface LoopRow {
  /** Wall times in ms, one per run: `pnpm generate`, `pnpm typecheck`, and both. */
  generate: number[];
  typecheck: number[];
  loop: number[];
  /** CPU time (user + system, all processes) of each whole loop, ms. */
  cpu: number[];
  /** The load average when the runs started and when they ended. */
  load: { start: string; end: string };
}

/** Every package `pnpm typecheck` checks: the loop copies them all. */
export const LOOP_PACKAGES = ['schema', 'packages/core', 'packages/server', 'packages/client', 'packages/bot', 'packages/redis', 'packages/testkit', 'apps/demo', 'apps/bench', 'apps/release-check'];

/** One more parameter for imbot.chat.add in the copy's contract: a one-method edit, new every time. */
export const editOneMethod = (ws: ScratchWorkspace, n: number): void =>
  ws.edit('schema/openapi.yaml', (text) =>
    text.replace(
      /^( {4}ImbotChatAddParams:\n(?: {6}.*\n| {8}.*\n)*? {6}properties:\n)/m,
      `$1        BENCH_${n}:\n          type: integer\n          description: A parameter the bench adds (run ${n}).\n`,
    ),
  );

/** `pnpm <script>` in the copy: wall and CPU time (ms); fails with its output. */
const timed = async (ws: ScratchWorkspace, script: string) => {
  const started = performance.now();
  const { ok, output } = await ws.exec('bash', ['-c', `pnpm ${script} --output-logs=errors-only && times`]);
  const wall = performance.now() - started;
  if (!ok) throw new Error(`pnpm ${script} failed:\n${output.slice(-3000)}`);
  return { wall, cpu: cpuOf(output) };
};

/** The contract-change loop, `runs` times after one warm-up round, in a scratch copy of `ws` (the whole workspace by default). */
export async function contractLoop(runs: number, log: (line: string) => void, ws: ScratchWorkspace = copyWorkspace(LOOP_PACKAGES)): Promise<LoopRow> {
  try {
    // The warm-up: the copy's turbo cache as a user's is after their last loop.
    await timed(ws, 'generate');
    await timed(ws, 'typecheck');
    const row: LoopRow = { generate: [], typecheck: [], loop: [], cpu: [], load: { start: loadAverage(), end: '' } };
    for (let run = 1; run <= runs; run++) {
      editOneMethod(ws, run);
      const generate = await timed(ws, 'generate');
      const typecheck = await timed(ws, 'typecheck');
      row.generate.push(generate.wall);
      row.typecheck.push(typecheck.wall);
      row.loop.push(generate.wall + typecheck.wall);
      row.cpu.push(generate.cpu + typecheck.cpu);
      log(`  contract-change loop, run ${run}/${runs}: generate ${(generate.wall / 1000).toFixed(1)} s + typecheck ${(typecheck.wall / 1000).toFixed(1)} s (load ${loadAverage()})`);
    }
    row.load.end = loadAverage();
    return row;
  } finally {
    ws.remove();
  }
}

/**
 * The figures before this work (issue 23), on this machine (2 cores), with the same procedure on
 * the tree before @b24-imbot/core (commit 2af37e7: two generators, and each package's
 * `typecheck` checking the sources of every package it imports). The machine is shared: each
 * figure says its load, and the loop's CPU time, which load disturbs less.
 */
export const BASELINES = {
  generateForce: { seconds: 3.1, note: '2.99–3.23 s at load 0.5; 4.7–5.3 s of CPU' },
  loop: { seconds: 50.4, note: '35.5–57.5 s at load 9–12; 50–66 s of CPU' },
};

/** The two figures of issue 23 beside their baselines and targets, with the load while measured. */
export function loopTable(loop: LoopRow, generateForce: GenerationRow): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows = [
    [
      '`pnpm generate --force` (real contract)',
      '<= 3 s',
      `${BASELINES.generateForce.seconds.toFixed(1)} s (${BASELINES.generateForce.note})`,
      `${seconds(median(generateForce.wall))} (${generateForce.wall.map(seconds).join(', ')})`,
      generateForce.load,
    ],
    [
      'contract-change loop: one-method edit, `pnpm generate` + `pnpm typecheck`',
      '<= 15 s',
      `${BASELINES.loop.seconds.toFixed(1)} s (${BASELINES.loop.note})`,
      `${seconds(median(loop.loop))} (generate ${seconds(median(loop.generate))} + typecheck ${seconds(median(loop.typecheck))}; CPU ${seconds(median(loop.cpu))})`,
      `${loop.load.start} → ${loop.load.end}`,
    ],
  ];
  return table(['figure', 'target', 'baseline', 'measured (median; runs)', 'load average (1, 5, 15 min)'], rows);
}

// Generation: wall time of `pnpm generate --force` (turbo: the schema bundle, then both
// generators in parallel) for the real contract, and for synthetic contracts of N methods in a
// scratch copy of the workspace (testkit's copyWorkspace) whose schema/openapi.yaml is the
// synthetic document as JSON. Per task, turbo's run summary; and hey-api alone (its own types
// plugin, none of ours) on the same bundled document, to show the floor it sets. Then the
// one-method app bundled against each generated client (tree-shaking).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { copyWorkspace, type ScratchWorkspace, workspaceRoot } from '@b24-imbot/testkit';

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
}

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
  const ws = copyWorkspace(['schema', 'packages/client', 'packages/server']);
  try {
    if (methods > 1) ws.write('schema/openapi.yaml', `${JSON.stringify(syntheticSchema(methods), null, 2)}\n`);
    // The real contract is generated in the repository itself, as a user runs it.
    const root = methods > 1 ? ws.dir : workspaceRoot;
    const results: Array<Awaited<ReturnType<typeof generateOnce>>> = [];
    for (let run = 0; run < runs; run++) {
      results.push(await generateOnce(ws, root));
      log(`  generate, ${methods} method(s), run ${run + 1}/${runs}: ${(results.at(-1)!.wall / 1000).toFixed(1)} s`);
    }
    const tasks = Object.fromEntries(Object.keys(results[0]!.tasks).map((task) => [task, median(results.map((r) => r.tasks[task] ?? NaN))]));
    const heyApi = await heyApiAlone(ws, root);
    const bundle = await bundleSize('create-chat-client', join(root, 'packages/client/src/index.ts'));
    return { methods, wall: results.map((r) => r.wall), cpu: results.map((r) => r.cpu), tasks, heyApi, bundle };
  } finally {
    ws.remove();
  }
}

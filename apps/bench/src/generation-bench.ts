// Generation: wall time of `pnpm generate` for the real contract (turbo, forced, and from
// turbo's cache), and of the same generators on synthetic contracts of N methods in temp
// workspaces (see generation.ts); then bundle sizes of a one-method app against the client
// generated for the largest one (tree-shaking).
import { join } from 'node:path';

import { stringify } from 'yaml';

import { generateIn, prepareWorkspace, repoDir, run, tmpRoot } from './generation.js';
import { type BundleSize, bundleSize } from './size.js';
import { median } from './stats.js';
import { syntheticSchema } from './synthetic-schema.js';

export interface GenerationRow {
  /** What was generated: `real` or the method count. */
  name: string;
  label: string;
  methods: number;
  /** Wall times in ms, one per run. */
  wallMs: number[];
  median: number;
  /** Median per-package times (synthetic rows), ms. */
  client?: number;
  server?: number;
  error?: string;
}

export interface GenerationResult {
  rows: GenerationRow[];
  /** One-method apps bundled against the client generated for each synthetic size. */
  bundles: Array<{ methods: number; client: BundleSize; sdk: BundleSize }>;
}

export interface GenerationBenchOptions {
  runs: number;
  /** Runs for the largest synthetic contract (each takes a minute or more on 2 cores). */
  runsLargest: number;
  sizes: number[];
  log: (line: string) => void;
}

const pnpmGenerate = async (runs: number, force: boolean, log: (line: string) => void): Promise<GenerationRow> => {
  const row: GenerationRow = {
    name: force ? 'real' : 'real-cached',
    label: force ? '`pnpm generate --force` (turbo, no cache), real contract' : '`pnpm generate` (turbo cache hit), real contract',
    methods: 1,
    wallMs: [],
    median: NaN,
  };
  for (let i = 0; i < runs; i++) {
    const result = await run(`pnpm run generate${force ? ' --force' : ''}`, repoDir);
    if (result.code !== 0) {
      row.error = `pnpm generate failed: ${result.output.slice(-500)}`;
      log(`  ${row.error}`);
      return row;
    }
    row.wallMs.push(result.ms);
    log(`  run ${i + 1}/${runs} ${row.name}: ${(result.ms / 1000).toFixed(1)} s`);
  }
  row.median = median(row.wallMs);
  return row;
};

export async function generationBench(options: GenerationBenchOptions): Promise<GenerationResult> {
  const rows: GenerationRow[] = [];
  rows.push(await pnpmGenerate(options.runs, true, options.log));
  rows.push(await pnpmGenerate(options.runs, false, options.log));

  const bundles: GenerationResult['bundles'] = [];
  const largest = Math.max(...options.sizes);
  for (const methods of options.sizes) {
    const dir = join(tmpRoot, `gen-${methods}`);
    prepareWorkspace(dir, stringify(syntheticSchema(methods), { aliasDuplicateObjects: false }));
    const row: GenerationRow = {
      name: String(methods),
      label:
        methods === 1
          ? 'real contract, same temp-workspace harness as the synthetic rows'
          : `synthetic, ${methods} methods`,
      methods,
      wallMs: [],
      median: NaN,
    };
    const client: number[] = [];
    const server: number[] = [];
    const runs = methods === largest ? options.runsLargest : options.runs;
    try {
      for (let i = 0; i < runs; i++) {
        const timing = await generateIn(dir);
        row.wallMs.push(timing.wallMs);
        client.push(timing.perPackage.client);
        server.push(timing.perPackage.server);
        options.log(`  run ${i + 1}/${runs} ${methods} methods: ${(timing.wallMs / 1000).toFixed(1)} s`);
      }
      row.median = median(row.wallMs);
      row.client = median(client);
      row.server = median(server);
      const entry = join(dir, 'packages', 'client', 'src', 'index.ts');
      bundles.push({
        methods,
        client: await bundleSize('create-chat-client', entry),
        sdk: await bundleSize('create-chat-sdk', entry),
      });
    } catch (error) {
      row.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      options.log(`  ${row.error}`);
    }
    rows.push(row);
  }
  return { rows, bundles };
}

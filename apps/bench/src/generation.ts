// Runs the packages' own generators on a schema other than the real one, in a temp copy of the
// workspace layout: <dir>/schema/openapi.yaml, <dir>/packages/{client,server}/ with their
// generator configs and scripts copied from the repository, exactly as `pnpm generate` (turbo
// runs each package's `generate` script, the two in parallel) would run them. Output lands in
// <dir>/packages/*/src/gen, never in the real src/gen. Node resolves the generators' imports
// from apps/bench/node_modules (the same pinned versions the packages use), so <dir> must be
// inside apps/bench.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = join(benchDir, '..', '..');
export const tmpRoot = join(benchDir, '.tmp');

export const GENERATED_PACKAGES = ['client', 'server'] as const;
export type GeneratedPackage = (typeof GENERATED_PACKAGES)[number];

/** PATH with the workspace's binaries (openapi-ts, tsx, ...) first. */
export const toolPath = (): string =>
  [join(benchDir, 'node_modules', '.bin'), join(repoDir, 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(
    delimiter,
  );

/** Everything of a package but its generated code and build output. */
const copyPackage = (name: GeneratedPackage, to: string): void => {
  const from = join(repoDir, 'packages', name);
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(from.length).replaceAll('\\', '/');
      return !/^\/(node_modules|dist|test|\.turbo|pack\.tgz|src\/gen)(\/|$)/.test(rel);
    },
  });
};

/** Lays out a workspace in `dir` for the schema text `yaml`. */
export function prepareWorkspace(dir: string, yaml: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'schema'), { recursive: true });
  writeFileSync(join(dir, 'schema', 'openapi.yaml'), yaml);
  cpSync(join(repoDir, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  for (const name of GENERATED_PACKAGES) copyPackage(name, join(dir, 'packages', name));
}

export interface RunResult {
  code: number;
  ms: number;
  output: string;
}

/** Runs a shell command, with a time limit; resolves with its exit code, wall time and output. */
export function run(command: string, cwd: string, timeoutMs = 300_000, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, {
      cwd,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: toolPath(), TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      if (output.length < 20_000) output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, ms: performance.now() - start, output });
    });
  });
}

const generateScript = (packageDir: string): string => {
  const script = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
    .scripts?.['generate'];
  if (!script) throw new Error(`${packageDir} has no generate script`);
  return script;
};

export interface GenerateTiming {
  /** Wall time of both generators run in parallel, as turbo runs them. */
  wallMs: number;
  perPackage: Record<GeneratedPackage, number>;
}

/** Runs each package's `generate` script in `dir` (laid out by prepareWorkspace), in parallel. */
export async function generateIn(dir: string): Promise<GenerateTiming> {
  const start = performance.now();
  const results = await Promise.all(
    GENERATED_PACKAGES.map(async (name) => {
      const packageDir = join(dir, 'packages', name);
      rmSync(join(packageDir, 'src', 'gen'), { recursive: true, force: true });
      const result = await run(generateScript(packageDir), packageDir);
      if (result.code !== 0) throw new Error(`generate failed in packages/${name}:\n${result.output.slice(-3000)}`);
      return [name, result.ms] as const;
    }),
  );
  return { wallMs: performance.now() - start, perPackage: Object.fromEntries(results) as Record<GeneratedPackage, number> };
}

export const hasGenerated = (dir: string): boolean =>
  GENERATED_PACKAGES.every((name) => existsSync(join(dir, 'packages', name, 'src', 'gen')));

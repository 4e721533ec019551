// A scratch copy of the workspace in a temp folder, to change the contract in and run the
// repo's own commands there (`pnpm generate`, `pnpm typecheck`, tests). Sources are copied;
// installed dependencies are shared by symlink, except that the workspace's own packages
// resolve to their copies, so that the copy generates from and compiles against its contract.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './process.js';

export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** What a copy needs at its root to be the same workspace. */
// `scripts` too: the root package.json's scripts and some tests import it.
const ROOT_FILES = ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', 'turbo.json', 'tsconfig.json', 'tsconfig.base.json', 'tsdown.config.ts', 'vitest.config.ts', 'scripts'];
/**
 * Never copied: installs, builds, caches (tsc's declarations and build info too: copied, their
 * times would tell `tsc -b` the copy is checked when it is not). Generated sources are copied
 * (they are committed).
 */
const SKIP = /(^|\/)(node_modules|dist|\.turbo|\.types|\.data|coverage)(\/|$)|\.tgz$|\.tsbuildinfo$/;

export interface ScratchWorkspace {
  /** The copy's root. */
  readonly dir: string;
  /** Rewrites a file of the copy (a path relative to its root) through `edit`. */
  edit(path: string, edit: (text: string) => string): void;
  /** Writes a file of the copy. */
  write(path: string, text: string): void;
  /** Runs a command in the copy (pnpm and the workspace's bins on PATH); never rejects. */
  exec(command: string, args: readonly string[], cwd?: string): Promise<{ ok: boolean; output: string }>;
  /** Deletes the copy. */
  remove(): void;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;

/**
 * A node_modules folder of symlinks to an installed one (never the installed folder itself, so
 * nothing run in the copy can change the real install). `redirect` may point a package elsewhere.
 */
const linkModules = (installed: string, modules: string, redirect: (name: string) => string | undefined): void => {
  if (!existsSync(installed)) return;
  mkdirSync(modules);
  for (const entry of readdirSync(installed)) {
    // pnpm's record of the install stays behind: the copy is not an install of its own.
    if (entry === '.modules.yaml' || entry === '.pnpm-workspace-state-v1.json') continue;
    // The bins get a folder of the copy's own: pnpm rewrites every file in it when it links
    // bins, which through a linked folder would point the real install's bins into the copy.
    if (entry === '.bin') {
      mkdirSync(join(modules, entry));
      for (const bin of readdirSync(join(installed, entry))) symlinkSync(join(installed, entry, bin), join(modules, entry, bin));
      continue;
    }
    if (!entry.startsWith('@')) {
      symlinkSync(join(installed, entry), join(modules, entry));
      continue;
    }
    mkdirSync(join(modules, entry));
    for (const name of readdirSync(join(installed, entry))) {
      symlinkSync(redirect(`${entry}/${name}`) ?? join(installed, entry, name), join(modules, entry, name));
    }
  }
};

/**
 * Copies the workspace packages under `packages` (paths relative to the root, e.g.
 * `['schema', 'packages/server']`) into a temp folder.
 */
export const copyWorkspace = (packages: readonly string[]): ScratchWorkspace => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-scratch-'));
  const names = new Map<string, string>(
    packages.map((path) => [readJson(join(workspaceRoot, path, 'package.json')).name as unknown as string, path]),
  );
  for (const file of ROOT_FILES) cpSync(join(workspaceRoot, file), join(dir, file), { recursive: true });
  for (const path of ['', ...packages]) {
    if (path === '') {
      linkModules(join(workspaceRoot, 'node_modules'), join(dir, 'node_modules'), () => undefined);
      continue;
    }
    cpSync(join(workspaceRoot, path), join(dir, path), {
      recursive: true,
      filter: (source) => !SKIP.test(relative(workspaceRoot, source)),
    });
    linkModules(join(workspaceRoot, path, 'node_modules'), join(dir, path, 'node_modules'), (name) => {
      const copied = names.get(name);
      return copied === undefined ? undefined : join(dir, copied);
    });
  }
  // Only the copied packages are in the copy's workspace.
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), readFileSync(join(workspaceRoot, 'pnpm-workspace.yaml'), 'utf8').replace(
    /^packages:\n(?:\s+- .*\n)+/m,
    `packages:\n${packages.map((path) => `  - ${path}\n`).join('')}`,
  ));
  // And only their projects in the root tsconfig.json (`tsc -b`'s list of the workspace's projects).
  const solution = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.json'), 'utf8')) as { references?: { path: string }[] };
  solution.references = solution.references?.filter((ref) => packages.some((path) => ref.path === path || ref.path.startsWith(`${path}/`)));
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(solution, null, 2)}\n`);

  const env = {
    ...process.env,
    PATH: [join(workspaceRoot, 'node_modules/.bin'), process.env.PATH].join(':'),
    TURBO_TELEMETRY_DISABLED: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    npm_config_update_notifier: 'false',
    // Never install in the copy: its dependencies are the workspace's. pnpm reads its own
    // prefix (a pnpm script's children inherit it from pnpm; a process started otherwise does
    // not), npm's for older pnpm.
    pnpm_config_verify_deps_before_run: 'false',
    npm_config_verify_deps_before_run: 'false',
  };
  return {
    dir,
    edit: (path, edit) => {
      const file = join(dir, path);
      const before = readFileSync(file, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`copyWorkspace: the edit left ${path} unchanged`);
      writeFileSync(file, after);
    },
    write: (path, text) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    exec: (command, args, cwd = dir) =>
      run(command, args, { cwd, env, timeoutMs: 600_000 }).then(
        ({ stdout, stderr }) => ({ ok: true, output: `${stdout}${stderr}` }),
        (error: Error) => ({ ok: false, output: error.message }),
      ),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};

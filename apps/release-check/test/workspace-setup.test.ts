// The README's path, as a new user walks it: quiet commands (no Turborepo telemetry banner, no
// pnpm update notice), a registry token in a project .npmrc never committed, the native build
// of the demo's SQLite documented, and `npm run setup` (scripts/setup.mjs) run for real in
// small workspaces: one line when it worked, a build's whole output when it failed, npm's
// config passed to the native build, the build made for the workspace's own Node.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '@b24-imbot/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { nodePackageName, workspaceNode } from '../../../scripts/workspace-node.mjs';
import { npmCli } from '../scripts/node-majors.js';
import { root } from './workspace.js';

/** The environment of a fresh machine: a new HOME (no turbo config yet), no CI, no opt-outs. */
const freshEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
  for (const key of ['CI', 'TURBO_TELEMETRY_DISABLED', 'DO_NOT_TRACK', 'npm_config_update_notifier', 'NPM_CONFIG_UPDATE_NOTIFIER']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('TURBO_') || key.startsWith('npm_')) delete env[key];
  return env;
};

describe("the README's commands", () => {
  it('run Turborepo without its telemetry banner, on a machine that never saw it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'b24-imbot-home-'));
    try {
      // A dry run: the same turbo start-up (where the banner is printed), no task is run.
      const { stdout, stderr } = await run('pnpm', ['run', 'generate', '--dry-run=json'], { cwd: root, env: freshEnv(home) });
      expect(`${stdout}${stderr}`).not.toMatch(/collects completely anonymous telemetry/i);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const [name, script] of Object.entries(scripts)) {
      if (/\bturbo run\b/.test(script)) expect(script, name).toMatch(/TURBO_TELEMETRY_DISABLED=1 turbo run/);
    }
  });

  it("turn pnpm's update notice off for the workspace", async () => {
    const home = mkdtempSync(join(tmpdir(), 'b24-imbot-home-'));
    try {
      const { stdout } = await run('pnpm', ['config', 'get', 'update-notifier'], { cwd: root, env: freshEnv(home) });
      expect(stdout.trim()).toBe('false');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('set-up and docs', () => {
  it('git ignores a project .npmrc (where a registry token lands during a release rehearsal)', async () => {
    await expect(run('git', ['check-ignore', '-q', '.npmrc'], { cwd: root })).resolves.toBeDefined();
  });

  it('the README says how to try the packages before npm, how to rehearse a release, and what the native SQLite build needs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/^## Try the packages before they are on npm$/m);
    expect(readme).toContain('pnpm pack --pack-destination');
    expect(readme).toMatch(/^## Release rehearsal against a local registry$/m);
    expect(readme).toContain('verdaccio');
    expect(readme).toMatch(/better-sqlite3[\s\S]*python3, make and a C\+\+ compiler/);
  });
});

// A stand-in for a native module: its install script prints what a compiler prints (90 lines),
// records which Node ran it and which headers npm's config gave it, and fails on request.
const STAND_IN_BUILD = `const { writeFileSync } = require('node:fs');
for (let line = 1; line <= 90; line += 1) console.log('g++ -O3 -fPIC -c ../src/stand-in.cpp (line ' + line + ')');
writeFileSync(require('node:path').join(process.env.INIT_CWD, 'built.json'), JSON.stringify({ node: process.version, nodedir: process.env.npm_config_nodedir ?? null }));
if (process.env.STAND_IN_FAIL === '1') { console.error('stand-in.cpp:1:1: error: the build was asked to fail'); process.exit(1); }
`;

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = /^pnpm@(.+)$/.exec(rootManifest.packageManager)![1]!;
const pinned = workspaceNode(root);
// Whether pnpm installs the pinned Node here (it skips it on other platforms).
const pinnedHere = pinned !== undefined && pinned.installed;
const USER_NODEDIR = '/opt/headers-from-npm-config';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A workspace with the real setup script, a stand-in native module, and (or not) the pinned Node. */
const fixture = async (options: { pinNode: boolean }): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-setup-'));
  dirs.push(dir);
  for (const file of ['scripts/setup.mjs', 'scripts/workspace-node.mjs']) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  mkdirSync(join(dir, 'stand-in'));
  writeFileSync(join(dir, 'stand-in/package.json'), JSON.stringify({ name: 'stand-in', version: '1.0.0', scripts: { install: 'node build.js' } }));
  writeFileSync(join(dir, 'stand-in/build.js'), STAND_IN_BUILD);
  const pin = options.pinNode ? { optionalDependencies: { [nodePackageName()]: rootManifest.optionalDependencies[nodePackageName()] ?? pinned?.version } } : {};
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'setup-fixture',
      private: true,
      packageManager: rootManifest.packageManager,
      scripts: { setup: rootManifest.scripts.setup },
      dependencies: { 'stand-in': 'file:./stand-in' },
      ...pin,
    }),
  );
  // pnpm names a `file:` dependency with its source when allowing its build.
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), "allowBuilds:\n  'stand-in@file:stand-in': true\nupdateNotifier: false\n");
  // npm's config, as a user sets it: the headers for native builds.
  writeFileSync(join(dir, '.npmrc'), `nodedir=${USER_NODEDIR}\n`);
  await run('pnpm', ['install', '--lockfile-only'], { cwd: dir, env: cleanEnv() });
  return dir;
};

/** This machine's environment without what an outer pnpm, turbo or npm put in it. */
const cleanEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (/^(npm_|NPM_|TURBO_|PNPM_)/.test(key) || key === 'INIT_CWD') delete env[key];
  // npm's own bin on PATH, not the workspace's pinned node: as a user's shell has it.
  env.PATH = (env.PATH ?? '').split(':').filter((entry) => !entry.endsWith('node_modules/.bin')).join(':');
  return { ...env, ...extra };
};

/** The machine's own Node (the one npm runs on), and its version. */
const machineNode = execFileSync('/bin/sh', ['-c', 'command -v node'], { env: cleanEnv() }).toString().trim();
const machineVersion = execFileSync(machineNode, ['--version']).toString().trim();

/** `npm run setup` in a fixture; resolves to its exit code and its own lines (npm's banner aside). */
const setup = (dir: string, env: NodeJS.ProcessEnv = cleanEnv()) =>
  run('npm', ['run', 'setup'], { cwd: dir, env, timeoutMs: 240_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
    (error: Error) => ({ code: 1, output: error.message }),
  );
const ownLines = (output: string) => output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
const built = (dir: string) => JSON.parse(readFileSync(join(dir, 'built.json'), 'utf8')) as { node: string; nodedir: string | null };

describe('npm run setup', () => {
  it('ends with one line saying it worked; the native build ran for the workspace Node, with its headers', async () => {
    const dir = await fixture({ pinNode: true });
    // The machine's global npm config, as npm hands it to the script.
    const globalConfig = join(dir, 'machine-npmrc');
    writeFileSync(globalConfig, 'init-author-name=b24-imbot setup test\n');
    const { code, output } = await setup(dir, cleanEnv({ npm_config_globalconfig: globalConfig }));
    expect(code, output).toBe(0);
    const lines = ownLines(output);
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^setup: ok in \\d+ s: pnpm ${pnpmVersion.replaceAll('.', '\\.')} was there, dependencies installed; scripts run on `));
    expect(output).not.toContain('g++');
    if (pinnedHere) {
      // Built by the pinned Node, against the headers that come with it (not npm's nodedir).
      expect(built(dir)).toEqual({ node: `v${pinned!.version}`, nodedir: join(dir, 'node_modules', pinned!.name) });
      expect(existsSync(join(dir, 'node_modules', pinned!.name, 'include/node/node.h'))).toBe(true);
      expect(lines[0]).toContain(`the workspace's Node v${pinned!.version} (${pinned!.name})`);
      // npm run on the workspace's Node reads the machine's global config.
      const config = await run(join(dir, 'node_modules', pinned!.name, 'bin/node'), [npmCli('npm-cli.js'), 'config', 'get', 'init-author-name'], {
        cwd: dir,
        env: cleanEnv(),
      });
      expect(config.stdout.trim()).toBe('b24-imbot setup test');
    } else {
      expect(built(dir)).toEqual({ node: machineVersion, nodedir: USER_NODEDIR });
    }

    // Run again after the workspace's Node changed: the native modules are rebuilt, in one line too.
    rmSync(join(dir, 'built.json'));
    writeFileSync(join(dir, 'node_modules/.cache/b24-imbot-setup.json'), '{"node":"v20.0.0"}\n');
    const again = await setup(dir);
    expect(again.code, again.output).toBe(0);
    expect(ownLines(again.output), again.output).toEqual([expect.stringContaining('native modules rebuilt for it')]);
    expect(existsSync(join(dir, 'built.json'))).toBe(true);
  }, 300_000);

  it("passes npm's config (nodedir) to the native build where the workspace pins no Node", async () => {
    const dir = await fixture({ pinNode: false });
    const { code, output } = await setup(dir);
    expect(code, output).toBe(0);
    expect(ownLines(output)).toEqual([expect.stringContaining(`; scripts run on this machine's Node ${machineVersion}.`)]);
    expect(built(dir)).toEqual({ node: machineVersion, nodedir: USER_NODEDIR });
  }, 300_000);

  it('prints the failed step with everything it printed (the compiler output), and exits 1', async () => {
    const dir = await fixture({ pinNode: false });
    const { code, output } = await setup(dir, cleanEnv({ STAND_IN_FAIL: '1' }));
    expect(code).toBe(1);
    for (const line of [1, 45, 90]) expect(output).toContain(`g++ -O3 -fPIC -c ../src/stand-in.cpp (line ${line})`);
    expect(output).toContain('stand-in.cpp:1:1: error: the build was asked to fail');
    expect(output).toContain('setup: FAILED at pnpm install --frozen-lockfile (exit code 1)');
  }, 300_000);

  it('on a machine with Node and npm only, installs the pinned pnpm through npm, quietly', async () => {
    const dir = await fixture({ pinNode: false });
    // PATH: a folder with only sh, node and npm in it, and an npm global prefix of its own (empty).
    const bin = join(dir, '.machine/bin');
    const prefix = join(dir, '.machine/prefix');
    mkdirSync(bin, { recursive: true });
    mkdirSync(prefix, { recursive: true });
    symlinkSync(machineNode, join(bin, 'node'));
    symlinkSync('/bin/sh', join(bin, 'sh'));
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nexec "${machineNode}" "${npmCli('npm-cli.js')}" "$@"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    // The machine's global npm config still applies (a CA file, a registry mirror): npm looks
    // for it under the global prefix, which this test moves.
    const globalConfig = execFileSync('npm', ['config', 'get', 'globalconfig'], { env: cleanEnv() }).toString().trim();
    const env = cleanEnv({ PATH: [join(prefix, 'bin'), bin].join(':'), npm_config_prefix: prefix, npm_config_globalconfig: globalConfig });
    await expect(run('/bin/sh', ['-c', 'command -v pnpm'], { cwd: dir, env })).rejects.toThrow();
    const { code, output } = await setup(dir, env);
    expect(code, output).toBe(0);
    expect(ownLines(output), output).toEqual([expect.stringContaining(`pnpm ${pnpmVersion} installed, dependencies installed`)]);
    expect(output).not.toMatch(/install-scripts|allowScripts/);
    expect((await run(join(prefix, 'bin/pnpm'), ['--version'], { cwd: dir, env })).stdout.trim()).toBe(pnpmVersion);
  }, 300_000);
});

// `npm run setup`: pnpm (the version `packageManager` names) and the workspace's dependencies,
// quietly. It ends with one line saying what it did; a step that fails prints everything it
// printed (compiler output included) and the setup exits 1. `npm run setup -- --verbose` shows
// every step's output as it comes.
//
// Plain Node and npm only: it runs on a fresh machine before anything is installed. Run it
// through npm, so that npm's config reaches the native build of the demo's SQLite (node-gyp
// reads npm_config_* from the environment; pnpm does not read npm's config files). Where the
// workspace pins its own Node (scripts/workspace-node.mjs), the build is for that Node, against
// the headers that come with it, so no download of Node's headers is needed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceNode } from './workspace-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const started = performance.now();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = /^pnpm@(\d+\.\d+\.\d+)/.exec(manifest.packageManager ?? '')?.[1];
// Which Node the native modules were last built for: a change of the workspace's Node (or an
// install made before it had one) needs a rebuild, which `pnpm install` does not do by itself.
const record = join(root, 'node_modules/.cache/b24-imbot-setup.json');

/** A transient status line on a terminal (replaced by the next one); nothing elsewhere. */
const status = (text) => {
  if (process.stdout.isTTY && !verbose) process.stdout.write(`\r\x1b[K${text}`);
};
const clearStatus = () => status('');

/** Runs a command with its output captured (or shown, with --verbose); never rejects. */
const run = (command, args, options = {}) =>
  new Promise((resolve) => {
    const output = [];
    const child = spawn(command, args, {
      cwd: root,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output.push(chunk);
        if (verbose) (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('error', (error) => resolve({ code: -1, output: `${Buffer.concat(output)}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, output: Buffer.concat(output).toString() }));
  });

const fail = (step, result, hint) => {
  clearStatus();
  process.stderr.write(result.output.endsWith('\n') || result.output === '' ? result.output : `${result.output}\n`);
  const how = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
  console.error(`setup: FAILED at ${step} (${how})${hint ? `. ${hint}` : ''}; its output is above.`);
  process.exit(1);
};

if (!pnpmVersion) {
  console.error('setup: FAILED: package.json has no "packageManager": "pnpm@<version>"');
  process.exit(1);
}

// 1. pnpm, as the README pins it, through npm (corepack would need COREPACK_INTEGRITY_KEYS=0 here).
const installedPnpm = async () => {
  const result = await run('pnpm', ['--version']);
  return result.code === 0 ? /^\d+\.\d+\.\d+\S*$/m.exec(result.output)?.[0] : undefined;
};
let pnpmAction = `pnpm ${pnpmVersion} was there`;
if ((await installedPnpm()) !== pnpmVersion) {
  status(`setup: installing pnpm ${pnpmVersion}…`);
  // npm 11 warns about (and will refuse) install scripts not allowed by name: allow pnpm's own
  // (it sets up its binary). An npm that has no such setting gets no such flag.
  const allow = 'npm_config_allow_scripts' in process.env ? ['--allow-scripts=pnpm'] : [];
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const result = await run(npm[0], [...npm[1], 'install', '--global', '--save-exact', '--no-fund', '--no-audit', ...allow, `pnpm@${pnpmVersion}`]);
  if (result.code !== 0) fail(`npm install --global pnpm@${pnpmVersion}`, result);
  const now = await installedPnpm();
  if (now !== pnpmVersion) {
    fail('checking pnpm', { code: 1, output: `pnpm --version says ${now ?? 'nothing'} after installing ${pnpmVersion}\n` },
      `Another pnpm comes first on PATH (${process.env.PATH}): remove it or put npm's global bin folder first`);
  }
  pnpmAction = `pnpm ${pnpmVersion} installed`;
}

// 2. The dependencies, frozen to the lockfile. Native modules are built for the Node the
// workspace's scripts run on: its own, if pinned for this platform (headers included), else
// the machine's (npm's `nodedir`, if set, passes through).
const pinned = workspaceNode(root);
const env = { ...process.env };
if (pinned) env.npm_config_nodedir = pinned.dir;
const hadInstall = existsSync(join(root, 'node_modules/.modules.yaml'));
status('setup: installing the dependencies (building the demo\'s SQLite can take a minute)…');
const install = await run('pnpm', ['install', '--frozen-lockfile'], { env });
if (install.code !== 0) {
  const native = /node-gyp|gyp ERR|make: \*\*\*/.test(install.output);
  fail('pnpm install --frozen-lockfile', install, native ? 'Native builds need python3, make and a C++ compiler (README, Quick start)' : '');
}

// 3. npm, when a workspace script runs it (the contract check asks the registry), runs on the
// workspace's Node, and looks for its global config beside that Node: point it at the
// machine's (a registry mirror, a CA file, a proxy), as npm itself told this script.
const workspace = workspaceNode(root);
const globalConfig = process.env.npm_config_globalconfig;
if (workspace?.installed && globalConfig && existsSync(globalConfig)) {
  const link = join(workspace.dir, 'etc', 'npmrc');
  rmSync(link, { force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(globalConfig, link);
}

// 4. Native modules built for another Node (an install from before the workspace pinned its
// Node, or from another version of it) are rebuilt once.
const node = workspace?.installed ? workspace.bin : process.execPath;
const nodeVersion = (await run(node, ['--version'])).output.trim();
const builtFor = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')).node : undefined;
// The record alone is not enough: a plain `pnpm install` after it (a lockfile change) builds an
// addon again for the Node that ran pnpm, not for the workspace's. So the workspace's Node also
// loads every built addon, and any that it cannot load is a reason to rebuild.
const probe = `
  const { readdirSync, existsSync } = require('node:fs');
  const { join } = require('node:path');
  const store = join(process.cwd(), 'node_modules/.pnpm');
  let bad = 0;
  for (const entry of existsSync(store) ? readdirSync(store) : []) {
    const modules = join(store, entry, 'node_modules');
    for (const scope of existsSync(modules) ? readdirSync(modules) : []) {
      for (const name of scope.startsWith('@') ? readdirSync(join(modules, scope)).map((n) => join(scope, n)) : [scope]) {
        const release = join(modules, name, 'build/Release');
        for (const file of existsSync(release) ? readdirSync(release) : []) {
          if (!file.endsWith('.node')) continue;
          try { process.dlopen({ exports: {} }, join(release, file)); } catch (error) { if (/NODE_MODULE_VERSION/.test(String(error))) bad++; }
        }
      }
    }
  }
  process.exit(bad ? 1 : 0);`;
// A first install can bring a build for another Node too: pnpm's store keeps built packages
// (its side-effects cache) and links them into any later install on the machine.
const loads = (await run(node, ['-e', probe])).code === 0;
let rebuilt = '';
if ((hadInstall && builtFor !== nodeVersion) || !loads) {
  status(`setup: rebuilding native modules for Node ${nodeVersion}…`);
  const rebuild = await run('pnpm', ['rebuild', '--recursive'], { env });
  if (rebuild.code !== 0) fail('pnpm rebuild --recursive', rebuild);
  rebuilt = `, native modules rebuilt for it`;
}
mkdirSync(dirname(record), { recursive: true });
writeFileSync(record, `${JSON.stringify({ node: nodeVersion })}\n`);

clearStatus();
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const where = workspace?.installed ? `the workspace's Node ${nodeVersion} (${workspace.name})` : `this machine's Node ${nodeVersion}`;
console.log(`setup: ok in ${seconds} s: ${pnpmAction}, dependencies installed; scripts run on ${where}${rebuilt}. Next: pnpm demo`);

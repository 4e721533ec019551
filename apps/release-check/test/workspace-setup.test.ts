// The README's path, as a new user walks it: quiet commands (no Turborepo telemetry banner, no
// pnpm update notice), a registry token in a project .npmrc never committed, and the native
// build of the demo's SQLite documented.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@b24-imbot/testkit';
import { describe, expect, it } from 'vitest';
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

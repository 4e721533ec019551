// copyWorkspace runs the repo's commands in its copy without installing there, whoever started
// the test: a process pnpm did not start lacks the variables pnpm hands its scripts' children.
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { copyWorkspace, type ScratchWorkspace } from '../src/index.js';

const PNPM_SET = ['pnpm_config_verify_deps_before_run', 'npm_config_verify_deps_before_run'];
const saved = new Map<string, string | undefined>();
let ws: ScratchWorkspace | undefined;
beforeEach(() => {
  for (const name of PNPM_SET) {
    saved.set(name, process.env[name]);
    delete process.env[name];
  }
});
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  ws?.remove();
  ws = undefined;
});

describe('copyWorkspace', () => {
  it('runs pnpm in the copy without installing there', async () => {
    ws = copyWorkspace(['schema']);
    const { ok, output } = await ws.exec('pnpm', ['exec', 'node', '-e', 'process.stdout.write("ran")']);
    expect(ok, output).toBe(true);
    expect(output).toContain('ran');
    // An install leaves its record (which the copy never has) in node_modules.
    expect(existsSync(join(ws.dir, 'node_modules/.modules.yaml'))).toBe(false);
  }, 120_000);

  it('gives the copy bins of its own, which run the installed tools', async () => {
    ws = copyWorkspace(['schema']);
    // Not a link to the real install's folder, which pnpm would rewrite if it linked bins here.
    for (const bins of ['node_modules/.bin', 'schema/node_modules/.bin']) expect(lstatSync(join(ws.dir, bins)).isSymbolicLink(), bins).toBe(false);
    const { ok, output } = await ws.exec('pnpm', ['exec', 'tsc', '--version']);
    expect(ok, output).toBe(true);
    expect(output).toMatch(/^Version \d/m);
  }, 120_000);
});

// The contract check (src/contract-bump.ts) on copies of the workspace: a release tag is the
// baseline (the registry, a local server that knows no package, has nothing published), the
// copy's contract is edited, a changeset is written, and the check must pass or fail and name
// the change. Expected values come from the contract and the fixtures below, and from the
// version rule written in ARCHITECTURE.md#releases.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { editOperation, run } from '@b24-imbot/testkit';
import {
  bundle,
  checkContractBump,
  closeObjects,
  contractChangeset,
  minimumVersion,
  requiredBump,
  type CheckResult,
} from '../src/contract-bump.js';
import { root, workspacePackages } from './workspace.js';

const execFileAsync = promisify(execFile);
const scope = '@b24-imbot';
const schemaDir = workspacePackages().find((pkg) => pkg.name === `${scope}/schema`)!.dir;
const contract = parse(readFileSync(join(root, schemaDir, 'openapi.yaml'), 'utf8'));
// The contract's own version (info.version) at the release, and what each kind of change takes it to.
const breakingInfo = minimumVersion(contract.info.version, 'breaking');
const additiveInfo = minimumVersion(contract.info.version, 'additive');
// Every edit below is made at imbot.chat.add, found by its path: its parameters, its COLOR enum
// and its result, reached through the operation's own $refs (never a component picked by name).
const SEED = '/imbot.chat.add';
const seedParams = (document: any) => editOperation(document, SEED).at('requestBody', 'content', 'application/json', 'schema');
const params = seedParams(contract);
const colors: string[] = editOperation(contract, SEED).at('requestBody', 'content', 'application/json', 'schema', 'properties', 'COLOR').enum;
const lastColor = colors.at(-1)!;
const optionalParameter = Object.keys(params.properties).find(
  (name) => !params.required.includes(name) && !params.properties[name].deprecated && params.properties[name].type === 'string',
)!;
const notDeprecated = Object.keys(params.properties).find(
  (name) =>
    !params.required.includes(name) &&
    !params.properties[name].deprecated &&
    typeof params.properties[name].description === 'string' &&
    name !== optionalParameter,
)!;

// One after another (each check runs a few short child processes), with room for busy machines.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });
const copies: string[] = [];
let registry: Server;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // A registry that has never heard of the scope: every package is a 404, as on npm today.
  registry = createServer((_request, response) => {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  const { port } = registry.address() as AddressInfo;
  const npmrc = join(mkdtempSync(join(tmpdir(), 'b24-bump-npmrc-')), 'npmrc');
  copies.push(dirname(npmrc));
  writeFileSync(npmrc, `${scope}:registry=http://127.0.0.1:${port}/\n`);
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    npm_config_userconfig: npmrc,
    [`npm_config_${scope}:registry`]: `http://127.0.0.1:${port}/`,
    npm_config_update_notifier: 'false',
  };
});

afterAll(async () => {
  registry.closeAllConnections(); // npm keeps its connections alive
  await new Promise((resolve) => registry.close(resolve));
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

interface Scenario {
  /** The version of the three packages (and of their release tag, unless `tag` is false). */
  readonly version: string;
  readonly tag?: boolean;
  readonly edit?: (document: any) => void;
  /** The pending changeset's bump for @b24-imbot/schema, or none. */
  readonly changeset?: 'major' | 'minor' | 'patch';
  /** The contract's new info.version. */
  readonly info?: string;
}

const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', 'user.name=contract-bump', '-c', 'user.email=contract-bump@localhost', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env,
  });

/**
 * A copy of what the check reads: the root manifest and workspace file, the changesets config
 * (no pending changesets), each package's manifest and the whole schema package (its
 * node_modules shared by symlink). Committed and tagged as a release, then edited.
 */
async function copyWorkspace(scenario: Scenario): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'b24-bump-'));
  copies.push(dir);
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  for (const pkg of workspacePackages()) {
    mkdirSync(join(dir, pkg.dir), { recursive: true });
    const manifest = { ...pkg.manifest };
    if (!manifest.private) manifest.version = scenario.version;
    writeFileSync(join(dir, pkg.dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  for (const entry of readdirSync(join(root, schemaDir))) {
    if (['node_modules', 'dist', '.turbo', 'package.json'].includes(entry)) continue;
    cpSync(join(root, schemaDir, entry), join(dir, schemaDir, entry), { recursive: true });
  }
  symlinkSync(join(root, schemaDir, 'node_modules'), join(dir, schemaDir, 'node_modules'), 'dir');
  writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist\n');
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'released');
  if (scenario.tag !== false) await git(dir, 'tag', `${scope}/schema@${scenario.version}`);

  const file = join(dir, schemaDir, 'openapi.yaml');
  const document = parse(readFileSync(file, 'utf8'));
  scenario.edit?.(document);
  if (scenario.info) document.info.version = scenario.info;
  writeFileSync(file, stringify(document));
  if (scenario.changeset) {
    writeFileSync(join(dir, '.changeset/contract-test.md'), `---\n'${scope}/schema': ${scenario.changeset}\n---\n\nA contract change.\n`);
  }
  await bundle(join(dir, schemaDir), env);
  return dir;
}

const check = async (scenario: Scenario): Promise<CheckResult & { dir: string; output: string }> => {
  const dir = await copyWorkspace(scenario);
  const result = await checkContractBump({ root: dir, env });
  return { ...result, dir, output: [...result.lines, ...result.problems].join('\n') };
};

// The edits, each written from the contract.
const narrowEnum = (document: any) => {
  editOperation(document, SEED).at('requestBody', 'content', 'application/json', 'schema', 'properties', 'COLOR').enum = colors.slice(0, -1);
};
const removeParameter = (document: any) => {
  delete seedParams(document).properties[optionalParameter];
};
const requireParameter = (document: any) => {
  seedParams(document).required.push(optionalParameter);
};
const resultToString = (document: any) => {
  editOperation(document, SEED).at('responses', '200', 'content', 'application/json', 'schema').properties.result = {
    type: 'string',
    description: 'The new chat id, now a string.',
  };
};
const addParameter = (document: any) => {
  seedParams(document).properties.PINNED = { type: 'boolean', description: 'Pin the chat.' };
};
const deprecateParameter = (document: any) => {
  seedParams(document).properties[notDeprecated].deprecated = true;
};
const editDescription = (document: any) => {
  seedParams(document).properties[optionalParameter].description = 'Reworded.';
};

describe('the version rule', () => {
  it.each([
    ['1.4.2', 'breaking', '2.0.0', 'major'],
    ['1.4.2', 'additive', '1.5.0', 'minor'],
    ['1.4.2', 'none', '1.4.2', 'none'],
    ['0.3.2', 'breaking', '0.4.0', 'minor'],
    ['0.3.2', 'additive', '0.3.3', 'patch'],
    ['0.0.0', 'breaking', '0.1.0', 'minor'],
  ] as const)('after %s a %s change needs %s (a %s changeset)', (base, change, version, bump) => {
    expect(minimumVersion(base, change)).toBe(version);
    expect(requiredBump(base, change)).toBe(bump);
  });

  it('compares the contract closed, as TypeScript sees it: objects with properties and no additionalProperties', () => {
    const closed = closeObjects(contract);
    expect(closed.components.schemas.ImbotChatAddParams.unevaluatedProperties).toBe(false);
    expect(closed.components.schemas.ChatColor.unevaluatedProperties).toBeUndefined();
    expect(contract.components.schemas.ImbotChatAddParams.unevaluatedProperties).toBeUndefined();
  });
});

describe('the contract check on copies of the workspace (release tag 1.0.0, nothing published)', () => {
  it.each([
    ['a narrowed enum', narrowEnum, [`'${lastColor}'`, 'COLOR']],
    ['a removed parameter', removeParameter, [`\`${optionalParameter}\``, 'removed']],
    ['a new required field', requireParameter, [`became required: \`${optionalParameter}\``]],
    ['a changed result type', resultToString, ["'integer' to 'string'", '`result`']],
  ] as const)('%s with a patch changeset fails and names the change', async (_name, edit, names) => {
    const result = await check({ version: '1.0.0', edit, changeset: 'patch', info: breakingInfo });
    expect(result.ok, result.output).toBe(false);
    expect(result.baseline.source).toBe('tag');
    expect(result.output).toContain(`baseline: the contract at the git tag ${scope}/schema@1.0.0`);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('need at least 2.0.0 (a major changeset');
    for (const name of names) expect(result.problems[0], result.output).toContain(name);
  });

  it('the same breaking edit with a major changeset passes', async () => {
    const result = await check({ version: '1.0.0', edit: narrowEnum, changeset: 'major', info: breakingInfo });
    expect(result.ok, result.output).toBe(true);
    expect(result.needed).toBe('breaking');
    expect(result.next).toBe('2.0.0');
  });

  it('a breaking edit with a major changeset but the same contractVersion fails and names contractVersion', async () => {
    const result = await check({ version: '1.0.0', edit: narrowEnum, changeset: 'major' });
    expect(result.ok, result.output).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining(`contractVersion (the contract's info.version) is ${contract.info.version}`)]);
    expect(result.problems[0]).toContain(`'${lastColor}'`);
  });

  it('an additive edit with a minor changeset passes, and with a patch changeset fails', async () => {
    const [minor, patch] = await Promise.all([
      check({ version: '1.0.0', edit: addParameter, changeset: 'minor', info: additiveInfo }),
      check({ version: '1.0.0', edit: addParameter, changeset: 'patch', info: additiveInfo }),
    ]);
    expect(minor.ok, minor.output).toBe(true);
    expect(minor.needed).toBe('additive');
    expect(patch.ok, patch.output).toBe(false);
    expect(patch.problems[0]).toContain('need at least 1.1.0 (a minor changeset');
    expect(patch.problems[0]).toContain('`PINNED`');
  });

  it('an edit to a description alone needs no changeset', async () => {
    const result = await check({ version: '1.0.0', edit: editDescription });
    expect(result.ok, result.output).toBe(true);
    expect(result.changes.map((c) => c.class)).toEqual(['none']);
    expect(result.next).toBe('1.0.0');
  });

  it('a deprecation is additive, and the changeset for the changelog lists it with its description', async () => {
    const failing = await check({ version: '1.0.0', edit: deprecateParameter, info: additiveInfo });
    expect(failing.ok, failing.output).toBe(false);
    expect(failing.problems[0]).toContain(`\`${notDeprecated}\` of \`imbotChatAdd\` (POST /imbot.chat.add) is deprecated`);

    const result = await check({ version: '1.0.0', edit: deprecateParameter, changeset: 'minor', info: additiveInfo });
    expect(result.ok, result.output).toBe(true);
    const text = contractChangeset(result, [`${scope}/schema`, `${scope}/client`]);
    const description = String(params.properties[notDeprecated].description).trim().replace(/\s+/g, ' ');
    expect(text).toBe(
      [
        '---',
        `'${scope}/schema': minor`,
        `'${scope}/client': minor`,
        '---',
        '',
        `Contract changes since ${scope}/schema@1.0.0 (listed by the contract check from the contract itself):`,
        '',
        `- Deprecated: parameter \`${notDeprecated}\` of \`imbotChatAdd\` (POST /imbot.chat.add): ${description}`,
        '',
      ].join('\n'),
    );
  });

  it('the CLI exits 1 and prints the change, 0 when the bump is enough, and writes the changeset on request', async () => {
    const tsx = join(root, 'node_modules/tsx/dist/loader.mjs');
    const cli = join(root, 'apps/release-check/src/contract-bump.ts');
    const failing = await copyWorkspace({ version: '1.0.0', edit: narrowEnum, changeset: 'minor', info: breakingInfo });
    const error = await execFileAsync(process.execPath, ['--import', tsx, cli, '--root', failing], { cwd: failing, env }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stdout: string }).stdout).toContain('contract-bump: FAIL');
    expect((error as { stderr: string }).stderr).toContain(`lost values: '${lastColor}'`);

    const passing = await copyWorkspace({ version: '1.0.0', edit: narrowEnum, changeset: 'major', info: breakingInfo });
    const { stdout } = await run(process.execPath, ['--import', tsx, cli, '--root', passing, '--write-changeset'], { cwd: passing, env });
    expect(stdout).toContain('contract-bump: pass');
    const written = readFileSync(join(passing, '.changeset/contract-changes.md'), 'utf8');
    expect(written).toContain(`'${scope}/schema': major\n'${scope}/core': major\n'${scope}/client': major\n'${scope}/server': major\n`);
    expect(written).toContain(`- Breaking: parameter \`COLOR\` of \`imbotChatAdd\` (POST /imbot.chat.add) \`enum\` changed: Enum of \`COLOR\` lost values: '${lastColor}'.`);
  });
});

describe('the contract check, other baselines', () => {
  it('in 0.x a breaking edit needs a minor changeset, not a major', async () => {
    const result = await check({ version: '0.3.0', edit: narrowEnum, changeset: 'minor', info: breakingInfo });
    expect(result.ok, result.output).toBe(true);
    expect(result.next).toBe('0.4.0');
    const patch = await check({ version: '0.3.0', edit: narrowEnum, changeset: 'patch', info: breakingInfo });
    expect(patch.ok, patch.output).toBe(false);
    expect(patch.problems[0]).toContain('need at least 0.4.0 (a minor changeset');
  });

  it('with no release tag and nothing published there is no baseline: it passes and says so', async () => {
    const result = await check({ version: '0.0.0', tag: false, edit: narrowEnum });
    expect(result.ok, result.output).toBe(true);
    expect(result.baseline.source).toBe('none');
    expect(result.output).toContain('nothing was released and every contract change is part of the first release');
    expect(existsSync(join(result.dir, '.changeset/contract-changes.md'))).toBe(false);
  });
});

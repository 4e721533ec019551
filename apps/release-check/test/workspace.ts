// The workspace as the release sees it: its root, the packages that get published, and the
// contract version they are all generated from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from '@b24-imbot/schema/model';
import { parse } from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface WorkspacePackage {
  readonly name: string;
  /** Relative to the root, e.g. `packages/client`. */
  readonly dir: string;
  readonly manifest: Record<string, unknown> & { name: string; version: string; private?: boolean };
}

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/** Every workspace package (the globs of pnpm-workspace.yaml, which are `dir` or `dir/*`), of this workspace or of `at`. */
export const workspacePackages = (at: string = root): WorkspacePackage[] => {
  const { packages: globs } = parse(readFileSync(join(at, 'pnpm-workspace.yaml'), 'utf8')) as { packages: string[] };
  const dirs = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(at, glob.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(at, glob.slice(0, -2), entry.name))
      : [join(at, glob)],
  );
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = readJson(join(dir, 'package.json'));
      return { name: manifest.name, dir: relative(at, dir), manifest };
    });
};

/** The packages a release publishes: every workspace package that is not private. */
export const publishedPackages = (): WorkspacePackage[] =>
  workspacePackages().filter((pkg) => pkg.manifest.private !== true);

/** `info.version` of the contract. */
export const contractVersion = (): string => loadContract().version;

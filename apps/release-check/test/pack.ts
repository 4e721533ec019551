// `pnpm pack` a workspace package into a temporary folder and read the tarball back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Packed {
  /** Paths inside the tarball, relative to its `package/` folder, sorted. */
  readonly files: string[];
  /** The manifest as published (publishConfig applied, workspace ranges replaced). */
  readonly manifest: Record<string, any>;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

export const pack = (packageDir: string): Packed => {
  const out = mkdtempSync(join(tmpdir(), 'b24-pack-'));
  try {
    // --pack-destination: never write into the package folder (its lint task packs there).
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`);
    execFileSync('tar', ['-xzf', join(out, tarball), '-C', out]);
    const unpacked = join(out, 'package');
    return {
      files: walk(unpacked)
        .map((file) => relative(unpacked, file))
        .sort(),
      manifest: JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};

/** Every file path a manifest points at: main, module, types, bin, and each exports target. */
export const entryPoints = (manifest: Record<string, any>): string[] => {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const field of ['main', 'module', 'types', 'typings', 'bin', 'exports']) collect(manifest[field]);
  return targets;
};

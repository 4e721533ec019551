// What a release actually uploads: each published package packed exactly as `pnpm publish`
// packs it (publishConfig applied), checked file by file.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryPoints, pack, type Packed } from './pack.js';
import { publishedPackages, root } from './workspace.js';
import { ENGINES_NODE, SUPPORTED_MAJORS } from '../scripts/node-majors.js';

// dist/, the docs, and the manifest; CHANGELOG.md appears once `pnpm version-packages` has run.
const allowed = (file: string) =>
  file.startsWith('dist/') || ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file);

describe.each(publishedPackages().map((pkg) => [pkg.name, pkg] as const))('%s, packed', (_name, pkg) => {
  let packed: Packed;
  let files: Set<string>;
  beforeAll(() => {
    packed = pack(join(root, pkg.dir));
    files = new Set(packed.files);
  });

  it('holds only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    expect(packed.files.filter((file) => !allowed(file))).toEqual([]);
    expect(packed.files.some((file) => file.startsWith('dist/'))).toBe(true);
    for (const file of ['package.json', 'README.md', 'LICENSE']) expect(files, file).toContain(file);
  });

  it('lists CHANGELOG.md among its files, for changesets to fill', () => {
    expect(pkg.manifest.files).toContain('CHANGELOG.md');
  });

  it('keeps no workspace: range and no development-only fields', () => {
    expect(JSON.stringify(packed.manifest)).not.toContain('workspace:');
    // publishConfig's overrides were applied, not shipped.
    expect(Object.keys(packed.manifest.publishConfig ?? {})).toEqual(
      Object.keys(packed.manifest.publishConfig ?? {}).filter((key) => ['access', 'provenance', 'registry', 'tag'].includes(key)),
    );
    expect(packed.manifest.private).toBeUndefined();
  });

  it('points main, module, types, bin and exports at dist files inside the tarball', () => {
    const targets = entryPoints(packed.manifest).filter((target) => target !== './package.json');
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const file = target.replace(/^\.\//, '');
      expect(file, target).toMatch(/^dist\//);
      expect(files, target).toContain(file);
    }
  });

  it('publishes publicly, under the version in the workspace', () => {
    expect(packed.manifest.name).toBe(pkg.name);
    expect(packed.manifest.version).toBe(pkg.manifest.version);
    expect(packed.manifest.license).toBe('MIT');
  });

  it(`claims the Node majors the release check runs it on (${SUPPORTED_MAJORS.join(', ')}): engines.node ${ENGINES_NODE}`, () => {
    // The e2e installs it on each of them and fails on any EBADENGINE in its dependency tree.
    expect(packed.manifest.engines).toEqual({ node: ENGINES_NODE });
  });
});

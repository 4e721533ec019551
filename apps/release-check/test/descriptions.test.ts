// What the packages say they are, from the contract: each description (package.json, and the
// opening of each published README) names the method family that replaces the deprecated
// methods (x-bitrix-successor: imbot.v2), and names a deprecated method only as deprecated; no
// README writes the contract's version by hand unless it is the contract's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract } from '@b24-imbot/schema/model';
import { describe, expect, it } from 'vitest';
import { publishedPackages, root } from './workspace.js';

const contract = loadContract();
const deprecated = contract.operations.filter((op) => op.deprecated);
// `imbot.v2.Chat.add` -> `imbot.v2`: the family of each successor.
const families = [...new Set(deprecated.map((op) => op.successor).filter((name): name is string => !!name).map((name) => name.split('.').slice(0, 2).join('.')))];

/** A README's opening: everything before its first code block or second heading. */
const opening = (readme: string): string => readme.split(/^```|^## /m)[0]!;

const texts = (): { where: string; text: string }[] => [
  { where: 'package.json (root)', text: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).description },
  ...publishedPackages().flatMap((pkg) => [
    { where: `${pkg.dir}/package.json`, text: String(pkg.manifest.description ?? '') },
    { where: `${pkg.dir}/README.md`, text: opening(readFileSync(join(root, pkg.dir, 'README.md'), 'utf8')) },
  ]),
];

describe('descriptions', () => {
  it('the contract has deprecated methods with successors (what the checks below read)', () => {
    expect(deprecated.length).toBeGreaterThan(0);
    expect(families.length).toBeGreaterThan(0);
  });

  it.each(texts())('$where names the current family and a deprecated method only as deprecated', ({ text }) => {
    expect(text.length).toBeGreaterThan(0);
    for (const family of families) expect(text).toContain(family);
    for (const op of deprecated) {
      if (text.includes(op.method)) expect(text, `names ${op.method}`).toMatch(/deprecated/i);
    }
  });

  it('no README gives a contract version other than the contract’s info.version', () => {
    const readmes = ['README.md', ...publishedPackages().map((pkg) => join(pkg.dir, 'README.md'))];
    const wrong = readmes.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, index) => ({ where: `${file}:${index + 1}`, line }))
        .filter(({ line }) => /contract.?version/i.test(line))
        .flatMap(({ where, line }) =>
          [...line.matchAll(/\b\d+\.\d+\.\d+\b/g)].filter(([version]) => version !== contract.version).map(([version]) => `${where}: ${version}`),
        ),
    );
    expect(wrong).toEqual([]);
  });
});

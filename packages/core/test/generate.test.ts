// The generated files against the contract model: version, error codes and events.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadContract } from '@b24-imbot/schema/model';
import { describe, expect, it } from 'vitest';
import { contractVersion } from '../src/index.js';

const contract = loadContract();
const gen = new URL('../src/gen/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, gen), 'utf8');

describe('generated code', () => {
  it('every file carries the header', () => {
    expect(readdirSync(gen).sort()).toEqual(['contract.gen.ts', 'schema.gen.ts']);
    for (const file of readdirSync(gen)) {
      expect(read(file).startsWith('// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n'), file).toBe(true);
    }
  });

  it("carries the contract's version", () => {
    expect(contractVersion).toBe(contract.version);
  });

  it('the error code union is every code of every operation, sorted, and nothing at run time', () => {
    const text = read('contract.gen.ts');
    const union = /export type ContractErrorCode =\n((?: {2}\| "[^"]+";?\n)+)/.exec(text)?.[1] ?? '';
    const codes = [...union.matchAll(/"([^"]+)"/g)].map(([, code]) => code);
    const expected = [...new Set(contract.operations.flatMap((op) => [...op.errors.keys()]))].sort();
    expect(codes).toEqual(expected);
    // Types only: no code appears outside the type.
    for (const code of expected) expect(text.split(`"${code}"`).length - 1, code).toBe(1);
  });

  it('the event types are the webhooks of the contract, in document order', () => {
    const text = read('contract.gen.ts');
    const body = /export interface EventTypes \{\n([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
    expect([...body.matchAll(/^ {2}(\w+): \{$/gm)].map(([, name]) => name)).toEqual(contract.events.map((event) => event.name));
    for (const event of contract.events) expect(body).toContain(`operations["${event.operationId}"]`);
  });

  it('the contract types name every operation and component schema', () => {
    const text = read('schema.gen.ts');
    for (const op of contract.operations) expect(text).toContain(`    ${op.operationId}: {`);
    for (const name of Object.keys(contract.document.components.schemas)) expect(text).toContain(`        ${name}: `);
  });
});

describe('generated files of the workspace', () => {
  it('are marked as generated for GitHub (.gitattributes), diffs kept', () => {
    const root = new URL('../../../', import.meta.url);
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.gen.ts', '*.gen.js', '*.gen.d.ts'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(0);
    const attributes = execFileSync('git', ['check-attr', 'linguist-generated', 'diff', '--', ...files], { cwd: root, encoding: 'utf8' });
    for (const file of files) {
      expect(attributes, file).toContain(`${file}: linguist-generated: true`);
      expect(attributes, file).toContain(`${file}: diff: unspecified`);
    }
  });
});

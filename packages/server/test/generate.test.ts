// The generated table is the contract's, read independently here.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractVersion, operationTable } from '../src/index.js';
import { codesFor, contract, resolve } from './contract.js';

const genDir = new URL('../src/gen/', import.meta.url);
const source = readFileSync(new URL('../../../schema/openapi.yaml', import.meta.url), 'utf8');

describe('generated code', () => {
  it('every file carries the header and no timestamp', () => {
    const files = readdirSync(genDir);
    expect(files.sort()).toEqual(['operations.gen.ts', 'schema.gen.ts', 'validators.gen.ts']);
    for (const file of files) {
      const text = readFileSync(new URL(file, genDir), 'utf8');
      expect(text.startsWith('// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n')).toBe(true);
      // Any date in the output comes from the contract's examples, not from the clock.
      for (const [date] of text.matchAll(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^'"\s]*/g)) expect(source).toContain(date);
    }
  });

  it('the validators need nothing from Ajv at run time', () => {
    const text = readFileSync(new URL('validators.gen.ts', genDir), 'utf8');
    expect(text).not.toMatch(/require\(|from ['"]ajv/);
  });

  it('has one entry per operation of the document, derived from it', () => {
    const operations = Object.entries<Record<string, { operationId: string }>>(contract.paths).flatMap(([path, item]) =>
      Object.values(item).map((op) => ({ path, op })),
    );
    expect(Object.keys(operationTable).sort()).toEqual(operations.map(({ op }) => op.operationId).sort());
    for (const { path, op } of operations) {
      const entry = operationTable[op.operationId as keyof typeof operationTable];
      expect(entry.method).toBe(path.slice(1));
      const params = resolve((op as Record<string, any>).requestBody.content['application/json'].schema); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(entry.params.names).toEqual(Object.keys(params.properties));
      const byCode: Record<string, number[]> = {};
      for (const status of [400, 401, 403, 404, 429, 500, 503]) for (const code of codesFor(status)) (byCode[code] ??= []).push(status);
      expect(entry.errorStatus).toEqual(byCode);
      const empty = Object.fromEntries(
        Object.entries<Record<string, unknown>>(params.properties)
          .filter(([, schema]) => schema['x-bitrix-empty-error'])
          .map(([name, schema]) => [name, schema['x-bitrix-empty-error']]),
      );
      expect(entry.params.emptyErrors).toEqual(empty);
      for (const [name, kind] of Object.entries(entry.params.numeric)) {
        const schema = resolve(params.properties[name]);
        expect(kind).toBe(schema.type === 'array' ? `${resolve(schema.items).type}[]` : schema.type);
      }
    }
  });

  it('exports the contract version', () => {
    expect(contractVersion).toBe(contract.info.version);
  });

  it('the success validator accepts the contract example and rejects a string id', () => {
    const example = resolve(contract.components.examples.Success).value;
    expect(operationTable.imbotChatAdd.validateSuccess(example)).toBe(true);
    expect(operationTable.imbotChatAdd.validateSuccess({ ...example, result: '2725' })).toBe(false);
    expect(operationTable.imbotChatAdd.validateSuccess({ ...example, time: { ...example.time, date_start: '2026-02-30T00:00:00+01:00' } })).toBe(false);
  });
});

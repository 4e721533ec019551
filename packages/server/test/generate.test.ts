// The generated table is the contract's, read independently here.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationTable } from '../src/gen/operations.gen.js';
import { contractVersion } from '../src/index.js';
import { contract, model, resolve } from './contract.js';

const genDir = new URL('../src/gen/', import.meta.url);
const source = JSON.stringify(contract);

describe('generated code', () => {
  it('every file carries the header and no timestamp', () => {
    const files = readdirSync(genDir);
    expect(files.sort()).toEqual(['event-validators.gen.ts', 'events.gen.ts', 'operations.gen.ts', 'schema.gen.ts', 'validators.gen.ts']);
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

  it('has one entry per operation of the contract, with its parameters, errors and example', () => {
    expect(Object.keys(operationTable)).toEqual(model.operations.map((op) => op.operationId));
    for (const op of model.operations) {
      const entry = operationTable[op.operationId as keyof typeof operationTable];
      expect(entry.method).toBe(op.method);
      expect(entry.params.names).toEqual(Object.keys(resolve(op.paramsSchema).properties));
      expect(entry.errorStatus).toEqual(Object.fromEntries(op.errors));
      expect(entry.example).toEqual(op.successExample.result);
      for (const param of op.params) {
        expect(entry.params.emptyErrors[param.name as never]).toBe(param.extensions['x-bitrix-empty-error']);
        expect(entry.params.webhookRequired[param.name as never]).toBe(param.extensions['x-bitrix-webhook-required']);
        if (param.numeric !== undefined) {
          const [kind, list] = param.numeric.split('[');
          expect(entry.params.coerce[param.name as never]).toEqual(list === undefined ? kind : { items: kind });
        }
      }
    }
  });

  it('exports the contract version', () => {
    expect(contractVersion).toBe(contract.info.version);
  });

  it('the success validator accepts the contract example and rejects a string id', () => {
    const example = model.operation('imbot.chat.add')!.successExample;
    expect(operationTable.imbotChatAdd.validateSuccess(example)).toBe(true);
    expect(operationTable.imbotChatAdd.validateSuccess({ ...example, result: '2725' })).toBe(false);
    expect(operationTable.imbotChatAdd.validateSuccess({ ...example, time: { ...example.time, date_start: '2026-02-30T00:00:00+01:00' } })).toBe(false);
  });
});

// The bench's own machinery, quickly and without timing: the synthetic contracts are read by the
// contract model, pass Redocly's strict rules and hold their examples, and the report's tables
// are stable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { contractFrom } from '@b24-imbot/schema/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { fillBlocks, median, ratio, spread, table } from '../src/report.js';
import { operationIdOf, syntheticMethodName, syntheticSchema } from '../src/synthetic.js';

// Sized for a loaded CI machine: the 1,000-method contract is built and read once (about 1 s of
// CPU on a quiet machine), with room for a machine ten times slower than that and more.
const LARGE = { timeout: 120_000 };

describe('synthetic contracts', () => {
  /** The seed and the made-up methods: every operation but batch. */
  const madeUp = (contract: ReturnType<typeof contractFrom>) => contract.operations.filter((op) => op.method !== 'batch');

  it.each([1, 10])('the model reads %i methods, imbot.chat.add first; the same document every time', (count) => {
    const contract = contractFrom(syntheticSchema(count));
    expect(contract.operations).toHaveLength(count);
    expect(contract.operations[0]!.method).toBe('imbot.chat.add');
    // batch comes along (past one method) with its own codes; the made-up methods share the seed's.
    expect(contract.operations.some((op) => op.method === 'batch')).toBe(count > 1);
    for (const op of madeUp(contract)) expect([...op.errors.keys()]).toEqual([...contract.operations[0]!.errors.keys()]);
    // Deterministic, and not changed by reading it.
    expect(JSON.stringify(syntheticSchema(count))).toBe(JSON.stringify(contract.document));
  });

  it('the model reads 1,000 methods, each with its own name and operationId, every one in the document', LARGE, () => {
    const document = syntheticSchema(1000);
    const contract = contractFrom(document);
    expect(contract.operations).toHaveLength(1000);
    expect(contract.operations[0]!.method).toBe('imbot.chat.add');
    expect(new Set(contract.operations.map((op) => op.method)).size).toBe(1000);
    expect(new Set(contract.operations.map((op) => op.operationId)).size).toBe(1000);
    expect(Object.keys(document.paths)).toHaveLength(1000);
    const codes = [...contract.operations[0]!.errors.keys()];
    for (const op of madeUp(contract)) expect([...op.errors.keys()]).toEqual(codes);
  });

  it('names methods the Bitrix way', () => {
    expect(syntheticMethodName(0)).toBe('im.chat.add');
    expect(operationIdOf('sonet_group.deal.add')).toBe('sonetGroupDealAdd');
    expect(() => syntheticSchema(0)).toThrow(RangeError);
  });

  it('holds every 200 example to its schema (Ajv, strict), as the server generator does', LARGE, () => {
    const contract = contractFrom(syntheticSchema(30));
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    for (const keyword of ['example', 'x-bitrix-empty-error']) ajv.addKeyword({ keyword });
    for (const op of contract.operations) {
      const validate = ajv.compile(contract.jsonSchema(op.successSchema));
      expect(validate(op.successExample), op.method).toBe(true);
      expect(validate({ result: op.successExample.result })).toBe(false);
    }
  });

  it("passes redocly lint with the contract's own strict rules", LARGE, () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24-bench-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(syntheticSchema(10)));
      const cli = join(createRequire(import.meta.url).resolve('@redocly/cli/package.json'), '..', 'bin', 'cli.js');
      const config = new URL('../../../schema/redocly.yaml', import.meta.url).pathname;
      const lint = spawnSync(process.execPath, [cli, 'lint', file, '--config', config], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
      });
      expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report', () => {
  it('formats figures', () => {
    expect(ratio(8, 10)).toBe('0.80x');
    expect(ratio(1, 0)).toBe('n/a');
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([12345.6, 9000])).toBe('9,000–12,346');
  });

  it('pads tables and fills only its own blocks', () => {
    expect(table(['name', 'value'], [['a', '1.00x'], ['longer', '12.34x']])).toBe(
      ['| name   |  value |', '| ------ | -----: |', '| a      |  1.00x |', '| longer | 12.34x |'].join('\n'),
    );
    const text = 'Prose.\n<!-- bench:a -->\nold\n<!-- /bench:a -->\nMore prose.\n';
    expect(fillBlocks(text, { a: 'new $&' })).toBe('Prose.\n<!-- bench:a -->\nnew $&\n<!-- /bench:a -->\nMore prose.\n');
    expect(fillBlocks('Prose.\n', { b: 'x' })).toBe('Prose.\n\n<!-- bench:b -->\nx\n<!-- /bench:b -->\n');
  });
});

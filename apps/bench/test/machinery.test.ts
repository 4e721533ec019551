// The bench's own machinery, quickly and without timing: the synthetic contracts are valid
// OpenAPI that Redocly's strict rules and Ajv accept, and the report's formatting is stable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { formatTable, integer, kilobytes, ratio, verdict } from '../src/format.js';
import { median } from '../src/stats.js';
import { loadRealContract, operationIdOf, syntheticMethodName, syntheticSchema } from '../src/synthetic-schema.js';

const HTTP_VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const operationsOf = (doc: any): Array<{ path: string; op: any }> =>
  Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([verb]) => HTTP_VERBS.includes(verb))
      .map(([, op]) => ({ path, op })),
  );

describe('synthetic schema', () => {
  it.each([1, 10, 100, 1000])('has %i operations with unique Bitrix method paths and operationIds', (count) => {
    const doc = syntheticSchema(count);
    const operations = operationsOf(doc);
    expect(operations).toHaveLength(count);
    expect(operations[0]!.path).toBe('/imbot.chat.add');
    expect(new Set(operations.map(({ op }) => op.operationId)).size).toBe(count);
    expect(new Set(operations.map(({ path }) => path.toLowerCase())).size).toBe(count);
    for (const { path, op } of operations) {
      expect(path).toMatch(/^\/[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/);
      expect(Object.keys(op.responses)).toEqual(['200', '400', '401', '403', '404', '429', '500', '503']);
    }
  });

  it('keeps the real contract as its first method and is deterministic', () => {
    const real = loadRealContract();
    const doc = syntheticSchema(10);
    expect(doc.paths['/imbot.chat.add']).toEqual(real.paths['/imbot.chat.add']);
    expect(stringify(syntheticSchema(10))).toBe(stringify(doc));
    expect(syntheticMethodName(0)).toBe('im.chat.add');
    expect(operationIdOf('sonet_group.deal.add')).toBe('sonetGroupDealAdd');
    expect(() => syntheticSchema(0)).toThrow(RangeError);
  });

  it('compiles in Ajv (JSON Schema 2020-12, strict), and the examples match their schemas', () => {
    const doc = syntheticSchema(30);
    // As the server's generator does: components as $defs of one schema, refs pointed there.
    const toDefs = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(toDefs)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node).map(([key, value]) => [
                key,
                key === '$ref' ? String(value).replace('#/components/schemas/', 'contract#/$defs/') : toDefs(value),
              ]),
            )
          : node;
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    for (const keyword of ['example', 'x-bitrix-empty-error']) ajv.addKeyword({ keyword });
    ajv.addSchema({ $id: 'contract', $defs: toDefs(doc.components.schemas) });
    const compile = (schema: { $ref: string }) => ajv.compile(toDefs(schema) as object);
    const time = doc.components.examples.Success.value.time;
    for (const { op } of operationsOf(doc)) {
      for (const media of Object.values<{ schema: { $ref: string } }>(op.requestBody.content)) {
        expect(compile(media.schema)).toBeTypeOf('function');
      }
      const success = compile(op.responses['200'].content['application/json'].schema);
      const action = op.operationId.match(/[A-Z][a-z]*$/)?.[0];
      const result = action === 'Add' ? 7 : action === 'Update' || action === 'Delete' ? true : action === 'List' ? [] : { ID: 1 };
      if (action !== 'Fields') expect(success({ result, time }), op.operationId).toBe(true);
      expect(success({ result })).toBe(false);
    }
    const params = compile({ $ref: '#/components/schemas/ImbotChatAddParams' });
    expect(params(doc.components.examples.FullRequest.value)).toBe(true);
    expect(params({ USERS: 'x' })).toBe(false);
  });

  it('passes redocly lint with the contract\'s own strict rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24-bench-'));
    try {
      const file = join(dir, 'openapi.yaml');
      writeFileSync(file, stringify(syntheticSchema(10), { aliasDuplicateObjects: false }));
      const require = createRequire(import.meta.url);
      const cli = join(require.resolve('@redocly/cli/package.json'), '..', 'bin', 'cli.js');
      const config = new URL('../../../schema/redocly.yaml', import.meta.url).pathname;
      const lint = spawnSync(process.execPath, [cli, 'lint', file, '--config', config], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
      });
      expect(lint.status, lint.stdout + lint.stderr).toBe(0);
      expect(lint.stdout + lint.stderr).toMatch(/valid/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report formatting', () => {
  it('formats ratios, numbers and sizes', () => {
    expect(ratio(8, 10)).toBe('0.80x');
    expect(ratio(1, 0)).toBe('n/a');
    expect(ratio(Number.NaN, 1)).toBe('n/a');
    expect(integer(1234567.4)).toBe('1,234,567');
    expect(kilobytes(6388)).toBe('6.39 kB');
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('says whether a target is met, and by how much it is missed', () => {
    expect(verdict({ value: 0.9, bound: 0.8, kind: 'min' })).toBe('met');
    expect(verdict({ value: 0.4, bound: 0.8, kind: 'min' })).toBe('MISSED by 50%');
    expect(verdict({ value: 1.38, bound: 1.15, kind: 'max' })).toBe('MISSED by 20%');
    expect(verdict({ value: Number.NaN, bound: 1, kind: 'max' })).toBe('not measured');
  });

  it('pads Markdown tables to a stable form', () => {
    expect(formatTable(['name', 'value'], [['a', '1.00x'], ['longer', '12.34x']], ['left', 'right'])).toBe(
      ['| name   |  value |', '| ------ | -----: |', '| a      |  1.00x |', '| longer | 12.34x |'].join('\n'),
    );
  });
});

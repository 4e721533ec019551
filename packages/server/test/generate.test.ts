// The generated tables and validators against the contract: the files it calls for, each
// method's names, codes and statuses read from the document's responses, its examples accepted
// and broken ones refused; and a method added to the contract changes the generated files only
// where that method is (the other validator modules are reused as they are).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { eventTable } from '../src/gen/events.gen.js';
import { operationTable } from '../src/gen/operations.gen.js';
import { contractVersion } from '../src/index.js';
import { contract, type Json, model, resolve, responseValidator } from './contract.js';

const genDir = fileURLToPath(new URL('../src/gen/', import.meta.url));
const source = JSON.stringify(contract);
const HEADER = '// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n';
const entryOf = (operationId: string) => operationTable[operationId as keyof typeof operationTable];
/** The first named example's value of a media type of the document. */
const firstExample = (media: Json): Json => resolve(Object.values<Json>(media.examples)[0]).value;
const operationNode = (method: string): Json => resolve(contract.paths[`/${method}`]).post;

describe('generated files', () => {
  const files = readdirSync(genDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|js)$/.test(file));

  it('are the tables, the error codes and one validator module (code and declarations) per operation and per event of the contract', () => {
    const modules = [...model.operations.map((op) => op.operationId), ...model.events.map((event) => event.operationId)];
    expect(files.sort()).toEqual(
      ['errors.gen.ts', 'events.gen.ts', 'operations.gen.ts', 'schema.gen.ts', ...modules.flatMap((id) => [`validators/${id}.gen.js`, `validators/${id}.gen.d.ts`])].sort(),
    );
  });

  it('carry the header and no timestamp', () => {
    for (const file of files) {
      const text = readFileSync(join(genDir, file), 'utf8');
      expect(text.startsWith(HEADER), file).toBe(true);
      // Any date in the output comes from the contract's examples, not from the clock.
      for (const [date] of text.matchAll(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^'"\s]*/g)) expect(source).toContain(date);
    }
  });

  it('the validators need nothing from Ajv at run time', () => {
    for (const file of files.filter((name) => name.endsWith('.gen.js'))) {
      expect(readFileSync(join(genDir, file), 'utf8'), file).not.toMatch(/require\(|from ['"]ajv/);
    }
  });

  it("carry the contract's version", () => {
    expect(contractVersion).toBe(contract.info.version);
  });
});

describe('the operations table, method by method, against the document', () => {
  it('has every operation of the document, in its order, keyed by operationId', () => {
    const documented = Object.entries<Json>(contract.paths).map(([path, item]) => [resolve(item).post.operationId, path.slice(1)]);
    expect(Object.values(operationTable).map((entry) => [entry.operationId, entry.method])).toEqual(documented);
  });

  it.each(model.operations.map((op) => op.method))('%s: parameters, extensions and example', (method) => {
    const node = operationNode(method);
    const entry = entryOf(node.operationId);
    const body = resolve(node.requestBody).content;
    const params = resolve((body['application/json'] ?? body['application/x-www-form-urlencoded']).schema);
    expect(entry.params.names).toEqual(Object.keys(params.properties));
    for (const [name, property] of Object.entries<Json>(params.properties)) {
      for (const [extension, table] of [
        ['x-bitrix-empty-error', entry.params.emptyErrors],
        ['x-bitrix-webhook-required', entry.params.webhookRequired],
      ] as const) {
        expect((table as Record<string, string>)[name], `${name} ${extension}`).toBe(property[extension] ?? resolve(property)[extension]);
      }
    }
    expect(entry.example).toEqual(firstExample(resolve(node.responses['200']).content['application/json']).result);
  });

  it.each(model.operations.map((op) => op.method))('%s: each error code with the statuses its responses allow it', (method) => {
    const entry = entryOf(operationNode(method).operationId);
    const responses = Object.keys(operationNode(method).responses).filter((status) => /^[45]\d\d$/.test(status)).map(Number);
    // The code's statuses: those whose response schema accepts an envelope with the code.
    for (const [code, statuses] of Object.entries<readonly number[]>(entry.errorStatus)) {
      const accepting = responses.filter((status) => responseValidator(status, method)({ error: code, error_description: 'x' }));
      expect(statuses, code).toEqual(accepting);
    }
    // And every example envelope of an error response is a code of the table, at that status.
    for (const status of responses) {
      const media = resolve(operationNode(method).responses[String(status)]).content['application/json'];
      for (const example of Object.values<Json>(media.examples ?? {})) {
        const { error } = resolve(example).value;
        expect(entry.errorStatus[error as never] as readonly number[] | undefined, `${error} at ${status}`).toContain(status);
      }
    }
  });

  it.each(model.operations.map((op) => op.method))('%s: the validators take the examples and refuse what breaks the contract', (method) => {
    const node = operationNode(method);
    const entry = entryOf(node.operationId);
    const body = resolve(node.requestBody).content;
    const media = body['application/json'] ?? body['application/x-www-form-urlencoded'];
    if (media.examples) expect(entry.validateParams(structuredClone(firstExample(media)))).toBe(true);
    expect(entry.validateParams(42)).toBe(false);
    const success = firstExample(resolve(node.responses['200']).content['application/json']);
    expect(entry.validateSuccess(structuredClone(success))).toBe(true);
    expect(entry.validateSuccess({ time: success.time })).toBe(false);
    expect(entry.validateSuccess({ ...success, time: { ...success.time, date_start: '2026-02-30T00:00:00+01:00' } })).toBe(false);
  });
});

describe('the events table', () => {
  it.each(model.events.map((event) => event.name))('%s: its validator takes the examples of the document', (name) => {
    const node = resolve(contract.webhooks[name]).post;
    const entry = eventTable[name as keyof typeof eventTable];
    expect(entry.operationId).toBe(node.operationId);
    const media = Object.values<Json>(resolve(node.requestBody).content)[0];
    const examples = Object.values<Json>(media.examples).map((example) => resolve(example).value);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(entry.validatePayload(structuredClone(example))).toBe(true);
      const { data: _, ...withoutData } = example;
      expect(entry.validatePayload(withoutData)).toBe(false);
    }
  });
});

describe('a method added to the contract', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'b24-generate-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('adds its own validator module and its lines to the tables; nothing else changes or is compiled again', () => {
    // The bundled contract with one more method, a copy of imbot.v2.Chat.get under a new name.
    const document = structuredClone(contract);
    const copied = structuredClone(operationNode('imbot.v2.Chat.get'));
    copied.operationId = 'imbotV2ChatCopy';
    document.paths['/imbot.v2.Chat.copy'] = { post: copied };
    writeFileSync(join(scratch, 'openapi.json'), JSON.stringify(document));
    cpSync(genDir, join(scratch, 'gen'), { recursive: true });

    const output = execFileSync(process.execPath, ['scripts/run-generate.mjs', '--contract', join(scratch, 'openapi.json'), '--out', join(scratch, 'gen')], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(output).toContain('1 validator module(s) compiled');

    /** Lines of `file` in one output and not in the other. */
    const difference = (file: string, from: string, to: string): string[] => {
      const before = new Set(readFileSync(join(from, file), 'utf8').split('\n'));
      return readFileSync(join(to, file), 'utf8')
        .split('\n')
        .filter((line) => !before.has(line));
    };
    const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|js)$/.test(file)).sort();
    const after = join(scratch, 'gen');
    expect(list(after)).toEqual([...list(genDir), 'validators/imbotV2ChatCopy.gen.d.ts', 'validators/imbotV2ChatCopy.gen.js'].sort());
    for (const file of list(genDir)) {
      expect(difference(file, after, genDir), `${file}: lines gone`).toEqual([]);
      const added = difference(file, genDir, after);
      if (file === 'operations.gen.ts') {
        // Its import and its entry (whose other lines are those of imbot.v2.Chat.get).
        expect(added.length).toBeGreaterThan(0);
        expect(added.filter((line) => !/imbotV2ChatCopy|imbot\.v2\.Chat\.copy/.test(line))).toEqual([]);
      } else {
        expect(added, `${file}: lines added`).toEqual([]);
      }
    }
  }, 60_000);
});

// The proof that the schema is the single contract, done as the README's "Change the contract"
// says, in a scratch copy of the workspace:
// - a method added to schema/openapi.yaml needs no other edit: `pnpm generate`, `pnpm
//   typecheck` and the packages' tests pass, the mock portal serves the method at once and the
//   client calls it, typed;
// - renaming a parameter, or changing the result's type, stops both sides compiling: the
//   client-side walkthrough and web page, and the server-side handler.
// Each edit is made on the parsed contract, at the operation it means (found by its path), never
// by a pattern over the file: a method added later that happens to share a name is left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace, editOperation, outsideOperation, type ScratchWorkspace, startListening, workspaceRoot } from '@b24-imbot/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const copies: ScratchWorkspace[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const scratch = (): ScratchWorkspace => {
  const copy = copyWorkspace(['schema', 'packages/core', 'packages/server', 'packages/client', 'packages/bot', 'packages/testkit', 'apps/demo']);
  copies.push(copy);
  return copy;
};

/** Runs a command in the copy and fails the test with its output when it fails. */
const ok = async (copy: ScratchWorkspace, command: string, ...args: string[]): Promise<string> => {
  const { ok: passed, output } = await copy.exec(command, args);
  expect(passed, `${command} ${args.join(' ')}\n${output}`).toBe(true);
  return output;
};

// A new method, as a user writes it under `paths:`: a path, its parameters, a success schema
// with an example, the usual error responses.
const NEW_PATH = '/imbot.chat.get';
const NEW_METHOD = `post:
  operationId: imbotChatGet
  tags: [imbot]
  summary: Find the chat of an entity
  description: Returns the id of the chat that imbot.chat.add bound to ENTITY_TYPE and ENTITY_ID.
  requestBody:
    required: true
    content:
      application/json:
        schema:
          type: object
          required: [ENTITY_TYPE, ENTITY_ID]
          properties:
            ENTITY_TYPE:
              type: string
              description: The entity's type, as given to imbot.chat.add.
            ENTITY_ID:
              type: integer
              minimum: 1
              description: The entity's id, as given to imbot.chat.add.
        examples:
          crm:
            summary: A CRM deal's chat
            value: { ENTITY_TYPE: CRM, ENTITY_ID: 13 }
  responses:
    '200':
      description: The chat's id.
      content:
        application/json:
          schema:
            type: object
            required: [result, time]
            properties:
              result:
                $ref: '#/components/schemas/ChatId'
              time:
                $ref: '#/components/schemas/ResponseTime'
          examples:
            found:
              summary: The chat was found
              value:
                result: 4242
                time: { start: 1771928379, finish: 1771928379.5, duration: 0.5, processing: 0.1, date_start: '2026-02-24T13:19:39+01:00', date_finish: '2026-02-24T13:19:39+01:00' }
    '400':
      $ref: '#/components/responses/BadRequest'
    '401':
      $ref: '#/components/responses/Unauthorized'
    '403':
      $ref: '#/components/responses/Forbidden'
    '404':
      $ref: '#/components/responses/NotFound'
    '503':
      $ref: '#/components/responses/ServiceUnavailable'
`;

// Client code calling the new method, typed by the generated client.
const USAGE = `import { createImbotClient } from '@b24-imbot/client';

const client = createImbotClient({ webhookUrl: \`\${process.argv[2]}/rest/1/code/\`, clientId: 'bot' });
const chatId: number = await client.imbot.chat.get({ ENTITY_TYPE: 'CRM', ENTITY_ID: 13 });
// Never called (a real call would reject, unhandled): only type-checked.
// @ts-expect-error ENTITY_ID is required by the new method's contract
void (() => client.imbot.chat.get({ ENTITY_TYPE: 'CRM' }));
console.log(\`result \${chatId}\`);
`;

/** tsc's errors for the demo in a copy: "file(line,col): error TS...: message", with the message's chain. */
const typeErrors = async (copy: ScratchWorkspace): Promise<string[]> => {
  // The packages' declarations first: the demo reads them (project references), not their
  // sources. tsc writes them even where a package's own sources no longer compile (the mock's
  // handlers, after a breaking edit): those errors are not the ones looked for here.
  await copy.exec('pnpm', ['exec', 'turbo', 'run', 'types', '--continue', '--output-logs=none']);
  const demo = join(copy.dir, 'apps/demo');
  const tsc = join(copy.dir, 'node_modules/typescript/bin/tsc');
  const { output } = await copy.exec(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', demo], demo);
  return output.split(/\n(?=\S)/).filter((text) => text.includes('error TS'));
};

/** Lines added and removed (`git diff --numstat`) in the generated files of the copy against the workspace's. */
const generatedDiffLines = async (copy: ScratchWorkspace): Promise<number> => {
  let lines = 0;
  for (const gen of ['packages/core/src/gen', 'packages/server/src/gen', 'packages/client/src/gen']) {
    const { output } = await copy.exec('git', ['diff', '--no-index', '--numstat', join(workspaceRoot, gen), join(copy.dir, gen)]);
    for (const [, added, removed] of output.matchAll(/^(\d+)\t(\d+)\t/gm)) lines += Number(added) + Number(removed);
  }
  return lines;
};

/** Whether some error is reported in `file` and mentions `text`. */
const failsIn = (errors: string[], file: string, text: string) =>
  // tsc names files relative to where it runs: `src/...` or `apps/demo/src/...`.
  errors.some((error) => (error.startsWith(file) || error.startsWith(`apps/demo/${file}`)) && error.includes(text));

/** The operation the second test changes, found by its path. */
const SEED = '/imbot.chat.add';

/**
 * imbot.chat.add's TITLE becomes CHAT_TITLE (in its request schemas and request examples) and
 * its result a string (its success schemas and examples). Everything is edited in the
 * operation's own copy of what it refers to, so no other operation changes, whatever it shares
 * with this one (the test below checks it).
 */
const renameTitleAndStringifyResult = (document: any): any => {
  const before = outsideOperation(document, SEED);
  const seed = editOperation(document, SEED);
  for (const type of Object.keys(seed.at('requestBody', 'content'))) {
    const schema = seed.own('requestBody', 'content', type, 'schema');
    expect(schema.properties, `${SEED} ${type}`).toHaveProperty('TITLE');
    schema.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, value]) => [name === 'TITLE' ? 'CHAT_TITLE' : name, value]),
    );
    for (const name of Object.keys(seed.at('requestBody', 'content', type, 'examples'))) {
      const example = seed.own('requestBody', 'content', type, 'examples', name);
      if ('TITLE' in example.value) {
        example.value = Object.fromEntries(
          Object.entries(example.value).map(([key, value]) => [key === 'TITLE' ? 'CHAT_TITLE' : key, value]),
        );
      }
    }
  }
  for (const type of Object.keys(seed.at('responses', '200', 'content'))) {
    const success = seed.own('responses', '200', 'content', type, 'schema');
    expect(seed.at('responses', '200', 'content', type, 'schema', 'properties', 'result').type).toBe('integer');
    success.properties.result = { type: 'string', description: "The new chat's id (CHAT_ID), as a string." };
    for (const name of Object.keys(seed.at('responses', '200', 'content', type, 'examples'))) {
      const example = seed.own('responses', '200', 'content', type, 'examples', name);
      example.value.result = String(example.value.result);
    }
  }
  expect(outsideOperation(document, SEED), 'the edit changed something outside imbot.chat.add').toBe(before);
  return document;
};

describe('one contract drives both sides', () => {
  it('the rename edits imbot.chat.add only: a method added beside it with a TITLE of its own keeps it', () => {
    const document = parse(readFileSync(join(workspaceRoot, 'schema/openapi.yaml'), 'utf8'));
    // The new method, with a TITLE in its parameters and in its example, as many Bitrix24 methods have.
    const neighbour = parse(NEW_METHOD);
    const params = neighbour.post.requestBody.content['application/json'];
    params.schema.properties.TITLE = { type: 'string', description: 'A chat title.' };
    params.examples.crm.value.TITLE = 'Deal 13';
    document.paths[NEW_PATH] = neighbour;
    const untouched = structuredClone(neighbour);
    renameTitleAndStringifyResult(document);
    expect(document.paths[NEW_PATH]).toEqual(untouched);
    const seed = editOperation(document, SEED);
    expect(seed.at('requestBody', 'content', 'application/json', 'schema').properties).toHaveProperty('CHAT_TITLE');
    expect(seed.at('requestBody', 'content', 'application/json', 'schema').properties).not.toHaveProperty('TITLE');
  });

  it('a method added to the contract needs no other edit: generated, type-checked, tested, served and called', async () => {
    const copy = scratch();
    copy.edit('schema/openapi.yaml', (text) => {
      const document = parse(text);
      document.paths[NEW_PATH] = parse(NEW_METHOD);
      return stringify(document);
    });

    await ok(copy, 'pnpm', 'generate');
    // Generated output stable per operation: the method's whole diff over every generated file is small.
    const generatedLines = await generatedDiffLines(copy);
    expect(generatedLines).toBeGreaterThan(0);
    expect(generatedLines).toBeLessThan(400);
    await ok(copy, 'pnpm', 'typecheck');
    await ok(copy, 'pnpm', 'exec', 'turbo', 'run', 'lint', 'test', '--filter=@b24-imbot/schema', '--filter=@b24-imbot/server', '--filter=@b24-imbot/client');

    // The mock portal of the copy serves it; the copy's client calls it, typed (tsc) and for real.
    copy.write('apps/demo/src/new-method-usage.ts', USAGE);
    expect(await typeErrors(copy)).toEqual([]);
    const mock = await startListening(process.execPath, ['--import', 'tsx', 'packages/server/src/bin/mock.ts', '--port', '0'], {
      cwd: copy.dir,
    });
    try {
      const output = await ok(copy, process.execPath, '--import', 'tsx', 'apps/demo/src/new-method-usage.ts', mock.url);
      expect(output).toContain('result 4242');
    } finally {
      await mock.stop();
    }
    // It runs the schema's, server's and client's suites in the copy: 500-600 s on a 2-core
    // machine with two CPU-bound processes beside it, so the budget is twice that.
  }, 1_200_000);

  it('renaming TITLE and making the result a string break the walkthrough and the web page (client) and the handler (server)', async () => {
    const copy = scratch();
    copy.edit('schema/openapi.yaml', (text) => stringify(renameTitleAndStringifyResult(parse(text))));
    await ok(copy, 'pnpm', 'generate');
    const errors = await typeErrors(copy);
    expect(failsIn(errors, 'src/walkthrough.ts', "'TITLE'"), errors.join('\n')).toBe(true);
    expect(failsIn(errors, 'src/portal.ts', "'TITLE'"), errors.join('\n')).toBe(true);
    // The browser form too: its fields are typed from the client.
    expect(failsIn(errors, 'web/main.ts', "'TITLE'"), errors.join('\n')).toBe(true);
    expect(failsIn(errors, 'src/walkthrough.ts', "'string'"), errors.join('\n')).toBe(true);
    expect(failsIn(errors, 'src/portal.ts', "'number'"), errors.join('\n')).toBe(true);
  }, 300_000);
});

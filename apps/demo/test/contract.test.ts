// The proof that the schema is the single contract, done as the README's "Change the contract"
// says, in a scratch copy of the workspace:
// - a method added to schema/openapi.yaml needs no other edit: `pnpm generate`, `pnpm
//   typecheck` and the packages' tests pass, the mock portal serves the method at once and the
//   client calls it, typed;
// - renaming a parameter, or changing the result's type, stops both sides compiling: the
//   client-side walkthrough and web page, and the server-side handler.
import { join } from 'node:path';
import { copyWorkspace, type ScratchWorkspace, startListening, workspaceRoot } from '@b24-imbot/testkit';
import { afterAll, describe, expect, it } from 'vitest';

const copies: ScratchWorkspace[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const scratch = (): ScratchWorkspace => {
  const copy = copyWorkspace(['schema', 'packages/core', 'packages/server', 'packages/client', 'packages/testkit', 'apps/demo']);
  copies.push(copy);
  return copy;
};

/** Runs a command in the copy and fails the test with its output when it fails. */
const ok = async (copy: ScratchWorkspace, command: string, ...args: string[]): Promise<string> => {
  const { ok: passed, output } = await copy.exec(command, args);
  expect(passed, `${command} ${args.join(' ')}\n${output}`).toBe(true);
  return output;
};

// A new method, as a user writes it: a path, its parameters, a success schema with an example,
// the usual error responses.
const NEW_METHOD = `  /imbot.chat.get:
    post:
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

describe('one contract drives both sides', () => {
  it('a method added to the contract needs no other edit: generated, type-checked, tested, served and called', async () => {
    const copy = scratch();
    copy.edit('schema/openapi.yaml', (text) => text.replace(/^paths:\n/m, `paths:\n${NEW_METHOD}`));

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
  }, 600_000);

  it('renaming TITLE and making the result a string break the walkthrough and the web page (client) and the handler (server)', async () => {
    const copy = scratch();
    copy.edit('schema/openapi.yaml', (text) =>
      text
        // Every TITLE of imbot.chat.add (the parameter and its examples) becomes CHAT_TITLE.
        .replace(/^(\s+)TITLE:/gm, '$1CHAT_TITLE:')
        // The chat id becomes a string, in its schema and in the success example.
        .replace(/^( {4}ChatId:\n {6})type: integer\n {6}minimum: 1\n/m, '$1type: string\n')
        .replace(/^( {6}description: The new chat's id \(CHAT_ID\)\.\n {6}example:) 2725$/m, "$1 '2725'")
        .replace(/^( {8}result:) 2725$/m, "$1 '2725'"),
    );
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

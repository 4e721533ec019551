// The client's key property: a method added to the contract needs no hand-written change.
// This copies the package's generator and hand-written sources next to a contract with one
// more method, regenerates, and checks that the new method is typed and in the tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createClient } from '@hey-api/openapi-ts';
import { afterAll, expect, test, vi } from 'vitest';
import { parse, stringify } from 'yaml';

import config from '../openapi-ts.config.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(packageDir, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'b24-client-new-method-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsc = (args: string[], cwd: string): void => {
  try {
    execFileSync(join(repoDir, 'node_modules', '.bin', 'tsc'), args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`tsc failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
  }
};

test('a method added to the contract appears, typed, with no hand-written change', { timeout: 120_000 }, async () => {
  // The contract, plus imbot.chat.leave: CHAT_ID in, a boolean out, a new error code.
  const contract = parse(readFileSync(join(repoDir, 'schema', 'openapi.yaml'), 'utf8'));
  contract.paths['/imbot.chat.leave'] = {
    post: {
      operationId: 'imbotChatLeave',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['CHAT_ID'], properties: { CHAT_ID: { type: 'integer' } } },
          },
        },
      },
      responses: {
        '200': {
          description: 'Left.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['result', 'time'],
                properties: { result: { type: 'boolean' }, time: { $ref: '#/components/schemas/ResponseTime' } },
              },
            },
          },
        },
        '400': {
          description: 'No chat.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/BitrixErrorEnvelope' },
                  { type: 'object', properties: { error: { type: 'string', enum: ['CHAT_ID_EMPTY'] } } },
                ],
              },
            },
          },
        },
      },
    },
  };

  // The same layout as the repository, with the package's own node_modules.
  const client = join(work, 'packages', 'client');
  mkdirSync(join(work, 'schema'), { recursive: true });
  writeFileSync(join(work, 'schema', 'openapi.yaml'), stringify(contract));
  cpSync(join(repoDir, 'tsconfig.base.json'), join(work, 'tsconfig.base.json'));
  symlinkSync(join(repoDir, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const path of ['package.json', 'tsconfig.json', 'scripts']) {
    cpSync(join(packageDir, path), join(client, path), { recursive: true });
  }
  cpSync(join(packageDir, 'src'), join(client, 'src'), {
    recursive: true,
    filter: (source) => !source.includes(`${join('src', 'gen')}`),
  });
  symlinkSync(join(packageDir, 'node_modules'), join(client, 'node_modules'), 'dir');

  // The package's own generate steps: openapi-ts with its config, then the method table.
  const base = await config;
  if (typeof base.output !== 'object') throw new Error('openapi-ts.config.ts: output is an object');
  await createClient({
    ...base,
    input: join(work, 'schema', 'openapi.yaml'),
    output: { ...base.output, path: join(client, 'src', 'gen') },
  });
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await import(join(client, 'scripts', 'generate-methods.ts'));
  expect(log).toHaveBeenCalledWith(expect.stringContaining('2 method(s)'));
  log.mockRestore();

  writeFileSync(
    join(client, 'check.ts'),
    `import { createImbotClient, methods, type Bitrix24ErrorCode } from './src/index.js';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', clientId: 'bot' });
export const left: () => Promise<boolean> = () => client.imbot.chat.leave({ CHAT_ID: 1 });
export const byName: () => Promise<boolean> = () => client.call('imbot.chat.leave', { CHAT_ID: 1 });
export const added: () => Promise<number> = () => client.imbot.chat.add({ USERS: [1] });
// @ts-expect-error CHAT_ID is required
export const missing = () => client.imbot.chat.leave({});
export const code: Bitrix24ErrorCode = 'CHAT_ID_EMPTY';
export const status: readonly number[] = methods['imbot.chat.leave'].errors.CHAT_ID_EMPTY;
export const tree = {
  leave: typeof client.imbot.chat.leave,
  leaveWithResponse: typeof client.imbot.chat.leave.withResponse,
  add: typeof client.imbot.chat.add,
};
`,
  );
  writeFileSync(
    join(client, 'tsconfig.check.json'),
    // No Node types: the hand-written and generated code must compile for browsers alone.
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { types: [] }, include: ['check.ts'] }),
  );

  // Type-checks: the new method is typed from the contract, the old one still is.
  tsc(['--noEmit', '-p', 'tsconfig.check.json'], client);
  // And it is in the tree at run time.
  const check = (await import(join(client, 'check.ts'))) as { tree: unknown; status: unknown };
  expect(check.tree).toEqual({ leave: 'function', leaveWithResponse: 'function', add: 'function' });
  expect(check.status).toEqual([400]);
});

// The crucial property: a method added to the contract needs no hand-written change beyond its
// handler. A copy of the package's hand-written src/ is generated against the contract plus one
// more method, then type-checked and served.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { expectError, json, request } from './helpers.js';

const run = promisify(execFile);
const pkg = fileURLToPath(new URL('..', import.meta.url));
// Inside the package so that the copy resolves fastify and qs from its node_modules.
const work = `${pkg}.new-method-${process.pid}/`;

const addMethod = (document: Record<string, any>) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const responses = Object.fromEntries(
    Object.entries(document.paths['/imbot.chat.add'].post.responses).filter(([status]) => status !== '200'),
  );
  document.paths['/imbot.chat.updateTitle'] = {
    post: {
      operationId: 'imbotChatUpdateTitle',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['CHAT_ID', 'TITLE'],
              properties: {
                CHAT_ID: { type: 'integer', minimum: 1 },
                TITLE: { type: 'string', 'x-bitrix-empty-error': 'WRONG_REQUEST' },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'Renamed.',
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
        ...responses,
      },
    },
  };
  return document;
};

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  cpSync(`${pkg}src`, `${work}src`, { recursive: true, filter: (path) => !path.includes('/gen/') });
  const document = addMethod(parse(readFileSync(`${pkg}../../schema/openapi.yaml`, 'utf8')));
  writeFileSync(`${work}openapi.yaml`, stringify(document));
  await run(process.execPath, ['--import', 'tsx', `${pkg}scripts/generate.ts`, '--contract', `${work}openapi.yaml`, '--out', `${work}src/gen`], { cwd: pkg });
  // The mock portal's handler for the new method: the one hand-written change in the mock.
  const mockHandlers = readFileSync(`${work}src/mock-handlers.ts`, 'utf8');
  expect(mockHandlers).toContain('  imbotChatAdd: (params) => {');
  writeFileSync(`${work}src/mock-handlers.ts`, mockHandlers.replace('  imbotChatAdd: (params) => {', '  imbotChatUpdateTitle: () => true,\n  imbotChatAdd: (params) => {'));
  writeFileSync(`${work}tsconfig.json`, JSON.stringify({ extends: '../../../tsconfig.base.json', include: ['src', 'usage.ts'] }));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a method added to the contract', () => {
  it('needs its handler, typed by the contract, and nothing else (tsc)', async () => {
    writeFileSync(
      `${work}usage.ts`,
      `import { createServer } from './src/index.js';
const authenticate = () => {};
createServer({ imbotChatAdd: () => 1, imbotChatUpdateTitle: (params) => params.TITLE.length > 0 && params.CHAT_ID > 0 }, { authenticate });
// @ts-expect-error the new method's handler is missing
createServer({ imbotChatAdd: () => 1 }, { authenticate });
// @ts-expect-error the new method answers a boolean
createServer({ imbotChatAdd: () => 1, imbotChatUpdateTitle: () => 1 }, { authenticate });
`,
    );
    const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
    const result = await run(process.execPath, [tsc, '--noEmit', '-p', work]).then(
      () => ({ ok: true, out: '' }),
      (error: { stdout: string }) => ({ ok: false, out: error.stdout }),
    );
    expect(result.out).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);

  it('is served with its own errors, next to the old one', async () => {
    const { createServer } = await import(/* @vite-ignore */ `${work}src/index.ts`);
    const app = createServer(
      { imbotChatAdd: () => 1, imbotChatUpdateTitle: (params: { TITLE: string }) => params.TITLE === 'ok' },
      { authenticate: () => {}, validateResponses: true },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${app.server.address().port}`;
    try {
      const renamed = await request(`${url}/rest/IMBOT.CHAT.UPDATETITLE.json`, json({ chat_id: '5', title: 'ok' }));
      expect(renamed.status).toBe(200);
      expect(renamed.body.result).toBe(true);
      expectError(await request(`${url}/rest/imbot.chat.updateTitle`, json({ CHAT_ID: 5 })), 400, 'WRONG_REQUEST');
      expectError(await request(`${url}/rest/imbot.chat.updateTitle`, json({ CHAT_ID: 'x', TITLE: 't' })), 400, 'INVALID_FORMAT', 'CHAT_ID: must be integer');
      expect((await request(`${url}/rest/imbot.chat.add`, json({ USERS: [1] }))).body.result).toBe(1);
      expectError(await request(`${url}/rest/imbot.chat.add`, json({})), 400, 'USERS_EMPTY');
    } finally {
      await app.close();
    }
  });

  it('is served by the mock portal too', async () => {
    const { startMockPortal } = await import(/* @vite-ignore */ `${work}src/index.ts`);
    const portal = await startMockPortal();
    try {
      const renamed = await request(`${portal.url}/rest/imbot.chat.updateTitle`, json({ CHAT_ID: 1, TITLE: 't' }));
      expect(renamed.status).toBe(200);
      expect(renamed.body.result).toBe(true);
    } finally {
      await portal.close();
    }
  });
});

// One error path on the REST side: whatever is thrown goes through Fastify's own error path (so
// `onError` hooks see it) to the one function that picks the envelope and the status. A
// Bitrix24Error made without a status gets the first status the served operation gives its code;
// the mock's own routes answer through the same helpers.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { Bitrix24Error, createServer, exampleHandlers, type Handlers } from '../src/index.js';
import { errorReply, sendError } from '../src/plugin.js';
import { model } from './contract.js';
import { expectError, json, request } from './helpers.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const start = async (handlers: Partial<Handlers>, seen: unknown[] = []) => {
  const app = createServer({ ...exampleHandlers, ...handlers } as Handlers, { authenticate: () => {}, validateResponses: true });
  app.addHook('onError', async (_request, _reply, error) => void seen.push(error));
  app.get('/own/route', async (_request, reply) => sendError(reply, new Bitrix24Error('ERROR_METHOD_NOT_FOUND', 'No such thing')));
  await app.listen({ port: 0, host: '127.0.0.1' });
  apps.push(app);
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
};

/** The first status the contract gives a code for a method. */
const firstStatus = (method: string, code: string): number => model.operation(method)!.errors.get(code)![0]!;

describe('one error path', () => {
  it("a Bitrix24Error without a status: the served operation's first status for its code", async () => {
    const url = await start({
      imbotChatAdd: () => {
        throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
      },
      imbotV2BotList: async () => {
        throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
      },
    });
    // The contract gives QUERY_LIMIT_EXCEEDED other statuses in v1 and in imbot.v2.
    expect(firstStatus('imbot.chat.add', 'QUERY_LIMIT_EXCEEDED')).not.toBe(firstStatus('imbot.v2.Bot.list', 'QUERY_LIMIT_EXCEEDED'));
    const v1 = firstStatus('imbot.chat.add', 'QUERY_LIMIT_EXCEEDED');
    expectError(await request(`${url}/rest/imbot.chat.add`, json({ USERS: [1] })), v1, 'QUERY_LIMIT_EXCEEDED');
    const v2 = firstStatus('imbot.v2.Bot.list', 'QUERY_LIMIT_EXCEEDED');
    expectError(await request(`${url}/rest/imbot.v2.Bot.list`, json({})), v2, 'QUERY_LIMIT_EXCEEDED', undefined, 'imbot.v2.Bot.list');
  });

  it('onError hooks see what a handler, a sync one or an async one, threw; the answer is the 500 envelope', async () => {
    const seen: unknown[] = [];
    const url = await start(
      {
        imbotChatAdd: () => {
          throw new TypeError('sync boom');
        },
        imbotV2BotList: async () => {
          throw new RangeError('async boom');
        },
      },
      seen,
    );
    expectError(await request(`${url}/rest/imbot.chat.add`, json({ USERS: [1] })), 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    expectError(await request(`${url}/rest/imbot.v2.Bot.list`, json({})), 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', 'imbot.v2.Bot.list');
    expect(seen.map((error) => (error as Error).message)).toEqual(['sync boom', 'async boom']);
  });

  it('an unknown method and a refused parameter reach onError hooks too', async () => {
    const seen: unknown[] = [];
    const url = await start({}, seen);
    expectError(await request(`${url}/rest/no.such.method`, json({})), 404, 'ERROR_METHOD_NOT_FOUND');
    expectError(await request(`${url}/rest/imbot.chat.add`, json({ USERS: ['x'] })), 400, 'INVALID_FORMAT', 'USERS[0]: must be integer');
    expect(seen.map((error) => (error as Bitrix24Error).code)).toEqual(['ERROR_METHOD_NOT_FOUND', 'INVALID_FORMAT']);
  });

  it("a route of one's own answers through sendError, and errorReply names the answer", async () => {
    const url = await start({});
    const answer = await request(`${url}/own/route`);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.body).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'No such thing' });
    expect(errorReply(new Error('anything'))).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR', internal: true });
    expect(errorReply({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, { bodyBytes: 10 })).toMatchObject({
      status: 400,
      code: 'INVALID_FORMAT',
      description: 'The request body is larger than 10 bytes',
    });
  });
});

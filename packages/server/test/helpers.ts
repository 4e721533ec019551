import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer, exampleHandlers, type Handlers, type ParamsOf, type ServerOptions } from '../src/index.js';
import { codesFor, responseValidator } from './contract.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // Parsed JSON body; tests index into it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export const request = async (url: string, init?: RequestInit): Promise<Answer> => {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
};

/** A success as the contract describes it: 200, JSON, `{result, time}` valid against the contract. */
export const expectSuccess = (answer: Answer, method = 'imbot.chat.add'): number => {
  expect(answer.status, answer.text).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const validate = responseValidator(200, method);
  expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  expect(Object.keys(answer.body).sort()).toEqual(['result', 'time']);
  return answer.body.result as number;
};

/** A Bitrix error envelope with the contract's status for the code, no `time`, no Retry-After. */
export const expectError = (
  answer: Answer,
  status: number,
  code: string,
  description?: string | RegExp,
  method = 'imbot.chat.add',
): void => {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(answer.headers.get('retry-after')).toBeNull();
  expect(Object.keys(answer.body ?? {}).sort()).toEqual(['error', 'error_description']);
  expect(answer.body.error).toBe(code);
  expect(codesFor(status, method)).toContain(code);
  const validate = responseValidator(status, method);
  expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  if (description instanceof RegExp) expect(answer.body.error_description).toMatch(description);
  else if (description !== undefined) expect(answer.body.error_description).toBe(description);
};

export type Chat = ParamsOf<'imbotChatAdd'>;

/** A server with an in-memory handler, listening on a free loopback port. */
export const startServer = async (
  options: Partial<ServerOptions> = {},
  handlers?: Partial<Handlers>,
): Promise<{ url: string; chats: Chat[]; app: FastifyInstance; close: () => Promise<void> }> => {
  const chats: Chat[] = [];
  const app = createServer(
    {
      ...exampleHandlers,
      imbotChatAdd: (params) => {
        chats.push(params);
        return chats.length;
      },
      ...handlers,
    },
    { authenticate: () => {}, validateResponses: true, ...options },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  return { url: `http://127.0.0.1:${address.port}`, chats, app, close: () => app.close() };
};

export const json = (value: unknown, init: RequestInit = {}): RequestInit => ({
  method: 'POST',
  ...init,
  headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  body: JSON.stringify(value),
});

export const form = (body: string | Buffer, init: RequestInit = {}): RequestInit => ({
  method: 'POST',
  ...init,
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...(init.headers as Record<string, string>) },
  body,
});

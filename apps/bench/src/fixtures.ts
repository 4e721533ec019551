// The requests every contender answers or sends, from the contract (through its model only).
import { loadContract } from '@b24-imbot/schema/model';

const op = loadContract().operation('imbot.chat.add')!;

export const METHOD_PATH = '/imbot.chat.add';
export const TOKEN = 'bench-token';
export const CLIENT_ID = 'bench-client';
export const CHAT_ID: number = op.successExample.result;
/** The success envelope as the contract's example gives it: what the bare routes answer. */
export const SUCCESS_BODY = JSON.stringify(op.successExample);
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const WEBHOOK_PATH = '/rest/1/benchcode';

/** The two server loads: the four-parameter body at 10 connections, the page's full example at 50. */
export const BODIES = {
  four: { connections: 10, body: { USERS: [1, 2], TITLE: 'Bench chat', COLOR: 'PINK', MESSAGE: 'Welcome!' } },
  full: { connections: 50, body: { ...op.paramsExample, CLIENT_ID } },
} as const;
export type BodyName = keyof typeof BODIES;

export const REQUEST_HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };

// @b24-imbot/bot/node: what only Node (and runtimes with its modules) has: a node:http handler
// for webhook deliveries, and a store on disk.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from './bot.js';
import { type Delivered, tooLarge } from './receiver.js';

export { fileStore, type FileStoreOptions } from './file-store.js';

export interface NodeHandlerOptions {
  /** Answer only at this path (`/bitrix/events`); others get 404. Default: any path. */
  readonly path?: string;
}

const send = (res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string): void => {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

const refuse = (res: ServerResponse, status: number, code: string, description: string, headers: Record<string, string> = {}): void =>
  send(res, status, { 'content-type': 'application/json; charset=utf-8', ...headers }, JSON.stringify({ error: code, error_description: description }));

/**
 * A `node:http` request listener receiving the portal's deliveries for `bot`:
 * `createServer(nodeHandler(bot)).listen(8080)`, then `bot.start({ ..., webhook: { url, applicationToken } })`.
 * Bodies are read up to the receiver's limit and no further.
 */
export const nodeHandler =
  (bot: Bot<any>, options: NodeHandlerOptions = {}) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    if (options.path !== undefined && new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) {
      req.resume();
      return refuse(res, 404, 'NOT_FOUND', 'Nothing here');
    }
    if (req.method !== 'POST') {
      req.resume();
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Deliveries are POSTed', { allow: 'POST' });
    }
    const receiver = bot.receiver;
    if (receiver === undefined) {
      req.resume();
      return refuse(res, 503, 'BOT_NOT_STARTED', 'The bot is not running: call start() or connect() first');
    }
    const answer = (delivered: Delivered) => send(res, delivered.status, delivered.headers, delivered.body);
    if (Number(req.headers['content-length'] ?? NaN) > receiver.bodyBytes) {
      req.resume();
      return answer(tooLarge(receiver.bodyBytes));
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      length += chunk.length;
      if (length > receiver.bodyBytes) {
        over = true;
        chunks.length = 0;
        answer(tooLarge(receiver.bodyBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      const delivered = receiver.deliver(Buffer.concat(chunks, length), req.headers['content-type']);
      if (delivered.wait) void delivered.handled.then(() => answer(delivered));
      else answer(delivered);
    });
    req.on('error', () => {
      if (!res.headersSent) refuse(res, 400, 'INVALID_FORMAT', 'The request body could not be read');
    });
  };

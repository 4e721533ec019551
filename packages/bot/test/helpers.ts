// What the bot tests share: a node:http receiver for a bot on a free loopback port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bot } from '../src/index.js';
import { nodeHandler } from '../src/node.js';

export interface Receiving {
  /** The delivery URL, `http://127.0.0.1:<port>/bitrix/events`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `bot`'s deliveries with the node:http adapter on port 0. */
export const receive = async (bot: Bot<any>): Promise<Receiving> => {
  const server = createServer(nodeHandler(bot, { path: '/bitrix/events' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bitrix/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** The bot's messages in a dialog of the portal, oldest first. */
export const botMessages = (
  portal: { platform: { messages: ReadonlyMap<number, { chatId: number; authorId: number; text: string }> } },
  botId: number,
): string[] => [...portal.platform.messages.values()].filter((message) => message.authorId === botId).map((message) => message.text);

/**
 * Serves a fetch handler on node:http (Node has no fetch server of its own): each request
 * becomes a `Request`, the `Response` is written back. `seen` gets each raw body first.
 */
export const serveFetch = async (
  handler: (request: Request) => Promise<Response>,
  seen?: (body: Buffer, headers: Record<string, string>) => void,
): Promise<Receiving> => {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
    seen?.(body, headers);
    const response = await handler(
      new Request(new URL(req.url ?? '/', 'http://127.0.0.1'), { method: req.method!, headers, ...(req.method === 'POST' ? { body } : {}) }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bitrix/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

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

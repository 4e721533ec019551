// The demo's Bitrix24 portal stand-in: the mock portal of @b24-imbot/server (one state, its
// policy: the demo's webhook and CLIENT_ID), with imbot.chat.add's chats also kept in SQLite
// (store.ts), so their ids keep increasing across restarts and the page lists them; plus the
// web page, the API reference and a few demo-only routes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MockPortalUnstarted, type PortalState, type V1ChatStore, createMockPortal } from '@b24-imbot/server/mock';
import { echoBot } from './bot.js';
import type { FastifyInstance } from 'fastify';
import type { ChatStore } from './store.js';

/** The portal's one incoming webhook; the page and the walkthrough call through it. */
export const demoWebhook = { userId: 1, code: 'b24imbotdemo', clientId: 'b24-imbot-demo' } as const;

/** The demo's imbot.v2 bot, registered by the walkthrough. */
export const demoBot = { code: 'demo_bot', token: 'b24imbotdemo-bot' } as const;

/** The application token the portal signs bot event deliveries with (the echo bot checks it). */
export const demoApplicationToken = 'b24imbotdemo-application-token';

/** One message of the person's dialog with the echo bot. */
export interface ConversationLine {
  id: number;
  from: 'user' | 'bot';
  text: string;
}

/** A chat imbot.chat.add made, as the page lists it. */
export interface ListedChat {
  id: number;
  title: string;
  params: Record<string, unknown>;
  createdAt: string;
}

export interface DemoPortal {
  app: FastifyInstance;
  /** The mock portal the demo is (not listening until `app.listen`). */
  mock: MockPortalUnstarted;
  /** Makes the next call to imbot.chat.add answer this error once (the walkthrough's retry step). */
  failNext(code: 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT' | 'OPERATION_TIME_LIMIT'): void;
  /** How many armed failures were served so far. */
  failuresServed(): number;
  /** The portal's state (v1 chats and the imbot.v2 platform); its `origin` is set once the portal listens. */
  platform: PortalState;
  /** The echo bot's id, once it is registered (0 before). */
  echoBotId(): number;
  /** The webhook user's personal dialog with the echo bot, oldest first. */
  conversation(): ConversationLine[];
  /** imbot.chat.add's chats the portal holds, oldest first. */
  chats(): ListedChat[];
}

const require = createRequire(import.meta.url);

// The files served here do not change while the portal runs (the page is built before it
// starts): each is read from disk once, not on every request (Scalar's bundle is 3 MB).
const files = new Map<string, Promise<Buffer>>();
const readOnce = (path: string): Promise<Buffer> => {
  let content = files.get(path);
  if (content === undefined) {
    content = readFile(path);
    files.set(path, content);
    content.catch(() => files.delete(path));
  }
  return content;
};
const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export function createDemoPortal(store: ChatStore, options: { log?: boolean } = {}): DemoPortal {
  // imbot.chat.add's chats go to SQLite too, which gives their ids (never reused, across
  // restarts); the portal holds the kept ones again at start.
  const v1Chats: V1ChatStore = {
    add: ({ title, params }) => store.add(title, params),
    load: () => store.list(),
  };
  const mock = createMockPortal({
    webhook: { userId: demoWebhook.userId, code: demoWebhook.code },
    clientId: demoWebhook.clientId,
    // Bot events go out as the platform sends them: to a webhook-mode bot's webhookUrl, signed.
    applicationToken: demoApplicationToken,
    v1Chats,
    ids: store.ids,
    log: options.log ?? false,
  });
  const platform = mock.platform;
  const echoBotId = (): number => [...platform.bots.values()].find((bot) => bot.code === echoBot.code)?.id ?? 0;
  const conversation = (): ConversationLine[] => {
    const botId = echoBotId();
    const chat = [...platform.chats.values()].find(
      (candidate) => candidate.type === 'private' && candidate.members.has(botId) && candidate.members.has(demoWebhook.userId),
    );
    if (!chat) return [];
    return [...chat.messageIds]
      .map((id) => platform.messages.get(id)!)
      .filter((message) => !message.deleted)
      .map((message) => ({ id: message.id, from: message.authorId === botId ? 'bot' : 'user', text: message.text }));
  };
  const chats = (): ListedChat[] =>
    mock.chats.map((chat) => ({
      id: chat.CHAT_ID,
      // The title it was given, else the one the portal made up.
      title: chat.TITLE || (platform.chats.get(chat.CHAT_ID)?.title ?? ''),
      params: chat,
      createdAt: platform.chats.get(chat.CHAT_ID)?.dateCreate ?? '',
    }));

  const app = mock.server;

  // The contract as the schema package publishes it, for the page and the API reference.
  const contractFile = require.resolve('@b24-imbot/schema/openapi.json');
  const scalarFile = require.resolve('@scalar/api-reference/browser/standalone.js');
  app.get('/openapi.json', async (_request, reply) =>
    reply.type(contentTypes['.json']!).send(await readOnce(contractFile)),
  );
  app.get('/reference/scalar.js', async (_request, reply) =>
    reply.type(contentTypes['.js']!).send(await readOnce(scalarFile)),
  );
  app.get('/demo/chats', async () => chats());
  // What the page and the API reference call with: the webhook, v1's CLIENT_ID, and the demo
  // bot's id and token for imbot.v2 (a local demo's credentials, as the webhook code is).
  const demoBotId = (): number => [...platform.bots.values()].find((bot) => bot.code === demoBot.code)?.id ?? 0;
  app.get('/demo/config', async () => ({
    webhookUrl: `/rest/${demoWebhook.userId}/${demoWebhook.code}/`,
    clientId: demoWebhook.clientId,
    echoBotId: echoBotId(),
    bot: demoBotId() ? { id: demoBotId(), token: demoBot.token } : null,
  }));
  // The page's table of the bot platform's group chats (made by imbot.v2), newest first.
  app.get('/demo/v2/chats', async () =>
    [...platform.chats.values()]
      .filter((chat) => chat.madeBy === 'imbot.v2' && chat.type !== 'private')
      .reverse()
      .map((chat) => ({ dialogId: `chat${chat.id}`, title: chat.title, members: [...chat.members], createdAt: chat.dateCreate })),
  );
  // The chat panel polls this: the person's dialog with the echo bot.
  app.get<{ Querystring: { after?: string } }>('/demo/conversation', async (request) => {
    const after = Number(request.query.after ?? 0) || 0;
    return conversation().filter((line) => line.id > after);
  });

  // The page and its assets, built by Vite into dist/web.
  const sendPage = async (file: string, reply: import('fastify').FastifyReply) => {
    const path = join(webRoot, file);
    if (!path.startsWith(webRoot)) return reply.code(404).send();
    try {
      return reply.type(contentTypes[extname(path)] ?? 'application/octet-stream').send(await readOnce(path));
    } catch {
      return reply.code(404).type('text/plain').send('Not found. Run `pnpm demo` (it builds the page first).');
    }
  };
  app.get('/', (_request, reply) => sendPage('index.html', reply));
  app.get('/reference', (_request, reply) => sendPage('reference.html', reply));
  app.get('/favicon.svg', (_request, reply) => sendPage('favicon.svg', reply));
  app.get<{ Params: { '*': string } }>('/assets/*', (request, reply) =>
    sendPage(join('assets', request.params['*']), reply),
  );

  return {
    app,
    mock,
    failNext: (code) => mock.failNext({ error: code, description: 'Too many requests (simulated by the demo)', method: 'imbot.chat.add' }),
    failuresServed: () => mock.faultsServed,
    platform,
    echoBotId,
    conversation,
    chats,
  };
}

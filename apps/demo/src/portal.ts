// The demo's Bitrix24 portal stand-in: the generated server with one hand-written handler that
// keeps chats in SQLite, plus the web page, the API reference and a few demo-only routes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bitrix24Error, createServer, exampleHandlers, type Handlers, safeEqual } from '@b24-imbot/server';
import { type PlatformState, createPlatform, v2Handlers } from '@b24-imbot/server/mock';
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

export interface DemoPortal {
  app: FastifyInstance;
  /** Makes the next call to imbot.chat.add answer this error once (the walkthrough's retry step). */
  failNext(code: 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT' | 'OPERATION_TIME_LIMIT'): void;
  /** How many armed failures were served so far. */
  failuresServed(): number;
  /** The bot platform (imbot.v2, in memory); its `origin` is set once the portal listens. */
  platform: PlatformState;
  /** The echo bot's id, once it is registered (0 before). */
  echoBotId(): number;
  /** The webhook user's personal dialog with the echo bot, oldest first. */
  conversation(): ConversationLine[];
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

export function createDemoPortal(store: ChatStore): DemoPortal {
  const pending: string[] = [];
  let served = 0;

  // imbot.v2 is the mock portal's bot platform, in memory. Its chats take ids far above the
  // stored v1 chats, so the two never share an id.
  let nextV2ChatId = 1_000_000;
  // Bot events go out as the platform sends them: to a webhook-mode bot's webhookUrl, signed.
  const platform = createPlatform(() => ++nextV2ChatId, { applicationToken: demoApplicationToken });
  const echoBotId = (): number => [...platform.bots.values()].find((bot) => bot.code === echoBot.code)?.id ?? 0;
  const conversation = (): ConversationLine[] => {
    const botId = echoBotId();
    const chat = [...platform.chats.values()].find(
      (candidate) => candidate.type === 'private' && candidate.members.has(botId) && candidate.members.has(demoWebhook.userId),
    );
    if (!chat) return [];
    return [...platform.messages.values()]
      .filter((message) => message.chatId === chat.id && !message.deleted)
      .map((message) => ({ id: message.id, from: message.authorId === botId ? 'bot' : 'user', text: message.text }));
  };
  // Every other method answers the contract's example; imbot.chat.add keeps its chats in SQLite.
  const handlers: Handlers = {
    ...exampleHandlers,
    ...v2Handlers(platform),
    imbotChatAdd(params) {
      const failure = pending.shift();
      if (failure) {
        served += 1;
        throw new Bitrix24Error(failure as 'QUERY_LIMIT_EXCEEDED', 'Too many requests (simulated by the demo)');
      }
      // As portals do: an empty title is made up from the participants.
      const title = params.TITLE || `Chat with ${params.USERS.map((id) => `user ${id}`).join(', ')}`;
      return store.add(title, params);
    },
  };

  const app = createServer(handlers, {
    authenticate(auth) {
      if (auth.type !== 'webhook' || auth.userId !== demoWebhook.userId || !safeEqual(auth.code, demoWebhook.code)) {
        throw new Bitrix24Error('INVALID_CREDENTIALS', 'Invalid request credentials');
      }
    },
  });

  // The contract as the schema package publishes it, for the page and the API reference.
  const contractFile = require.resolve('@b24-imbot/schema/openapi.json');
  const scalarFile = require.resolve('@scalar/api-reference/browser/standalone.js');
  app.get('/openapi.json', async (_request, reply) =>
    reply.type(contentTypes['.json']!).send(await readOnce(contractFile)),
  );
  app.get('/reference/scalar.js', async (_request, reply) =>
    reply.type(contentTypes['.js']!).send(await readOnce(scalarFile)),
  );
  app.get('/demo/chats', async () => store.list());
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
    failNext: (code) => void pending.push(code),
    failuresServed: () => served,
    platform,
    echoBotId,
    conversation,
  };
}

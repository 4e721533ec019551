// The demo's echo bot, written as a bot author writes one, on @b24-imbot/bot (which calls the
// portal with @b24-imbot/client and reads deliveries with @b24-imbot/server's receiver): it
// echoes what a person writes, answers /help and unknown commands, and greets whoever opens its
// dialog or adds it to a chat. Deliveries come by webhook to a Fastify route of its own.
import { createBot } from '@b24-imbot/bot';
import { botWebhook } from '@b24-imbot/bot/fastify';
import Fastify, { type FastifyInstance } from 'fastify';

export const echoBot = { code: 'echo_bot', token: 'b24imbotdemo-echo', name: 'Echo bot' } as const;

export const HELP_TEXT = 'I repeat what you write. Commands: /help shows this text.';
export const GREETING = 'Hello! Write anything and I will echo it; /help lists my commands.';
/** The bot's answer to a message that is not a command. */
export const echoOf = (text: string): string => `You said: ${text}`;

/** The bot: its definition and its routes. */
export const createEchoBot = () => {
  const bot = createBot({
    code: echoBot.code,
    name: echoBot.name,
    properties: { workPosition: 'Repeats what you write' },
    commands: { help: 'What I can do' },
  });
  bot.on('join', (ctx) => ctx.reply(GREETING));
  bot.command('help', (ctx) => ctx.answer(HELP_TEXT));
  bot.hears(/^\/\S+/, (ctx) => ctx.reply(`Unknown command ${ctx.match[0]}. ${HELP_TEXT}`));
  bot.on('message:text', (ctx) => ctx.reply(echoOf(ctx.text)));
  return bot;
};

export interface EchoBotOptions {
  /** The portal's incoming webhook, e.g. `http://127.0.0.1:3000/rest/1/code/`. */
  readonly webhookUrl: string;
  /** The application token the portal signs its deliveries with. */
  readonly applicationToken: string;
  /** Where the bot's own server listens (its webhookUrl is on it). Default 127.0.0.1. */
  readonly host?: string;
  /** Told about each answer failing (the handlers' errors). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

export interface EchoBot {
  readonly botId: number;
  /** The bot's receiver, e.g. `http://127.0.0.1:54321/bot/events`. */
  readonly eventsUrl: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Starts the bot's receiver on a free port, then the bot in webhook mode (registered, or
 * updated to this URL, with its /help command). Events of one dialog are handled in order.
 */
export async function startEchoBot(options: EchoBotOptions): Promise<EchoBot> {
  const bot = createEchoBot();
  if (options.onError) bot.catch((error) => options.onError!(error));
  const app = Fastify();
  await app.register(botWebhook, { bot, path: '/bot/events' });
  const origin = await app.listen({ port: 0, host: options.host ?? '127.0.0.1' });
  const eventsUrl = `${origin}/bot/events`;
  try {
    const { id } = await bot.start({
      webhookUrl: options.webhookUrl,
      botToken: echoBot.token,
      webhook: { url: eventsUrl, applicationToken: options.applicationToken },
    });
    return {
      botId: id,
      eventsUrl,
      app,
      close: async () => {
        await bot.stop();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

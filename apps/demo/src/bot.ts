// A bot you can talk to, built only on the two packages: @b24-imbot/client calls the portal
// (register, answer) and @b24-imbot/server's botEvents receives the portal's webhook deliveries.
// It echoes what a person writes, answers /help, and greets whoever opens its dialog.
import type { AddressInfo } from 'node:net';
import { createImbotClient } from '@b24-imbot/client';
import { botEvents, type EventHandlers } from '@b24-imbot/server';
import Fastify, { type FastifyInstance } from 'fastify';

export const echoBot = { code: 'echo_bot', token: 'b24imbotdemo-echo', name: 'Echo bot' } as const;

export const HELP_TEXT = 'I repeat what you write. Commands: /help shows this text.';
export const GREETING = 'Hello! Write anything and I will echo it; /help lists my commands.';
/** The bot's answer to a message that is not a command. */
export const echoOf = (text: string): string => `You said: ${text}`;

export interface EchoBotOptions {
  /** The portal's incoming webhook, e.g. `http://127.0.0.1:3000/rest/1/code/`. */
  readonly webhookUrl: string;
  /** The application token the portal signs its deliveries with. */
  readonly applicationToken: string;
  /** Where the bot's own server listens (its webhookUrl is on it). Default 127.0.0.1. */
  readonly host?: string;
  /** Told about each answer failing (the handler's errors). Default: console.error. */
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
 * Starts the bot's receiver on a free port, then registers the bot at the portal in webhook mode
 * with its /help command. Events are handled one after the other, in the order they came.
 */
export async function startEchoBot(options: EchoBotOptions): Promise<EchoBot> {
  const client = createImbotClient({ webhookUrl: options.webhookUrl, botToken: echoBot.token });
  const v2 = client.imbot.v2;
  let botId = 0;
  let helpId = 0;

  // One at a time: answers go out in the order the events came.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder =
    <E>(handle: (event: E) => Promise<unknown>) =>
    (event: E): Promise<unknown> =>
      (queue = queue.then(() => handle(event)).catch(options.onError ?? ((error) => console.error('echo bot:', error))));

  const handlers: EventHandlers = {
    ONIMBOTV2JOINCHAT: inOrder(async (event) => {
      await v2.Chat.Message.send({ botId, dialogId: event.data.dialogId, fields: { message: GREETING } });
    }),
    ONIMBOTV2MESSAGEADD: inOrder(async (event) => {
      const text = event.data.message.text ?? '';
      const dialogId = event.data.chat.dialogId ?? String(event.data.user.id);
      // Commands come as ONIMBOTV2COMMANDADD too; only an unknown one is answered here.
      if (text.startsWith('/')) {
        if (text.split(/\s/)[0] === '/help') return;
        await v2.Chat.Message.send({ botId, dialogId, fields: { message: `Unknown command ${text.split(/\s/)[0]}. ${HELP_TEXT}` } });
        return;
      }
      await v2.Chat.Message.send({ botId, dialogId, fields: { message: echoOf(text) } });
    }),
    ONIMBOTV2COMMANDADD: inOrder(async (event) => {
      if (event.data.command.id !== helpId) return;
      await v2.Command.answer({
        botId,
        commandId: helpId,
        messageId: event.data.message.id,
        dialogId: event.data.chat.dialogId ?? String(event.data.user.id),
        fields: { message: HELP_TEXT },
      });
    }),
  };

  const app = Fastify();
  await app.register(botEvents, { applicationToken: options.applicationToken, handlers, path: '/bot/events' });
  await app.listen({ port: 0, host: options.host ?? '127.0.0.1' });
  const { address, port } = app.server.address() as AddressInfo;
  const eventsUrl = `http://${address.includes(':') ? `[${address}]` : address}:${port}/bot/events`;
  try {
    const { bot } = await v2.Bot.register({
      fields: {
        code: echoBot.code,
        botToken: echoBot.token,
        eventMode: 'webhook',
        webhookUrl: eventsUrl,
        properties: { name: echoBot.name, workPosition: 'Repeats what you write' },
      },
    });
    botId = bot.id;
    const { command } = await v2.Command.register({ botId, fields: { command: 'help', title: { en: 'What I can do' } } });
    helpId = command.id;
  } catch (error) {
    await app.close();
    throw error;
  }
  return { botId, eventsUrl, app, close: () => app.close() };
}

// @b24-imbot/bot/testing: a bot under test against an in-process mock portal. The bot starts as
// it would for real (registered, its commands synced, webhook deliveries through the real
// receiver on a loopback port the harness picks), a test speaks as portal users, and each
// action resolves once everything it set off has settled: the portal's deliveries answered,
// the bot's handlers finished. No port to manage, no sleeps; works in vitest and node:test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MockPortal, type MockPortalOptions, startMockPortal } from '@b24-imbot/server/mock';
import { type Bot, errorTap } from './bot.js';
import type { Attach, Keyboard } from './contract.js';
import { nodeHandler } from './node.js';
import { connect } from './portal.js';
import { memoryStore, type Store } from './store.js';

export interface TestBotOptions {
  /** The bot's store. Default: a new memory store (each test starts with no sessions). */
  readonly storage?: Store;
  /** Options of the mock portal (rate limits, faults, limits). */
  readonly portal?: Omit<MockPortalOptions, 'port' | 'host' | 'webhook' | 'token' | 'clientId'>;
  /** The botToken the bot registers with. Default `testing-bot-token`. */
  readonly botToken?: string;
}

/** One call the bot made to the portal, as sent and answered. */
export interface BotCall {
  /** `imbot.v2.Chat.Message.send`, ... */
  readonly method: string;
  /** The parameters, without the botToken. */
  readonly params: Readonly<Record<string, any>>;
  /** The envelope's result when it succeeded. */
  readonly result?: unknown;
  /** The error code when the portal refused it. */
  readonly error?: string;
}

/** A message the bot sent: a message, a command's answer, or a file. */
export interface Reply {
  /** The method that sent it. */
  readonly method: 'imbot.v2.Chat.Message.send' | 'imbot.v2.Command.answer' | 'imbot.v2.File.upload';
  /** The message id (Command.answer gives none back). */
  readonly id: number | undefined;
  readonly dialogId: string;
  /** Its text ('' for an attachment or a file without one). */
  readonly text: string;
  readonly keyboard?: Keyboard;
  readonly attach?: Attach;
  /** The file sent (File.upload). */
  readonly file?: { readonly id: number; readonly name: string };
  /** The command it answers (Command.answer). */
  readonly commandId?: number;
}

/** What the bot did in answer to one action. */
export interface Answer {
  /** The message the user wrote (sends), if any. */
  readonly messageId: number | undefined;
  /** The messages the bot sent meanwhile, in order. */
  readonly replies: readonly Reply[];
  /** Their texts. */
  readonly texts: readonly string[];
  /** Every call the bot made meanwhile (reactions, typing, ...). */
  readonly calls: readonly BotCall[];
  /**
   * What went wrong meanwhile: each error a handler threw (the bot's `catch` gets it too), and
   * each delivery its webhook did not answer 200 (as an Error naming the event and the status).
   * Empty when all went well: `expect(answer.errors).toEqual([])`.
   */
  readonly errors: readonly unknown[];
}

/** A group chat a user made with the bot in it. */
export interface TestChat {
  readonly chatId: number;
  /** `chat<id>`. */
  readonly dialogId: string;
  /** What the bot did on joining. */
  readonly joined: Answer;
}

/** A message: its id, a Reply, or an Answer (the message the user wrote). */
type MessageRef = number | { readonly id: number | undefined } | { readonly messageId: number | undefined };

export interface TestUser {
  readonly id: number;
  /** Writes a message, by default in the bot's personal dialog (`in`: a chat or a dialogId). */
  sends(text: string, options?: { readonly in?: TestChat | string }): Promise<Answer>;
  /** Edits one of the user's messages (ONIMBOTV2MESSAGEUPDATE). */
  edits(message: MessageRef, text: string): Promise<Answer>;
  /** Deletes one of the user's messages (ONIMBOTV2MESSAGEDELETE). */
  deletes(message: MessageRef): Promise<Answer>;
  /** Sets (or takes off) a reaction on a message (ONIMBOTV2REACTIONCHANGE). */
  reacts(message: MessageRef, reaction: string, action?: 'add' | 'delete'): Promise<Answer>;
  /** Opens the bot's dialog passing context data (ONIMBOTV2CONTEXTGET). */
  opens(context: Readonly<Record<string, unknown>>): Promise<Answer>;
  /** Makes a group chat with the bot (and `with` other users) in it: the bot hears ONIMBOTV2JOINCHAT. */
  createsChat(options?: { readonly title?: string; readonly with?: readonly number[] }): Promise<TestChat>;
}

export interface TestPortal {
  /** The mock portal (its state, deliveries, faults). */
  readonly portal: MockPortal;
  /** The bot as registered. */
  readonly bot: { readonly id: number; readonly code: string; /** BB-code mentioning it in a text. */ readonly mention: string };
  /** A portal user (any id below 1000; 1 by default). */
  user(id?: number): TestUser;
  /** Every call the bot made so far, in order. */
  readonly calls: readonly BotCall[];
  /** Resolves once the portal's deliveries and the bot's handlers have all finished. */
  settled(): Promise<void>;
  /** Stops the bot, its receiver and the portal. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const SENDING: ReadonlySet<string> = new Set(['imbot.v2.Chat.Message.send', 'imbot.v2.Command.answer', 'imbot.v2.File.upload']);

const replyOf = (call: BotCall): Reply | undefined => {
  if (!SENDING.has(call.method) || call.error !== undefined) return undefined;
  const { params } = call;
  const fields = (params['fields'] ?? {}) as Record<string, any>;
  const result = (call.result ?? {}) as Record<string, any>;
  const method = call.method as Reply['method'];
  return {
    method,
    id: method === 'imbot.v2.Chat.Message.send' ? result['id'] : method === 'imbot.v2.File.upload' ? result['messageId'] : undefined,
    dialogId: String(params['dialogId']),
    text: typeof fields['message'] === 'string' ? fields['message'] : '',
    ...(fields['keyboard'] === undefined ? {} : { keyboard: fields['keyboard'] }),
    ...(fields['attach'] === undefined ? {} : { attach: fields['attach'] }),
    ...(method === 'imbot.v2.File.upload' ? { file: { id: result['file']?.id, name: fields['name'] } } : {}),
    ...(method === 'imbot.v2.Command.answer' ? { commandId: params['commandId'] } : {}),
  };
};

const idOf = (message: MessageRef): number => {
  const id = typeof message === 'number' ? message : 'id' in message ? message.id : message.messageId;
  if (typeof id !== 'number') throw new TypeError('no message id here (a Command.answer reply has none)');
  return id;
};

/**
 * Starts `bot` against a new in-process mock portal, receiving by webhook, and returns the
 * harness. Close it after the test (`await t.close()`, or `await using t = await testBot(bot)`).
 * One harness per bot at a time: a bot runs once.
 */
export const testBot = async (bot: Bot<any>, options: TestBotOptions = {}): Promise<TestPortal> => {
  const portal = await startMockPortal({ ...options.portal });
  const calls: BotCall[] = [];
  const errors: unknown[] = [];
  let server: Server | undefined;
  try {
    // The bot's calls, recorded as they go over the wire.
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const method = decodeURIComponent(new URL(String(input)).pathname.split('/').at(-1) ?? '');
      let params: Record<string, unknown> = {};
      try {
        params = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
      } catch {
        // not JSON: recorded without params
      }
      delete params['botToken'];
      const text = await response.clone().text();
      let envelope: Record<string, unknown> = {};
      try {
        envelope = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // not JSON
      }
      calls.push(
        typeof envelope['error'] === 'string' ? { method, params, error: envelope['error'] } : { method, params, result: envelope['result'] },
      );
      return response;
    };

    server = createServer(nodeHandler(bot));
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const info = await bot.start({
      webhookUrl: `${portal.url}/rest/1/b24-imbot-testing/`,
      botToken: options.botToken ?? 'testing-bot-token',
      fetch: recording,
      retry: false,
      storage: options.storage ?? memoryStore(),
      webhook: { url: `http://127.0.0.1:${port}/bitrix/events`, applicationToken: portal.applicationToken },
    });
    const tapped = bot as { [errorTap]?: (error: unknown) => void };
    tapped[errorTap] = (error) => errors.push(error);

    const settled = async (): Promise<void> => {
      for (;;) {
        const before = portal.deliveries.length + calls.length;
        await portal.deliveriesSettled();
        await bot.idle();
        if (portal.deliveries.length + calls.length === before) return;
      }
    };
    const act = async (action: () => number | undefined | Promise<number | undefined>): Promise<Answer> => {
      await settled();
      const from = calls.length;
      const fromErrors = errors.length;
      const fromDeliveries = portal.deliveries.length;
      const messageId = await action();
      await settled();
      const made = calls.slice(from);
      const replies = made.flatMap((call) => replyOf(call) ?? []);
      const refused = portal.deliveries
        .slice(fromDeliveries)
        .filter((delivery) => delivery.status !== 200)
        .map((delivery) => new Error(`the bot's webhook answered ${delivery.event} with ${delivery.status ?? delivery.state}${delivery.error ? `: ${delivery.error}` : ''}`));
      return { messageId, replies, texts: replies.map((reply) => reply.text), calls: made, errors: [...errors.slice(fromErrors), ...refused] };
    };

    const user = (userId = 1): TestUser => {
      if (!Number.isInteger(userId) || userId < 1 || userId >= 1000) throw new TypeError(`user ids are 1 to 999, got ${userId}`);
      const asUser = connect({ webhookUrl: `${portal.url}/rest/${userId}/b24-imbot-testing-users/`, clientId: 'b24-imbot-testing', retry: false });
      const self: TestUser = {
        id: userId,
        sends: (text, sendOptions = {}) =>
          act(() => {
            const where = sendOptions.in;
            const dialogId = where === undefined ? String(info.id) : typeof where === 'string' ? where : where.dialogId;
            return portal.userSends({ userId, dialogId, text }).id;
          }),
        edits: (message, text) =>
          act(() => {
            portal.userEdits({ userId, messageId: idOf(message), text });
            return undefined;
          }),
        deletes: (message) =>
          act(() => {
            portal.userDeletes({ userId, messageId: idOf(message) });
            return undefined;
          }),
        reacts: (message, reaction, action = 'add') =>
          act(() => {
            portal.userReacts({ userId, messageId: idOf(message), reaction, action });
            return undefined;
          }),
        opens: (context) =>
          act(() => {
            portal.userOpens({ userId, botId: info.id, context });
            return undefined;
          }),
        async createsChat(chatOptions = {}) {
          let chatId = 0;
          // imbot.chat.add from an application with no bot: the chat is the user's, and the bot
          // joins it as one of its members, added by the user.
          const joined = await act(async () => {
            chatId = await asUser.imbot.chat.add({
              USERS: [userId, ...(chatOptions.with ?? []), info.id],
              ...(chatOptions.title === undefined ? {} : { TITLE: chatOptions.title }),
            });
            return undefined;
          });
          return { chatId, dialogId: `chat${chatId}`, joined };
        },
      };
      return self;
    };

    const close = async (): Promise<void> => {
      await settled().catch(() => {});
      delete tapped[errorTap];
      await bot.stop();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      await portal.close();
    };
    return {
      portal,
      bot: { id: info.id, code: info.code, mention: `[USER=${info.id}]${bot.definition.name}[/USER]` },
      user,
      calls,
      settled,
      close,
      [Symbol.asyncDispose]: close,
    };
  } catch (error) {
    // The bot is not stopped here: a `start` that fails leaves no run behind, and one refused
    // because another harness runs the bot must leave that one running.
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await portal.close();
    throw error;
  }
};

// Bot events on the mock platform: what happened (the journal, state.ts) becomes the eight
// ONIMBOTV2* events for the bots that hear it, delivered as the bot was registered: queued for
// imbot.v2.Event.get (eventMode fetch) or POSTed to its webhookUrl (eventMode webhook) as the
// platform does (`http_build_query`, every scalar a string, one bot per POST, `data.bot` cut to
// id/code/auth, signed with the application token in `auth[application_token]`). Deliveries
// run after the call that caused them, never fail it, are not retried, and are bounded.
// Event.get with withUserEvents also hands out the calling user's im.v2 events (user-events.ts).
import { randomBytes } from 'node:crypto';
import { httpBuildQuery } from '@b24-imbot/core';
import { safeEqual } from '../auth.js';
import { Bitrix24Error } from '../errors.js';
import { type EventName, eventTable } from '../gen/events.gen.js';
import type { Handler } from '../types.js';
import { requireBot } from './access.js';
import { type Page, confirm, page, push } from './queues.js';
import {
  type BotRecord,
  type ChatRecord,
  type DeliveryRecord,
  type EventQueue,
  type JournalEntry,
  type MessageRecord,
  type PortalState,
  appOf,
  portalIdentity,
  trim,
} from './state.js';
import type { Behaviours } from './table.js';
import { subscribedQueue } from './user-events.js';
import { botView, dialogIdOf, eventChatView, messageView, userView } from './views.js';

/** An event for one bot: its name and `data` without `bot` (added per delivery mode). */
interface BotEventOut {
  readonly bot: Readonly<BotRecord>;
  readonly type: EventName;
  readonly data: Record<string, unknown>;
}

const LANGUAGE = 'en';
const EVENT_NAMES = Object.keys(eventTable) as EventName[];

/** A chat as events carry it (entities.md, Chat: no role or muteList, no answer-only fields). */
const eventChat = (chat: ChatRecord, botId: number): Record<string, unknown> => eventChatView(chat, botId);

/** `[USER=1001]...[/USER]`, the BB-code a mention of a user (or bot) is written with. */
const mentions = (text: string, botId: number): boolean => new RegExp(`\\[USER=${botId}\\]`, 'i').test(text);

/**
 * Whether a bot hears what happened to a message in a chat: it is a member, did not do it
 * itself, and the chat is its personal dialog, or it is a supervisor or personal bot (they hear
 * every message of their chats), or the message is its own or mentions it.
 */
const hears = (bot: BotRecord, chat: ChatRecord, actorId: number, message: MessageRecord | undefined): boolean =>
  bot.id !== actorId &&
  chat.members.has(bot.id) &&
  (chat.type === 'private' ||
    bot.type === 'supervisor' ||
    bot.type === 'personal' ||
    (message !== undefined && (message.authorId === bot.id || mentions(message.text, bot.id))));

const botsOf = (state: PortalState, chat: ChatRecord): BotRecord[] =>
  [...chat.members].flatMap((id) => {
    const bot = state.bots.get(id);
    return bot ? [bot] : [];
  });

/** The bot events one journal entry makes: which bots hear it, and what they get. */
export const eventsOf = (state: PortalState, entry: JournalEntry): BotEventOut[] => {
  const { event } = entry;
  switch (event.type) {
    case 'messageAdded':
    case 'messageUpdated':
    case 'messageDeleted': {
      const chat = state.chats.get(event.chatId);
      const message = state.messages.get(event.messageId);
      if (!chat) return [];
      const actorId = event.type === 'messageAdded' ? event.authorId : event.byId;
      const type: EventName =
        event.type === 'messageAdded' ? 'ONIMBOTV2MESSAGEADD' : event.type === 'messageUpdated' ? 'ONIMBOTV2MESSAGEUPDATE' : 'ONIMBOTV2MESSAGEDELETE';
      return botsOf(state, chat)
        .filter((bot) => hears(bot, chat, actorId, message))
        .flatMap((bot): BotEventOut[] => {
          // `user` is the message's author (events.md), whoever edited or deleted it.
          const author = message?.authorId || actorId;
          const common = { chat: eventChat(chat, bot.id), user: userView(state, author), language: LANGUAGE };
          if (type === 'ONIMBOTV2MESSAGEDELETE') return [{ bot, type, data: { messageId: event.messageId, ...common } }];
          return message ? [{ bot, type, data: { message: messageView(state, message), ...common } }] : [];
        });
    }
    case 'botJoined': {
      const bot = state.bots.get(event.botId);
      const chat = state.chats.get(event.chatId);
      // A bot making a chat itself is not told it joined.
      if (!bot || !chat || event.byId === bot.id) return [];
      return [
        {
          bot,
          type: 'ONIMBOTV2JOINCHAT',
          data: { dialogId: dialogIdOf(chat, bot.id), chat: eventChat(chat, bot.id), user: userView(state, event.byId), language: LANGUAGE },
        },
      ];
    }
    case 'commandTyped': {
      const bot = state.bots.get(event.botId);
      const command = state.commands.get(event.commandId);
      const chat = state.chats.get(event.chatId);
      const message = state.messages.get(event.messageId);
      if (!bot || !command || !chat || !message) return [];
      return [
        {
          bot,
          type: 'ONIMBOTV2COMMANDADD',
          data: {
            command: { id: command.id, command: `/${command.command}`, params: event.params, context: event.context },
            message: messageView(state, message),
            chat: eventChat(chat, bot.id),
            user: userView(state, event.userId),
            language: LANGUAGE,
          },
        },
      ];
    }
    case 'reactionChanged': {
      const chat = state.chats.get(event.chatId);
      const message = state.messages.get(event.messageId);
      if (!chat || !message) return [];
      return botsOf(state, chat)
        .filter((bot) => hears(bot, chat, event.userId, message))
        .map((bot) => ({
          bot,
          type: 'ONIMBOTV2REACTIONCHANGE' as const,
          data: {
            reaction: event.reaction,
            action: event.action,
            message: messageView(state, message),
            chat: eventChat(chat, bot.id),
            user: userView(state, event.userId),
            language: LANGUAGE,
          },
        }));
    }
    case 'contextOpened': {
      const bot = state.bots.get(event.botId);
      const chat = state.chats.get(event.chatId);
      if (!bot || !chat) return [];
      return [
        {
          bot,
          type: 'ONIMBOTV2CONTEXTGET',
          data: {
            dialogId: dialogIdOf(chat, bot.id),
            context: { ...event.context },
            chat: eventChat(chat, bot.id),
            user: userView(state, event.userId),
            language: LANGUAGE,
          },
        },
      ];
    }
    case 'botDeleted':
      return [{ bot: event.bot, type: 'ONIMBOTV2DELETE', data: {} }];
    // No bot event tells of a person joining a chat (subscribed users get ONIMV2JOINCHAT).
    case 'userJoined':
      return [];
  }
};

// ---- fetch mode: the Event.get queue ----

const queueOf = (state: PortalState, botId: number): EventQueue => {
  let queue = state.queues.get(botId);
  if (!queue) {
    queue = { items: [], confirmedBelow: 0 };
    state.queues.set(botId, queue);
  }
  return queue;
};

const enqueue = (state: PortalState, out: BotEventOut, date: string): void => {
  const queue = queueOf(state, out.bot.id);
  // Built now, as the bot is now (ONIMBOTV2DELETE: as it was just before it went).
  const bot = botView(state, out.bot as BotRecord, true);
  push(state, queue, { type: out.type, date, data: { bot, ...out.data } }, state.limits.queuedEvents);
  if (out.type === 'ONIMBOTV2DELETE') queue.gone = { ...out.bot };
};

/**
 * imbot.v2.Event.get: the bot's queue. Passing `offset` confirms (drops) every event with a
 * lower id; the answer holds the oldest unconfirmed events, at most `limit` (100 by default);
 * nextOffset is one past the last returned, or the cursor when none came; hasMore says more
 * are waiting. An unregistered bot's application may still read its last events (up to
 * ONIMBOTV2DELETE); once they are confirmed the bot is unknown (BOT_NOT_FOUND). A webhook-mode
 * bot's queue stays empty. The contract checks offset (0 or more) and limit (1 to 1000) first.
 *
 * withUserEvents: the calling user's im.v2 events come in the same answer, by event id (one
 * sequence for both), and one offset confirms both; a user not subscribed with
 * im.v2.Event.subscribe is USER_NOT_SUBSCRIBED (the mock has no scopes: SCOPE_ERROR never
 * comes, and the calling user is always known: AUTH_ERROR neither).
 */
export const eventGet =
  (state: PortalState): Handler<'imbotV2EventGet'> =>
  (params, context) => {
    const queue = state.queues.get(params.botId);
    if (queue?.gone && !state.bots.has(params.botId)) {
      const bot = queue.gone;
      if (bot.app !== appOf(context.auth)) throw new Bitrix24Error('BOT_OWNERSHIP_ERROR', 'The bot belongs to another application');
      if (params.botToken !== undefined && !(bot.token !== undefined && safeEqual(params.botToken, bot.token))) {
        throw new Bitrix24Error('BOT_OWNERSHIP_ERROR', 'botToken is not the token of this bot');
      }
    } else {
      requireBot(state, params, context);
    }
    const user = params.withUserEvents ? subscribedQueue(state, context) : undefined;
    if (params.withUserEvents && !user) throw new Bitrix24Error('USER_NOT_SUBSCRIBED', 'The user is not subscribed to im.v2 events');
    const own = queueOf(state, params.botId);
    const queues = user ? [own, user] : [own];
    for (const each of queues) confirm(state, each, params.offset);
    const answer: Page = page(queues, params.limit ?? 100);
    // Every event of a gone bot confirmed: it is forgotten.
    if (own.gone && own.items.length === 0) state.queues.delete(params.botId);
    return answer;
  };

// ---- webhook mode: POSTs ----

/** The delivery a webhook-mode bot gets, as a form body. */
export const deliveryBody = (state: PortalState, out: BotEventOut): string => {
  const ts = Math.floor(Date.now() / 1000);
  const portal = portalIdentity(state);
  const bot = {
    id: out.bot.id,
    code: out.bot.code,
    auth: {
      // Not accepted by the mock for calls back: a made-up token of the right shape.
      access_token: randomBytes(24).toString('hex'),
      expires: String(ts + 3600),
      expires_in: '3600',
      scope: 'imbot',
      domain: portal.domain,
      server_endpoint: portal.server_endpoint,
      status: 'L',
      client_endpoint: portal.client_endpoint,
      member_id: portal.member_id,
      user_id: '1',
      application_token: state.applicationToken,
    },
  };
  return httpBuildQuery({
    event: out.type,
    // The bot's subscription to this event: one per bot and event name.
    event_handler_id: out.bot.id * EVENT_NAMES.length + EVENT_NAMES.indexOf(out.type),
    data: { bot, ...out.data },
    ts,
    // The keys the auth page marks required (_includes/auth-params-in-events.md); no tokens:
    // those come per bot, in data[bot][auth].
    auth: { ...portal, scope: 'imbot', status: 'L', application_token: state.applicationToken },
  });
};

/** Per platform: each bot's deliveries (and the application's own events) in order, one after the other. */
const chains = new WeakMap<PortalState, Map<number | 'app', Promise<void>>>();

const record = (state: PortalState, delivery: DeliveryRecord): void => {
  state.deliveries.push(delivery);
  trim(state.deliveries, state.limits.deliveryRecords);
};

/** Why a delivery got no answer, in a few words: `fetch failed (ECONNREFUSED)`, `aborted`. */
const failureOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const why = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return why === undefined ? error.message : `${error.message} (${why})`;
};

/** How long a receiver may take to answer one delivery. */
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * POSTs one form delivery (recorded in `state.deliveries`), after the earlier ones of the same
 * line (a bot's id, or `app` for the application's own events); resolves once it was answered,
 * failed or was dropped. Never rejects, never retried.
 */
export const sendDelivery = (
  state: PortalState,
  delivery: DeliveryRecord,
  body: () => string,
  line: number | 'app',
  onDelivery: ((record: DeliveryRecord) => void) | undefined,
): Promise<void> => {
  record(state, delivery);
  const report = (): void => {
    try {
      onDelivery?.(delivery);
    } catch {
      // a failing reporter must not stop the deliveries
    }
  };
  if (state.pendingDeliveries >= state.limits.pendingDeliveries) {
    delivery.state = 'dropped';
    delivery.error = `more than ${state.limits.pendingDeliveries} deliveries in flight`;
    report();
    return Promise.resolve();
  }
  state.pendingDeliveries++;
  const text = body();
  let byLine = chains.get(state);
  if (!byLine) chains.set(state, (byLine = new Map()));
  const lines = byLine;
  const before = lines.get(line) ?? Promise.resolve();
  const next = before.then(async () => {
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: text,
        signal: AbortSignal.any([state.closing.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      });
      await response.body?.cancel();
      delivery.state = 'sent';
      delivery.status = response.status;
    } catch (error) {
      // The platform does not retry a failed delivery.
      delivery.state = 'failed';
      delivery.error = failureOf(error);
    } finally {
      state.pendingDeliveries--;
      if (lines.get(line) === next) lines.delete(line);
    }
    report();
  });
  lines.set(line, next);
  return next;
};

const post = (state: PortalState, out: BotEventOut, onDelivery: ((record: DeliveryRecord) => void) | undefined): void => {
  const url = out.bot.webhookUrl;
  if (url === undefined) return;
  const delivery: DeliveryRecord = { botId: out.bot.id, event: out.type, url, state: 'pending' };
  void sendDelivery(state, delivery, () => deliveryBody(state, out), out.bot.id, onDelivery);
};

/** Resolves once every delivery started so far has been answered or has failed. */
export const deliveriesSettled = async (state: PortalState): Promise<void> => {
  for (;;) {
    const pending = [...(chains.get(state)?.values() ?? [])];
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
};

export interface DeliveryOptions {
  /** Told about each webhook delivery once it was answered, failed or was dropped. */
  readonly onDelivery?: (record: DeliveryRecord) => void;
}

/**
 * Bot events for a portal's state: every journal entry becomes the events of the bots that hear
 * it, queued (fetch) or POSTed (webhook). Deliveries name the portal by `state.origin`.
 */
export const deliverEvents = (state: PortalState, options: DeliveryOptions = {}): void => {
  state.listeners.add((entry) => {
    for (const out of eventsOf(state, entry)) {
      if (out.bot.eventMode === 'webhook') post(state, out, options.onDelivery);
      else enqueue(state, out, entry.date);
    }
  });
};

/** Stops the deliveries in flight (they are recorded as failed). */
export const stopDeliveries = (state: PortalState): void => {
  state.closing.abort();
};

export const eventBehaviours = {
  imbotV2EventGet: eventGet,
} satisfies Behaviours;

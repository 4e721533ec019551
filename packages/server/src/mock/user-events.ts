// A user's im.v2 events (api-reference/chat-bots/chat-bots-v2/im.v2/events/): after
// im.v2.Event.subscribe, what happens in the user's chats (the journal, state.ts) is recorded as
// the five ONIMV2* events, polled with im.v2.Event.get (or imbot.v2.Event.get with
// withUserEvents; never POSTed), and kept 24 hours.
//
// One queue per user, whatever application subscribed it or reads it: the pages say a user's
// events reach one application only, and that when several subscribe the same user, a call with
// `offset` confirms and removes the records for all of them. Which events a user gets is decided
// in `userEventsOf`.
import type { Handler, HandlerContext } from '../types.js';
import { callingUser } from './access.js';
import { oldestFirst } from './oldest.js';
import { confirm, dropAll, dropOldest, page, push } from './queues.js';
import type { ChatRecord, JournalEntry, PortalState, UserEventQueue } from './state.js';
import type { Behaviours } from './table.js';
import { dialogIdOf, eventChatView, messageView, userView } from './views.js';

/** How long a user's events are kept (im.v2/index.md, limits: 24 hours). */
export const USER_EVENT_TTL_MS = 24 * 60 * 60 * 1000;

const LANGUAGE = 'en';

export type UserEventName = 'ONIMV2MESSAGEADD' | 'ONIMV2MESSAGEUPDATE' | 'ONIMV2MESSAGEDELETE' | 'ONIMV2REACTIONCHANGE' | 'ONIMV2JOINCHAT';

/** An event for one subscribed user: its name and `data` (no `bot`, no `auth`: polling only). */
interface UserEventOut {
  readonly userId: number;
  readonly type: UserEventName;
  readonly data: Record<string, unknown>;
}

/** The people of a chat whose events are being recorded. */
const subscribersOf = (state: PortalState, chat: ChatRecord): number[] =>
  state.userQueues.size === 0
    ? []
    : [...chat.members].filter((id) => !state.bots.has(id) && state.userQueues.get(id)?.subscribed === true);

/**
 * The user events one journal entry makes. Every subscribed member of the chat gets them, the
 * one who did it included (events.md names no exception: a message of one's own, from another
 * device, is news to an agent acting for the user). `user` is the message's author for
 * messages (events.md), who changed it for reactions, who was added for JOINCHAT. JOINCHAT is
 * for group chats only, and not for a member who added themselves (making the chat): a
 * personal dialog has no one added to it.
 */
export const userEventsOf = (state: PortalState, entry: JournalEntry): UserEventOut[] => {
  const { event } = entry;
  const chat = 'chatId' in event ? state.chats.get(event.chatId) : undefined;
  if (!chat) return [];
  // Most entries have no one subscribed to hear them: nothing is built for nobody.
  const subscribers = subscribersOf(state, chat);
  if (subscribers.length === 0) return [];
  const common = (userId: number) => ({ chat: eventChatView(chat, userId), language: LANGUAGE });
  switch (event.type) {
    case 'messageAdded':
    case 'messageUpdated': {
      const message = state.messages.get(event.messageId);
      if (!message) return [];
      const type = event.type === 'messageAdded' ? 'ONIMV2MESSAGEADD' : 'ONIMV2MESSAGEUPDATE';
      const author = userView(state, message.authorId);
      return subscribers.map((userId) => ({
        userId,
        type,
        data: { message: messageView(state, message), ...common(userId), user: author },
      }));
    }
    case 'messageDeleted': {
      const authorId = state.messages.get(event.messageId)?.authorId || event.byId;
      const author = userView(state, authorId);
      return subscribers.map((userId) => ({
        userId,
        type: 'ONIMV2MESSAGEDELETE',
        data: { messageId: event.messageId, ...common(userId), user: author },
      }));
    }
    case 'reactionChanged': {
      const message = state.messages.get(event.messageId);
      if (!message) return [];
      const who = userView(state, event.userId);
      return subscribers.map((userId) => ({
        userId,
        type: 'ONIMV2REACTIONCHANGE',
        data: { reaction: event.reaction, action: event.action, message: messageView(state, message), ...common(userId), user: who },
      }));
    }
    case 'botJoined':
    case 'userJoined': {
      const joinedId = event.type === 'botJoined' ? event.botId : event.userId;
      if (chat.type === 'private' || joinedId === event.byId) return [];
      const joined = userView(state, joinedId);
      return subscribers.map((userId) => ({
        userId,
        type: 'ONIMV2JOINCHAT',
        data: { dialogId: dialogIdOf(chat, userId), ...common(userId), user: joined },
      }));
    }
    case 'commandTyped':
    case 'contextOpened':
    case 'botDeleted':
      return [];
  }
};

/** Drops a queue's events older than 24 hours. */
const expire = (state: PortalState, queue: UserEventQueue, at: number): void => {
  while (queue.items.length > 0 && (queue.items[0]!.at ?? at) <= at - USER_EVENT_TTL_MS) dropOldest(state, queue);
};

const dropOldSubscriptions = oldestFirst<number>();

/** Forgets a user's queue and its events. */
const forget = (state: PortalState, userId: number): void => {
  const queue = state.userQueues.get(userId);
  if (!queue) return;
  dropAll(state, queue);
  state.userQueues.delete(userId);
};

/** Records users' im.v2 events from the journal on (portal.ts registers it with the bot events). */
export const recordUserEvents = (state: PortalState): void => {
  state.listeners.add((entry) => {
    for (const out of userEventsOf(state, entry)) {
      const queue = state.userQueues.get(out.userId)!;
      const at = Date.parse(entry.date) || Date.now();
      expire(state, queue, at);
      push(state, queue, { type: out.type, date: entry.date, data: out.data, at }, state.limits.userQueuedEvents);
    }
  });
};

/** The calling user's queue, if they are subscribed now (imbot.v2.Event.get with withUserEvents); old events expired. */
export const subscribedQueue = (state: PortalState, context: HandlerContext): UserEventQueue | undefined => {
  const queue = state.userQueues.get(callingUser(state, context));
  if (!queue?.subscribed) return undefined;
  expire(state, queue, Date.now());
  return queue;
};

/**
 * im.v2.Event.subscribe: the calling user's events are recorded from now on. Idempotent. Past
 * `limits.subscriptions` users, the oldest subscription is dropped with its events.
 */
export const eventSubscribe =
  (state: PortalState): Handler<'imV2EventSubscribe'> =>
  (_params, context) => {
    const userId = callingUser(state, context);
    const queue = state.userQueues.get(userId);
    if (queue) {
      queue.subscribed = true;
      // The newest subscription now: the last to be dropped.
      state.userQueues.delete(userId);
      state.userQueues.set(userId, queue);
    } else {
      state.userQueues.set(userId, { items: [], confirmedBelow: 0, subscribed: true });
    }
    dropOldSubscriptions(state.userQueues, () => state.userQueues.size > state.limits.subscriptions, (oldest) => forget(state, oldest));
    return true;
  };

/** im.v2.Event.unsubscribe: nothing new is recorded; what was recorded stays readable (24 hours, or until confirmed). Idempotent. */
export const eventUnsubscribe =
  (state: PortalState): Handler<'imV2EventUnsubscribe'> =>
  (_params, context) => {
    const userId = callingUser(state, context);
    const queue = state.userQueues.get(userId);
    if (queue) {
      queue.subscribed = false;
      if (queue.items.length === 0) forget(state, userId);
    }
    return true;
  };

/**
 * im.v2.Event.get: the calling user's recorded events, as imbot.v2.Event.get pages a bot's
 * (offset confirms every lower id; limit, 100 by default; nextOffset; hasMore). Without a
 * subscription (or anything recorded) `events` is empty and nextOffset is the offset passed.
 */
export const eventGet =
  (state: PortalState): Handler<'imV2EventGet'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const queue = state.userQueues.get(userId);
    if (!queue) return { events: [], nextOffset: params.offset ?? 0, hasMore: false };
    expire(state, queue, Date.now());
    confirm(state, queue, params.offset);
    const answer = page([queue], params.limit ?? 100);
    // Unsubscribed and all read: forgotten.
    if (!queue.subscribed && queue.items.length === 0) forget(state, userId);
    return answer;
  };

export const userEventBehaviours = {
  imV2EventSubscribe: eventSubscribe,
  imV2EventUnsubscribe: eventUnsubscribe,
  imV2EventGet: eventGet,
} satisfies Behaviours;

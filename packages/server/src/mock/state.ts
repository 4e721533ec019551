// The mock portal's bot platform (imbot.v2): bots, chats, messages, commands and files in
// memory, shared by every v2 handler and by the v1 seed `imbot.chat.add` (one chat table, one
// id sequence). Handlers read and change it only through this module's types; `happened` is
// the one place where "something happened" that a bot may hear about (events build on it).
import { createHash } from 'node:crypto';
import type { components } from '../gen/schema.gen.js';
import type { Auth } from '../types.js';

type Schemas = components['schemas'];
export type BotEntity = Schemas['Bot'];
export type ChatEntity = Schemas['Chat'];
export type MessageEntity = Schemas['Message'];
export type UserEntity = Schemas['User'];
export type CommandEntity = Schemas['Command'];
export type FileEntity = Schemas['File'];
export type BotType = Schemas['BotType'];
export type ChatColor = Schemas['ChatColorV2'];

/**
 * Who owns a bot. The mock tells applications apart by how they call: every incoming webhook
 * (user id and code) is one application; every OAuth token, and a call without credentials on
 * an open portal, is the one OAuth application (so a token refresh keeps the bots).
 */
export type AppId = string;

export const appOf = (auth: Auth): AppId =>
  auth.type === 'webhook' ? `webhook:${auth.userId}:${sha256(auth.code)}` : 'oauth';

/** A binary blob kept as its size and hash only (avatars). */
export interface Digest {
  readonly size: number;
  readonly sha256: string;
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export interface BotRecord {
  readonly id: number;
  readonly code: string;
  readonly app: AppId;
  /** The botToken webhook calls must send; undefined when registered without one. */
  token: string | undefined;
  type: BotType;
  eventMode: 'fetch' | 'webhook';
  webhookUrl: string | undefined;
  isHidden: boolean;
  isReactionsEnabled: boolean;
  isSupportOpenline: boolean;
  backgroundId: string | null;
  name: string;
  lastName: string;
  workPosition: string;
  color: ChatColor | undefined;
  gender: 'M' | 'F' | undefined;
  avatar: Digest | undefined;
  /** Messages the bot sent. */
  countMessage: number;
}

export interface ChatRecord {
  readonly id: number;
  /** `chat` and `open` are group chats; `private` is a personal dialog of two. */
  readonly type: 'chat' | 'open' | 'private';
  title: string;
  description: string;
  color: ChatColor;
  avatar: Digest | undefined;
  ownerId: number;
  /** Members in the order they joined (users and bots). */
  readonly members: Set<number>;
  readonly managers: Set<number>;
  readonly entityType: string;
  readonly entityId: string;
  textFieldEnabled: boolean;
  readonly dateCreate: string;
  /** Last message each member has read (Chat.Message.read). */
  readonly lastRead: Map<number, number>;
  /** The method that made it. */
  readonly madeBy: 'imbot.chat.add' | 'imbot.v2';
}

export interface MessageRecord {
  readonly id: number;
  readonly chatId: number;
  readonly authorId: number;
  readonly date: string;
  text: string;
  readonly isSystem: boolean;
  /** attach, keyboard, replyId, file ids: what the message carries besides text. */
  params: Record<string, unknown>;
  readonly forward: MessageEntity['forward'];
  /** Reaction code -> who set it. */
  readonly reactions: Map<string, Set<number>>;
  /** Deleted without `complete`: the message stays, emptied. */
  deleted: boolean;
}

export interface CommandRecord {
  readonly id: number;
  readonly botId: number;
  /** Without the leading slash. */
  command: string;
  title: Record<string, string>;
  params: Record<string, string>;
  common: boolean;
  hidden: boolean;
  extranetSupport: boolean;
}

export interface FileRecord {
  readonly id: number;
  readonly chatId: number;
  readonly authorId: number;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly date: string;
  readonly messageId: number;
  /** The bytes, for the download link; undefined once dropped to keep the store under its cap. */
  bytes: Buffer | undefined;
  /** One-time download secrets handed out by File.download. */
  readonly links: Set<string>;
}

/**
 * Something a bot may hear about, recorded where it happens: a message added (by a user, or a
 * bot), changed or deleted, a bot joining a chat, a command typed, a reaction, a bot deleted.
 * Event delivery (Event.get, webhook POSTs) is built on `PlatformState.journal` and `listeners`.
 */
export type PlatformEvent =
  | { readonly type: 'messageAdded'; readonly chatId: number; readonly messageId: number; readonly authorId: number }
  | { readonly type: 'messageUpdated'; readonly chatId: number; readonly messageId: number; readonly byId: number }
  | {
      readonly type: 'messageDeleted';
      readonly chatId: number;
      readonly messageId: number;
      readonly byId: number;
      readonly complete: boolean;
    }
  | { readonly type: 'botJoined'; readonly botId: number; readonly chatId: number; readonly byId: number }
  | {
      readonly type: 'commandTyped';
      readonly botId: number;
      readonly commandId: number;
      readonly chatId: number;
      readonly messageId: number;
      readonly userId: number;
      readonly params: string;
    }
  | {
      readonly type: 'reactionChanged';
      readonly chatId: number;
      readonly messageId: number;
      readonly userId: number;
      readonly reaction: string;
      readonly action: 'add' | 'delete';
    }
  /** A user opened the bot's personal dialog passing context data (a link, the JS API). */
  | {
      readonly type: 'contextOpened';
      readonly botId: number;
      readonly chatId: number;
      readonly userId: number;
      readonly context: Readonly<Record<string, unknown>>;
    }
  /** The bot as it was; the last thing that happens to it. */
  | { readonly type: 'botDeleted'; readonly bot: Readonly<BotRecord> };

export interface JournalEntry {
  /** Increasing from 1. */
  readonly seq: number;
  readonly date: string;
  readonly event: PlatformEvent;
}

export interface PlatformLimits {
  /** Bots per application (100, chat-bots-v2 limits). */
  readonly botsPerApp: number;
  /** Largest file File.upload takes, in bytes (100 MB). */
  readonly fileBytes: number;
  /** Most file bytes kept for downloads; the oldest files' bytes are dropped past it. */
  readonly storedFileBytes: number;
  /** Most journal entries kept; the oldest are dropped past it. */
  readonly journalEntries: number;
  /** Most events waiting in one fetch-mode bot's Event.get queue; the oldest are dropped past it. */
  readonly queuedEvents: number;
  /** Most webhook deliveries in flight at once; more are dropped (and recorded as dropped). */
  readonly pendingDeliveries: number;
  /** Most delivery records kept (`PlatformState.deliveries`); the oldest are dropped past it. */
  readonly deliveryRecords: number;
}

export const defaultPlatformLimits: PlatformLimits = Object.freeze({
  botsPerApp: 100,
  fileBytes: 100 * 1024 * 1024,
  storedFileBytes: 256 * 1024 * 1024,
  journalEntries: 10_000,
  queuedEvents: 10_000,
  pendingDeliveries: 100,
  deliveryRecords: 1000,
});

/** The first bot id: ids below it are ordinary users (bots are users of the portal too). */
export const FIRST_BOT_ID = 1001;

/** One event waiting in a fetch-mode bot's queue, as Event.get returns it. */
export interface QueuedEvent {
  readonly eventId: number;
  readonly type: string;
  readonly date: string;
  readonly data: Record<string, unknown>;
}

/** A fetch-mode bot's Event.get queue. */
export interface EventQueue {
  /** Unconfirmed events, oldest first. */
  items: QueuedEvent[];
  /** Every event id below it is confirmed (the last offset passed). */
  confirmedBelow: number;
  /**
   * An unregistered bot as it was, so that its application can still read its last events
   * (ONIMBOTV2DELETE) with Event.get; the queue is forgotten once they are confirmed.
   */
  gone?: Readonly<BotRecord>;
}

/** One webhook delivery the platform made (or dropped). */
export interface DeliveryRecord {
  readonly botId: number;
  readonly event: string;
  readonly url: string;
  /** `sent`: answered (see `status`); `failed`: no answer (see `error`); `dropped`: too many in flight, not sent. */
  state: 'pending' | 'sent' | 'failed' | 'dropped';
  /** The receiver's HTTP status. */
  status?: number;
  error?: string;
}

export interface PlatformState {
  readonly limits: PlatformLimits;
  /** The portal's origin, for download links; set once listening. */
  origin: string;
  readonly bots: Map<number, BotRecord>;
  /** Ids of bots that were unregistered: such users are unknown now. */
  readonly goneBots: Set<number>;
  readonly chats: Map<number, ChatRecord>;
  readonly messages: Map<number, MessageRecord>;
  readonly commands: Map<number, CommandRecord>;
  readonly files: Map<number, FileRecord>;
  /** Bytes of all files currently kept. */
  storedFileBytes: number;
  readonly journal: JournalEntry[];
  readonly listeners: Set<(entry: JournalEntry) => void>;
  /** Event.get queues of fetch-mode bots, by bot id. */
  readonly queues: Map<number, EventQueue>;
  /** Webhook deliveries, oldest first (the last `limits.deliveryRecords`). */
  readonly deliveries: DeliveryRecord[];
  /** Deliveries in flight. */
  pendingDeliveries: number;
  /** The application token deliveries carry in `auth[application_token]`. */
  applicationToken: string;
  /** Aborts deliveries in flight (on close). */
  closing: AbortController;
  next: { bot: number; message: number; command: number; file: number; seq: number; event: number };
  /** The next chat id; shared with imbot.chat.add, so it is injected. */
  readonly nextChatId: () => number;
}

export const createPlatformState = (nextChatId: () => number, limits: Partial<PlatformLimits> = {}): PlatformState => ({
  limits: { ...defaultPlatformLimits, ...limits },
  origin: '',
  bots: new Map(),
  goneBots: new Set(),
  chats: new Map(),
  messages: new Map(),
  commands: new Map(),
  files: new Map(),
  storedFileBytes: 0,
  journal: [],
  listeners: new Set(),
  queues: new Map(),
  deliveries: [],
  pendingDeliveries: 0,
  applicationToken: '',
  closing: new AbortController(),
  next: { bot: FIRST_BOT_ID, message: 1, command: 1, file: 1, seq: 1, event: 1 },
  nextChatId,
});

/** Forgets everything; ids start again. The chat id sequence is reset by its owner. */
export const resetPlatform = (state: PlatformState): void => {
  state.bots.clear();
  state.goneBots.clear();
  state.chats.clear();
  state.messages.clear();
  state.commands.clear();
  state.files.clear();
  state.storedFileBytes = 0;
  state.journal.length = 0;
  state.queues.clear();
  state.deliveries.length = 0;
  state.next = { bot: FIRST_BOT_ID, message: 1, command: 1, file: 1, seq: 1, event: 1 };
};

/** An ISO date-time with the offset, as portals write it. */
export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');

/**
 * Records that something happened, and tells the listeners. The one place events start from:
 * the platform's own listener (events.ts) turns each entry into bot events.
 */
export const happened = (state: PlatformState, event: PlatformEvent): void => {
  const entry: JournalEntry = { seq: state.next.seq++, date: now(), event };
  state.journal.push(entry);
  if (state.journal.length > state.limits.journalEntries) state.journal.splice(0, state.journal.length - state.limits.journalEntries);
  for (const listener of state.listeners) listener(entry);
};

/** Whether an id names a user of the portal: anyone but an unregistered bot. */
export const isUser = (state: PlatformState, id: number): boolean => !state.goneBots.has(id);

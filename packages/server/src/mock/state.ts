// The mock portal's one state, for v1 (imbot.chat.add) and v2 (the bot platform) alike: bots,
// chats, messages, commands, files, event queues and the journal of what happened. Handlers read
// and change it through this module's types and functions; `happened` is the one place where
// "something happened" that a bot may hear about (events build on it).
//
// Memory is bounded: past each cap in `limits` the oldest are dropped (ids keep counting), so a
// long run under load keeps a steady footprint.
import { hash } from 'node:crypto';
import type { components } from '../gen/schema.gen.js';
import { perSecond } from '../runtime/time.js';
import type { Auth, ParamsOf, ResultOf } from '../types.js';
import { type FileBytes, memoryFileBytes } from './file-bytes.js';
import { type Ids, createIds } from './ids.js';
import { oldestFirst } from './oldest.js';

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

// One-shot: no Hash object per digest (about half the CPU of createHash().update().digest()).
export const sha256 = (data: string | Buffer): string => hash('sha256', data, 'hex');

export const appOf = (auth: Auth): AppId =>
  auth.type === 'webhook' ? `webhook:${auth.userId}:${sha256(auth.code)}` : 'oauth';

/** A binary blob kept as its size and hash only (avatars). */
export interface Digest {
  readonly size: number;
  readonly sha256: string;
}

/** What the mock keeps of imbot.chat.add's AVATAR: enough to check it arrived intact, not the image. */
export interface StoredAvatar {
  /** SHA-256 of the AVATAR text as sent (base64), in hex. */
  readonly sha256: string;
  /** Its length in characters. */
  readonly length: number;
}

/** imbot.chat.add's parameters as the call gave them (defaults applied), AVATAR as its digest. */
export type V1ChatParams = Omit<ParamsOf<'imbotChatAdd'>, 'AVATAR'> & { readonly AVATAR?: StoredAvatar };

/** A chat imbot.chat.add made, as `MockPortal.chats` lists it: its parameters and CHAT_ID. */
export type StoredChat = V1ChatParams & { readonly CHAT_ID: number };

/**
 * Where imbot.chat.add's chats are kept beyond the portal's memory (the demo keeps them in
 * SQLite): the store gives each chat its id, one it never gave before; the portal then holds the
 * chat under that id like any other.
 */
export interface V1ChatStore {
  /** Keeps a chat imbot.chat.add is making, and gives its id. */
  add(chat: V1StoredChat): ResultOf<'imbotChatAdd'> | Promise<ResultOf<'imbotChatAdd'>>;
  /** The chats kept by earlier runs, oldest first: the portal holds them again from the start (the newest, up to its chat cap). */
  load?(): Iterable<V1StoredChat & { readonly id: number; readonly createdAt?: string }>;
}

/** A chat imbot.chat.add made, as a V1ChatStore keeps it. */
export interface V1StoredChat {
  /** TITLE, or the title the portal made up for a chat given none. */
  readonly title: string;
  /** The parameters as the contract read them. */
  readonly params: ParamsOf<'imbotChatAdd'>;
}

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
  /** The method that made it (`im.chat.add`: a user; a personal dialog counts as imbot.v2). */
  readonly madeBy: 'imbot.chat.add' | 'imbot.v2' | 'im.chat.add';
  /** imbot.chat.add's parameters, for chats it made. */
  readonly v1?: V1ChatParams;
  /** Ids of its messages that are kept, oldest first. */
  readonly messageIds: Set<number>;
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
  /** What it counts against `limits.messageBytes`: its text and params, as characters. */
  size: number;
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
  /** Whether the bytes are still kept (`state.fileBytes`); false once dropped to stay under the cap. */
  kept: boolean;
  /** One-time download secrets handed out by File.download. */
  readonly links: Set<string>;
}

/**
 * Something a bot or a subscribed user may hear about, recorded where it happens: a message
 * added (by a user, or a bot), changed or deleted, a bot or a user joining a chat, a command
 * invoked, a reaction, a bot deleted. Event delivery (bot events, and users' im.v2 events) is
 * built on `PortalState.journal` and `listeners`.
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
  /** A person (not a bot) was added to a chat (by `byId`: themselves when they made it). */
  | { readonly type: 'userJoined'; readonly userId: number; readonly chatId: number; readonly byId: number }
  | {
      readonly type: 'commandTyped';
      readonly botId: number;
      readonly commandId: number;
      readonly chatId: number;
      readonly messageId: number;
      readonly userId: number;
      readonly params: string;
      /** How it was invoked: typed (`textarea`) or a keyboard button pressed (`keyboard`, im.message.command). */
      readonly context: 'textarea' | 'keyboard';
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
  /** Increasing. */
  readonly seq: number;
  readonly date: string;
  readonly event: PlatformEvent;
}

/** The platform's own limits, and how much the mock keeps (past each cap the oldest are dropped). */
export interface PlatformLimits {
  /** Bots per application (100, chat-bots-v2 limits). */
  readonly botsPerApp: number;
  /** Largest file File.upload takes, in bytes (100 MB). */
  readonly fileBytes: number;
  /** Most chats kept, of both API versions; the least recently written to are dropped with their messages and files. */
  readonly chats: number;
  /** Most messages kept per chat; the oldest are dropped. */
  readonly messagesPerChat: number;
  /** Most text and params of all messages kept, in characters; the oldest messages are dropped past it. */
  readonly messageBytes: number;
  /** Most files kept (their records); the oldest are dropped. */
  readonly files: number;
  /** Most file bytes kept for downloads; the oldest files' bytes are dropped past it. */
  readonly storedFileBytes: number;
  /** Most events waiting in one fetch-mode bot's Event.get queue; the oldest are dropped past it. */
  readonly queuedEvents: number;
  /** Most characters of all queued events (every bot's and user's queue together); the oldest are dropped past it. */
  readonly queuedEventBytes: number;
  /** Most users whose im.v2 events are recorded or kept (im.v2.Event.subscribe); past it the oldest subscription goes, with its events. */
  readonly subscriptions: number;
  /** Most im.v2 events waiting for one user; the oldest are dropped past it. */
  readonly userQueuedEvents: number;
  /** Most journal entries kept; the oldest are dropped past it. */
  readonly journalEntries: number;
  /** Most webhook deliveries in flight at once; more are dropped (and recorded as dropped). */
  readonly pendingDeliveries: number;
  /** Most delivery records kept (`deliveries`); the oldest are dropped past it. */
  readonly deliveryRecords: number;
  /** Most call records kept (`MockPortal.calls`); the oldest are dropped past it. */
  readonly calls: number;
}

const MiB = 1024 * 1024;

export const defaultPlatformLimits: PlatformLimits = Object.freeze({
  botsPerApp: 100,
  fileBytes: 100 * MiB,
  chats: 10_000,
  messagesPerChat: 10_000,
  messageBytes: 32 * MiB,
  files: 10_000,
  storedFileBytes: 128 * MiB,
  queuedEvents: 10_000,
  queuedEventBytes: 16 * MiB,
  subscriptions: 1000,
  userQueuedEvents: 10_000,
  journalEntries: 10_000,
  pendingDeliveries: 100,
  deliveryRecords: 1000,
  calls: 1000,
});

/** The limits as given, each a positive integer (else a TypeError naming it). */
export const checkLimits = (limits: Partial<PlatformLimits>): PlatformLimits => {
  const merged = { ...defaultPlatformLimits, ...limits };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`platform.${name} must be a positive integer, got ${String(value)}`);
  }
  return merged;
};

/** One event waiting in a queue, as Event.get returns it, kept as JSON. */
export interface QueuedEvent {
  readonly eventId: number;
  readonly type: string;
  /** `{eventId, type, date, data}` as JSON: compact, and its length is what it costs. */
  readonly json: string;
  /** When it was recorded (ms since the epoch): a user's events are kept 24 hours. */
  readonly at?: number;
}

/** An Event.get queue: a fetch-mode bot's, or a user's (im.v2). */
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

/** A user's im.v2 events (im.v2.Event.subscribe), read by im.v2.Event.get and by imbot.v2.Event.get with withUserEvents. */
export interface UserEventQueue extends EventQueue {
  /** Recording new events; false after im.v2.Event.unsubscribe (what was recorded stays readable). */
  subscribed: boolean;
}

/** One webhook delivery the platform made (or dropped): a bot's event, or the application's own (ONAPPINSTALL, ONAPPUNINSTALL). */
export interface DeliveryRecord {
  /** The bot it was for; absent for the application's own events. */
  readonly botId?: number;
  readonly event: string;
  readonly url: string;
  /** `sent`: answered (see `status`); `failed`: no answer (see `error`); `dropped`: too many in flight, not sent. */
  state: 'pending' | 'sent' | 'failed' | 'dropped';
  /** The receiver's HTTP status. */
  status?: number;
  error?: string;
}

/** An OAuth token the mock's OAuth server issued for this portal (oauth.ts). */
export interface IssuedToken {
  /** The user the token acts for (the one who installed the application). */
  readonly userId: number;
  /** When it stops working, in ms since the epoch (on the mock's clock: fake timers move it). */
  readonly expiresAt: number;
}

/** The application as installed on this portal (install.ts). */
export interface Installation {
  /** Where ONAPPINSTALL went, and where ONAPPUNINSTALL goes. */
  readonly handlerUrl: string | undefined;
  /** The scopes granted, comma-separated as the token answers write them. */
  readonly scope: string;
  /** L local, F free, D demo, T trial, P paid. */
  readonly status: 'L' | 'F' | 'D' | 'T' | 'P';
  readonly languageId: string;
  readonly version: string;
  /** Who installed it: the user its tokens act for. */
  readonly userId: number;
}

/**
 * The application's standing on this portal: its installation and the OAuth tokens issued for
 * it. Access tokens live `expiresIn` seconds; each user has one refresh token, replaced (and the
 * old one refused) by every renewal; uninstalling revokes them all.
 */
export interface PortalOAuth {
  installation: Installation | undefined;
  /** Access tokens issued, oldest first (expired ones kept a while, to answer expired_token). */
  readonly accessTokens: Map<string, IssuedToken>;
  /** The refresh token that renews now, by token (one per user). */
  readonly refreshTokens: Map<string, IssuedToken>;
  /** Tokens of an installation that was removed: refused (the oldest forgotten past a cap). */
  readonly revoked: Set<string>;
}

export const createPortalOAuth = (): PortalOAuth => ({
  installation: undefined,
  accessTokens: new Map(),
  refreshTokens: new Map(),
  revoked: new Set(),
});

export interface PortalState {
  readonly limits: PlatformLimits;
  /** The portal's origin, for download links and deliveries; set once listening. */
  origin: string;
  /**
   * The portal's domain as deliveries and token answers name it (`auth[domain]`). Empty: the
   * origin's host (the default portal); another portal of the same mock has its own.
   */
  domain: string;
  /** The portal's member_id (32 hex digits). Empty: one derived from the origin. */
  memberId: string;
  /** The OAuth server's REST address (`server_endpoint`); empty: Bitrix24's. */
  serverEndpoint: string;
  /** The application's installation and its OAuth tokens (oauth.ts, install.ts). */
  readonly oauth: PortalOAuth;
  readonly bots: Map<number, BotRecord>;
  /** Ids of bots that were unregistered: such users are unknown now. */
  readonly goneBots: Set<number>;
  /** Chats, the least recently written to first. */
  readonly chats: Map<number, ChatRecord>;
  /** Messages, oldest first. */
  readonly messages: Map<number, MessageRecord>;
  /** What the kept messages count against `limits.messageBytes`. */
  messageBytes: number;
  readonly commands: Map<number, CommandRecord>;
  /** Files, oldest first. */
  readonly files: Map<number, FileRecord>;
  /** The bytes of the files (in memory, or beside the state file). */
  readonly fileBytes: FileBytes;
  /** Bytes of all files currently kept. */
  storedFileBytes: number;
  readonly journal: JournalEntry[];
  readonly listeners: Set<(entry: JournalEntry) => void>;
  /** Event.get queues of fetch-mode bots, by bot id. */
  readonly queues: Map<number, EventQueue>;
  /**
   * Users' im.v2 event queues, by user id, the oldest subscription first. One per user, whatever
   * application subscribed it or reads it (the pages: a user's events reach one application).
   */
  readonly userQueues: Map<number, UserEventQueue>;
  /** What every queued event together (bots' and users') counts against `limits.queuedEventBytes`. */
  queuedEventBytes: number;
  /** Webhook deliveries, oldest first (the last `limits.deliveryRecords`). */
  readonly deliveries: DeliveryRecord[];
  /** Deliveries in flight. */
  pendingDeliveries: number;
  /** The application token deliveries carry in `auth[application_token]`. */
  applicationToken: string;
  /** Aborts deliveries in flight (on close). */
  closing: AbortController;
  /** The id sequences (never reused). */
  readonly ids: Ids;
  /** Told after anything changed (the state file's writer listens). */
  changed: () => void;
  /** Where imbot.chat.add's chats are also kept, if anywhere. */
  readonly v1Chats?: V1ChatStore;
}

/** The name the bot platform's state had; the same one state. */
export type PlatformState = PortalState;

export interface PortalStateOptions {
  readonly limits?: Partial<PlatformLimits>;
  readonly ids?: Ids;
  readonly fileBytes?: FileBytes;
  readonly v1Chats?: V1ChatStore;
}

export const createPortalState = (options: PortalStateOptions = {}): PortalState => ({
  limits: checkLimits(options.limits ?? {}),
  origin: '',
  domain: '',
  memberId: '',
  serverEndpoint: '',
  oauth: createPortalOAuth(),
  bots: new Map(),
  goneBots: new Set(),
  chats: new Map(),
  messages: new Map(),
  messageBytes: 0,
  commands: new Map(),
  files: new Map(),
  fileBytes: options.fileBytes ?? memoryFileBytes(),
  storedFileBytes: 0,
  journal: [],
  listeners: new Set(),
  queues: new Map(),
  userQueues: new Map(),
  queuedEventBytes: 0,
  deliveries: [],
  pendingDeliveries: 0,
  applicationToken: '',
  closing: new AbortController(),
  ids: options.ids ?? createIds(),
  changed: () => {},
  ...(options.v1Chats === undefined ? {} : { v1Chats: options.v1Chats }),
});

/** Forgets everything the portal holds; ids keep counting (a client's old ids stay unknown). */
export const resetPortal = (state: PortalState): void => {
  for (const file of state.files.values()) state.fileBytes.drop(file.id);
  state.bots.clear();
  state.goneBots.clear();
  state.chats.clear();
  state.messages.clear();
  state.messageBytes = 0;
  state.commands.clear();
  state.files.clear();
  fileIndex.delete(state);
  state.storedFileBytes = 0;
  state.journal.length = 0;
  state.queues.clear();
  state.userQueues.clear();
  state.queuedEventBytes = 0;
  state.deliveries.length = 0;
  state.changed();
};

/** A member_id for a name: 32 hex digits, the same for the same name. */
export const memberIdOf = (name: string): string => sha256(`member:${name}`).slice(0, 32);

/** How deliveries and token answers name the portal (`auth[domain]`, the endpoints, member_id). */
export const portalIdentity = (
  state: PortalState,
): { readonly domain: string; readonly client_endpoint: string; readonly server_endpoint: string; readonly member_id: string } => {
  const origin = state.origin || 'http://localhost';
  return {
    domain: state.domain || new URL(origin).host,
    client_endpoint: `${origin}/rest/`,
    server_endpoint: state.serverEndpoint || 'https://oauth.bitrix.info/rest/',
    member_id: state.memberId || memberIdOf(origin),
  };
};

/** An ISO date-time with the offset, as portals write it (formatted once a second: a call writes several). */
const isoUtc = perSecond((epochMs) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, '+00:00'));
export const now = (): string => isoUtc(Date.now());

/** Drops the oldest items of an array past `max` (shift: V8 trims the front in place, splice would copy the rest). */
export const trim = <T>(items: T[], max: number): void => {
  while (items.length > max) items.shift();
};

/**
 * Records that something happened, and tells the listeners. The one place events start from:
 * the platform's own listener (events.ts) turns each entry into bot events.
 */
export const happened = (state: PortalState, event: PlatformEvent): void => {
  const entry: JournalEntry = { seq: state.ids.next('seq'), date: now(), event };
  state.journal.push(entry);
  trim(state.journal, state.limits.journalEntries);
  for (const listener of state.listeners) listener(entry);
  state.changed();
};

/** Whether an id names a user of the portal: anyone but an unregistered bot. */
export const isUser = (state: PortalState, id: number): boolean => !state.goneBots.has(id);

// ---- what is kept, and what is dropped past the caps ----

// One iterator per queue (chats, messages, a chat's messages, files); the files' bytes are
// dropped by an iterator of their own over the same queue.
const dropOld = oldestFirst<number>();
const dropOldFileBytes = oldestFirst<number>();

/** Adds a chat; past `limits.chats` the least recently written to are dropped. */
export const addChat = (state: PortalState, chat: ChatRecord): void => {
  state.chats.set(chat.id, chat);
  dropOld(state.chats, () => state.chats.size > state.limits.chats, (id) => dropChat(state, state.chats.get(id)!), chat.id);
};

/** A chat written to moves to the back of the line (it is dropped last). */
export const touchChat = (state: PortalState, chat: ChatRecord): void => {
  state.chats.delete(chat.id);
  state.chats.set(chat.id, chat);
};

/** Forgets a chat with its messages and files. */
export const dropChat = (state: PortalState, chat: ChatRecord): void => {
  for (const id of chat.messageIds) dropMessage(state, id);
  const fileIds = filesByChat(state).get(chat.id);
  if (fileIds !== undefined) for (const id of [...fileIds]) dropFile(state, state.files.get(id)!);
  state.chats.delete(chat.id);
};

/**
 * The ids of each chat's files, so that a chat dropped at the cap takes its files without a look
 * at every file. Built from `state.files` when first asked for (after a restore, say), then kept
 * by addFile and dropFile; forgotten with everything else on reset.
 */
const fileIndex = new WeakMap<PortalState, Map<number, Set<number>>>();

const indexFile = (index: Map<number, Set<number>>, file: FileRecord): void => {
  const ids = index.get(file.chatId);
  if (ids === undefined) index.set(file.chatId, new Set([file.id]));
  else ids.add(file.id);
};

const filesByChat = (state: PortalState): Map<number, Set<number>> => {
  let index = fileIndex.get(state);
  if (index === undefined) {
    index = new Map();
    for (const file of state.files.values()) indexFile(index, file);
    fileIndex.set(state, index);
  }
  return index;
};

/** What a message counts against `limits.messageBytes`. */
export const messageSize = (text: string, params: Record<string, unknown>): number =>
  text.length + (Object.keys(params).length === 0 ? 0 : JSON.stringify(params).length);

/** Adds a message to its chat; past the caps the oldest messages (of the chat, then of all) are dropped. */
export const addMessageRecord = (state: PortalState, chat: ChatRecord, message: MessageRecord): void => {
  state.messages.set(message.id, message);
  chat.messageIds.add(message.id);
  state.messageBytes += message.size;
  touchChat(state, chat);
  const drop = (id: number) => dropMessage(state, id);
  dropOld(chat.messageIds, () => chat.messageIds.size > state.limits.messagesPerChat, drop);
  dropOld(state.messages, () => state.messageBytes > state.limits.messageBytes, drop, message.id);
};

/** A message's text or params changed: its size is counted again. */
export const resizeMessage = (state: PortalState, message: MessageRecord): void => {
  const size = messageSize(message.text, message.params);
  state.messageBytes += size - message.size;
  message.size = size;
};

export const dropMessage = (state: PortalState, id: number): void => {
  const message = state.messages.get(id);
  if (!message) return;
  state.messages.delete(id);
  state.chats.get(message.chatId)?.messageIds.delete(id);
  state.messageBytes -= message.size;
};

/** Adds a file and keeps its bytes; past the caps the oldest files (or their bytes) are dropped. */
export const addFile = (state: PortalState, file: FileRecord, bytes: Buffer): void => {
  state.files.set(file.id, file);
  const index = fileIndex.get(state);
  if (index !== undefined) indexFile(index, file);
  state.fileBytes.put(file.id, bytes);
  state.storedFileBytes += file.size;
  dropOld(state.files, () => state.files.size > state.limits.files, (id) => dropFile(state, state.files.get(id)!), file.id);
  // A file whose bytes are dropped stays (File.download answers FILE_NOT_FOUND): nothing of it to drop again.
  dropOldFileBytes(state.files, () => state.storedFileBytes > state.limits.storedFileBytes, (id) => dropFileBytes(state, state.files.get(id)!));
};

/** Forgets a file's bytes (its record stays; File.download answers FILE_NOT_FOUND). */
export const dropFileBytes = (state: PortalState, file: FileRecord): void => {
  if (!file.kept) return;
  file.kept = false;
  file.links.clear();
  state.fileBytes.drop(file.id);
  state.storedFileBytes -= file.size;
};

export const dropFile = (state: PortalState, file: FileRecord): void => {
  dropFileBytes(state, file);
  state.files.delete(file.id);
  const index = fileIndex.get(state);
  const ids = index?.get(file.chatId);
  if (ids?.delete(file.id) && ids.size === 0) index!.delete(file.chatId);
};

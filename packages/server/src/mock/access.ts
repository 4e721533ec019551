// Who may do what: the acting bot (BOT_NOT_FOUND, BOT_OWNERSHIP_ERROR), the acting user of a
// user-side call, and the dialogs they may act on (ACCESS_DENIED). Every check here throws
// before anything is stored.
import { safeEqual } from '../auth.js';
import { Bitrix24Error } from '../errors.js';
import type { HandlerContext } from '../types.js';
import { type BotRecord, type ChatRecord, type PortalState, addChat, appOf, isUser, now } from './state.js';

/**
 * The bot a call acts for: it must exist (BOT_NOT_FOUND), belong to the calling application
 * and, when the call carries a botToken (webhook calls must), have that token
 * (BOT_OWNERSHIP_ERROR).
 */
export const requireBot = (
  state: PortalState,
  params: { readonly botId: number; readonly botToken?: string },
  context: HandlerContext,
): BotRecord => {
  const bot = state.bots.get(params.botId);
  if (!bot) throw new Bitrix24Error('BOT_NOT_FOUND', `Bot ${params.botId} not found`);
  if (bot.app !== appOf(context.auth)) {
    throw new Bitrix24Error('BOT_OWNERSHIP_ERROR', 'The bot belongs to another application');
  }
  if (params.botToken !== undefined && !(bot.token !== undefined && safeEqual(params.botToken, bot.token))) {
    throw new Bitrix24Error('BOT_OWNERSHIP_ERROR', 'botToken is not the token of this bot');
  }
  return bot;
};

const denied = (what: string): Bitrix24Error => new Bitrix24Error('ACCESS_DENIED', what);

/**
 * Personal dialogs found before, by their two people (`1:5`): every message to a person looks
 * one up, and a portal holds up to 10,000 chats. An entry counts only while its chat is still the
 * portal's (a dropped or reset one is looked for anew); past `limits.chats` entries they are
 * all forgotten, so what is kept stays bounded.
 */
const knownDialogs = new WeakMap<PortalState, Map<string, ChatRecord>>();

const knownOf = (state: PortalState): Map<string, ChatRecord> => {
  let known = knownDialogs.get(state);
  if (known === undefined || known.size > state.limits.chats) knownDialogs.set(state, (known = new Map()));
  return known;
};

const pairOf = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** The personal dialog of two users, if there is one. */
const personalDialog = (state: PortalState, a: number, b: number): ChatRecord | undefined => {
  const known = knownOf(state);
  const pair = pairOf(a, b);
  const kept = known.get(pair);
  if (kept !== undefined && state.chats.get(kept.id) === kept) return kept;
  // A personal dialog's two people never change: the one found stays theirs.
  for (const chat of state.chats.values()) {
    if (chat.type === 'private' && chat.members.has(a) && chat.members.has(b)) {
      known.set(pair, chat);
      return chat;
    }
  }
  known.delete(pair);
  return undefined;
};

/**
 * The chat a dialogId names for `viewerId`: `chat<id>` is a group chat, a user id the personal
 * dialog with that user. A personal dialog that does not exist yet is made only when `create`
 * is set (a call that goes on to succeed); otherwise undefined.
 */
export const findDialog = (
  state: PortalState,
  viewerId: number,
  dialogId: string,
  create = false,
): ChatRecord | undefined => {
  if (dialogId.startsWith('chat')) {
    const chat = state.chats.get(Number(dialogId.slice(4)));
    return chat && chat.type !== 'private' ? chat : undefined;
  }
  const userId = Number(dialogId);
  if (userId === viewerId || !isUser(state, userId)) return undefined;
  const existing = personalDialog(state, viewerId, userId);
  if (existing || !create) return existing;
  // The pages show a bot's personal dialog owned by the bot (events.md, ONIMBOTV2CONTEXTGET);
  // between two people, whoever opened it.
  const ownerId = state.bots.has(userId) ? userId : viewerId;
  const chat: ChatRecord = {
    id: state.ids.next('chat'),
    type: 'private',
    title: '',
    description: '',
    color: 'mint',
    avatar: undefined,
    ownerId,
    members: new Set([viewerId, userId]),
    managers: new Set(),
    entityType: '',
    entityId: '',
    textFieldEnabled: true,
    dateCreate: now(),
    lastRead: new Map(),
    madeBy: 'imbot.v2',
    messageIds: new Set(),
  };
  addChat(state, chat);
  knownOf(state).set(pairOf(viewerId, userId), chat);
  return chat;
};

/**
 * The dialog the bot acts on, which it must be a member of (403 ACCESS_DENIED). A personal
 * dialog always has the bot in it and is made on first use.
 */
export const requireMember = (state: PortalState, bot: BotRecord, dialogId: string): ChatRecord => {
  const chat = findDialog(state, bot.id, dialogId, true);
  if (!chat || !chat.members.has(bot.id)) throw denied(`The bot is not a member of ${dialogId}`);
  return chat;
};

/** The bot must own the group chat (setOwner, Manager.*). */
export const requireOwner = (state: PortalState, bot: BotRecord, dialogId: string): ChatRecord => {
  const chat = requireMember(state, bot, dialogId);
  if (chat.type === 'private' || chat.ownerId !== bot.id) throw denied(`The bot does not own ${dialogId}`);
  return chat;
};

/** The bot may manage the chat's members and messages (owner or manager). */
export const canManage = (chat: ChatRecord, botId: number): boolean =>
  chat.type !== 'private' && (chat.ownerId === botId || chat.managers.has(botId));

/** Whom a user-side call (im.*, im.v2.*) acts for: the webhook's user; an OAuth call, or one without credentials on an open portal, is user 1. */
export const callerId = (context: HandlerContext): number => (context.auth.type === 'webhook' ? context.auth.userId : 1);

/**
 * The person a user-side call acts as (`callerId`). A bot's id (or an unregistered bot's) is
 * refused with 403 ACCESS_DENIED, the platform's refusal: the mock's bots act through imbot.v2.
 */
export const callingUser = (state: PortalState, context: HandlerContext): number => {
  const id = callerId(context);
  if (state.bots.has(id) || !isUser(state, id)) throw denied(`User ${id} is a bot: a bot acts through imbot.v2`);
  return id;
};

// The user's side of a chat: what a person does, as a portal's web or mobile messenger would do
// it, so that a bot hears it. Over REST (scope `im`, the webhook's user, or user 1 for OAuth):
// im.message.add / update / delete / like / command, im.chat.add and im.chat.user.add, and
// im.v2.Chat.Bot.sendContext. In process, for tests: MockPortal's user* helpers, which share
// the same cores and throw a TypeError where a call would get a Bitrix error.
import { Bitrix24Error } from '../errors.js';
import type { Handler } from '../types.js';
import { callerId, callingUser, canManage, findDialog } from './access.js';
import { createChat, join, madeUpTitle } from './chats.js';
import { KNOWN_REACTIONS, addMessage, deleteMessage, setReaction } from './messages.js';
import { type ChatRecord, type MessageRecord, type PortalState, happened, isUser, resizeMessage } from './state.js';
import type { Behaviours } from './table.js';
import { colorFromV1 } from './views.js';

export interface UserMessage {
  /** Who writes: a portal user (any id that is not a bot or an unregistered bot). */
  readonly userId: number;
  /** Where, as the user sees it: `chat<id>` for a group chat, the bot's id for its personal dialog. */
  readonly dialogId: string;
  readonly text: string;
}

/** A user id that is no bot; else a TypeError naming the helper. */
const requireUser = (state: PortalState, userId: number, what: string): void => {
  if (!Number.isInteger(userId) || userId < 1 || state.bots.has(userId) || state.goneBots.has(userId)) {
    throw new TypeError(`${what}: ${userId} is not a user id`);
  }
};

/**
 * The chat a dialogId names for a user, a personal dialog made on first use: with a bot, the
 * bot has joined it then (ONIMBOTV2JOINCHAT). Undefined for no such chat or person.
 */
export const openDialog = (state: PortalState, userId: number, dialogId: string): ChatRecord | undefined => {
  const existed = findDialog(state, userId, dialogId) !== undefined;
  const chat = findDialog(state, userId, dialogId, true);
  if (chat && !existed && chat.type === 'private' && state.bots.has(Number(dialogId))) {
    happened(state, { type: 'botJoined', botId: Number(dialogId), chatId: chat.id, byId: userId });
  }
  return chat;
};

/** The dialog a user acts in, which the user must be a member of; else a TypeError naming the helper. */
const userDialog = (state: PortalState, userId: number, dialogId: string, what: string): ChatRecord => {
  if (!/^(chat[1-9]\d*|[1-9]\d*)$/.test(dialogId)) throw new TypeError(`${what}: bad dialogId ${dialogId}`);
  const existing = findDialog(state, userId, dialogId);
  if (existing && !existing.members.has(userId)) throw new TypeError(`${what}: user ${userId} is not in dialog ${dialogId}`);
  const chat = openDialog(state, userId, dialogId);
  if (!chat) throw new TypeError(`${what}: user ${userId} is not in dialog ${dialogId}`);
  return chat;
};

/** A message a user may see: it exists, is not deleted, and the user is in its chat. */
const visibleTo = (state: PortalState, userId: number, messageId: number): MessageRecord | undefined => {
  const message = state.messages.get(messageId);
  return message && !message.deleted && state.chats.get(message.chatId)?.members.has(userId) ? message : undefined;
};

/** A message a user may act on; else a TypeError naming the helper. */
const userMessage = (state: PortalState, userId: number, messageId: number, what: string): MessageRecord => {
  requireUser(state, userId, what);
  const message = visibleTo(state, userId, messageId);
  if (!message) throw new TypeError(`${what}: user ${userId} cannot see message ${messageId}`);
  return message;
};

const checkText = (text: string, what: string): void => {
  if (text.trim() === '' || text.length > 20_000) throw new TypeError(`${what}: the text must have 1 to 20,000 characters`);
};

/** A text starting with a command (`/help topic`): invokes each matching command of a bot in the chat (or a common one). */
const typedCommands = (state: PortalState, chat: ChatRecord, message: MessageRecord, userId: number): void => {
  const typed = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(message.text.trim());
  if (!typed) return;
  for (const command of state.commands.values()) {
    if (command.command !== typed[1] || !(command.common || chat.members.has(command.botId))) continue;
    happened(state, {
      type: 'commandTyped',
      botId: command.botId,
      commandId: command.id,
      chatId: chat.id,
      messageId: message.id,
      userId,
      params: typed[2] ?? '',
      context: 'textarea',
    });
  }
};

/**
 * A user writes to a dialog (im.message.add, and tests): the message is stored as any other
 * (bots that hear it get ONIMBOTV2MESSAGEADD), and a text starting with a bot's command
 * (`/help topic`) is recorded as that command typed (ONIMBOTV2COMMANDADD), once per bot in the
 * chat with that command (or with it `common`). Throws a TypeError for a dialog the user is not
 * in, an empty text or one over 20,000 characters.
 */
export const userSends = (
  state: PortalState,
  input: UserMessage & { readonly isSystem?: boolean; readonly params?: Record<string, unknown> },
): MessageRecord => {
  requireUser(state, input.userId, 'userSends');
  checkText(input.text, 'userSends');
  const chat = userDialog(state, input.userId, input.dialogId, 'userSends');
  const message = addMessage(state, {
    chat,
    authorId: input.userId,
    text: input.text,
    ...(input.isSystem === undefined ? {} : { isSystem: input.isSystem }),
    ...(input.params === undefined ? {} : { params: input.params }),
  });
  typedCommands(state, chat, message, input.userId);
  return message;
};

/** A message's new text and params, as `userId` changed them (ONIMBOTV2MESSAGEUPDATE). */
const editMessage = (state: PortalState, message: MessageRecord, userId: number, text: string | undefined, params: Record<string, unknown>): void => {
  if (text !== undefined) message.text = text;
  message.params = params;
  resizeMessage(state, message);
  happened(state, { type: 'messageUpdated', chatId: message.chatId, messageId: message.id, byId: userId });
};

/** A user edits their own message (ONIMBOTV2MESSAGEUPDATE). Throws a TypeError otherwise. */
export const userEdits = (state: PortalState, input: { readonly userId: number; readonly messageId: number; readonly text: string }): void => {
  const message = userMessage(state, input.userId, input.messageId, 'userEdits');
  if (message.authorId !== input.userId) throw new TypeError(`userEdits: message ${input.messageId} is not by user ${input.userId}`);
  checkText(input.text, 'userEdits');
  editMessage(state, message, input.userId, input.text, message.params);
};

/** A user deletes their own message, leaving it emptied (ONIMBOTV2MESSAGEDELETE). Throws a TypeError otherwise. */
export const userDeletes = (state: PortalState, input: { readonly userId: number; readonly messageId: number }): void => {
  const message = userMessage(state, input.userId, input.messageId, 'userDeletes');
  if (message.authorId !== input.userId) throw new TypeError(`userDeletes: message ${input.messageId} is not by user ${input.userId}`);
  deleteMessage(state, message, input.userId);
};

/**
 * A user sets (`add`) or takes off (`delete`) a reaction on a message (ONIMBOTV2REACTIONCHANGE,
 * for the message's bot). Setting one already set, or taking off one not set, changes nothing.
 */
export const userReacts = (
  state: PortalState,
  input: { readonly userId: number; readonly messageId: number; readonly reaction: string; readonly action?: 'add' | 'delete' },
): void => {
  const message = userMessage(state, input.userId, input.messageId, 'userReacts');
  if (!KNOWN_REACTIONS.has(input.reaction)) throw new TypeError(`userReacts: unknown reaction ${input.reaction}`);
  setReaction(state, message, input.userId, input.reaction, input.action ?? 'add');
};

/** A user hands context data to a bot in a dialog (ONIMBOTV2CONTEXTGET). */
const sendContext = (state: PortalState, userId: number, botId: number, chat: ChatRecord, context: Readonly<Record<string, unknown>>): void => {
  happened(state, { type: 'contextOpened', botId, chatId: chat.id, userId, context: { ...context } });
};

/**
 * A user opens a bot's personal dialog passing context data, as a link with BOT_CONTEXT or the
 * JS API does (ONIMBOTV2CONTEXTGET). Returns the dialog's chat id.
 */
export const userOpens = (
  state: PortalState,
  input: { readonly userId: number; readonly botId: number; readonly context: Readonly<Record<string, unknown>> },
): number => {
  requireUser(state, input.userId, 'userOpens');
  if (!state.bots.has(input.botId)) throw new TypeError(`userOpens: ${input.botId} is not a bot`);
  const chat = userDialog(state, input.userId, String(input.botId), 'userOpens');
  sendContext(state, input.userId, input.botId, chat, input.context);
  return chat.id;
};

// ---- over REST ----

/** The size past which the pages refuse an ATTACH, KEYBOARD or MENU (30 KB, as JSON here). */
const OVERSIZE = 30 * 1024;

const checkSizes = (params: { readonly ATTACH?: unknown; readonly KEYBOARD?: unknown; readonly MENU?: unknown }): void => {
  for (const [name, value, code] of [
    ['ATTACH', params.ATTACH, 'ATTACH_OVERSIZE'],
    ['KEYBOARD', params.KEYBOARD, 'KEYBOARD_OVERSIZE'],
    ['MENU', params.MENU, 'MENU_OVERSIZE'],
  ] as const) {
    if (value !== undefined && Buffer.byteLength(JSON.stringify(value) ?? '') > OVERSIZE) {
      throw new Bitrix24Error(code, `${name} is larger than 30 KB`);
    }
  }
};

/**
 * im.message.add: the calling user writes (the webhook's user; an OAuth or open call is user 1).
 * A dialog the user is not in, or the user's own id, is 403 ACCESS_ERROR; a blank text
 * MESSAGE_EMPTY. SYSTEM, URL_PREVIEW, ATTACH, KEYBOARD and MENU are kept in the message's params.
 */
export const imMessageAdd =
  (state: PortalState): Handler<'imMessageAdd'> =>
  (params, context) => {
    const userId = callerId(context);
    if (params.MESSAGE.trim() === '') throw new Bitrix24Error('MESSAGE_EMPTY', 'Message text is not provided');
    if (!isUser(state, userId) || state.bots.has(userId)) throw new Bitrix24Error('ACCESS_ERROR', 'A bot cannot write as a user');
    const existing = findDialog(state, userId, params.DIALOG_ID);
    const personal = !params.DIALOG_ID.startsWith('chat') && Number(params.DIALOG_ID) !== userId && isUser(state, Number(params.DIALOG_ID));
    if (existing ? !existing.members.has(userId) : !personal) {
      throw new Bitrix24Error('ACCESS_ERROR', 'Insufficient permissions to send a message');
    }
    checkSizes(params);
    const extra = {
      ...(params.ATTACH === undefined ? {} : { ATTACH: params.ATTACH }),
      ...(params.KEYBOARD === undefined ? {} : { KEYBOARD: params.KEYBOARD }),
      ...(params.MENU === undefined ? {} : { MENU: params.MENU }),
      ...(params.URL_PREVIEW === 'N' ? { URL_PREVIEW: 'N' } : {}),
    };
    return userSends(state, { userId, dialogId: params.DIALOG_ID, text: params.MESSAGE, isSystem: params.SYSTEM === 'Y', params: extra }).id;
  };

/** The message MESSAGE_ID names, if the calling user can see it; else MESSAGE_ID_ERROR (no such message, deleted, or in a chat the user is not in). */
const requireVisible = (state: PortalState, userId: number, messageId: number): MessageRecord => {
  const message = visibleTo(state, userId, messageId);
  if (!message) throw new Bitrix24Error('MESSAGE_ID_ERROR', `Message ${messageId} not found`);
  return message;
};

const cantEdit = (): Bitrix24Error => new Bitrix24Error('CANT_EDIT_MESSAGE', "Time has expired for modification or you don't have access");

/** `N`, an empty value or null: take it off (im.message.update's ATTACH, KEYBOARD, MENU). */
const removes = (value: unknown): boolean => value === 'N' || value === '' || value === null;

/**
 * im.message.update: the calling user changes their own message (else 403 CANT_EDIT_MESSAGE; a
 * message they cannot see is MESSAGE_ID_ERROR). A part left out stays; ATTACH, KEYBOARD or MENU
 * as `N` or empty is taken off; an empty MESSAGE deletes the message (ONIMBOTV2MESSAGEDELETE),
 * anything else is an edit (ONIMBOTV2MESSAGEUPDATE). IS_EDITED is accepted and not shown (the
 * mock's messages carry no edited mark, as for a bot's Message.update). No edit time limit.
 */
export const imMessageUpdate =
  (state: PortalState): Handler<'imMessageUpdate'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const message = requireVisible(state, userId, params.MESSAGE_ID);
    if (message.authorId !== userId) throw cantEdit();
    checkSizes(params);
    if (params.MESSAGE !== undefined && params.MESSAGE.trim() === '') {
      deleteMessage(state, message, userId);
      return true;
    }
    const next: Record<string, unknown> = { ...message.params };
    for (const name of ['ATTACH', 'KEYBOARD', 'MENU'] as const) {
      const value: unknown = params[name];
      if (value === undefined) continue;
      if (removes(value)) delete next[name];
      else next[name] = value;
    }
    if (params.URL_PREVIEW === 'N') next['URL_PREVIEW'] = 'N';
    else if (params.URL_PREVIEW === 'Y') delete next['URL_PREVIEW'];
    editMessage(state, message, userId, params.MESSAGE, next);
    return true;
  };

/**
 * im.message.delete: the calling user deletes a message of theirs, or any message of a group
 * chat they own or manage (else 403 CANT_EDIT_MESSAGE; a message they cannot see is
 * MESSAGE_ID_ERROR). It stays, emptied and marked IS_DELETED, as a user's deletion does.
 */
export const imMessageDelete =
  (state: PortalState): Handler<'imMessageDelete'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const message = requireVisible(state, userId, params.MESSAGE_ID);
    if (message.authorId !== userId && !canManage(state.chats.get(message.chatId)!, userId)) throw cantEdit();
    deleteMessage(state, message, userId);
    return true;
  };

/**
 * im.message.like: the calling user's `like` reaction on a message of their chats
 * (ONIMBOTV2REACTIONCHANGE, reaction `like`). ACTION auto toggles it; plus on a liked message or
 * minus on one without the like is WITHOUT_CHANGES.
 */
export const imMessageLike =
  (state: PortalState): Handler<'imMessageLike'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const message = requireVisible(state, userId, params.MESSAGE_ID);
    const liked = message.reactions.get('like')?.has(userId) === true;
    const action = params.ACTION ?? 'auto';
    const wanted = action === 'auto' ? !liked : action === 'plus';
    if (wanted === liked) throw new Bitrix24Error('WITHOUT_CHANGES', 'Action completed without changes');
    setReaction(state, message, userId, 'like', wanted ? 'add' : 'delete');
    return true;
  };

/**
 * im.message.command: a keyboard button press: the bot's command runs in the context of the
 * message (ONIMBOTV2COMMANDADD with context `keyboard`, the message being the one with the
 * keyboard). A message the user cannot see is MESSAGE_ID_ERROR, a BOT_ID that is no bot
 * BOT_ID_ERROR; a command the bot does not have (or not usable in that chat: the bot is not in
 * it and the command is not common) is PARAMS_ERROR. COMMAND may carry its slash.
 */
export const imMessageCommand =
  (state: PortalState): Handler<'imMessageCommand'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const message = requireVisible(state, userId, params.MESSAGE_ID);
    const bot = state.bots.get(params.BOT_ID);
    if (!bot) throw new Bitrix24Error('BOT_ID_ERROR', `Bot ${params.BOT_ID} not found`);
    const name = params.COMMAND.replace(/^\//, '');
    const chat = state.chats.get(message.chatId)!;
    const command = [...state.commands.values()].find((candidate) => candidate.botId === bot.id && candidate.command === name);
    if (!command || !(command.common || chat.members.has(bot.id))) {
      throw new Bitrix24Error('PARAMS_ERROR', `Bot ${bot.id} has no command /${name} usable in this chat`);
    }
    happened(state, {
      type: 'commandTyped',
      botId: bot.id,
      commandId: command.id,
      chatId: chat.id,
      messageId: message.id,
      userId,
      params: params.COMMAND_PARAMS ?? '',
      context: 'keyboard',
    });
    return true;
  };

/**
 * im.chat.add: the calling user makes a group chat and owns it, with USERS in it (a bot among
 * them joins: ONIMBOTV2JOINCHAT, the user adding it); MESSAGE is the user's first message there.
 */
export const imChatAdd =
  (state: PortalState): Handler<'imChatAdd'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const userIds = params.USERS ?? [];
    const color = colorFromV1(params.COLOR);
    const chat = createChat(state, state.ids.next('chat'), userId, {
      type: params.TYPE === 'OPEN' ? 'open' : 'chat',
      userIds,
      madeBy: 'im.chat.add',
      title: params.TITLE !== undefined && params.TITLE !== '' ? params.TITLE : madeUpTitle(state, [userId, ...userIds]),
      ...(params.DESCRIPTION === undefined ? {} : { description: params.DESCRIPTION }),
      ...(color === undefined ? {} : { color }),
      ...(params.AVATAR === undefined ? {} : { avatar: params.AVATAR }),
      ...(params.ENTITY_TYPE === undefined ? {} : { entityType: params.ENTITY_TYPE }),
      ...(params.ENTITY_ID === undefined ? {} : { entityId: params.ENTITY_ID }),
      ...(params.MESSAGE === undefined ? {} : { message: params.MESSAGE }),
    });
    return chat.id;
  };

/**
 * im.chat.user.add: the calling user adds USERS to a group chat they are in (a bot among them
 * joins: ONIMBOTV2JOINCHAT). No such group chat, or a personal dialog, is 403 ACCESS_ERROR; a
 * chat the user is not in 403 ACCESS_DENIED_EXTEND. Members already in it stay as they are;
 * HIDE_HISTORY changes nothing (the mock shows every member the whole chat).
 */
export const imChatUserAdd =
  (state: PortalState): Handler<'imChatUserAdd'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const chat = state.chats.get(params.CHAT_ID);
    if (!chat || chat.type === 'private') throw new Bitrix24Error('ACCESS_ERROR', 'It is forbidden to add users to this chat');
    if (!chat.members.has(userId)) {
      throw new Bitrix24Error('ACCESS_DENIED_EXTEND', 'Insufficient permissions to add participants to the chat');
    }
    join(state, chat, params.USERS, userId);
    return true;
  };

/**
 * im.v2.Chat.Bot.sendContext: what the messenger sends when a user opens a bot's chat through a
 * link with BOT_CONTEXT: the bot gets ONIMBOTV2CONTEXTGET. dialogId is the bot's id (its
 * personal dialog with the user, made on first use) or `chat<id>` of a group chat the user is
 * in (every bot in it gets the event). Anything else, a chat the user is not in or one without
 * a bot, is 403 ACCESS_DENIED.
 */
export const imV2ChatBotSendContext =
  (state: PortalState): Handler<'imV2ChatBotSendContext'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const denied = (): Bitrix24Error => new Bitrix24Error('ACCESS_DENIED', `${params.dialogId} is not a dialog with a bot this user may open`);
    if (params.dialogId.startsWith('chat')) {
      const chat = findDialog(state, userId, params.dialogId);
      const bots = chat?.members.has(userId) ? [...chat.members].filter((id) => state.bots.has(id)) : [];
      if (!chat || bots.length === 0) throw denied();
      for (const botId of bots) sendContext(state, userId, botId, chat, params.context);
      return true;
    }
    const botId = Number(params.dialogId);
    if (!state.bots.has(botId)) throw denied();
    sendContext(state, userId, botId, openDialog(state, userId, params.dialogId)!, params.context);
    return true;
  };

export const userBehaviours = {
  imMessageAdd,
  imMessageUpdate,
  imMessageDelete,
  imMessageLike,
  imMessageCommand,
  imChatAdd,
  imChatUserAdd,
  imV2ChatBotSendContext,
} satisfies Behaviours;

// imbot.v2.Chat.Message.*: send, update, delete, read, get, getContext, reactions; and how a
// message enters a chat, for bots and for users speaking to them (MockPortal.userSends).
import { Bitrix24Error } from '../errors.js';
import type { components } from '../gen/schema.gen.js';
import type { Handler } from '../types.js';
import { canManage, findDialog, requireBot, requireMember } from './access.js';
import {
  type BotRecord,
  type ChatRecord,
  type MessageRecord,
  type PortalState,
  addMessageRecord,
  dropMessage,
  happened,
  isUser,
  messageSize,
  now,
  resizeMessage,
} from './state.js';
import { messageView, userView } from './views.js';
import type { Behaviours } from './table.js';

/**
 * The reaction codes the Reaction.add page lists (the contract's ImbotV2KnownReactionCode; a
 * code added to or removed from it breaks this at compile time). Others: REACTION_NOT_FOUND.
 */
const KNOWN_REACTIONS: ReadonlySet<string> = new Set(
  Object.keys({
    like: true, dislike: true, faceWithTearsOfJoy: true, redHeart: true, neutralFace: true, fire: true,
    cry: true, slightlySmilingFace: true, winkingFace: true, laugh: true, kiss: true, wonder: true,
    slightlyFrowningFace: true, loudlyCryingFace: true, faceWithStuckOutTongue: true,
    faceWithStuckOutTongueAndWinkingEye: true, smilingFaceWithSunglasses: true, confusedFace: true,
    flushedFace: true, thinkingFace: true, angry: true, smilingFaceWithHorns: true, faceWithThermometer: true,
    facepalm: true, poo: true, flexedBiceps: true, clappingHands: true, raisedHand: true,
    smilingFaceWithHeartEyes: true, smilingFaceWithHearts: true, pleadingFace: true, relievedFace: true,
    foldedHands: true, okHand: true, signHorns: true, loveYouGesture: true, clownFace: true,
    partyingFace: true, questionMark: true, exclamationMark: true, lightBulb: true, bomb: true,
    sleepingSymbol: true, crossMark: true, whiteHeavyCheckMark: true, eyes: true, handshake: true,
    hundredPoints: true,
  } satisfies Record<components['schemas']['ImbotV2KnownReactionCode'], true>),
);

export interface NewMessage {
  readonly chat: ChatRecord;
  readonly authorId: number;
  readonly text: string;
  readonly isSystem?: boolean;
  readonly params?: Record<string, unknown>;
  readonly forward?: MessageRecord['forward'];
}

/** Stores a message (ids increase) and records that it happened. */
export const addMessage = (state: PortalState, spec: NewMessage): MessageRecord => {
  const params = spec.params ?? {};
  const message: MessageRecord = {
    id: state.ids.next('message'),
    chatId: spec.chat.id,
    authorId: spec.authorId,
    date: now(),
    text: spec.text,
    isSystem: spec.isSystem ?? false,
    params,
    forward: spec.forward ?? null,
    reactions: new Map(),
    deleted: false,
    size: messageSize(spec.text, params),
  };
  addMessageRecord(state, spec.chat, message);
  // The author has read what it wrote.
  spec.chat.lastRead.set(spec.authorId, message.id);
  const bot = state.bots.get(spec.authorId);
  if (bot) bot.countMessage++;
  happened(state, { type: 'messageAdded', chatId: message.chatId, messageId: message.id, authorId: message.authorId });
  return message;
};

const hasContent = (text: string | undefined, attach: unknown): boolean =>
  (text !== undefined && text.trim() !== '') ||
  (Array.isArray(attach) ? attach.length > 0 : attach !== undefined && attach !== null && Object.keys(attach).length > 0);

/** What a message carries besides its text, as the Message entity's params. */
const extras = (fields: { attach?: unknown; keyboard?: unknown; replyId?: number; urlPreview?: unknown }) => ({
  ...(fields.attach === undefined ? {} : { ATTACH: fields.attach }),
  ...(fields.keyboard === undefined ? {} : { KEYBOARD: fields.keyboard }),
  ...(fields.replyId === undefined ? {} : { REPLY_ID: fields.replyId }),
  ...(fields.urlPreview === false || fields.urlPreview === 'N' ? { URL_PREVIEW: 'N' } : {}),
});

/** A message the bot may see: it exists and the bot is in its chat. */
const visibleMessage = (state: PortalState, bot: BotRecord, messageId: number): MessageRecord | undefined => {
  const message = state.messages.get(messageId);
  return message && state.chats.get(message.chatId)?.members.has(bot.id) ? message : undefined;
};

export const messageSend =
  (state: PortalState): Handler<'imbotV2ChatMessageSend'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const fields = params.fields ?? { system: false, urlPreview: true };
    const forwards = Object.entries(fields.forwardIds ?? {}).flatMap(([uuid, id]) => {
      const original = visibleMessage(state, bot, id);
      return original ? [[uuid, original] as const] : [];
    });
    if (!hasContent(fields.message, fields.attach) && forwards.length === 0) {
      throw new Bitrix24Error('EMPTY_MESSAGE', 'The message has no text and no attachment');
    }
    const chat = requireMember(state, bot, params.dialogId);
    const uuidMap: Record<string, number> = {};
    for (const [uuid, original] of forwards) {
      const copy = addMessage(state, {
        chat,
        authorId: bot.id,
        text: original.text,
        params: original.params,
        forward: { id: original.id, userId: original.authorId, chatId: original.chatId, date: original.date },
      });
      uuidMap[uuid] = copy.id;
    }
    const message = hasContent(fields.message, fields.attach)
      ? addMessage(state, {
          chat,
          authorId: bot.id,
          text: fields.message ?? '',
          isSystem: fields.system ?? false,
          params: extras(fields),
        })
      : state.messages.get(Object.values(uuidMap).at(-1)!)!;
    return { id: message.id, uuidMap };
  };

/** The bot's own message, in a chat it is still in: else 403 ACCESS_DENIED (the pages have no MESSAGE_NOT_FOUND here). */
const ownMessage = (state: PortalState, bot: BotRecord, messageId: number): MessageRecord => {
  const message = visibleMessage(state, bot, messageId);
  if (!message || message.deleted || message.authorId !== bot.id) {
    throw new Bitrix24Error('ACCESS_DENIED', `Message ${messageId} is not a message of this bot`);
  }
  return message;
};

export const messageUpdate =
  (state: PortalState): Handler<'imbotV2ChatMessageUpdate'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = ownMessage(state, bot, params.messageId);
    const { fields } = params;
    if (fields.message !== undefined) message.text = fields.message;
    const next: Record<string, unknown> = { ...message.params, ...extras({ ...fields, keyboard: undefined }) };
    if (fields.keyboard === 'N') delete next['KEYBOARD'];
    else if (fields.keyboard !== undefined) next['KEYBOARD'] = fields.keyboard;
    if (fields.urlPreview === true || fields.urlPreview === 'Y') delete next['URL_PREVIEW'];
    message.params = next;
    resizeMessage(state, message);
    happened(state, { type: 'messageUpdated', chatId: message.chatId, messageId: message.id, byId: bot.id });
    return { result: true };
  };

export const messageDelete =
  (state: PortalState): Handler<'imbotV2ChatMessageDelete'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = visibleMessage(state, bot, params.messageId);
    const chat = message && state.chats.get(message.chatId);
    if (!message || !chat || message.deleted || (message.authorId !== bot.id && !canManage(chat, bot.id))) {
      throw new Bitrix24Error('ACCESS_DENIED', `Message ${params.messageId} may not be deleted by this bot`);
    }
    const complete = params.complete ?? false;
    // Recorded first, so that those told about it still see the message.
    happened(state, { type: 'messageDeleted', chatId: chat.id, messageId: message.id, byId: bot.id, complete });
    if (complete) {
      dropMessage(state, message.id);
    } else {
      message.deleted = true;
      message.text = '';
      message.params = {};
      resizeMessage(state, message);
    }
    return { result: true };
  };

export const messageRead =
  (state: PortalState): Handler<'imbotV2ChatMessageRead'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    // Access first (ACCESS_DENIED), then the message; a personal dialog not made yet has none.
    const existing = findDialog(state, bot.id, params.dialogId);
    const personal = !params.dialogId.startsWith('chat') && Number(params.dialogId) !== bot.id && isUser(state, Number(params.dialogId));
    if (existing ? !existing.members.has(bot.id) : !personal) {
      throw new Bitrix24Error('ACCESS_DENIED', `The bot is not a member of ${params.dialogId}`);
    }
    if (params.messageId !== undefined && state.messages.get(params.messageId)?.chatId !== (existing?.id ?? -1)) {
      throw new Bitrix24Error('MESSAGE_NOT_FOUND', `Message ${params.messageId} is not in ${params.dialogId}`);
    }
    const chat = requireMember(state, bot, params.dialogId);
    const inChat = [...chat.messageIds];
    const before = chat.lastRead.get(bot.id) ?? 0;
    const upTo = Math.max(before, params.messageId ?? inChat.at(-1) ?? 0);
    chat.lastRead.set(bot.id, upTo);
    const viewedMessages = inChat.filter((id) => id > before && id <= upTo);
    return {
      chatId: chat.id,
      lastId: upTo,
      counter: inChat.filter((id) => id > upTo).length,
      viewedMessages,
    };
  };

/** Message.get and getContext are for supervisor and personal bots only. */
const requireReader = (bot: BotRecord): void => {
  if (bot.type !== 'supervisor' && bot.type !== 'personal') {
    throw new Bitrix24Error('BOT_TYPE_NOT_ALLOWED', 'Only supervisor and personal bots may read messages');
  }
};

export const messageGet =
  (state: PortalState): Handler<'imbotV2ChatMessageGet'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    requireReader(bot);
    const message = visibleMessage(state, bot, params.messageId);
    // The page names no code for a missing message; the contract's ACCESS_DENIED covers it.
    if (!message) throw new Bitrix24Error('ACCESS_DENIED', `Message ${params.messageId} is not visible to this bot`);
    return { message: messageView(state, message, bot.id), user: userView(state, message.authorId || bot.id) };
  };

export const messageGetContext =
  (state: PortalState): Handler<'imbotV2ChatMessageGetContext'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    requireReader(bot);
    const message = state.messages.get(params.messageId);
    if (!message) throw new Bitrix24Error('MESSAGE_NOT_FOUND', `Message ${params.messageId} not found`);
    if (!state.chats.get(message.chatId)?.members.has(bot.id)) {
      throw new Bitrix24Error('MESSAGE_ACCESS_DENIED', 'The bot is not in the chat of this message');
    }
    const range = params.range ?? 50;
    const inChat = [...state.chats.get(message.chatId)!.messageIds].map((id) => state.messages.get(id)!);
    const at = inChat.findIndex((other) => other.id === message.id);
    const start = Math.max(0, at - range);
    const end = Math.min(inChat.length, at + range + 1);
    const messages = inChat.slice(start, end);
    const authors = [...new Set(messages.map((other) => other.authorId).filter((id) => id > 0))];
    return {
      messages: messages.map((other) => messageView(state, other, bot.id)),
      users: authors.map((id) => userView(state, id)),
      hasPrevPage: start > 0,
      hasNextPage: end < inChat.length,
    };
  };

const reactionTarget = (state: PortalState, bot: BotRecord, messageId: number, reaction: string): MessageRecord => {
  const message = visibleMessage(state, bot, messageId);
  if (!message || message.deleted) throw new Bitrix24Error('ACCESS_DENIED', `The bot is not in the chat of message ${messageId}`);
  if (!KNOWN_REACTIONS.has(reaction)) throw new Bitrix24Error('REACTION_NOT_FOUND', `Unknown reaction ${reaction}`);
  return message;
};

export const reactionAdd =
  (state: PortalState): Handler<'imbotV2ChatMessageReactionAdd'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = reactionTarget(state, bot, params.messageId, params.reaction);
    const users = message.reactions.get(params.reaction) ?? new Set<number>();
    if (users.has(bot.id)) throw new Bitrix24Error('REACTION_ALREADY_SET', 'The bot already set this reaction');
    users.add(bot.id);
    message.reactions.set(params.reaction, users);
    happened(state, { type: 'reactionChanged', chatId: message.chatId, messageId: message.id, userId: bot.id, reaction: params.reaction, action: 'add' });
    return { result: true };
  };

export const reactionDelete =
  (state: PortalState): Handler<'imbotV2ChatMessageReactionDelete'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = reactionTarget(state, bot, params.messageId, params.reaction);
    // The page names no code for a reaction the bot has not set: taking it off again is true.
    if (message.reactions.get(params.reaction)?.delete(bot.id)) {
      happened(state, { type: 'reactionChanged', chatId: message.chatId, messageId: message.id, userId: bot.id, reaction: params.reaction, action: 'delete' });
    }
    return { result: true };
  };

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
 * The dialog a user acts in, which the user must be a member of. A user's first word in a bot's
 * personal dialog makes the dialog, and the bot has joined it (ONIMBOTV2JOINCHAT).
 */
const userDialog = (state: PortalState, userId: number, dialogId: string, what: string): ChatRecord => {
  if (!/^(chat[1-9]\d*|[1-9]\d*)$/.test(dialogId)) throw new TypeError(`${what}: bad dialogId ${dialogId}`);
  const existed = findDialog(state, userId, dialogId) !== undefined;
  const chat = findDialog(state, userId, dialogId, true);
  if (!chat || !chat.members.has(userId)) {
    throw new TypeError(`${what}: user ${userId} is not in dialog ${dialogId}`);
  }
  if (!existed && chat.type === 'private' && state.bots.has(Number(dialogId))) {
    happened(state, { type: 'botJoined', botId: Number(dialogId), chatId: chat.id, byId: userId });
  }
  return chat;
};

/** A message a user may act on: it exists, is not deleted, and the user is in its chat. */
const userMessage = (state: PortalState, userId: number, messageId: number, what: string): MessageRecord => {
  requireUser(state, userId, what);
  const message = state.messages.get(messageId);
  if (!message || message.deleted || !state.chats.get(message.chatId)?.members.has(userId)) {
    throw new TypeError(`${what}: user ${userId} cannot see message ${messageId}`);
  }
  return message;
};

const checkText = (text: string, what: string): void => {
  if (text.trim() === '' || text.length > 20_000) throw new TypeError(`${what}: the text must have 1 to 20,000 characters`);
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
  const typed = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(input.text.trim());
  if (typed) {
    for (const command of state.commands.values()) {
      if (command.command !== typed[1] || !(command.common || chat.members.has(command.botId))) continue;
      happened(state, {
        type: 'commandTyped',
        botId: command.botId,
        commandId: command.id,
        chatId: chat.id,
        messageId: message.id,
        userId: input.userId,
        params: typed[2] ?? '',
      });
    }
  }
  return message;
};

/** A user edits their own message (ONIMBOTV2MESSAGEUPDATE). Throws a TypeError otherwise. */
export const userEdits = (state: PortalState, input: { readonly userId: number; readonly messageId: number; readonly text: string }): void => {
  const message = userMessage(state, input.userId, input.messageId, 'userEdits');
  if (message.authorId !== input.userId) throw new TypeError(`userEdits: message ${input.messageId} is not by user ${input.userId}`);
  checkText(input.text, 'userEdits');
  message.text = input.text;
  resizeMessage(state, message);
  happened(state, { type: 'messageUpdated', chatId: message.chatId, messageId: message.id, byId: input.userId });
};

/** A user deletes their own message, leaving it emptied (ONIMBOTV2MESSAGEDELETE). Throws a TypeError otherwise. */
export const userDeletes = (state: PortalState, input: { readonly userId: number; readonly messageId: number }): void => {
  const message = userMessage(state, input.userId, input.messageId, 'userDeletes');
  if (message.authorId !== input.userId) throw new TypeError(`userDeletes: message ${input.messageId} is not by user ${input.userId}`);
  happened(state, { type: 'messageDeleted', chatId: message.chatId, messageId: message.id, byId: input.userId, complete: false });
  message.deleted = true;
  message.text = '';
  message.params = {};
  resizeMessage(state, message);
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
  const action = input.action ?? 'add';
  const users = message.reactions.get(input.reaction) ?? new Set<number>();
  if (action === 'add' ? users.has(input.userId) : !users.has(input.userId)) return;
  if (action === 'add') users.add(input.userId);
  else users.delete(input.userId);
  message.reactions.set(input.reaction, users);
  happened(state, { type: 'reactionChanged', chatId: message.chatId, messageId: message.id, userId: input.userId, reaction: input.reaction, action });
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
  happened(state, { type: 'contextOpened', botId: input.botId, chatId: chat.id, userId: input.userId, context: { ...input.context } });
  return chat.id;
};

/** The size past which im.message.add refuses an ATTACH, KEYBOARD or MENU (30 KB). */
const OVERSIZE = 30 * 1024;

/**
 * im.message.add: the calling user writes (the webhook's user; an OAuth or open call is user 1).
 * A dialog the user is not in, or the user's own id, is 403 ACCESS_ERROR; a blank text
 * MESSAGE_EMPTY. SYSTEM, URL_PREVIEW, ATTACH, KEYBOARD and MENU are kept in the message's params.
 */
export const imMessageAdd =
  (state: PortalState): Handler<'imMessageAdd'> =>
  (params, context) => {
    const userId = context.auth.type === 'webhook' ? context.auth.userId : 1;
    if (params.MESSAGE.trim() === '') throw new Bitrix24Error('MESSAGE_EMPTY', 'Message text is not provided');
    if (!isUser(state, userId) || state.bots.has(userId)) throw new Bitrix24Error('ACCESS_ERROR', 'A bot cannot write as a user');
    const existing = findDialog(state, userId, params.DIALOG_ID);
    const personal = !params.DIALOG_ID.startsWith('chat') && Number(params.DIALOG_ID) !== userId && isUser(state, Number(params.DIALOG_ID));
    if (existing ? !existing.members.has(userId) : !personal) {
      throw new Bitrix24Error('ACCESS_ERROR', 'Insufficient permissions to send a message');
    }
    // The page's limit on each of them: 30 KB (as JSON here).
    for (const [name, value, code] of [
      ['ATTACH', params.ATTACH, 'ATTACH_OVERSIZE'],
      ['KEYBOARD', params.KEYBOARD, 'KEYBOARD_OVERSIZE'],
      ['MENU', params.MENU, 'MENU_OVERSIZE'],
    ] as const) {
      if (value !== undefined && Buffer.byteLength(JSON.stringify(value) ?? '') > OVERSIZE) {
        throw new Bitrix24Error(code, `${name} is larger than 30 KB`);
      }
    }
    const extra = {
      ...(params.ATTACH === undefined ? {} : { ATTACH: params.ATTACH }),
      ...(params.KEYBOARD === undefined ? {} : { KEYBOARD: params.KEYBOARD }),
      ...(params.MENU === undefined ? {} : { MENU: params.MENU }),
      ...(params.URL_PREVIEW === 'N' ? { URL_PREVIEW: 'N' } : {}),
    };
    return userSends(state, { userId, dialogId: params.DIALOG_ID, text: params.MESSAGE, isSystem: params.SYSTEM === 'Y', params: extra }).id;
  };

export const messageBehaviours = {
  imbotV2ChatMessageSend: messageSend,
  imbotV2ChatMessageUpdate: messageUpdate,
  imbotV2ChatMessageDelete: messageDelete,
  imbotV2ChatMessageRead: messageRead,
  imbotV2ChatMessageGet: messageGet,
  imbotV2ChatMessageGetContext: messageGetContext,
  imbotV2ChatMessageReactionAdd: reactionAdd,
  imbotV2ChatMessageReactionDelete: reactionDelete,
  // The user side of a chat: how a person's message reaches a bot.
  imMessageAdd,
} satisfies Behaviours;

// imbot.v2.Chat.Message.*: send, update, delete, read, get, getContext, reactions; and how a
// message enters a chat, for bots and for users speaking to them (MockPortal.userSends).
import { Bitrix24Error } from '../errors.js';
import type { components } from '../gen/schema.gen.js';
import type { Handler } from '../types.js';
import { canManage, findDialog, requireBot, requireMember } from './access.js';
import { type BotRecord, type ChatRecord, type MessageRecord, type PlatformState, happened, isUser, now } from './state.js';
import { messageView, userView } from './views.js';

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
export const addMessage = (state: PlatformState, spec: NewMessage): MessageRecord => {
  const message: MessageRecord = {
    id: state.next.message++,
    chatId: spec.chat.id,
    authorId: spec.authorId,
    date: now(),
    text: spec.text,
    isSystem: spec.isSystem ?? false,
    params: spec.params ?? {},
    forward: spec.forward ?? null,
    reactions: new Map(),
    deleted: false,
  };
  state.messages.set(message.id, message);
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
const visibleMessage = (state: PlatformState, bot: BotRecord, messageId: number): MessageRecord | undefined => {
  const message = state.messages.get(messageId);
  return message && state.chats.get(message.chatId)?.members.has(bot.id) ? message : undefined;
};

export const messageSend =
  (state: PlatformState): Handler<'imbotV2ChatMessageSend'> =>
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
const ownMessage = (state: PlatformState, bot: BotRecord, messageId: number): MessageRecord => {
  const message = visibleMessage(state, bot, messageId);
  if (!message || message.deleted || message.authorId !== bot.id) {
    throw new Bitrix24Error('ACCESS_DENIED', `Message ${messageId} is not a message of this bot`);
  }
  return message;
};

export const messageUpdate =
  (state: PlatformState): Handler<'imbotV2ChatMessageUpdate'> =>
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
    happened(state, { type: 'messageUpdated', chatId: message.chatId, messageId: message.id, byId: bot.id });
    return { result: true };
  };

export const messageDelete =
  (state: PlatformState): Handler<'imbotV2ChatMessageDelete'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = visibleMessage(state, bot, params.messageId);
    const chat = message && state.chats.get(message.chatId);
    if (!message || !chat || message.deleted || (message.authorId !== bot.id && !canManage(chat, bot.id))) {
      throw new Bitrix24Error('ACCESS_DENIED', `Message ${params.messageId} may not be deleted by this bot`);
    }
    const complete = params.complete ?? false;
    if (complete) {
      state.messages.delete(message.id);
    } else {
      message.deleted = true;
      message.text = '';
      message.params = {};
    }
    happened(state, { type: 'messageDeleted', chatId: chat.id, messageId: message.id, byId: bot.id, complete });
    return { result: true };
  };

export const messageRead =
  (state: PlatformState): Handler<'imbotV2ChatMessageRead'> =>
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
    const inChat = [...state.messages.values()].filter((message) => message.chatId === chat.id);
    const before = chat.lastRead.get(bot.id) ?? 0;
    const upTo = Math.max(before, params.messageId ?? inChat.at(-1)?.id ?? 0);
    chat.lastRead.set(bot.id, upTo);
    const viewedMessages = inChat.filter((message) => message.id > before && message.id <= upTo).map((message) => message.id);
    return {
      chatId: chat.id,
      lastId: upTo,
      counter: inChat.filter((message) => message.id > upTo).length,
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
  (state: PlatformState): Handler<'imbotV2ChatMessageGet'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    requireReader(bot);
    const message = visibleMessage(state, bot, params.messageId);
    // The page names no code for a missing message; the contract's ACCESS_DENIED covers it.
    if (!message) throw new Bitrix24Error('ACCESS_DENIED', `Message ${params.messageId} is not visible to this bot`);
    return { message: messageView(state, message, bot.id), user: userView(state, message.authorId || bot.id) };
  };

export const messageGetContext =
  (state: PlatformState): Handler<'imbotV2ChatMessageGetContext'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    requireReader(bot);
    const message = state.messages.get(params.messageId);
    if (!message) throw new Bitrix24Error('MESSAGE_NOT_FOUND', `Message ${params.messageId} not found`);
    if (!state.chats.get(message.chatId)?.members.has(bot.id)) {
      throw new Bitrix24Error('MESSAGE_ACCESS_DENIED', 'The bot is not in the chat of this message');
    }
    const range = params.range ?? 50;
    const inChat = [...state.messages.values()].filter((other) => other.chatId === message.chatId);
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

const reactionTarget = (state: PlatformState, bot: BotRecord, messageId: number, reaction: string): MessageRecord => {
  const message = visibleMessage(state, bot, messageId);
  if (!message || message.deleted) throw new Bitrix24Error('ACCESS_DENIED', `The bot is not in the chat of message ${messageId}`);
  if (!KNOWN_REACTIONS.has(reaction)) throw new Bitrix24Error('REACTION_NOT_FOUND', `Unknown reaction ${reaction}`);
  return message;
};

export const reactionAdd =
  (state: PlatformState): Handler<'imbotV2ChatMessageReactionAdd'> =>
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
  (state: PlatformState): Handler<'imbotV2ChatMessageReactionDelete'> =>
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
  /** Who writes: a portal user (any id that is not an unregistered bot). */
  readonly userId: number;
  /** Where, as the user sees it: `chat<id>` for a group chat, the bot's id for its personal dialog. */
  readonly dialogId: string;
  readonly text: string;
}

/**
 * A user writes to a dialog (for tests and, later, events): the message is stored as any other,
 * and a text starting with a bot's command (`/help topic`) is recorded as that command typed,
 * once per bot in the chat with that command (or with it `common`). Throws a TypeError for a
 * dialog the user is not in, an empty text or one over 20,000 characters.
 */
export const userSends = (state: PlatformState, input: UserMessage): MessageRecord => {
  if (!Number.isInteger(input.userId) || input.userId < 1 || state.bots.has(input.userId) || state.goneBots.has(input.userId)) {
    throw new TypeError(`userSends: ${input.userId} is not a user id`);
  }
  if (input.text.trim() === '' || input.text.length > 20_000) {
    throw new TypeError('userSends: the text must have 1 to 20,000 characters');
  }
  if (!/^(chat[1-9]\d*|[1-9]\d*)$/.test(input.dialogId)) throw new TypeError(`userSends: bad dialogId ${input.dialogId}`);
  const chat = findDialog(state, input.userId, input.dialogId, true);
  if (!chat || !chat.members.has(input.userId)) {
    throw new TypeError(`userSends: user ${input.userId} is not in dialog ${input.dialogId}`);
  }
  const message = addMessage(state, { chat, authorId: input.userId, text: input.text });
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

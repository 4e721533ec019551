// imbot.v2.Chat.Message.*: send, update, delete, read, get, getContext, reactions; and how a
// message enters a chat, is deleted or gets a reaction, for bots and users alike (users.ts has
// the user's side).
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
export const KNOWN_REACTIONS: ReadonlySet<string> = new Set(
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

/**
 * Deletes a message as `byId` (a bot, or a user): recorded first, so that those told about it
 * still see it; then dropped (`complete`) or left emptied, marked IS_DELETED.
 */
export const deleteMessage = (state: PortalState, message: MessageRecord, byId: number, complete = false): void => {
  happened(state, { type: 'messageDeleted', chatId: message.chatId, messageId: message.id, byId, complete });
  if (complete) {
    dropMessage(state, message.id);
    return;
  }
  message.deleted = true;
  message.text = '';
  message.params = {};
  resizeMessage(state, message);
};

/** Sets (`add`) or takes off (`delete`) a user's (or bot's) reaction; false when it was so already (nothing happens). */
export const setReaction = (
  state: PortalState,
  message: MessageRecord,
  userId: number,
  reaction: string,
  action: 'add' | 'delete',
): boolean => {
  const users = message.reactions.get(reaction) ?? new Set<number>();
  if (action === 'add' ? users.has(userId) : !users.has(userId)) return false;
  if (action === 'add') users.add(userId);
  else users.delete(userId);
  message.reactions.set(reaction, users);
  happened(state, { type: 'reactionChanged', chatId: message.chatId, messageId: message.id, userId, reaction, action });
  return true;
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
    deleteMessage(state, message, bot.id, params.complete ?? false);
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
    if (!setReaction(state, message, bot.id, params.reaction, 'add')) {
      throw new Bitrix24Error('REACTION_ALREADY_SET', 'The bot already set this reaction');
    }
    return { result: true };
  };

export const reactionDelete =
  (state: PortalState): Handler<'imbotV2ChatMessageReactionDelete'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const message = reactionTarget(state, bot, params.messageId, params.reaction);
    // The page names no code for a reaction the bot has not set: taking it off again is true.
    setReaction(state, message, bot.id, params.reaction, 'delete');
    return { result: true };
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
} satisfies Behaviours;

// imbot.v2.Chat.* (chats, members, managers, owner, leave), the two UI actions
// (InputAction.notify, TextField.enabled), and the v1 imbot.chat.add writing into the same
// chat table.
import { Bitrix24Error } from '../errors.js';
import type { Handler, HandlerContext, ParamsOf } from '../types.js';
import { canManage, requireBot, requireMember, requireOwner } from './access.js';
import { addMessage } from './messages.js';
import {
  type BotRecord,
  type ChatColor,
  type ChatRecord,
  type PortalState,
  type StoredAvatar,
  type V1ChatParams,
  type V1StoredChat,
  addChat,
  appOf,
  happened,
  isUser,
  now,
  sha256,
} from './state.js';
import type { Behaviours } from './table.js';
import { COLORS, chatView, colorFromV1, userView } from './views.js';

const digest = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  return { size: bytes.length, sha256: sha256(bytes) };
};

const colorFor = (id: number, color: ChatColor | undefined): ChatColor => color ?? COLORS[id % COLORS.length]!;

/**
 * Adds members, `byId` adding them: each one joining is something that happened (a bot's
 * ONIMBOTV2JOINCHAT; ONIMV2JOINCHAT for the chat's subscribed users). Members already in the
 * chat and unregistered bots are left out.
 */
export const join = (state: PortalState, chat: ChatRecord, userIds: readonly number[], byId: number): void => {
  for (const userId of userIds) {
    if (chat.members.has(userId) || !isUser(state, userId)) continue;
    chat.members.add(userId);
    if (state.bots.has(userId)) happened(state, { type: 'botJoined', botId: userId, chatId: chat.id, byId });
    else happened(state, { type: 'userJoined', userId, chatId: chat.id, byId });
  }
};

/** The title a portal makes up for a chat given none: its people's names. */
export const madeUpTitle = (state: PortalState, userIds: readonly number[]): string =>
  userIds.length === 0 ? 'Chat' : userIds.slice(0, 3).map((id) => userView(state, id).name).join(', ') + (userIds.length > 3 ? ', ...' : '');

export interface NewChat {
  readonly type: 'chat' | 'open';
  readonly title?: string;
  readonly description?: string;
  readonly color?: ChatColor;
  readonly avatar?: string;
  readonly userIds: readonly number[];
  readonly ownerId?: number;
  readonly entityType?: string;
  readonly entityId?: string;
  readonly message?: string;
  readonly madeBy: ChatRecord['madeBy'];
  readonly v1?: V1ChatParams;
}

/**
 * A group chat made by `creatorId` (a bot, or a user through im.chat.add; none for imbot.chat.add
 * without a bot): the creator joins and owns it unless ownerId, and writes its first message.
 */
export const createChat = (state: PortalState, id: number, creatorId: number | undefined, spec: NewChat): ChatRecord => {
  const ownerId = spec.ownerId ?? creatorId ?? spec.userIds[0] ?? 0;
  const chat: ChatRecord = {
    id,
    type: spec.type,
    title: spec.title !== undefined && spec.title !== '' ? spec.title : madeUpTitle(state, spec.userIds),
    description: spec.description ?? '',
    color: colorFor(id, spec.color),
    avatar: spec.avatar === undefined ? undefined : digest(spec.avatar),
    ownerId,
    members: new Set(),
    managers: new Set(),
    entityType: spec.entityType ?? '',
    entityId: spec.entityId ?? '',
    textFieldEnabled: true,
    dateCreate: now(),
    lastRead: new Map(),
    madeBy: spec.madeBy,
    ...(spec.v1 === undefined ? {} : { v1: spec.v1 }),
    messageIds: new Set(),
  };
  addChat(state, chat);
  const byId = creatorId ?? ownerId;
  join(state, chat, [...(creatorId === undefined ? [] : [creatorId]), ...spec.userIds, ...(ownerId > 0 ? [ownerId] : [])], byId);
  if (creatorId !== undefined && spec.message !== undefined && spec.message !== '') {
    addMessage(state, { chat, authorId: creatorId, text: spec.message });
  }
  return chat;
};

export const chatAdd =
  (state: PortalState): Handler<'imbotV2ChatAdd'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const fields = params.fields ?? {};
    const chat = createChat(state, state.ids.next('chat'), bot.id, {
      type: 'chat',
      userIds: fields.userIds ?? [],
      madeBy: 'imbot.v2',
      ...(fields.title === undefined ? {} : { title: fields.title }),
      ...(fields.description === undefined ? {} : { description: fields.description }),
      ...(fields.color === undefined ? {} : { color: fields.color }),
      ...(fields.avatar === undefined ? {} : { avatar: fields.avatar }),
      ...(fields.ownerId === undefined ? {} : { ownerId: fields.ownerId }),
      ...(fields.message === undefined ? {} : { message: fields.message }),
    });
    return { chat: chatView(state, chat, bot.id, true), users: [...chat.members].map((id) => userView(state, id)) };
  };

/** imbot.chat.add's parameters as the portal keeps them: AVATAR as its SHA-256 and length. */
const v1Params = (params: ParamsOf<'imbotChatAdd'>): V1ChatParams => {
  const { AVATAR, ...rest } = params;
  return { ...rest, ...(AVATAR === undefined ? {} : { AVATAR: storedAvatar(AVATAR) }) };
};

/**
 * A chat a V1ChatStore kept from an earlier run, held again: its members and owner from the
 * parameters (BOT_ID's bot, if the portal still has it), with nothing happening (no events, no
 * first message).
 */
export const restoreV1Chat = (state: PortalState, stored: V1StoredChat & { readonly id: number; readonly createdAt?: string }): void => {
  const { id, params } = stored;
  if (state.chats.has(id)) return;
  state.ids.skip('chat', id);
  const bot = params.BOT_ID === undefined ? undefined : state.bots.get(params.BOT_ID);
  const ownerId = bot?.id ?? params.OWNER_ID ?? params.USERS[0] ?? 0;
  addChat(state, {
    id,
    type: params.TYPE === 'OPEN' ? 'open' : 'chat',
    title: stored.title,
    description: params.DESCRIPTION ?? '',
    color: colorFor(id, colorFromV1(params.COLOR)),
    avatar: params.AVATAR === undefined ? undefined : digest(params.AVATAR),
    ownerId,
    members: new Set([...(bot ? [bot.id] : []), ...params.USERS, ...(ownerId > 0 ? [ownerId] : [])]),
    managers: new Set(),
    entityType: params.ENTITY_TYPE ?? '',
    entityId: params.ENTITY_ID === undefined ? '' : String(params.ENTITY_ID),
    textFieldEnabled: true,
    dateCreate: stored.createdAt ?? now(),
    lastRead: new Map(),
    madeBy: 'imbot.chat.add',
    v1: v1Params(params),
    messageIds: new Set(),
  });
};

const storedAvatar = (avatar: string): StoredAvatar => ({
  sha256: sha256(avatar),
  length: avatar.length,
});

/**
 * imbot.chat.add (v1): checks BOT_ID before anything is stored. BOT_ID names a registered bot
 * (of the calling application: else APP_ID_ERROR), which joins and owns the chat; left out, the
 * application's first bot does, if it has one. An unknown BOT_ID is BOT_ID_ERROR once any bot is
 * registered; on a portal with no bots at all the chat is made without one. The chat keeps the
 * parameters as given (`MockPortal.chats`), AVATAR as its SHA-256 and length.
 */
export const v1ChatAdd =
  (state: PortalState): Handler<'imbotChatAdd'> =>
  async (params: ParamsOf<'imbotChatAdd'>, context: HandlerContext<'imbotChatAdd'>) => {
    const app = appOf(context.auth);
    let bot: BotRecord | undefined;
    if (params.BOT_ID !== undefined) {
      bot = state.bots.get(params.BOT_ID);
      if (!bot && state.bots.size > 0) throw new Bitrix24Error('BOT_ID_ERROR', `Bot ${params.BOT_ID} not found`);
      if (bot && bot.app !== app) throw new Bitrix24Error('APP_ID_ERROR', 'The bot belongs to another application');
    } else {
      bot = [...state.bots.values()].find((candidate) => candidate.app === app);
    }
    const title = params.TITLE !== undefined && params.TITLE !== '' ? params.TITLE : madeUpTitle(state, params.USERS);
    const id = state.v1Chats ? await state.v1Chats.add({ title, params }) : state.ids.next('chat');
    if (!Number.isSafeInteger(id) || id < 1 || state.chats.has(id)) {
      throw new Error(`The v1 chat store gave chat id ${String(id)}, which is not a new chat id`);
    }
    state.ids.skip('chat', id);
    createChat(state, id, bot?.id, {
      type: params.TYPE === 'OPEN' ? 'open' : 'chat',
      userIds: params.USERS,
      madeBy: 'imbot.chat.add',
      v1: v1Params(params),
      title,
      ...(params.DESCRIPTION === undefined ? {} : { description: params.DESCRIPTION }),
      ...(colorFromV1(params.COLOR) === undefined ? {} : { color: colorFromV1(params.COLOR)! }),
      ...(params.AVATAR === undefined ? {} : { avatar: params.AVATAR }),
      // v1 portals ignore OWNER_ID when a bot makes the chat: the bot owns it.
      ...(bot === undefined && params.OWNER_ID !== undefined ? { ownerId: params.OWNER_ID } : {}),
      ...(params.ENTITY_TYPE === undefined ? {} : { entityType: params.ENTITY_TYPE }),
      ...(params.ENTITY_ID === undefined ? {} : { entityId: String(params.ENTITY_ID) }),
      ...(params.MESSAGE === undefined ? {} : { message: params.MESSAGE }),
    });
    return id;
  };

export const chatGet =
  (state: PortalState): Handler<'imbotV2ChatGet'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    return { chat: chatView(state, requireMember(state, bot, params.dialogId), bot.id) };
  };

export const chatUpdate =
  (state: PortalState): Handler<'imbotV2ChatUpdate'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireMember(state, bot, params.dialogId);
    const { fields } = params;
    const avatar = fields.avatar === undefined ? chat.avatar : digest(fields.avatar);
    if (fields.title !== undefined) chat.title = fields.title;
    if (fields.description !== undefined) chat.description = fields.description;
    if (fields.color !== undefined) chat.color = fields.color;
    chat.avatar = avatar;
    return { result: true };
  };

export const chatLeave =
  (state: PortalState): Handler<'imbotV2ChatLeave'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireMember(state, bot, params.dialogId);
    if (chat.type === 'private') throw new Bitrix24Error('ACCESS_DENIED', 'A personal dialog cannot be left');
    chat.members.delete(bot.id);
    chat.managers.delete(bot.id);
    // The page is silent on who owns a chat its owner left: the longest-standing member does.
    if (chat.ownerId === bot.id) chat.ownerId = chat.members.values().next().value ?? 0;
    return { result: true };
  };

export const chatSetOwner =
  (state: PortalState): Handler<'imbotV2ChatSetOwner'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireOwner(state, bot, params.dialogId);
    if (!isUser(state, params.userId)) throw new Bitrix24Error('ACCESS_DENIED', `User ${params.userId} is unknown`);
    join(state, chat, [params.userId], bot.id);
    chat.ownerId = params.userId;
    return { result: true };
  };

export const chatUserAdd =
  (state: PortalState): Handler<'imbotV2ChatUserAdd'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireMember(state, bot, params.dialogId);
    if (chat.type === 'private') throw new Bitrix24Error('ACCESS_DENIED', 'Users cannot be added to a personal dialog');
    join(state, chat, params.userIds, bot.id);
    return { result: true };
  };

export const chatUserDelete =
  (state: PortalState): Handler<'imbotV2ChatUserDelete'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireMember(state, bot, params.dialogId);
    if (params.userId !== bot.id && !canManage(chat, bot.id)) {
      throw new Bitrix24Error('ACCESS_DENIED', 'Only the owner or a manager may remove users');
    }
    if (params.userId === chat.ownerId) throw new Bitrix24Error('ACCESS_DENIED', 'The owner cannot be removed');
    chat.members.delete(params.userId);
    chat.managers.delete(params.userId);
    return { result: true };
  };

type Direction = 'ASC' | 'DESC';

export const chatUserList =
  (state: PortalState): Handler<'imbotV2ChatUserList'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const chat = requireMember(state, bot, params.dialogId);
    const joined = [...chat.members];
    const lastSent = (userId: number): number => {
      let last = 0;
      for (const id of chat.messageIds) if (state.messages.get(id)?.authorId === userId) last = id;
      return last;
    };
    const order = params.order ?? {};
    const keys: [(userId: number) => number, Direction][] = [];
    if (order.id) keys.push([(userId) => joined.indexOf(userId), order.id]);
    if (order.userId) keys.push([(userId) => userId, order.userId]);
    if (order.lastSendMessageId) keys.push([lastSent, order.lastSendMessageId]);
    const sorted = joined.sort((a, b) => {
      for (const [key, direction] of keys) {
        const difference = key(a) - key(b);
        if (difference !== 0) return direction === 'ASC' ? difference : -difference;
      }
      return 0;
    });
    return sorted.slice(0, params.limit ?? 50).map((userId) => userView(state, userId));
  };

const manage = (state: PortalState, params: ParamsOf<'imbotV2ChatManagerAdd'>, context: HandlerContext, add: boolean) => {
  // Missing or empty userIds: EMPTY_USER_IDS from the contract (x-bitrix-empty-error) before this runs.
  const bot = requireBot(state, params, context);
  const chat = requireOwner(state, bot, params.dialogId);
  for (const userId of params.userIds) {
    if (add && chat.members.has(userId)) chat.managers.add(userId);
    if (!add) chat.managers.delete(userId);
  }
  return { result: true };
};

export const chatManagerAdd =
  (state: PortalState): Handler<'imbotV2ChatManagerAdd'> =>
  (params, context) =>
    manage(state, params, context, true);

export const chatManagerDelete =
  (state: PortalState): Handler<'imbotV2ChatManagerDelete'> =>
  (params, context) =>
    manage(state, params, context, false);

export const chatInputActionNotify =
  (state: PortalState): Handler<'imbotV2ChatInputActionNotify'> =>
  (params, context) => {
    requireMember(state, requireBot(state, params, context), params.dialogId);
    return { result: true };
  };

export const chatTextFieldEnabled =
  (state: PortalState): Handler<'imbotV2ChatTextFieldEnabled'> =>
  (params, context) => {
    const chat = requireMember(state, requireBot(state, params, context), params.dialogId);
    chat.textFieldEnabled = params.enabled ?? true;
    return { result: true };
  };

export const chatBehaviours = {
  imbotChatAdd: v1ChatAdd,
  imbotV2ChatAdd: chatAdd,
  imbotV2ChatGet: chatGet,
  imbotV2ChatUpdate: chatUpdate,
  imbotV2ChatLeave: chatLeave,
  imbotV2ChatSetOwner: chatSetOwner,
  imbotV2ChatUserAdd: chatUserAdd,
  imbotV2ChatUserDelete: chatUserDelete,
  imbotV2ChatUserList: chatUserList,
  imbotV2ChatManagerAdd: chatManagerAdd,
  imbotV2ChatManagerDelete: chatManagerDelete,
  imbotV2ChatInputActionNotify: chatInputActionNotify,
  imbotV2ChatTextFieldEnabled: chatTextFieldEnabled,
} satisfies Behaviours;

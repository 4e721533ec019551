// The platform's records as the contract's entities (Bot, User, Chat, Message, Command, File).
import {
  type BotEntity,
  type BotRecord,
  type ChatColor,
  type ChatEntity,
  type ChatRecord,
  type CommandEntity,
  type CommandRecord,
  type FileEntity,
  type FileRecord,
  type MessageEntity,
  type MessageRecord,
  type PortalState,
  type UserEntity,
} from './state.js';

/** Colour codes as the HEX colours answers carry (the mock's own palette). */
export const COLOR_HEX: Readonly<Record<ChatColor, string>> = {
  red: '#df532d',
  green: '#29ad49',
  mint: '#4ba984',
  lightBlue: '#4ba5c3',
  darkBlue: '#3e99ce',
  purple: '#8474c8',
  aqua: '#1eb4aa',
  pink: '#f76187',
  lime: '#58cc47',
  brown: '#ab7761',
  azure: '#29619b',
  khaki: '#728f7a',
  sand: '#ba9c7b',
  marengo: '#556574',
  gray: '#5a5a5a',
  graphite: '#333333',
};

export const COLORS = Object.keys(COLOR_HEX) as ChatColor[];

/** v1 colour codes (LIGHT_BLUE) as v2 codes (lightBlue). */
export const colorFromV1 = (code: string | undefined): ChatColor | undefined => {
  if (code === undefined) return undefined;
  const camel = code.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return (COLORS as string[]).includes(camel) ? (camel as ChatColor) : undefined;
};

/** A bot as everyone sees it, or with the owner-only fields for its own application. */
export const botView = (state: PortalState, bot: BotRecord, owner: boolean): BotEntity => {
  const view: BotEntity = {
    id: bot.id,
    code: bot.code,
    type: bot.type,
    isHidden: bot.isHidden,
    isSupportOpenline: bot.isSupportOpenline,
    isReactionsEnabled: bot.isReactionsEnabled,
    backgroundId: bot.backgroundId,
    language: 'en',
  };
  if (!owner) return view;
  let countCommand = 0;
  for (const command of state.commands.values()) if (command.botId === bot.id) countCommand++;
  let countChat = 0;
  const users = new Set<number>();
  for (const chat of state.chats.values()) {
    if (!chat.members.has(bot.id)) continue;
    countChat++;
    for (const member of chat.members) if (member !== bot.id && !state.bots.has(member)) users.add(member);
  }
  return {
    ...view,
    moduleId: 'rest',
    eventMode: bot.eventMode,
    countMessage: bot.countMessage,
    countCommand,
    countChat,
    countUser: users.size,
  };
};

const USER_DEFAULTS = {
  active: true,
  avatar: '',
  birthday: '',
  extranet: false,
  connector: false,
  status: 'online',
  idle: false,
  lastActivityDate: false,
  mobileLastDate: false,
  desktopLastDate: false,
  absent: false,
  phones: false,
  website: '',
} as const;

/** A user card: a bot's from its profile, anyone else's made up from the id ("User 7"). */
export const userView = (state: PortalState, id: number): UserEntity => {
  const bot = state.bots.get(id);
  if (bot) {
    return {
      id,
      ...USER_DEFAULTS,
      name: [bot.name, bot.lastName].filter(Boolean).join(' '),
      firstName: bot.name,
      lastName: bot.lastName,
      workPosition: bot.workPosition,
      color: COLOR_HEX[bot.color ?? COLORS[id % COLORS.length]!],
      gender: bot.gender ?? 'M',
      bot: true,
      externalAuthId: 'bot',
      departments: [],
      type: 'bot',
      email: '',
    };
  }
  return {
    id,
    ...USER_DEFAULTS,
    name: `User ${id}`,
    firstName: 'User',
    lastName: String(id),
    workPosition: '',
    color: COLOR_HEX[COLORS[id % COLORS.length]!],
    gender: 'M',
    bot: false,
    externalAuthId: 'default',
    departments: [1],
    type: 'employee',
    email: `user${id}@example.com`,
  };
};

export const dialogIdOf = (chat: ChatRecord, viewerId: number): string => {
  if (chat.type !== 'private') return `chat${chat.id}`;
  const other = [...chat.members].find((member) => member !== viewerId);
  return String(other ?? viewerId);
};

export const roleOf = (chat: ChatRecord, userId: number): NonNullable<ChatEntity['role']> =>
  chat.ownerId === userId
    ? 'owner'
    : chat.managers.has(userId)
      ? 'manager'
      : chat.members.has(userId)
        ? 'member'
        : 'none';

/**
 * A chat as the Chat entity's fields that events carry too (entities.md, Chat): no role or
 * muteList (they depend on who looks), none of the fields only method answers have.
 */
export const eventChatView = (chat: ChatRecord, viewerId: number, isNew = false) => ({
  id: chat.id,
  dialogId: dialogIdOf(chat, viewerId),
  name: chat.title,
  description: chat.description,
  type: chat.type,
  messageType: chat.type === 'open' ? 'O' : chat.type === 'private' ? 'P' : 'C',
  owner: chat.ownerId,
  color: COLOR_HEX[chat.color],
  avatar: '',
  extranet: false,
  containsCollaber: false,
  entityType: chat.entityType,
  entityId: chat.entityId,
  entityData1: '',
  entityData2: '',
  entityData3: '',
  entityLink: {},
  diskFolderId: chat.id,
  permissions: {},
  parentChatId: null,
  parentMessageId: null,
  isNew,
  textFieldEnabled: chat.textFieldEnabled ? ('Y' as const) : ('N' as const),
  backgroundId: null,
});

/** A chat as method answers give it: the event fields, the viewer's role and mute list, and the answer-only fields. */
export const chatView = (state: PortalState, chat: ChatRecord, viewerId: number, isNew = false): ChatEntity => {
  let lastMessageId: number | null = null;
  for (const id of chat.messageIds) lastMessageId = id;
  return {
    ...eventChatView(chat, viewerId, isNew),
    role: roleOf(chat, viewerId),
    muteList: [],
    dateCreate: chat.dateCreate,
    lastMessageId,
    lastMessageViews: '{}',
    lastId: chat.lastRead.get(viewerId) ?? null,
    managerList: [...chat.managers],
    markedId: null,
    messageCount: chat.messageIds.size,
    public: '',
    unreadId: null,
    userCounter: chat.members.size,
  };
};

export const messageView = (state: PortalState, message: MessageRecord, viewerId?: number): MessageEntity => {
  const chat = state.chats.get(message.chatId);
  const readBy = [...(chat?.lastRead ?? [])].filter(([userId, lastId]) => userId !== message.authorId && lastId >= message.id);
  const view: MessageEntity = {
    id: message.id,
    chatId: message.chatId,
    authorId: message.authorId,
    date: message.date,
    text: message.text,
    isSystem: message.isSystem,
    uuid: '',
    forward: message.forward,
    params: {
      ...message.params,
      ...(message.deleted ? { IS_DELETED: 'Y' } : {}),
      // The contract types params as an open object.
    } as MessageEntity['params'],
    viewedByOthers: readBy.some(([userId]) => userId !== viewerId),
  };
  if (viewerId === undefined) return view;
  const seen = (chat?.lastRead.get(viewerId) ?? 0) >= message.id || message.authorId === viewerId;
  return { ...view, unread: !seen, viewed: seen };
};

export const commandView = (state: PortalState, command: CommandRecord): CommandEntity => {
  const pick = (texts: Record<string, string>): string => texts['en'] ?? Object.values(texts)[0] ?? '';
  return {
    id: command.id,
    botId: command.botId,
    command: `/${command.command}`,
    common: command.common,
    hidden: command.hidden,
    extranetSupport: command.extranetSupport,
    title: pick(command.title),
    params: pick(command.params),
    category: state.bots.get(command.botId)?.name ?? '',
  };
};

const KIND_BY_EXTENSION: Readonly<Record<string, FileEntity['type']>> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  bmp: 'image',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  mp3: 'audio',
  ogg: 'audio',
  wav: 'audio',
  m4a: 'audio',
};

export const extensionOf = (name: string): string => {
  const at = name.lastIndexOf('.');
  return at <= 0 ? '' : name.slice(at + 1).toLowerCase();
};

export const fileView = (state: PortalState, file: FileRecord): FileEntity => {
  const extension = extensionOf(file.name);
  return {
    id: file.id,
    chatId: file.chatId,
    date: file.date,
    type: KIND_BY_EXTENSION[extension] ?? 'file',
    name: file.name,
    extension,
    size: file.size,
    image: false,
    authorId: file.authorId,
    authorName: userView(state, file.authorId).name ?? '',
    isTranscribable: false,
    isVideoNote: false,
    isVoiceNote: false,
  };
};

// imbot.v2.Bot.*: register, update, get, list, unregister.
import { safeEqual } from '../auth.js';
import { Bitrix24Error } from '../errors.js';
import type { Handler } from '../types.js';
import { requireBot } from './access.js';
import { type BotRecord, type Digest, type PortalState, appOf, happened, sha256 } from './state.js';
import { botView, userView } from './views.js';
import type { Behaviours } from './table.js';

const IMAGE_SIGNATURES: readonly [string, readonly number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['webp', [0x52, 0x49, 0x46, 0x46]],
  ['bmp', [0x42, 0x4d]],
];
const MAX_AVATAR_SIDE = 5000;

/**
 * A bot avatar, kept as its size and hash: it must be an image (BOT_AVATAR_INCORRECT_TYPE) of at
 * most 5000x5000 pixels (BOT_AVATAR_INCORRECT_SIZE; the size is read from PNG and GIF headers).
 */
const avatarDigest = (base64: string): Digest => {
  const bytes = Buffer.from(base64, 'base64');
  const kind = IMAGE_SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte))?.[0];
  if (kind === undefined) throw new Bitrix24Error('BOT_AVATAR_INCORRECT_TYPE', 'The avatar is not an image');
  const [width, height] =
    kind === 'png' && bytes.length >= 24
      ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
      : kind === 'gif' && bytes.length >= 10
        ? [bytes.readUInt16LE(6), bytes.readUInt16LE(8)]
        : [0, 0];
  if (width > MAX_AVATAR_SIDE || height > MAX_AVATAR_SIDE) {
    throw new Bitrix24Error('BOT_AVATAR_INCORRECT_SIZE', `The avatar is larger than ${MAX_AVATAR_SIDE}x${MAX_AVATAR_SIDE} pixels`);
  }
  return { size: bytes.length, sha256: sha256(bytes) };
};

const checkCallback = (url: string): void => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Bitrix24Error('BOT_INVALID_CALLBACK', 'webhookUrl is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Bitrix24Error('BOT_INVALID_CALLBACK', 'webhookUrl must be an http(s) URL');
  }
};

const answer = (state: PortalState, bot: BotRecord) => ({ bot: botView(state, bot, true), users: [userView(state, bot.id)] });

export const botRegister =
  (state: PortalState): Handler<'imbotV2BotRegister'> =>
  ({ fields }, context) => {
    const app = appOf(context.auth);
    if (context.auth.type === 'webhook' && (fields.botToken === undefined || fields.botToken === '')) {
      throw new Bitrix24Error('BOT_TOKEN_NOT_SPECIFIED', 'A webhook call must set fields.botToken');
    }
    const existing = [...state.bots.values()].find((bot) => bot.code === fields.code);
    if (existing) {
      if (existing.app !== app) throw new Bitrix24Error('BOT_CODE_ALREADY_TAKEN', 'Bot code is already taken');
      return answer(state, existing);
    }
    const eventMode = fields.eventMode ?? 'fetch';
    if (eventMode === 'webhook') {
      if (fields.webhookUrl === undefined || fields.webhookUrl === '') {
        throw new Bitrix24Error('BOT_WEBHOOK_URL_REQUIRED', 'webhookUrl is required when eventMode is webhook');
      }
      checkCallback(fields.webhookUrl);
    }
    const avatar = fields.properties.avatar === undefined ? undefined : avatarDigest(fields.properties.avatar);
    const owned = [...state.bots.values()].filter((bot) => bot.app === app).length;
    if (owned >= state.limits.botsPerApp) {
      throw new Bitrix24Error('BOT_LIMIT_EXCEEDED', `An application may have at most ${state.limits.botsPerApp} bots`);
    }
    const bot: BotRecord = {
      id: state.ids.next('bot'),
      code: fields.code,
      app,
      token: fields.botToken,
      type: fields.type ?? 'bot',
      eventMode,
      webhookUrl: fields.webhookUrl,
      isHidden: fields.isHidden ?? false,
      isReactionsEnabled: fields.isReactionsEnabled ?? true,
      isSupportOpenline: fields.isSupportOpenline ?? false,
      backgroundId: fields.backgroundId ?? null,
      name: fields.properties.name,
      lastName: fields.properties.lastName ?? '',
      workPosition: fields.properties.workPosition ?? '',
      color: fields.properties.color,
      gender: fields.properties.gender,
      avatar,
      countMessage: 0,
    };
    state.bots.set(bot.id, bot);
    return answer(state, bot);
  };

export const botUpdate =
  (state: PortalState): Handler<'imbotV2BotUpdate'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const { fields } = params;
    const eventMode = fields.eventMode ?? bot.eventMode;
    const webhookUrl = fields.webhookUrl ?? bot.webhookUrl;
    if (fields.webhookUrl !== undefined) checkCallback(fields.webhookUrl);
    if (eventMode === 'webhook' && (webhookUrl === undefined || webhookUrl === '')) {
      throw new Bitrix24Error('BOT_INVALID_CALLBACK', 'eventMode webhook needs a webhookUrl');
    }
    const avatar = fields.properties?.avatar === undefined ? bot.avatar : avatarDigest(fields.properties.avatar);
    const newToken = fields.botToken;
    if (newToken !== undefined) {
      const taken = [...state.bots.values()].some(
        (other) => other.id !== bot.id && other.token !== undefined && safeEqual(newToken, other.token),
      );
      if (taken) throw new Bitrix24Error('BOT_TOKEN_ROTATION_FAILED', 'The new token is taken');
    }
    // Every check passed: change the bot.
    if (newToken !== undefined) bot.token = newToken;
    bot.eventMode = eventMode;
    bot.webhookUrl = webhookUrl;
    bot.avatar = avatar;
    if (fields.isHidden !== undefined) bot.isHidden = fields.isHidden;
    if (fields.isReactionsEnabled !== undefined) bot.isReactionsEnabled = fields.isReactionsEnabled;
    if (fields.isSupportOpenline !== undefined) bot.isSupportOpenline = fields.isSupportOpenline;
    if (fields.backgroundId !== undefined) bot.backgroundId = fields.backgroundId;
    const properties = fields.properties ?? {};
    if (properties.name !== undefined) bot.name = properties.name;
    if (properties.lastName !== undefined) bot.lastName = properties.lastName;
    if (properties.workPosition !== undefined) bot.workPosition = properties.workPosition;
    if (properties.color !== undefined) bot.color = properties.color;
    if (properties.gender !== undefined) bot.gender = properties.gender;
    return answer(state, bot);
  };

export const botGet =
  (state: PortalState): Handler<'imbotV2BotGet'> =>
  (params, context) => {
    if (params.botId === undefined && (params.code === undefined || params.code === '')) {
      throw new Bitrix24Error('PARAMS_REQUIRED', 'botId or code is required');
    }
    const bot =
      params.botId !== undefined
        ? state.bots.get(params.botId)
        : [...state.bots.values()].find((candidate) => candidate.code === params.code);
    if (!bot) throw new Bitrix24Error('BOT_NOT_FOUND', 'Bot not found');
    // The owner view needs the owning application, and on a webhook call this bot's token.
    const owner =
      bot.app === appOf(context.auth) &&
      (params.botToken === undefined || (bot.token !== undefined && safeEqual(params.botToken, bot.token)));
    return { bot: botView(state, bot, owner), users: [userView(state, bot.id)] };
  };

export const botList =
  (state: PortalState): Handler<'imbotV2BotList'> =>
  (params, context) => {
    const app = appOf(context.auth);
    const mine = [...state.bots.values()].filter(
      (bot) => bot.app === app && (params.filter?.type === undefined || bot.type === params.filter.type),
    );
    const limit = params.limit ?? 50;
    const offset = params.offset ?? 0;
    const page = mine.slice(offset, offset + limit);
    return {
      bots: page.map((bot) => botView(state, bot, true)),
      users: page.map((bot) => userView(state, bot.id)),
      hasNextPage: offset + limit < mine.length,
    };
  };

/** Removes a bot: out of its chats (ownership passes on), its commands gone, BOT_NOT_FOUND after. */
export const removeBot = (state: PortalState, bot: BotRecord): void => {
  happened(state, { type: 'botDeleted', bot: { ...bot } });
  for (const chat of state.chats.values()) {
    if (!chat.members.has(bot.id)) continue;
    chat.members.delete(bot.id);
    chat.managers.delete(bot.id);
    if (chat.ownerId === bot.id) chat.ownerId = chat.members.values().next().value ?? 0;
  }
  for (const command of [...state.commands.values()]) if (command.botId === bot.id) state.commands.delete(command.id);
  state.bots.delete(bot.id);
  state.goneBots.add(bot.id);
};

export const botUnregister =
  (state: PortalState): Handler<'imbotV2BotUnregister'> =>
  (params, context) => {
    removeBot(state, requireBot(state, params, context));
    return { result: true };
  };

export const botBehaviours = {
  imbotV2BotRegister: botRegister,
  imbotV2BotUpdate: botUpdate,
  imbotV2BotGet: botGet,
  imbotV2BotList: botList,
  imbotV2BotUnregister: botUnregister,
} satisfies Behaviours;

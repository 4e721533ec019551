// What the pages of the methods added beside the bot platform say, written down by hand: the
// user's side (im.message.*, im.v2.*), im.v2.Chat.Bot.sendContext (named by a page, without one
// of its own) and batch. For each: the page, its parameters (type; true when required), the
// code a missing parameter gets where the page names one, its error codes with the statuses it
// gives, and what this contract adds, each with its reason. user-side.test.ts compares the
// contract with these; nothing here is read from the contract.
import type { CodeStatus } from './platform.fixture.js';

export interface Param {
  readonly type: 'string' | 'integer' | 'boolean' | 'object' | 'any';
  readonly required: boolean;
  /** The page's code for a missing or empty value (x-bitrix-empty-error). */
  readonly emptyError?: string;
}

export interface UserSidePage {
  readonly page: string;
  readonly tag: string;
  readonly params: Readonly<Record<string, Param>>;
  readonly codes: readonly string[];
  readonly statuses: readonly number[];
  readonly paired?: readonly CodeStatus[];
  /** Codes beyond the page, with the reason. */
  readonly additions?: readonly (readonly [code: string, status: number, reason: string])[];
  /** System errors this method answers although the others do not. */
  readonly ownSystemCodes?: readonly string[];
  /** What the answer's `result` is, as the page shows it. */
  readonly result: 'true' | 'object';
}

const messages = 'api-reference/chats/messages/';
const imV2 = 'api-reference/chat-bots/chat-bots-v2/im.v2/';
const messageId = { type: 'integer', required: true, emptyError: 'MESSAGE_ID_ERROR' } as const;

export const userSidePages: Readonly<Record<string, UserSidePage>> = {
  'im.message.update': {
    page: `${messages}im-message-update.md`,
    tag: 'im',
    params: {
      MESSAGE_ID: messageId,
      MESSAGE: { type: 'string', required: false },
      ATTACH: { type: 'any', required: false },
      KEYBOARD: { type: 'any', required: false },
      MENU: { type: 'any', required: false },
      URL_PREVIEW: { type: 'string', required: false },
      IS_EDITED: { type: 'string', required: false },
    },
    codes: [
      'MESSAGE_ID_ERROR', 'CANT_EDIT_MESSAGE', 'ATTACH_ERROR', 'ATTACH_OVERSIZE', 'KEYBOARD_ERROR',
      'KEYBOARD_OVERSIZE', 'menu_ERROR', 'MENU_OVERSIZE',
    ],
    statuses: [400, 403],
    additions: [['MENU_ERROR', 400, 'the page writes menu_ERROR; im-message-add.md writes MENU_ERROR for the same failure']],
    result: 'true',
  },
  'im.message.delete': {
    page: `${messages}im-message-delete.md`,
    tag: 'im',
    params: { MESSAGE_ID: messageId },
    codes: ['MESSAGE_ID_ERROR', 'CANT_EDIT_MESSAGE'],
    statuses: [400, 403],
    result: 'true',
  },
  'im.message.like': {
    page: `${messages}im-message-like.md`,
    tag: 'im',
    params: { MESSAGE_ID: messageId, ACTION: { type: 'string', required: false } },
    codes: ['MESSAGE_ID_ERROR', 'WITHOUT_CHANGES'],
    statuses: [400],
    result: 'true',
  },
  'im.message.command': {
    page: `${messages}im-message-command.md`,
    tag: 'im',
    params: {
      MESSAGE_ID: messageId,
      BOT_ID: { type: 'integer', required: true, emptyError: 'BOT_ID_ERROR' },
      COMMAND: { type: 'string', required: true, emptyError: 'COMMAND_ERROR' },
      COMMAND_PARAMS: { type: 'string', required: false },
    },
    codes: ['MESSAGE_ID_ERROR', 'BOT_ID_ERROR', 'COMMAND_ERROR', 'PARAMS_ERROR'],
    statuses: [400],
    result: 'true',
  },
  // "No parameters." and no errors of its own.
  'im.v2.Event.subscribe': { page: `${imV2}events/event-subscribe.md`, tag: 'im.v2', params: {}, codes: [], statuses: [], result: 'true' },
  'im.v2.Event.unsubscribe': { page: `${imV2}events/event-unsubscribe.md`, tag: 'im.v2', params: {}, codes: [], statuses: [], result: 'true' },
  // "The method does not generate specific errors."
  'im.v2.Event.get': {
    page: `${imV2}events/event-get.md`,
    tag: 'im.v2',
    params: { offset: { type: 'integer', required: false }, limit: { type: 'integer', required: false } },
    codes: [],
    statuses: [],
    result: 'object',
  },
  'im.v2.File.upload': {
    page: `${imV2}files/file-upload.md`,
    tag: 'im.v2',
    params: { dialogId: { type: 'string', required: true }, fields: { type: 'object', required: true } },
    codes: [
      'FILE_EMPTY', 'FILE_INVALID_CONTENT', 'CHAT_NOT_FOUND', 'FOLDER_ERROR', 'UPLOAD_FAILED', 'SEND_FAILED',
      'FILE_TOO_LARGE', 'ACCESS_DENIED',
    ],
    statuses: [400, 403],
    result: 'object',
  },
  'im.v2.File.download': {
    page: `${imV2}files/file-download.md`,
    tag: 'im.v2',
    params: { dialogId: { type: 'string', required: true }, fileId: { type: 'integer', required: true } },
    codes: ['FILE_NOT_FOUND', 'ACCESS_DENIED'],
    statuses: [400, 403],
    result: 'object',
  },
  // No page: bot-context.md names it and its two parameters; no codes, no statuses.
  'im.v2.Chat.Bot.sendContext': {
    page: 'api-reference/chat-bots/chat-bots-v2/imbot.v2/bot-context.md',
    tag: 'im.v2',
    params: { dialogId: { type: 'string', required: true }, context: { type: 'object', required: true } },
    codes: [],
    statuses: [],
    result: 'true',
  },
  batch: {
    page: 'settings/how-to-call-rest-api/batch.md',
    tag: 'batch',
    params: { halt: { type: 'boolean', required: false }, cmd: { type: 'any', required: true } },
    codes: [],
    statuses: [],
    // The page's table pairs them: 405 and 400 (both also in the system errors).
    paired: [
      ['ERROR_BATCH_METHOD_NOT_ALLOWED', 405],
      ['ERROR_BATCH_LENGTH_EXCEEDED', 400],
    ],
    ownSystemCodes: ['ERROR_BATCH_METHOD_NOT_ALLOWED', 'ERROR_BATCH_LENGTH_EXCEEDED'],
    result: 'object',
  },
};

/** The method whose page names it without being its own: im.v2.Chat.Bot.sendContext. */
export const undocumented = { method: 'im.v2.Chat.Bot.sendContext', namedBy: 'api-reference/chat-bots/chat-bots-v2/imbot.v2/bot-context.md' } as const;

/** settings/how-to-call-rest-api/batch.md: "A single batch contains no more than 50 subqueries." */
export const batchLimit = 50;

/** The five answer maps of batch.md's "Result object", each keyed by command. */
export const batchMaps = ['result', 'result_error', 'result_total', 'result_next', 'result_time'] as const;

/**
 * The five ONIMV2* events (api-reference/chat-bots/chat-bots-v2/im.v2/events/events.md): the
 * fields of each one's `data`, every one listed in the page's table.
 */
export const imV2Events: Readonly<Record<string, readonly string[]>> = {
  ONIMV2MESSAGEADD: ['message', 'chat', 'user', 'language'],
  ONIMV2MESSAGEUPDATE: ['message', 'chat', 'user', 'language'],
  ONIMV2MESSAGEDELETE: ['messageId', 'chat', 'user', 'language'],
  ONIMV2REACTIONCHANGE: ['reaction', 'action', 'message', 'chat', 'user', 'language'],
  ONIMV2JOINCHAT: ['dialogId', 'chat', 'user', 'language'],
};

/** im.v2/events/index.md: "Polling only. Webhook mode is not supported for user events". */
export const imV2EventsDelivery = 'fetch';

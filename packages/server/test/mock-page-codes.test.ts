// The pages' own error codes: which ones the mock answers, and which it cannot and why. The
// codes come from the contract (every code a method lists, less the ones every method of the
// contract shares: auth, unknown method, limits, failures). Each code of a stateful method is
// either produced below by a request, over real HTTP, and checked to come back with a status the
// contract gives it, or listed as out of the mock's reach with the reason. A code added to the
// contract for a stateful method fails this test until it is decided. Methods that answer only
// their example (the table says so) produce none of theirs.
import { describe, expect, it } from 'vitest';
import { createIds, portalTable } from '../src/mock/index.js';
import { model } from './contract.js';
import type { Answer } from './helpers.js';
import { HOOK, OTHER_HOOK, THIRD_HOOK, type World, call, example, portal, registerBot, startPortal, v2, world } from './mock-v2.js';

/**
 * The platform's codes, not a page's: auth, an unknown method, rate and run-time limits, failures
 * (the contract's shared 401/403/404/429/500/503 answers), and INVALID_FORMAT, this contract's
 * code for a value that breaks it (mock-v2-wire.test.ts holds every parameter of every method to
 * it). Named here rather than derived from which methods share them, so that a method added to
 * the contract with fewer answers does not turn them into page codes of every other method.
 */
const PLATFORM = [
  'NO_AUTH_FOUND', 'expired_token', 'invalid_token', 'INVALID_CREDENTIALS', 'insufficient_scope', 'ERROR_METHOD_NOT_FOUND',
  'QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT', 'INTERNAL_SERVER_ERROR', 'INVALID_FORMAT',
  // The system errors every method page includes (_includes/system-errors.md).
  'ERROR_MANIFEST_IS_NOT_AVAILABLE', 'ERROR_UNEXPECTED_ANSWER', 'PORTAL_DELETED', 'user_access_error',
];
const SHARED = new Set(PLATFORM);

// A behaviour of the table (batch has none: the runtime serves it, test/batch*.test.ts produce its codes).
const stateful = model.operations.filter((op) => typeof portalTable[op.operationId as keyof typeof portalTable] === 'function');

/** Every page code of every stateful method, as `method CODE`. */
const pageCodes = stateful.flatMap((op) => [...op.errors.keys()].filter((code) => !SHARED.has(code)).map((code) => `${op.method} ${code}`));

type Scenario = (w: World) => Promise<Answer>;

/** The example of a method with some parameters changed (undefined: left out), called through HOOK. */
const with_ = (method: string, changes: Record<string, unknown> = {}, base = HOOK): Scenario => (w) => {
  const params = { ...example(method, w), ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete params[name];
  return call(method, params, base);
};

/** The example's `fields` with some changed (undefined: left out). */
const withFields = (method: string, changes: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario => (w) => {
  const params = example(method, w);
  const fields = { ...(params['fields'] as object), ...changes } as Record<string, unknown>;
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete fields[name];
  return call(method, { ...params, fields, ...extra });
};

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');
/** The start of a PNG of 6000 x 6000 pixels (the page's limit is 5000 x 5000). */
const hugePng = (() => {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(6000, 16);
  header.writeUInt32BE(6000, 20);
  return header.toString('base64');
})();

/** Codes every bot-acting method answers the same way, built from the method's example. */
const botCodes = (method: string): Record<string, Scenario> => ({
  BOT_ID_REQUIRED: with_(method, { botId: undefined }),
  BOT_TOKEN_NOT_SPECIFIED: with_(method, { botToken: undefined }),
  // User 1 is a person, not a bot.
  BOT_NOT_FOUND: with_(method, { botId: 1 }),
  // Another application (another webhook) acting with this application's bot.
  BOT_OWNERSHIP_ERROR: (w) => call(method, example(method, w), OTHER_HOOK),
});

/** Produced by a request: `method CODE` -> the request. */
const produced: Record<string, Scenario> = {
  ...Object.fromEntries(
    stateful
      .filter((op) => op.method.startsWith('imbot.v2.') && op.params.some((param) => param.name === 'botId'))
      .flatMap((op) =>
        Object.entries(botCodes(op.method))
          .filter(([code]) => op.errors.has(code))
          .map(([code, scenario]) => [`${op.method} ${code}`, scenario]),
      ),
  ),

  'imbot.chat.add USERS_EMPTY': (w) => call('imbot.chat.add', { USERS: [], CLIENT_ID: 'app', BOT_ID: w.bot.botId }),
  'imbot.chat.add BOT_ID_ERROR': () => call('imbot.chat.add', { USERS: [1], CLIENT_ID: 'app', BOT_ID: 1 }),
  'imbot.chat.add APP_ID_ERROR': (w) => call('imbot.chat.add', { USERS: [1], CLIENT_ID: 'app', BOT_ID: w.bot.botId }, OTHER_HOOK),
  'imbot.chat.add ACCESS_DENIED': () => call('imbot.chat.add', { USERS: [1] }),

  'imbot.v2.Bot.register BOT_TOKEN_NOT_SPECIFIED': withFields('imbot.v2.Bot.register', { botToken: undefined }),
  'imbot.v2.Bot.register BOT_CODE_REQUIRED': withFields('imbot.v2.Bot.register', { code: undefined }),
  'imbot.v2.Bot.register BOT_PROPERTIES_REQUIRED': withFields('imbot.v2.Bot.register', { properties: {} }),
  'imbot.v2.Bot.register BOT_CODE_ALREADY_TAKEN': (w) =>
    call('imbot.v2.Bot.register', { fields: { code: portal().platform.bots.get(w.bot.botId)!.code, botToken: 'another', properties: { name: 'Mine' } } }, OTHER_HOOK),
  'imbot.v2.Bot.register BOT_INVALID_TYPE': withFields('imbot.v2.Bot.register', { type: 'robot' }),
  'imbot.v2.Bot.register BOT_INVALID_EVENT_MODE': withFields('imbot.v2.Bot.register', { eventMode: 'push' }),
  'imbot.v2.Bot.register BOT_WEBHOOK_URL_REQUIRED': withFields('imbot.v2.Bot.register', { eventMode: 'webhook' }),
  'imbot.v2.Bot.register BOT_INVALID_CALLBACK': withFields('imbot.v2.Bot.register', { eventMode: 'webhook', webhookUrl: 'not a url' }),
  'imbot.v2.Bot.register BOT_LIMIT_EXCEEDED': async (w) => {
    // This file's portal allows three bots per application; the world has two.
    await registerBot();
    return withFields('imbot.v2.Bot.register', {})(w);
  },
  'imbot.v2.Bot.register BOT_AVATAR_INCORRECT_TYPE': withFields('imbot.v2.Bot.register', { properties: { name: 'B', avatar: b64('not an image') } }),
  'imbot.v2.Bot.register BOT_AVATAR_INCORRECT_SIZE': withFields('imbot.v2.Bot.register', { properties: { name: 'B', avatar: hugePng } }),
  'imbot.v2.Bot.register BOT_TOKEN_INVALID_LENGTH': withFields('imbot.v2.Bot.register', { botToken: 'x'.repeat(41) }),

  'imbot.v2.Bot.update BOT_INVALID_EVENT_MODE': withFields('imbot.v2.Bot.update', { eventMode: 'push' }),
  'imbot.v2.Bot.update BOT_INVALID_CALLBACK': withFields('imbot.v2.Bot.update', { eventMode: 'webhook', webhookUrl: 'ftp://example.com/' }),
  'imbot.v2.Bot.update BOT_AVATAR_INCORRECT_TYPE': withFields('imbot.v2.Bot.update', { properties: { avatar: b64('not an image') } }),
  'imbot.v2.Bot.update BOT_AVATAR_INCORRECT_SIZE': withFields('imbot.v2.Bot.update', { properties: { avatar: hugePng } }),
  'imbot.v2.Bot.update BOT_TOKEN_ROTATION_FAILED': (w) => withFields('imbot.v2.Bot.update', { botToken: w.other.botToken })(w),

  'imbot.v2.Bot.get PARAMS_REQUIRED': with_('imbot.v2.Bot.get', { botId: undefined }),
  'imbot.v2.Bot.list BOT_TOKEN_NOT_SPECIFIED': with_('imbot.v2.Bot.list', { botToken: undefined }),

  'imbot.v2.Chat.Manager.add EMPTY_USER_IDS': with_('imbot.v2.Chat.Manager.add', { userIds: [] }),
  'imbot.v2.Chat.Manager.delete EMPTY_USER_IDS': with_('imbot.v2.Chat.Manager.delete', { userIds: undefined }),
  'imbot.v2.Chat.Message.send EMPTY_MESSAGE': withFields('imbot.v2.Chat.Message.send', { message: '   ', keyboard: undefined }),
  'imbot.v2.Chat.Message.read MESSAGE_NOT_FOUND': (w) => with_('imbot.v2.Chat.Message.read', { messageId: w.elsewhereMessageId })(w),
  'imbot.v2.Chat.Message.get BOT_TYPE_NOT_ALLOWED': (w) => with_('imbot.v2.Chat.Message.get', { ...w.other.auth })(w),
  'imbot.v2.Chat.Message.getContext BOT_TYPE_NOT_ALLOWED': (w) => with_('imbot.v2.Chat.Message.getContext', { ...w.other.auth })(w),
  'imbot.v2.Chat.Message.getContext MESSAGE_NOT_FOUND': with_('imbot.v2.Chat.Message.getContext', { messageId: 1 }),
  'imbot.v2.Chat.Message.getContext MESSAGE_ACCESS_DENIED': (w) =>
    with_('imbot.v2.Chat.Message.getContext', { messageId: w.elsewhereMessageId })(w),
  'imbot.v2.Chat.Message.Reaction.add REACTION_NOT_FOUND': with_('imbot.v2.Chat.Message.Reaction.add', { reaction: 'notAReaction' }),
  'imbot.v2.Chat.Message.Reaction.add REACTION_ALREADY_SET': async (w) => {
    await v2('imbot.v2.Chat.Message.Reaction.add', example('imbot.v2.Chat.Message.Reaction.add', w));
    return with_('imbot.v2.Chat.Message.Reaction.add')(w);
  },
  'imbot.v2.Chat.Message.Reaction.delete REACTION_NOT_FOUND': with_('imbot.v2.Chat.Message.Reaction.delete', { reaction: 'notAReaction' }),

  'imbot.v2.Command.register COMMAND_REQUIRED': withFields('imbot.v2.Command.register', { command: undefined }),
  'imbot.v2.Command.register COMMAND_NAME_INVALID': withFields('imbot.v2.Command.register', { command: 12 }),
  'imbot.v2.Command.register COMMAND_TITLE_REQUIRED': withFields('imbot.v2.Command.register', { command: 'new', title: undefined }),
  'imbot.v2.Command.update COMMAND_NOT_FOUND': with_('imbot.v2.Command.update', { commandId: 1 }),
  'imbot.v2.Command.update COMMAND_NAME_EMPTY': withFields('imbot.v2.Command.update', { command: '' }),
  'imbot.v2.Command.update COMMAND_NAME_INVALID': withFields('imbot.v2.Command.update', { command: 12 }),
  'imbot.v2.Command.update COMMAND_ALREADY_EXISTS': async (w) => {
    await v2('imbot.v2.Command.register', { ...w.bot.auth, fields: { command: 'faq', title: { en: 'FAQ' } } });
    return withFields('imbot.v2.Command.update', { command: 'faq' })(w);
  },
  'imbot.v2.Command.unregister COMMAND_NOT_FOUND': with_('imbot.v2.Command.unregister', { commandId: 1 }),
  'imbot.v2.Command.answer COMMAND_ANSWER_FAILED': (w) => with_('imbot.v2.Command.answer', { messageId: w.botMessageId + 1000 })(w),

  'imbot.v2.File.upload FILE_EMPTY': withFields('imbot.v2.File.upload', { content: '' }),
  'imbot.v2.File.upload FILE_INVALID_CONTENT': withFields('imbot.v2.File.upload', { content: 'not base64!' }),
  // This file's portal takes files of up to 16 bytes.
  'imbot.v2.File.upload FILE_TOO_LARGE': withFields('imbot.v2.File.upload', { content: b64('x'.repeat(17)) }),
  'imbot.v2.File.download FILE_NOT_FOUND': with_('imbot.v2.File.download', { fileId: 1 }),
  'imbot.v2.File.download FILE_ACCESS_ERROR': (w) => with_('imbot.v2.File.download', { fileId: w.elsewhereFileId })(w),
  'imbot.v2.Event.get USER_NOT_SUBSCRIBED': with_('imbot.v2.Event.get', { withUserEvents: true }),

  'im.message.add MESSAGE_EMPTY': (w) => call('im.message.add', { DIALOG_ID: w.dialogId, MESSAGE: ' ' }),
  'im.message.add ACCESS_ERROR': () => call('im.message.add', { DIALOG_ID: '1', MESSAGE: 'to myself' }),
  'im.message.add ATTACH_OVERSIZE': (w) => call('im.message.add', { DIALOG_ID: w.dialogId, MESSAGE: 'x', ATTACH: [{ MESSAGE: 'x'.repeat(31_000) }] }),
  'im.message.add KEYBOARD_OVERSIZE': (w) => call('im.message.add', { DIALOG_ID: w.dialogId, MESSAGE: 'x', KEYBOARD: [{ TEXT: 'x'.repeat(31_000) }] }),
  'im.message.add MENU_OVERSIZE': (w) => call('im.message.add', { DIALOG_ID: w.dialogId, MESSAGE: 'x', MENU: [{ TEXT: 'x'.repeat(31_000) }] }),

  // The user's side: HOOK is user 1, who wrote w.messageId in w.dialogId (a chat of w.bot, which
  // owns it, with users 1 and 2); OTHER_HOOK is user 2; message 1 and chat 1 do not exist.
  'im.message.update MESSAGE_ID_ERROR': () => call('im.message.update', { MESSAGE_ID: 1, MESSAGE: 'x' }),
  'im.message.update CANT_EDIT_MESSAGE': (w) => call('im.message.update', { MESSAGE_ID: w.botMessageId, MESSAGE: 'not mine' }),
  'im.message.update ATTACH_OVERSIZE': (w) => call('im.message.update', { MESSAGE_ID: w.messageId, ATTACH: [{ MESSAGE: 'x'.repeat(31_000) }] }),
  'im.message.update KEYBOARD_OVERSIZE': (w) => call('im.message.update', { MESSAGE_ID: w.messageId, KEYBOARD: [{ TEXT: 'x'.repeat(31_000) }] }),
  'im.message.update MENU_OVERSIZE': (w) => call('im.message.update', { MESSAGE_ID: w.messageId, MENU: [{ TEXT: 'x'.repeat(31_000) }] }),
  'im.message.delete MESSAGE_ID_ERROR': () => call('im.message.delete', { MESSAGE_ID: 1 }),
  // User 2 neither wrote it nor owns or manages the chat.
  'im.message.delete CANT_EDIT_MESSAGE': (w) => call('im.message.delete', { MESSAGE_ID: w.messageId }, OTHER_HOOK),
  'im.message.like MESSAGE_ID_ERROR': () => call('im.message.like', { MESSAGE_ID: 1 }),
  'im.message.like WITHOUT_CHANGES': (w) => call('im.message.like', { MESSAGE_ID: w.messageId, ACTION: 'minus' }),
  'im.message.command MESSAGE_ID_ERROR': (w) => call('im.message.command', { MESSAGE_ID: 1, BOT_ID: w.bot.botId, COMMAND: 'help' }),
  // User 2 is a person, not a bot.
  'im.message.command BOT_ID_ERROR': (w) => call('im.message.command', { MESSAGE_ID: w.botMessageId, BOT_ID: 2, COMMAND: 'help' }),
  'im.message.command COMMAND_ERROR': (w) => call('im.message.command', { MESSAGE_ID: w.botMessageId, BOT_ID: w.bot.botId, COMMAND: '' }),
  'im.message.command PARAMS_ERROR': (w) => call('im.message.command', { MESSAGE_ID: w.botMessageId, BOT_ID: w.bot.botId, COMMAND: 'nope' }),
  'im.chat.user.add CHAT_ID_EMPTY': () => call('im.chat.user.add', { USERS: [2] }),
  'im.chat.user.add ACCESS_ERROR': () => call('im.chat.user.add', { CHAT_ID: 1, USERS: [2] }),
  // User 3 is not in the chat.
  'im.chat.user.add ACCESS_DENIED_EXTEND': (w) => call('im.chat.user.add', { CHAT_ID: Number(w.dialogId.slice(4)), USERS: [3] }, THIRD_HOOK),
  'im.v2.File.upload FILE_EMPTY': (w) => call('im.v2.File.upload', { dialogId: w.dialogId, fields: { name: 'a.txt', content: '' } }),
  'im.v2.File.upload FILE_INVALID_CONTENT': (w) => call('im.v2.File.upload', { dialogId: w.dialogId, fields: { name: 'a.txt', content: 'not base64!' } }),
  // This file's portal takes files of up to 16 bytes.
  'im.v2.File.upload FILE_TOO_LARGE': (w) => call('im.v2.File.upload', { dialogId: w.dialogId, fields: { name: 'a.txt', content: b64('x'.repeat(17)) } }),
  'im.v2.File.upload CHAT_NOT_FOUND': () => call('im.v2.File.upload', { dialogId: 'chat1', fields: { name: 'a.txt', content: 'aGk=' } }),
  'im.v2.File.upload ACCESS_DENIED': (w) => call('im.v2.File.upload', { dialogId: w.dialogId, fields: { name: 'a.txt', content: 'aGk=' } }, THIRD_HOOK),
  'im.v2.File.download FILE_NOT_FOUND': (w) => call('im.v2.File.download', { dialogId: w.dialogId, fileId: 1 }),
  'im.v2.File.download ACCESS_DENIED': (w) => call('im.v2.File.download', { dialogId: w.dialogId, fileId: w.fileId }, THIRD_HOOK),
  // User 2 is a person: no bot to hand the context to.
  'im.v2.Chat.Bot.sendContext ACCESS_DENIED': () => call('im.v2.Chat.Bot.sendContext', { dialogId: '2', context: { a: 1 } }),
};

// The platform's refusal of a user-side call made as a bot (a webhook of the bot's user id).
for (const op of stateful.filter((op) => op.method.startsWith('im.') && op.errors.has('ACCESS_DENIED'))) {
  const key = `${op.method} ACCESS_DENIED`;
  produced[key] ??= (w) => with_(op.method, {}, `/rest/${w.bot.botId}/as-a-bot`)(w);
}

// ACCESS_DENIED for the methods that act on a dialog or message the bot may not touch.
for (const method of [
  'imbot.v2.Chat.get',
  'imbot.v2.Chat.update',
  'imbot.v2.Chat.leave',
  'imbot.v2.Chat.setOwner',
  'imbot.v2.Chat.User.add',
  'imbot.v2.Chat.User.delete',
  'imbot.v2.Chat.User.list',
  'imbot.v2.Chat.Manager.add',
  'imbot.v2.Chat.Manager.delete',
  'imbot.v2.Chat.InputAction.notify',
  'imbot.v2.Chat.TextField.enabled',
  'imbot.v2.Chat.Message.send',
  'imbot.v2.Chat.Message.read',
  'imbot.v2.File.upload',
]) {
  produced[`${method} ACCESS_DENIED`] = (w) => with_(method, { dialogId: w.elsewhere })(w);
}
for (const method of [
  'imbot.v2.Chat.Message.update',
  'imbot.v2.Chat.Message.delete',
  'imbot.v2.Chat.Message.get',
  'imbot.v2.Chat.Message.Reaction.add',
  'imbot.v2.Chat.Message.Reaction.delete',
]) {
  produced[`${method} ACCESS_DENIED`] = (w) => with_(method, { messageId: w.elsewhereMessageId })(w);
}

/** Out of the mock's reach: `method CODE` -> why. */
const SCOPES = 'the mock grants every scope and has no per-user permissions beyond the ones the pages give a bot in a chat';
const FAILURE = 'a failure inside the portal (storage, disk, queue); nothing the mock does can fail this way (inject it with failNext)';
const cannot: Record<string, string> = {
  'imbot.chat.add WRONG_REQUEST': FAILURE,
  'imbot.v2.Bot.register BOT_REGISTER_FAILED': FAILURE,
  'imbot.v2.Bot.register ACCESS_DENIED': SCOPES,
  'imbot.v2.Bot.update ACCESS_DENIED': SCOPES,
  'imbot.v2.Bot.get ACCESS_DENIED': SCOPES,
  'imbot.v2.Bot.list ACCESS_DENIED': SCOPES,
  'imbot.v2.Bot.unregister BOT_UNREGISTER_FAILED': FAILURE,
  'imbot.v2.Bot.unregister ACCESS_DENIED': SCOPES,
  'imbot.v2.Chat.add ACCESS_DENIED': SCOPES,
  'imbot.v2.Chat.Message.send SENDING_FAILED': FAILURE,
  'imbot.v2.Chat.Message.getContext ACCESS_DENIED':
    'a message in a chat the bot is not in is the page\'s MESSAGE_ACCESS_DENIED; no other refusal is left',
  'imbot.v2.Command.register COMMAND_REGISTER_FAILED': FAILURE,
  'imbot.v2.Command.register ACCESS_DENIED': SCOPES,
  'imbot.v2.Command.update ACCESS_DENIED': SCOPES,
  'imbot.v2.Command.list ACCESS_DENIED': SCOPES,
  'imbot.v2.Command.unregister ACCESS_DENIED': SCOPES,
  'imbot.v2.Command.answer ACCESS_DENIED': 'the page answers a command call the bot may not answer with COMMAND_ANSWER_FAILED',
  'imbot.v2.File.upload FILE_FOLDER_ERROR': FAILURE,
  'imbot.v2.File.upload FILE_UPLOAD_FAILED': FAILURE,
  'imbot.v2.File.upload FILE_SEND_FAILED': FAILURE,
  'imbot.v2.File.download ACCESS_DENIED': 'a file in a chat the bot is not in is the page\'s FILE_ACCESS_ERROR; no other refusal is left',
  'imbot.v2.Event.get ACCESS_DENIED': SCOPES,
  'imbot.v2.Event.get SCOPE_ERROR': `withUserEvents needs the im scope: ${SCOPES}`,
  'imbot.v2.Event.get AUTH_ERROR': 'the current user is always known to the mock (the webhook\'s user, user 1 for OAuth)',
  'im.message.add USER_ID_EMPTY':
    'the page does not say which of USER_ID_EMPTY and CHAT_ID_EMPTY a missing DIALOG_ID is; the contract refuses it as INVALID_FORMAT',
  'im.message.add CHAT_ID_EMPTY':
    'the page does not say which of USER_ID_EMPTY and CHAT_ID_EMPTY a missing DIALOG_ID is; the contract refuses it as INVALID_FORMAT',
  'im.message.add ATTACH_ERROR': 'the mock keeps ATTACH as given: it does not check an attachment\'s structure',
  'im.message.add KEYBOARD_ERROR': 'the mock keeps KEYBOARD as given: it does not check a keyboard\'s structure',
  'im.message.add MENU_ERROR': 'the mock keeps MENU as given: it does not check a menu\'s structure',
  'im.message.add PARAMS_ERROR': FAILURE,
  'im.message.update ATTACH_ERROR': 'the mock keeps ATTACH as given: it does not check an attachment\'s structure',
  'im.message.update KEYBOARD_ERROR': 'the mock keeps KEYBOARD as given: it does not check a keyboard\'s structure',
  'im.message.update MENU_ERROR': 'the mock keeps MENU as given: it does not check a menu\'s structure',
  'im.message.update menu_ERROR': 'the page\'s spelling of MENU_ERROR; the mock does not check a menu\'s structure',
  'im.v2.File.upload FOLDER_ERROR': FAILURE,
  'im.v2.File.upload UPLOAD_FAILED': FAILURE,
  'im.v2.File.upload SEND_FAILED': FAILURE,
};

describe('the pages\' own codes', () => {
  it('every page code of a stateful method is decided: produced by a request, or out of reach with a reason', () => {
    // The platform's codes are the contract's.
    expect(PLATFORM.filter((code) => !model.errors.has(code))).toEqual([]);
    const undecided = pageCodes.filter((key) => !(key in produced) && !(key in cannot));
    expect(undecided, 'decide each: a request in `produced` or a reason in `cannot`').toEqual([]);
    expect(pageCodes.filter((key) => key in produced && key in cannot)).toEqual([]);
    // Nothing decided that the contract does not list (a code removed, a method gone).
    expect([...Object.keys(produced), ...Object.keys(cannot)].filter((key) => !pageCodes.includes(key))).toEqual([]);
    console.log(
      `page codes the mock answers (${Object.keys(produced).length}):\n  ${Object.keys(produced).sort().join('\n  ')}\n` +
        `page codes it cannot (${Object.keys(cannot).length}):\n${Object.entries(cannot)
          .sort()
          .map(([key, why]) => `  ${key}: ${why}`)
          .join('\n')}`,
    );
  });

  it.each(Object.keys(produced).sort())('%s', async (key) => {
    // Small ids, as a portal's: a bot's user id fits a webhook's path (`/rest/<botId>/...`).
    await startPortal({ platform: { botsPerApp: 3, fileBytes: 16 }, ids: createIds({}, 1000) });
    const w = await world();
    const answer = await produced[key]!(w);
    const [method, code] = key.split(' ') as [string, string];
    expect(answer.body?.error, `${key}: ${answer.text}`).toBe(code);
    expect(model.operation(method)!.errors.get(code), `${key}: the contract's statuses for the code`).toContain(answer.status);
    expect(Object.keys(answer.body).sort()).toEqual(['error', 'error_description']);
  });
});

// What the mock-v2-*.test.ts files share: a portal per test, v2 calls over real HTTP (webhook by
// default), and checks of answers against the contract (codes and statuses the contract lists
// for the method, success envelopes valid against its schema).
import { afterEach, expect } from 'vitest';
import { type MockPortal, type MockPortalOptions, startMockPortal } from '../src/mock/index.js';
import { codesFor, model, responseValidator } from './contract.js';
import { type Answer, request } from './helpers.js';

let current: MockPortal | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

export const portal = (): MockPortal => current ?? (() => { throw new Error('start a portal first'); })();

export const startPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => {
  current = await startMockPortal(options);
  return current;
};

/** The webhook every helper calls through unless told otherwise. */
export const HOOK = '/rest/1/hook-code';
export const OTHER_HOOK = '/rest/2/other-app';

/** One call of a method with a JSON body (or a form body given as a string). */
export const call = (method: string, params: Record<string, unknown> | string, base = HOOK): Promise<Answer> =>
  request(
    `${portal().url}${base}/${method}`,
    typeof params === 'string'
      ? { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: params }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) },
  );

/** A 200 the contract describes for this method; returns `result`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ok = (answer: Answer, method: string): any => {
  expect(answer.status, answer.text).toBe(200);
  const validate = responseValidator(200, method);
  expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  return answer.body.result;
};

/**
 * A Bitrix error the contract lists for this method with this status: the expected code comes
 * from the test, and the contract must list it (so a test cannot expect a code the contract
 * does not have for the method).
 */
export const fails = (answer: Answer, method: string, status: number, code: string): string => {
  expect(codesFor(status, method), `the contract lists ${code} (${status}) for ${method}`).toContain(code);
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body?.error, answer.text).toBe(code);
  expect(Object.keys(answer.body).sort()).toEqual(['error', 'error_description']);
  return answer.body.error_description as string;
};

/** Calls and expects success. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const v2 = async (method: string, params: Record<string, unknown>, base = HOOK): Promise<any> =>
  ok(await call(method, params, base), method);

/** Calls and expects a listed error; returns the description. */
export const v2Fails = async (
  method: string,
  params: Record<string, unknown> | string,
  status: number,
  code: string,
  base = HOOK,
): Promise<string> => fails(await call(method, params, base), method, status, code);

export interface TestBot {
  readonly botId: number;
  readonly botToken: string;
  /** botId and botToken, to spread into params. */
  readonly auth: { readonly botId: number; readonly botToken: string };
}

let codes = 0;
/** Registers a bot through a webhook (HOOK unless given). */
export const registerBot = async (
  fields: Record<string, unknown> = {},
  base = HOOK,
): Promise<TestBot> => {
  const botToken = `token-${++codes}`;
  const result = await v2(
    'imbot.v2.Bot.register',
    { fields: { code: `bot_${codes}`, botToken, properties: { name: `Bot ${codes}` }, ...fields } },
    base,
  );
  const token = (fields['botToken'] as string | undefined) ?? botToken;
  return { botId: result.bot.id, botToken: token, auth: { botId: result.bot.id, botToken: token } };
};

/** A group chat of the bot with these users; returns its dialogId. */
export const chatOf = async (bot: TestBot, userIds: number[] = [1, 2], base = HOOK): Promise<string> =>
  (await v2('imbot.v2.Chat.add', { ...bot.auth, fields: { title: 'Team', userIds } }, base)).chat.dialogId;

/** Every v2 method of the contract. */
export const v2Methods = model.operations.filter((op) => op.method.startsWith('imbot.v2.')).map((op) => op.method);

/** A count of everything the platform stores, to show a refused call stored nothing. */
export const stored = (): Record<string, number> => {
  const state = portal().platform;
  let members = 0;
  let reactions = 0;
  for (const chat of state.chats.values()) members += chat.members.size + chat.managers.size;
  for (const message of state.messages.values()) for (const users of message.reactions.values()) reactions += users.size;
  return {
    bots: state.bots.size,
    chats: state.chats.size,
    v1chats: portal().chats.length,
    members,
    messages: state.messages.size,
    reactions,
    commands: state.commands.size,
    files: state.files.size,
    journal: state.journal.length,
  };
};

/** What the examples of the contract need to succeed, with the ids to put in place of the page's. */
export interface World {
  /** A supervisor bot (it reads messages) of HOOK's application. */
  bot: TestBot;
  /** A chat with users 1 and 2 the bot made and owns. */
  dialogId: string;
  /** A user's message, `/help`, in the chat. */
  messageId: number;
  /** A message the bot sent to the chat (what Message.update and delete may change). */
  botMessageId: number;
  commandId: number;
  fileId: number;
  /** Another bot of the same application (type bot), and its chat with users 1 and 2, which `bot` is not in. */
  other: TestBot;
  elsewhere: string;
  /** A message and a file in `elsewhere`. */
  elsewhereMessageId: number;
  elsewhereFileId: number;
}

/** A fresh world on the current portal (what it held before is forgotten; ids keep counting). */
export const world = async (): Promise<World> => {
  portal().reset();
  const bot = await registerBot({ type: 'supervisor' });
  const dialogId = (await v2('imbot.v2.Chat.add', { ...bot.auth, fields: { userIds: [1, 2] } })).chat.dialogId as string;
  const messageId = portal().userSends({ userId: 1, dialogId, text: '/help' }).id;
  const botMessageId = (await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'Hi' } })).id as number;
  const commandId = (await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help' } } })).command.id;
  const fileId = (await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'a.txt', content: 'aGk=' } })).file.id;
  const other = await registerBot();
  const elsewhere = (await v2('imbot.v2.Chat.add', { ...other.auth, fields: { userIds: [1, 2] } })).chat.dialogId as string;
  const elsewhereMessageId = portal().userSends({ userId: 1, dialogId: elsewhere, text: 'not for you' }).id;
  const elsewhereFileId = (await v2('imbot.v2.File.upload', { ...other.auth, dialogId: elsewhere, fields: { name: 'b.txt', content: 'aGk=' } })).file.id;
  return { bot, dialogId, messageId, botMessageId, commandId, fileId, other, elsewhere, elsewhereMessageId, elsewhereFileId };
};

/** The contract's example of a method with the world's ids in place of the page's (and the botToken a webhook call needs). */
export const example = (method: string, w: World): Record<string, unknown> => {
  const op = model.operation(method)!;
  const params = structuredClone(op.paramsExample ?? {}) as Record<string, unknown>;
  const own = method === 'imbot.v2.Chat.Message.update' || method === 'imbot.v2.Chat.Message.delete';
  const ids: Record<string, unknown> = {
    botId: w.bot.botId,
    dialogId: w.dialogId,
    messageId: own ? w.botMessageId : w.messageId,
    commandId: w.commandId,
    fileId: w.fileId,
    userId: 2,
  };
  for (const [name, value] of Object.entries(ids)) if (name in params) params[name] = value;
  if (op.params.some((param) => param.name === 'botToken')) params['botToken'] = w.bot.botToken;
  if (method === 'imbot.v2.Bot.register') params['fields'] = { ...(params['fields'] as object), code: `form_bot_${w.bot.botId}` };
  return params;
};

// The user's side over REST alone: plain HTTP requests, PHP-style forms and JSON, no in-process
// helper. A user makes a group chat with a bot in it, writes, edits, likes the bot's message,
// presses its keyboard button, takes the like off and deletes the message; the bot hears each,
// in both delivery modes. So a bot written in any language can be tested against the mock.
import { afterEach, describe, expect, it } from 'vitest';
import type { BotEvent } from '../src/index.js';
import { httpBuildQuery } from './php.js';
import { OTHER_HOOK, call, ok, portal, registerBot, startPortal, stored, type TestBot, v2, v2Fails } from './mock-v2.js';
import { startBotEventsReceiver } from './receiver.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TOKEN = 'user-side-application-token';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A user-side call as a PHP client sends it: a form body. */
const form = (method: string, params: Record<string, unknown>, base?: string) => call(method, httpBuildQuery(params), base);

/** What the user does, over REST only; returns the ids the bot's events must name. */
const userActs = async (bot: TestBot) => {
  // A group chat of user 1 with user 2 and the bot (a form, as PHP sends it): the bot joins.
  const chatId = ok(await form('im.chat.add', { USERS: [2, bot.botId], TITLE: 'Team', TYPE: 'CHAT' }), 'im.chat.add') as number;
  const dialogId = `chat${chatId}`;
  await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'vote', title: { en: 'Vote' } } });
  // A message mentioning the bot (JSON), then edited (a form), still mentioning it.
  const mention = `[USER=${bot.botId}]bot[/USER]`;
  const hello = ok(await call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: `Hello ${mention}` }), 'im.message.add') as number;
  expect(ok(await form('im.message.update', { MESSAGE_ID: hello, MESSAGE: `Hello again ${mention}` }), 'im.message.update')).toBe(true);
  // The bot answers with a keyboard; the user likes the answer and presses the button.
  const keyboard = [{ TEXT: 'Yes', COMMAND: 'vote', COMMAND_PARAMS: 'yes' }];
  const answer = (await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'Vote?', keyboard } })).id as number;
  expect(ok(await call('im.message.like', { MESSAGE_ID: answer, ACTION: 'plus' }), 'im.message.like')).toBe(true);
  expect(ok(await form('im.message.command', { MESSAGE_ID: answer, BOT_ID: bot.botId, COMMAND: 'vote', COMMAND_PARAMS: 'yes' }), 'im.message.command')).toBe(true);
  // ACTION auto toggles: the like comes off. Then the user deletes their message.
  expect(ok(await form('im.message.like', { MESSAGE_ID: answer }), 'im.message.like')).toBe(true);
  expect(ok(await call('im.message.delete', { MESSAGE_ID: hello }), 'im.message.delete')).toBe(true);
  return { chatId, dialogId, hello, answer };
};

const EXPECTED = [
  'ONIMBOTV2JOINCHAT',
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2MESSAGEUPDATE',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2COMMANDADD',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2MESSAGEDELETE',
];

const checkHeard = (events: readonly Json[], bot: TestBot, ids: Awaited<ReturnType<typeof userActs>>): void => {
  expect(events.map((event) => event.type)).toEqual(EXPECTED);
  const [join, add, update, like, command, unlike, deletion] = events;
  for (const event of events) expect(event.data.bot.id).toBe(bot.botId);
  expect(join.data).toMatchObject({ dialogId: ids.dialogId, chat: { id: ids.chatId, type: 'chat', name: 'Team', owner: 1 }, user: { id: 1 } });
  expect(add.data.message).toMatchObject({ id: ids.hello, authorId: 1 });
  expect(update.data.message).toMatchObject({ id: ids.hello, text: expect.stringMatching(/^Hello again /) });
  expect(like.data).toMatchObject({ reaction: 'like', action: 'add', message: { id: ids.answer }, user: { id: 1 } });
  // A keyboard press: context keyboard, the message with the keyboard, the user who pressed it.
  expect(command.data.command).toMatchObject({ command: '/vote', params: 'yes', context: 'keyboard' });
  expect(command.data.message).toMatchObject({ id: ids.answer, authorId: bot.botId });
  expect(command.data.user.id).toBe(1);
  expect(unlike.data).toMatchObject({ reaction: 'like', action: 'delete', message: { id: ids.answer } });
  expect(deletion.data).toMatchObject({ messageId: ids.hello, user: { id: 1 } });
};

describe('a user over REST, heard by a bot', () => {
  it('fetch mode: each action is an event in Event.get', async () => {
    await startPortal();
    const bot = await registerBot();
    const ids = await userActs(bot);
    const { events } = await v2('imbot.v2.Event.get', bot.auth);
    checkHeard(events, bot, ids);
  });

  it('webhook mode: each action is a POST to the bot', async () => {
    const mock = await startPortal({ applicationToken: TOKEN });
    const receiver = await startBotEventsReceiver(TOKEN);
    closers.push(() => receiver.close());
    const bot = await registerBot({ eventMode: 'webhook', webhookUrl: receiver.url });
    const ids = await userActs(bot);
    await receiver.received(EXPECTED.length);
    await mock.deliveriesSettled();
    checkHeard(receiver.seen as BotEvent[], bot, ids);
    expect(mock.deliveries.map((delivery) => delivery.state)).toEqual(EXPECTED.map(() => 'sent'));
  });
});

describe('the user-side methods keep to their pages', () => {
  it('im.message.update: parts left out stay, N takes one off, an empty text deletes; only the author edits', async () => {
    await startPortal();
    const bot = await registerBot();
    const dialogId = String(bot.botId);
    const id = ok(await call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: 'hi', KEYBOARD: [{ TEXT: 'a', COMMAND: 'x' }] }), 'im.message.add');
    const message = () => portal().platform.messages.get(id)!;
    ok(await form('im.message.update', { MESSAGE_ID: id, URL_PREVIEW: 'N' }), 'im.message.update');
    expect(message().text).toBe('hi');
    expect(message().params).toEqual({ KEYBOARD: [{ TEXT: 'a', COMMAND: 'x' }], URL_PREVIEW: 'N' });
    ok(await form('im.message.update', { MESSAGE_ID: id, KEYBOARD: 'N' }), 'im.message.update');
    expect(message().params).toEqual({ URL_PREVIEW: 'N' });
    // A user not in the dialog does not even see the message.
    await v2Fails('im.message.update', { MESSAGE_ID: id, MESSAGE: 'mine now' }, 400, 'MESSAGE_ID_ERROR', OTHER_HOOK);
    await v2Fails('im.message.delete', { MESSAGE_ID: id }, 400, 'MESSAGE_ID_ERROR', OTHER_HOOK);
    const before = stored();
    // An empty text deletes it: the bot hears a deletion, not an edit.
    ok(await form('im.message.update', { MESSAGE_ID: id, MESSAGE: '' }), 'im.message.update');
    expect(message()).toMatchObject({ deleted: true, text: '' });
    expect(stored()).toEqual({ ...before, journal: before['journal']! + 1 });
    const { events } = await v2('imbot.v2.Event.get', bot.auth);
    expect(events.map((event: Json) => event.type)).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD', 'ONIMBOTV2MESSAGEUPDATE', 'ONIMBOTV2MESSAGEUPDATE', 'ONIMBOTV2MESSAGEDELETE']);
    // Gone: a second deletion, or an edit, finds no message.
    await v2Fails('im.message.delete', { MESSAGE_ID: id }, 400, 'MESSAGE_ID_ERROR');
    await v2Fails('im.message.update', { MESSAGE_ID: id, MESSAGE: 'x' }, 400, 'MESSAGE_ID_ERROR');
  });

  it('im.message.delete: a group chat\'s owner deletes another\'s message; im.message.like: plus and minus say WITHOUT_CHANGES', async () => {
    await startPortal();
    // User 1 owns the chat; user 2 writes in it.
    const chatId = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    const theirs = ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'by user 2' }, OTHER_HOOK), 'im.message.add');
    ok(await call('im.message.like', { MESSAGE_ID: theirs, ACTION: 'plus' }), 'im.message.like');
    await v2Fails('im.message.like', { MESSAGE_ID: theirs, ACTION: 'plus' }, 400, 'WITHOUT_CHANGES');
    expect([...portal().platform.messages.get(theirs)!.reactions.get('like')!]).toEqual([1]);
    ok(await call('im.message.like', { MESSAGE_ID: theirs, ACTION: 'minus' }), 'im.message.like');
    await v2Fails('im.message.like', { MESSAGE_ID: theirs, ACTION: 'minus' }, 400, 'WITHOUT_CHANGES');
    // User 2 may neither edit nor delete the owner's message; the owner may delete user 2's, not edit it.
    const mine = ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'by the owner' }), 'im.message.add');
    await v2Fails('im.message.update', { MESSAGE_ID: mine, MESSAGE: 'mine now' }, 403, 'CANT_EDIT_MESSAGE', OTHER_HOOK);
    await v2Fails('im.message.delete', { MESSAGE_ID: mine }, 403, 'CANT_EDIT_MESSAGE', OTHER_HOOK);
    await v2Fails('im.message.update', { MESSAGE_ID: theirs, MESSAGE: 'edited by the owner' }, 403, 'CANT_EDIT_MESSAGE');
    ok(await call('im.message.delete', { MESSAGE_ID: theirs }), 'im.message.delete');
    expect(portal().platform.messages.get(theirs)!.deleted).toBe(true);
  });

  it('im.message.command: the bot\'s own command, usable in the chat; a wrong bot, command or message is refused', async () => {
    await startPortal();
    const bot = await registerBot();
    const other = await registerBot();
    await v2('imbot.v2.Command.register', { ...other.auth, fields: { command: 'help', title: { en: 'Help' } } });
    const answer = (await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: '1', fields: { message: 'Menu' } })).id;
    const before = stored();
    // `other` is not in the dialog and its command is not common.
    await v2Fails('im.message.command', { MESSAGE_ID: answer, BOT_ID: other.botId, COMMAND: 'help' }, 400, 'PARAMS_ERROR');
    await v2Fails('im.message.command', { MESSAGE_ID: answer, BOT_ID: bot.botId, COMMAND: 'help' }, 400, 'PARAMS_ERROR');
    // User 2 does not see the dialog of the bot and user 1.
    await v2Fails('im.message.command', { MESSAGE_ID: answer, BOT_ID: bot.botId, COMMAND: 'help' }, 400, 'MESSAGE_ID_ERROR', OTHER_HOOK);
    await v2Fails('im.message.command', 'MESSAGE_ID=' + answer + '&BOT_ID=' + bot.botId, 400, 'COMMAND_ERROR');
    // User 2 is a person, not a bot.
    await v2Fails('im.message.command', { MESSAGE_ID: answer, COMMAND: 'help', BOT_ID: 2 }, 400, 'BOT_ID_ERROR');
    expect(stored()).toEqual(before);
    // A common command of any bot works, slash or not.
    await v2('imbot.v2.Command.update', { ...other.auth, commandId: (await v2('imbot.v2.Command.list', other.auth)).commands[0].id, fields: { common: true } });
    ok(await call('im.message.command', { MESSAGE_ID: answer, BOT_ID: other.botId, COMMAND: '/help' }), 'im.message.command');
    const { events } = await v2('imbot.v2.Event.get', other.auth);
    expect(events.map((event: Json) => [event.type, event.data.command?.context])).toEqual([['ONIMBOTV2COMMANDADD', 'keyboard']]);
  });

  it('im.chat.add and im.chat.user.add: a user brings a bot into a group chat', async () => {
    await startPortal();
    const bot = await registerBot();
    // No parameters: a chat of the user alone, with a made-up title.
    const alone = ok(await call('im.chat.add', {}), 'im.chat.add') as number;
    expect(portal().platform.chats.get(alone)).toMatchObject({ type: 'chat', ownerId: 1, madeBy: 'im.chat.add' });
    expect([...portal().platform.chats.get(alone)!.members]).toEqual([1]);
    const open = ok(await form('im.chat.add', { TYPE: 'OPEN', TITLE: 'Open', COLOR: 'PINK', MESSAGE: 'Welcome', ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|1663' }), 'im.chat.add');
    const chat = portal().platform.chats.get(open)!;
    expect(chat).toMatchObject({ type: 'open', title: 'Open', color: 'pink', entityType: 'CRM', entityId: 'DEAL|1663' });
    expect([...chat.messageIds].map((id) => portal().platform.messages.get(id)!.text)).toEqual(['Welcome']);
    // User 2 is not in it: may not add anyone. User 1 adds user 2 and the bot (HIDE_HISTORY as the page's example).
    await v2Fails('im.chat.user.add', { CHAT_ID: open, USERS: [3] }, 403, 'ACCESS_DENIED_EXTEND', OTHER_HOOK);
    expect(ok(await form('im.chat.user.add', { CHAT_ID: open, USERS: [2, bot.botId], HIDE_HISTORY: 'N' }), 'im.chat.user.add')).toBe(true);
    // Again: nothing changes, and it is still true.
    ok(await call('im.chat.user.add', { CHAT_ID: open, USERS: [2] }), 'im.chat.user.add');
    expect([...chat.members]).toEqual([1, 2, bot.botId]);
    // A personal dialog takes no members this way.
    ok(await call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: 'hi' }), 'im.message.add');
    const personal = [...portal().platform.chats.values()].find((each) => each.type === 'private')!;
    await v2Fails('im.chat.user.add', { CHAT_ID: personal.id, USERS: [2] }, 403, 'ACCESS_ERROR');
    const { events } = await v2('imbot.v2.Event.get', bot.auth);
    expect(events.map((event: Json) => [event.type, event.data.dialogId, event.data.user.id])).toEqual([
      ['ONIMBOTV2JOINCHAT', `chat${open}`, 1],
      ['ONIMBOTV2JOINCHAT', String(1), 1],
      ['ONIMBOTV2MESSAGEADD', undefined, 1],
    ]);
  });

  it('a webhook of a bot\'s own user id is no user: refused, nothing stored', async () => {
    // Small ids, so that a bot's id fits a webhook path.
    const { createIds } = await import('../src/mock/index.js');
    await startPortal({ ids: createIds({}, 100) });
    const bot = await registerBot();
    const before = stored();
    await v2Fails('im.chat.add', { USERS: [1] }, 403, 'ACCESS_DENIED', `/rest/${bot.botId}/as-a-bot`);
    await v2Fails('im.v2.Event.subscribe', {}, 403, 'ACCESS_DENIED', `/rest/${bot.botId}/as-a-bot`);
    await v2Fails('im.message.add', { DIALOG_ID: '1', MESSAGE: 'x' }, 403, 'ACCESS_ERROR', `/rest/${bot.botId}/as-a-bot`);
    expect(stored()).toEqual(before);
    expect(portal().platform.userQueues.size).toBe(0);
  });
});

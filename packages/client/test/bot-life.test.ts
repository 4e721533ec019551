// A bot's life through the typed client against the mock portal, over real HTTP: every step
// changes the portal's state and a `get` checks it. Then every imbot.v2 method once.
import { loadContract } from '@b24-imbot/schema/model';
import { describe, expect, test } from 'vitest';

import { createImbotClient, isBitrix24Error } from '../src/index.js';
import { BOT_TOKEN, FAST_RETRY, rejection, startPortal, webhookUrl } from './portal.js';

const contract = loadContract();

/** The client's error carries a code the contract lists for the method, with its status. */
const expectCode = (error: unknown, method: string, code: string): void => {
  expect(isBitrix24Error(error), String(error)).toBe(true);
  expect((error as { code: string }).code, String(error)).toBe(code);
  const statuses = contract.operation(method)?.errors.get(code);
  expect(statuses, `the contract lists ${code} for ${method}`).toBeDefined();
  expect(statuses).toContain((error as { status: number }).status);
};

const botClient = (portal: Awaited<ReturnType<typeof startPortal>>) =>
  createImbotClient({ webhookUrl: webhookUrl(portal), botToken: BOT_TOKEN, retry: FAST_RETRY });

describe("a bot's life", () => {
  test('register, chat, send, update, delete, react, command, file, leave, unregister; each step checked by a get', async () => {
    const portal = await startPortal();
    const client = botClient(portal);
    const v2 = client.imbot.v2;

    // Register.
    const registered = await v2.Bot.register({
      fields: { code: 'life_bot', botToken: BOT_TOKEN, type: 'supervisor', properties: { name: 'Life Bot' } },
    });
    const botId = registered.bot.id;
    expect((await v2.Bot.get({ botId })).bot).toMatchObject({ id: botId, code: 'life_bot', type: 'supervisor', countChat: 0 });

    // A chat with users.
    const { chat } = await v2.Chat.add({ botId, fields: { title: 'Life', userIds: [1, 2] } });
    const dialogId = chat.dialogId;
    expect((await v2.Chat.get({ botId, dialogId })).chat).toMatchObject({ name: 'Life', owner: botId, role: 'owner', userCounter: 3 });

    // Send, update and delete a message.
    const sent = await v2.Chat.Message.send({ botId, dialogId, fields: { message: 'Hello' } });
    expect((await v2.Chat.Message.get({ botId, messageId: sent.id })).message).toMatchObject({ text: 'Hello', authorId: botId });
    await v2.Chat.Message.update({ botId, messageId: sent.id, fields: { message: 'Hello, edited' } });
    expect((await v2.Chat.Message.get({ botId, messageId: sent.id })).message.text).toBe('Hello, edited');
    await v2.Chat.Message.delete({ botId, messageId: sent.id, complete: true });
    expectCode(await rejection(v2.Chat.Message.get({ botId, messageId: sent.id })), 'imbot.v2.Chat.Message.get', 'ACCESS_DENIED');

    // A reaction, on a user's message.
    const fromUser = portal.userSends({ userId: 1, dialogId, text: 'Nice bot' });
    await v2.Chat.Message.Reaction.add({ botId, messageId: fromUser.id, reaction: 'like' });
    // The reaction is kept (setting it twice is refused below); no page shows it in the message's params.
    expect(portal.platform.messages.get(fromUser.id)?.reactions.get('like')).toEqual(new Set([botId]));
    expectCode(
      await rejection(v2.Chat.Message.Reaction.add({ botId, messageId: fromUser.id, reaction: 'like' })),
      'imbot.v2.Chat.Message.Reaction.add',
      'REACTION_ALREADY_SET',
    );

    // A command.
    const { command } = await v2.Command.register({ botId, fields: { command: 'help', title: { en: 'Help' } } });
    expect((await v2.Command.list({ botId })).commands).toEqual([expect.objectContaining({ id: command.id, command: '/help' })]);

    // A file, up and down.
    const bytes = Buffer.from('report body');
    const uploaded = await v2.File.upload({ botId, dialogId, fields: { name: 'report.txt', content: bytes.toString('base64') } });
    expect(uploaded.file).toMatchObject({ name: 'report.txt', size: bytes.length });
    const { downloadUrl } = await v2.File.download({ botId, fileId: uploaded.file.id });
    expect(new URL(downloadUrl).origin).toBe(portal.url);
    expect(Buffer.from(await (await fetch(downloadUrl)).arrayBuffer())).toEqual(bytes);

    // Leave the chat: it is out of reach, and sending there is refused.
    await v2.Chat.leave({ botId, dialogId });
    expectCode(await rejection(v2.Chat.get({ botId, dialogId })), 'imbot.v2.Chat.get', 'ACCESS_DENIED');
    expectCode(await rejection(v2.Chat.Message.send({ botId, dialogId, fields: { message: 'Still here?' } })), 'imbot.v2.Chat.Message.send', 'ACCESS_DENIED');

    // Unregister.
    expect(await v2.Bot.unregister({ botId })).toEqual({ result: true });
    expectCode(await rejection(v2.Bot.get({ botId })), 'imbot.v2.Bot.get', 'BOT_NOT_FOUND');
  });

  test('every imbot.v2 method answers through the client', async () => {
    const portal = await startPortal();
    const v2 = botClient(portal).imbot.v2;
    const { bot } = await v2.Bot.register({ fields: { code: 'all', botToken: BOT_TOKEN, type: 'personal', properties: { name: 'All' } } });
    const botId = bot.id;
    await v2.Bot.update({ botId, fields: { isHidden: true } });
    expect((await v2.Bot.get({ botId })).bot.isHidden).toBe(true);
    expect((await v2.Bot.list({})).bots.map((listed) => listed.id)).toEqual([botId]);
    const dialogId = (await v2.Chat.add({ botId, fields: { userIds: [1] } })).chat.dialogId;
    await v2.Chat.update({ botId, dialogId, fields: { description: 'All methods' } });
    await v2.Chat.User.add({ botId, dialogId, userIds: [2, 3] });
    await v2.Chat.User.delete({ botId, dialogId, userId: 3 });
    expect((await v2.Chat.User.list({ botId, dialogId })).map((user) => user.id)).toEqual([botId, 1, 2]);
    await v2.Chat.Manager.add({ botId, dialogId, userIds: [1] });
    await v2.Chat.Manager.delete({ botId, dialogId, userIds: [1] });
    await v2.Chat.InputAction.notify({ botId, dialogId });
    await v2.Chat.TextField.enabled({ botId, dialogId, enabled: false });
    expect((await v2.Chat.get({ botId, dialogId })).chat).toMatchObject({ description: 'All methods', textFieldEnabled: 'N', managerList: [] });
    const typed = portal.userSends({ userId: 1, dialogId, text: '/ping' });
    const sent = await v2.Chat.Message.send({ botId, dialogId, fields: { message: 'pong?' } });
    await v2.Chat.Message.update({ botId, messageId: sent.id, fields: { message: 'pong' } });
    expect(await v2.Chat.Message.read({ botId, dialogId })).toMatchObject({ lastId: sent.id, counter: 0 });
    expect((await v2.Chat.Message.getContext({ botId, messageId: sent.id, range: 1 })).messages.map((message) => message.text)).toEqual(['/ping', 'pong']);
    await v2.Chat.Message.Reaction.add({ botId, messageId: typed.id, reaction: 'fire' });
    await v2.Chat.Message.Reaction.delete({ botId, messageId: typed.id, reaction: 'fire' });
    const { command } = await v2.Command.register({ botId, fields: { command: 'ping', title: { en: 'Ping' } } });
    await v2.Command.update({ botId, commandId: command.id, fields: { params: { en: '[host]' } } });
    expect((await v2.Command.list({ botId })).commands[0]?.params).toBe('[host]');
    await v2.Command.answer({ botId, commandId: command.id, messageId: typed.id, dialogId, fields: { message: 'pong!' } });
    await v2.Command.unregister({ botId, commandId: command.id });
    const file = await v2.File.upload({ botId, dialogId, fields: { name: 'a.txt', content: 'aGk=' } });
    await v2.File.download({ botId, fileId: file.file.id });
    // A personal bot hears every message of its chats: the user's /ping.
    const { events } = await v2.Event.get({ botId, limit: 10 });
    expect(events.map((event) => [event.type, (event.data as { message?: { text?: string } }).message?.text])).toEqual([
      ['ONIMBOTV2MESSAGEADD', '/ping'],
    ]);
    expect(await v2.Revision.get({})).toHaveProperty('rest');
    await v2.Chat.setOwner({ botId, dialogId, userId: 2 });
    await v2.Chat.Message.get({ botId, messageId: sent.id });
    await v2.Chat.Message.delete({ botId, messageId: sent.id });
    await v2.Chat.leave({ botId, dialogId });
    await v2.Bot.unregister({ botId });
    const called = new Set(portal.calls.filter((call) => call.status === 200).map((call) => call.method));
    const v2Methods = contract.operations.map((op) => op.method).filter((method) => method.startsWith('imbot.v2.'));
    expect(v2Methods).toHaveLength(34);
    expect(v2Methods.filter((method) => !called.has(method))).toEqual([]);
  });
});

// The mock portal's messages (imbot.v2.Chat.Message.*): send, update, delete, read, get,
// getContext, reactions, and users writing to bots (userSends), over real HTTP.
import { describe, expect, it } from 'vitest';
import { type TestBot, chatOf, portal, registerBot, startPortal, stored, v2, v2Fails } from './mock-v2.js';

const setup = async (type = 'supervisor'): Promise<{ bot: TestBot; dialogId: string }> => {
  await startPortal();
  const bot = await registerBot({ type });
  return { bot, dialogId: await chatOf(bot, [1, 2]) };
};

describe('Message.send', () => {
  it('stores the message with increasing ids; Message.get shows it', async () => {
    const { bot, dialogId } = await setup();
    const first = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'Hello', keyboard: [{ TEXT: 'Go', COMMAND: 'go' }] } });
    const second = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { attach: [{ MESSAGE: 'card' }] } });
    expect(second.id).toBeGreaterThan(first.id);
    const got = await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: first.id });
    expect(got.message).toMatchObject({ id: first.id, chatId: Number(dialogId.slice(4)), authorId: bot.botId, text: 'Hello', params: { KEYBOARD: [{ TEXT: 'Go', COMMAND: 'go' }] } });
    expect(got.user.id).toBe(bot.botId);
  });

  it('forwards messages by uuid', async () => {
    const { bot, dialogId } = await setup();
    const original = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'Original' } });
    const sent = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: '1', fields: { forwardIds: { '0b9f2c3e-1d4a-4e5b-8c6d-7e8f9a0b1c2d': original.id } } });
    expect(sent.uuidMap).toEqual({ '0b9f2c3e-1d4a-4e5b-8c6d-7e8f9a0b1c2d': sent.id });
    expect((await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: sent.id })).message.forward).toMatchObject({ id: original.id });
  });

  it('refuses an empty message (EMPTY_MESSAGE) and one over 20,000 characters (the contract), storing nothing', async () => {
    const { bot, dialogId } = await setup();
    const before = stored();
    await v2Fails('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId }, 400, 'EMPTY_MESSAGE');
    await v2Fails('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: '  ' } }, 400, 'EMPTY_MESSAGE');
    const long = await v2Fails('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'x'.repeat(20_001) } }, 400, 'INVALID_FORMAT');
    expect(long).toMatch(/^fields\[message\]: must NOT have more than 20000 characters$/);
    expect(stored()).toEqual(before);
    await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'x'.repeat(20_000) } });
  });
});

describe('Message.update, Message.delete', () => {
  it("changes and deletes the bot's own messages; others' or unknown ones are ACCESS_DENIED", async () => {
    const { bot, dialogId } = await setup();
    const sent = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'v1', keyboard: [{ TEXT: 'k' }] } });
    await v2('imbot.v2.Chat.Message.update', { ...bot.auth, messageId: sent.id, fields: { message: 'v2', keyboard: 'N' } });
    const got = await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: sent.id });
    expect(got.message.text).toBe('v2');
    expect(got.message.params).not.toHaveProperty('KEYBOARD');
    const fromUser = portal().userSends({ userId: 1, dialogId, text: 'mine' });
    const before = stored();
    await v2Fails('imbot.v2.Chat.Message.update', { ...bot.auth, messageId: fromUser.id, fields: { message: 'x' } }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.Message.update', { ...bot.auth, messageId: 999, fields: { message: 'x' } }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.Message.delete', { ...bot.auth, messageId: 999 }, 403, 'ACCESS_DENIED');
    expect(stored()).toEqual(before);
    // The owner may delete anyone's message; a soft delete keeps it, emptied.
    await v2('imbot.v2.Chat.Message.delete', { ...bot.auth, messageId: fromUser.id });
    expect((await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: fromUser.id })).message).toMatchObject({ text: '', params: { IS_DELETED: 'Y' } });
    await v2('imbot.v2.Chat.Message.delete', { ...bot.auth, messageId: sent.id, complete: true });
    await v2Fails('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: sent.id }, 403, 'ACCESS_DENIED');
    // A member that does not manage the chat may not delete others' messages.
    const other = await registerBot();
    await v2('imbot.v2.Chat.User.add', { ...bot.auth, dialogId, userIds: [other.botId] });
    const third = portal().userSends({ userId: 2, dialogId, text: 'hi' });
    await v2Fails('imbot.v2.Chat.Message.delete', { ...other.auth, messageId: third.id }, 403, 'ACCESS_DENIED');
  });
});

describe('Message.read, Message.get, Message.getContext', () => {
  it('reads up to a message (MESSAGE_NOT_FOUND for one outside the dialog)', async () => {
    const { bot, dialogId } = await setup();
    const a = portal().userSends({ userId: 1, dialogId, text: 'a' });
    const b = portal().userSends({ userId: 2, dialogId, text: 'b' });
    expect(await v2('imbot.v2.Chat.Message.read', { ...bot.auth, dialogId, messageId: a.id })).toEqual({ chatId: Number(dialogId.slice(4)), lastId: a.id, counter: 1, viewedMessages: [a.id] });
    expect(await v2('imbot.v2.Chat.Message.read', { ...bot.auth, dialogId })).toEqual({ chatId: Number(dialogId.slice(4)), lastId: b.id, counter: 0, viewedMessages: [b.id] });
    const elsewhere = await chatOf(bot, [3]);
    const c = portal().userSends({ userId: 3, dialogId: elsewhere, text: 'c' });
    await v2Fails('imbot.v2.Chat.Message.read', { ...bot.auth, dialogId, messageId: c.id }, 400, 'MESSAGE_NOT_FOUND');
    await v2Fails('imbot.v2.Chat.Message.read', { ...bot.auth, dialogId, messageId: 9999 }, 400, 'MESSAGE_NOT_FOUND');
    await v2Fails('imbot.v2.Chat.Message.read', { ...bot.auth, dialogId: 'chat999', messageId: a.id }, 403, 'ACCESS_DENIED');
  });

  it('get and getContext are for supervisor and personal bots (BOT_TYPE_NOT_ALLOWED, checked first)', async () => {
    const { bot, dialogId } = await setup('bot');
    const sent = await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId, fields: { message: 'x' } });
    await v2Fails('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: sent.id }, 403, 'BOT_TYPE_NOT_ALLOWED');
    await v2Fails('imbot.v2.Chat.Message.getContext', { ...bot.auth, messageId: 9999 }, 403, 'BOT_TYPE_NOT_ALLOWED');
    const personal = await registerBot({ type: 'personal' });
    await v2Fails('imbot.v2.Chat.Message.get', { ...personal.auth, messageId: sent.id }, 403, 'ACCESS_DENIED');
  });

  it('getContext: the messages around one, MESSAGE_NOT_FOUND, MESSAGE_ACCESS_DENIED', async () => {
    const { bot, dialogId } = await setup();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(portal().userSends({ userId: 1 + (i % 2), dialogId, text: `m${i}` }).id);
    const context = await v2('imbot.v2.Chat.Message.getContext', { ...bot.auth, messageId: ids[2], range: 1 });
    expect(context.messages.map((message: { id: number }) => message.id)).toEqual(ids.slice(1, 4));
    expect(context).toMatchObject({ hasPrevPage: true, hasNextPage: true });
    expect(context.users.map((user: { id: number }) => user.id).sort()).toEqual([1, 2]);
    await v2Fails('imbot.v2.Chat.Message.getContext', { ...bot.auth, messageId: 9999 }, 400, 'MESSAGE_NOT_FOUND');
    const outsider = await registerBot({ type: 'supervisor' });
    await v2Fails('imbot.v2.Chat.Message.getContext', { ...outsider.auth, messageId: ids[0] }, 403, 'MESSAGE_ACCESS_DENIED');
  });
});

describe('reactions', () => {
  it('adds and removes a reaction; unknown code REACTION_NOT_FOUND, twice REACTION_ALREADY_SET', async () => {
    const { bot, dialogId } = await setup();
    const message = portal().userSends({ userId: 1, dialogId, text: 'react to me' });
    await v2('imbot.v2.Chat.Message.Reaction.add', { ...bot.auth, messageId: message.id, reaction: 'like' });
    expect(portal().platform.messages.get(message.id)?.reactions.get('like')).toEqual(new Set([bot.botId]));
    // No page shows reactions in a message's params: they are not there.
    expect((await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: message.id })).message.params).toEqual({});
    const before = stored();
    await v2Fails('imbot.v2.Chat.Message.Reaction.add', { ...bot.auth, messageId: message.id, reaction: 'like' }, 400, 'REACTION_ALREADY_SET');
    await v2Fails('imbot.v2.Chat.Message.Reaction.add', { ...bot.auth, messageId: message.id, reaction: 'notAReaction' }, 400, 'REACTION_NOT_FOUND');
    await v2Fails('imbot.v2.Chat.Message.Reaction.delete', { ...bot.auth, messageId: message.id, reaction: 'notAReaction' }, 400, 'REACTION_NOT_FOUND');
    await v2Fails('imbot.v2.Chat.Message.Reaction.add', { ...bot.auth, messageId: 9999, reaction: 'fire' }, 403, 'ACCESS_DENIED');
    expect(stored()).toEqual(before);
    await v2('imbot.v2.Chat.Message.Reaction.delete', { ...bot.auth, messageId: message.id, reaction: 'like' });
    await v2('imbot.v2.Chat.Message.Reaction.delete', { ...bot.auth, messageId: message.id, reaction: 'like' });
    expect((await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: message.id })).message.params).toEqual({});
    expect(portal().platform.journal.filter((entry) => entry.event.type === 'reactionChanged').map((entry) => entry.event)).toEqual([
      expect.objectContaining({ action: 'add', reaction: 'like' }),
      expect.objectContaining({ action: 'delete', reaction: 'like' }),
    ]);
  });
});

describe('userSends', () => {
  it('stores a user message in a chat or a personal dialog and records typed commands', async () => {
    const { bot, dialogId } = await setup();
    await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help' } } });
    const sent = portal().userSends({ userId: 2, dialogId, text: '/help me please' });
    expect(portal().platform.journal.slice(-2).map((entry) => entry.event)).toEqual([
      { type: 'messageAdded', chatId: Number(dialogId.slice(4)), messageId: sent.id, authorId: 2 },
      expect.objectContaining({ type: 'commandTyped', botId: bot.botId, messageId: sent.id, userId: 2, params: 'me please' }),
    ]);
    const personal = portal().userSends({ userId: 9, dialogId: String(bot.botId), text: 'hi bot' });
    expect((await v2('imbot.v2.Chat.Message.get', { ...bot.auth, messageId: personal.id })).message.text).toBe('hi bot');
    expect(() => portal().userSends({ userId: 3, dialogId, text: 'not a member' })).toThrow(TypeError);
    expect(() => portal().userSends({ userId: 1, dialogId, text: 'x'.repeat(20_001) })).toThrow(TypeError);
  });
});

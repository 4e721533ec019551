// The mock portal's chats (imbot.v2.Chat.*, InputAction.notify, TextField.enabled) and the v1
// seed imbot.chat.add on the same chat table, over real HTTP.
import { describe, expect, it } from 'vitest';
import { chatOf, portal, registerBot, startPortal, stored, v2, v2Fails } from './mock-v2.js';

describe('Chat.add, Chat.get, Chat.update', () => {
  it('makes a chat the bot joins and owns; dialogId chat<id>; ids increase', async () => {
    await startPortal();
    const bot = await registerBot();
    const made = await v2('imbot.v2.Chat.add', {
      ...bot.auth,
      fields: { title: 'Release', description: 'Plans', color: 'mint', userIds: [1, 2], message: 'Welcome!' },
    });
    const first = made.chat.id as number;
    expect(made.chat).toMatchObject({ dialogId: `chat${first}`, name: 'Release', owner: bot.botId, role: 'owner', userCounter: 3, messageCount: 1 });
    expect(made.users.map((user: { id: number }) => user.id)).toEqual([bot.botId, 1, 2]);
    const next = await v2('imbot.v2.Chat.add', { ...bot.auth, fields: { ownerId: 7 } });
    expect(next.chat).toMatchObject({ owner: 7, role: 'member' });
    expect(next.chat.id).toBeGreaterThan(first);
    await v2('imbot.v2.Chat.update', { ...bot.auth, dialogId: `chat${first}`, fields: { title: 'Renamed', color: 'red' } });
    const got = await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId: `chat${first}` });
    expect(got.chat).toMatchObject({ name: 'Renamed', description: 'Plans', color: '#df532d' });
  });

  it('a chat made with imbot.chat.add is visible to Chat.get, with the bot of BOT_ID (or the application\'s first bot)', async () => {
    await startPortal();
    const bot = await registerBot();
    const v1 = await v2('imbot.chat.add', { USERS: [1, 2], TITLE: 'From v1', COLOR: 'LIGHT_BLUE', BOT_ID: bot.botId, CLIENT_ID: 'app' });
    const got = await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId: `chat${v1}` });
    expect(got.chat).toMatchObject({ id: v1, name: 'From v1', owner: bot.botId, color: '#4ba5c3', userCounter: 3 });
    const second = await v2('imbot.chat.add', { USERS: [3], CLIENT_ID: 'app' });
    expect(second).toBe(v1 + 1);
    expect((await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId: `chat${second}` })).chat.owner).toBe(bot.botId);
    // The v1 list keeps what was called; the ids are one sequence.
    expect(portal().chats.map((chat) => chat.CHAT_ID)).toEqual([v1, second]);
    expect((await v2('imbot.v2.Chat.add', bot.auth)).chat.id).toBe(second + 1);
  });

  it('imbot.chat.add checks BOT_ID once bots exist: unknown BOT_ID_ERROR, another application\'s APP_ID_ERROR', async () => {
    await startPortal();
    expect(await v2('imbot.chat.add', { USERS: [1], BOT_ID: 39, CLIENT_ID: 'app' })).toBeGreaterThan(0);
    const bot = await registerBot();
    await v2Fails('imbot.chat.add', { USERS: [1], BOT_ID: 39, CLIENT_ID: 'app' }, 400, 'BOT_ID_ERROR');
    await v2Fails('imbot.chat.add', { USERS: [1], BOT_ID: bot.botId, CLIENT_ID: 'app' }, 400, 'APP_ID_ERROR', '/rest/2/other-app');
    expect(portal().chats).toHaveLength(1);
    expect(portal().platform.chats.size).toBe(1);
  });
});

describe('members, managers, owner', () => {
  it('adds, lists (ordered, limited) and removes users', async () => {
    await startPortal();
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [5]);
    await v2('imbot.v2.Chat.User.add', { ...bot.auth, dialogId, userIds: [3, 4] });
    const ids = async (extra: Record<string, unknown> = {}) =>
      (await v2('imbot.v2.Chat.User.list', { ...bot.auth, dialogId, ...extra })).map((user: { id: number }) => user.id);
    expect(await ids()).toEqual([bot.botId, 5, 3, 4]);
    expect(await ids({ order: { userId: 'DESC' }, limit: 2 })).toEqual([bot.botId, 5]);
    expect(await ids({ order: { userId: 'ASC' } })).toEqual([3, 4, 5, bot.botId]);
    await v2('imbot.v2.Chat.User.delete', { ...bot.auth, dialogId, userId: 4 });
    await v2('imbot.v2.Chat.User.delete', { ...bot.auth, dialogId, userId: 4 });
    expect(await ids()).toEqual([bot.botId, 5, 3]);
  });

  it('managers and setOwner need the bot to own the chat; Manager.* with empty userIds is EMPTY_USER_IDS', async () => {
    await startPortal();
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [1, 2]);
    await v2('imbot.v2.Chat.Manager.add', { ...bot.auth, dialogId, userIds: [1, 9] });
    expect((await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId })).chat.managerList).toEqual([1]);
    await v2Fails('imbot.v2.Chat.Manager.add', { ...bot.auth, dialogId, userIds: [] }, 400, 'EMPTY_USER_IDS');
    await v2Fails('imbot.v2.Chat.Manager.delete', { ...bot.auth, dialogId }, 400, 'EMPTY_USER_IDS');
    await v2('imbot.v2.Chat.Manager.delete', { ...bot.auth, dialogId, userIds: [1] });
    await v2('imbot.v2.Chat.setOwner', { ...bot.auth, dialogId, userId: 2 });
    const got = await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId });
    expect(got.chat).toMatchObject({ owner: 2, role: 'member', managerList: [] });
    const before = stored();
    await v2Fails('imbot.v2.Chat.setOwner', { ...bot.auth, dialogId, userId: 1 }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.Manager.add', { ...bot.auth, dialogId, userIds: [1] }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.Manager.delete', { ...bot.auth, dialogId, userIds: [1] }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.User.delete', { ...bot.auth, dialogId, userId: 1 }, 403, 'ACCESS_DENIED');
    expect(stored()).toEqual(before);
  });
});

describe('not a member: 403 ACCESS_DENIED', () => {
  it('after Chat.leave every chat method on the dialog is refused, and nothing is stored', async () => {
    await startPortal();
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [1, 2]);
    await v2('imbot.v2.Chat.InputAction.notify', { ...bot.auth, dialogId, statusMessageCode: 'IMBOT_AGENT_ACTION_THINKING', duration: 5 });
    await v2('imbot.v2.Chat.TextField.enabled', { ...bot.auth, dialogId, enabled: false });
    expect((await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId })).chat.textFieldEnabled).toBe('N');
    await v2('imbot.v2.Chat.leave', { ...bot.auth, dialogId });
    expect(portal().platform.chats.get(Number(dialogId.slice(4)))?.ownerId).toBe(1);
    const before = stored();
    const refused: [string, Record<string, unknown>][] = [
      ['imbot.v2.Chat.get', {}],
      ['imbot.v2.Chat.update', { fields: { title: 'x' } }],
      ['imbot.v2.Chat.leave', {}],
      ['imbot.v2.Chat.setOwner', { userId: 2 }],
      ['imbot.v2.Chat.User.add', { userIds: [3] }],
      ['imbot.v2.Chat.User.delete', { userId: 2 }],
      ['imbot.v2.Chat.User.list', {}],
      ['imbot.v2.Chat.Manager.add', { userIds: [2] }],
      ['imbot.v2.Chat.Manager.delete', { userIds: [2] }],
      ['imbot.v2.Chat.InputAction.notify', {}],
      ['imbot.v2.Chat.TextField.enabled', { enabled: true }],
      ['imbot.v2.Chat.Message.send', { fields: { message: 'hello?' } }],
      ['imbot.v2.Chat.Message.read', {}],
      ['imbot.v2.File.upload', { fields: { name: 'a.txt', content: 'aGk=' } }],
    ];
    for (const [method, params] of refused) await v2Fails(method, { ...bot.auth, dialogId, ...params }, 403, 'ACCESS_DENIED');
    // A chat that does not exist is refused the same way.
    await v2Fails('imbot.v2.Chat.get', { ...bot.auth, dialogId: 'chat999' }, 403, 'ACCESS_DENIED');
    expect(stored()).toEqual(before);
  });

  it('a personal dialog is the user id, made on first use; it cannot be left', async () => {
    await startPortal();
    const bot = await registerBot();
    const got = await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId: '7' });
    expect(got.chat).toMatchObject({ dialogId: '7', type: 'private', userCounter: 2 });
    await v2Fails('imbot.v2.Chat.leave', { ...bot.auth, dialogId: '7' }, 403, 'ACCESS_DENIED');
    await v2Fails('imbot.v2.Chat.get', { ...bot.auth, dialogId: String(bot.botId) }, 403, 'ACCESS_DENIED');
  });

  it('a personal dialog dropped past the chats cap is made anew, empty; one kept is the same chat', async () => {
    await startPortal({ maxChats: 2 });
    const bot = await registerBot();
    const dialog = async () => (await v2('imbot.v2.Chat.get', { ...bot.auth, dialogId: '7' })).chat;
    await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: '7', fields: { message: 'one' } });
    const { id } = await dialog();
    expect((await dialog()).id).toBe(id);
    // Two group chats written to later: the dialog is the least recently written, and goes.
    await chatOf(bot);
    await chatOf(bot);
    const again = await dialog();
    expect(again).toMatchObject({ dialogId: '7', type: 'private', userCounter: 2, messageCount: 0 });
    expect(again.id).toBeGreaterThan(id);
    expect((await dialog()).id).toBe(again.id);
  });
});

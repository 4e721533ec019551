// A user's im.v2 events, over real HTTP: after im.v2.Event.subscribe, what happens in the user's
// chats reaches im.v2.Event.get (and imbot.v2.Event.get with withUserEvents), valid against the
// contract, kept 24 hours, one queue per user whatever application reads it, within the caps,
// across a restart with a state file. And im.v2.Chat.Bot.sendContext, im.v2.File.*.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USER_EVENT_TTL_MS, startMockPortal } from '../src/mock/index.js';
import { request } from './helpers.js';
import { HOOK, OTHER_HOOK, THIRD_HOOK, call, ok, portal, registerBot, startPortal, v2, v2Fails } from './mock-v2.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

afterEach(() => {
  vi.useRealTimers();
});

/** User 1's second application: another webhook of the same user. */
const SECOND_APP = '/rest/1/second-app';

const userEvents = async (base: string, params: Record<string, unknown> = {}): Promise<Json> => v2('im.v2.Event.get', params, base);
const types = (result: Json): string[] => result.events.map((event: Json) => event.type);
const subscribe = async (base: string) => expect(ok(await call('im.v2.Event.subscribe', {}, base), 'im.v2.Event.subscribe')).toBe(true);

describe('im.v2.Event.*: a subscribed user gets the events of their chats', () => {
  it('a user\'s message, edit, like and deletion reach another user who subscribed, and nobody else', async () => {
    await startPortal();
    // Nothing recorded before a subscription: empty, the offset passed kept.
    expect(await userEvents(OTHER_HOOK, { offset: 5 })).toEqual({ events: [], nextOffset: 5, hasMore: false });
    await subscribe(OTHER_HOOK);
    await subscribe(OTHER_HOOK); // idempotent
    // User 1 makes a chat with users 2 and 3; user 3 never subscribed.
    const chatId = ok(await call('im.chat.add', { USERS: [2, 3], TITLE: 'Project Chat' }), 'im.chat.add');
    const dialogId = `chat${chatId}`;
    const id = ok(await call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: 'Hello everyone!' }), 'im.message.add');
    ok(await call('im.message.update', { MESSAGE_ID: id, MESSAGE: 'Hello, everyone!' }), 'im.message.update');
    ok(await call('im.message.like', { MESSAGE_ID: id }), 'im.message.like');
    ok(await call('im.message.delete', { MESSAGE_ID: id }), 'im.message.delete');
    // ok() holds the answer to the contract's ImV2EventGetSuccess, each event to its schema.
    const result = await userEvents(OTHER_HOOK);
    expect(types(result)).toEqual([
      // Users 2 and 3 added by user 1 (user 1 made the chat: not "added").
      'ONIMV2JOINCHAT',
      'ONIMV2JOINCHAT',
      'ONIMV2MESSAGEADD',
      'ONIMV2MESSAGEUPDATE',
      'ONIMV2REACTIONCHANGE',
      'ONIMV2MESSAGEDELETE',
    ]);
    const [join2, join3, add, update, reaction, deletion] = result.events;
    expect(join2.data).toMatchObject({ dialogId, chat: { id: chatId, name: 'Project Chat', owner: 1 }, user: { id: 2 } });
    expect(join3.data.user.id).toBe(3);
    expect(add.data).toMatchObject({ message: { id, text: 'Hello everyone!', authorId: 1 }, chat: { dialogId }, user: { id: 1 }, language: 'en' });
    expect(update.data.message.text).toBe('Hello, everyone!');
    expect(reaction.data).toMatchObject({ reaction: 'like', action: 'add', message: { id }, user: { id: 1 } });
    expect(deletion.data).toMatchObject({ messageId: id, user: { id: 1 } });
    for (const event of result.events) {
      // Polling only: no bot, no auth; a chat as events carry it.
      expect(Object.keys(event).sort()).toEqual(['data', 'date', 'eventId', 'type']);
      expect(event.data).not.toHaveProperty('bot');
      expect(event.data.chat).not.toHaveProperty('role');
    }
    const ids = result.events.map((event: Json) => event.eventId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(result).toMatchObject({ nextOffset: ids.at(-1) + 1, hasMore: false });
    expect(await userEvents(THIRD_HOOK)).toEqual({ events: [], nextOffset: 0, hasMore: false });
  });

  it('offset confirms, limit pages; the user\'s own message is an event too', async () => {
    await startPortal();
    await subscribe(HOOK);
    const chatId = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    for (const text of ['one', 'two', 'three']) ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: text }), 'im.message.add');
    const first = await userEvents(HOOK, { limit: 2 });
    expect(types(first)).toEqual(['ONIMV2JOINCHAT', 'ONIMV2MESSAGEADD']);
    expect(first.hasMore).toBe(true);
    expect((await userEvents(HOOK, { limit: 2 })).events).toEqual(first.events);
    const second = await userEvents(HOOK, { offset: first.nextOffset });
    expect(second.events.map((event: Json) => event.data.message.text)).toEqual(['two', 'three']);
    const empty = await userEvents(HOOK, { offset: second.nextOffset });
    expect(empty).toEqual({ events: [], nextOffset: second.nextOffset, hasMore: false });
    // limit outside 1 to 1000 breaks the contract.
    await v2Fails('im.v2.Event.get', { limit: 1001 }, 400, 'INVALID_FORMAT');
  });

  it('an offset past the newest event confirms what is there, never what comes after it', async () => {
    await startPortal();
    await subscribe(HOOK);
    const chatId = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    const far = await userEvents(HOOK, { offset: 1e15 });
    expect(far.events).toEqual([]);
    ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'after' }), 'im.message.add');
    const next = await userEvents(HOOK, { offset: far.nextOffset });
    expect(next.events.map((event: Json) => event.data.message.text)).toEqual(['after']);
    expect(await userEvents(HOOK, { offset: next.nextOffset })).toEqual({ events: [], nextOffset: next.nextOffset, hasMore: false });
  });

  it('after unsubscribe nothing new is recorded; what was stays until confirmed', async () => {
    await startPortal();
    await subscribe(OTHER_HOOK);
    const chatId = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'before' }), 'im.message.add');
    expect(ok(await call('im.v2.Event.unsubscribe', {}, OTHER_HOOK), 'im.v2.Event.unsubscribe')).toBe(true);
    ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'after' }), 'im.message.add');
    const kept = await userEvents(OTHER_HOOK);
    expect(kept.events.map((event: Json) => event.data.message?.text ?? event.type)).toEqual(['ONIMV2JOINCHAT', 'before']);
    await userEvents(OTHER_HOOK, { offset: kept.nextOffset });
    expect(portal().platform.userQueues.has(2)).toBe(false);
    ok(await call('im.v2.Event.unsubscribe', {}, OTHER_HOOK), 'im.v2.Event.unsubscribe');
  });

  it('one queue per user: two applications of the same user read it, and a confirmation by one removes it for both', async () => {
    await startPortal();
    await subscribe(HOOK);
    await subscribe(SECOND_APP);
    ok(await call('im.chat.add', { USERS: [1] }, OTHER_HOOK), 'im.chat.add');
    const one = await userEvents(HOOK);
    expect(types(one)).toEqual(['ONIMV2JOINCHAT']);
    expect(await userEvents(SECOND_APP)).toEqual(one);
    await userEvents(SECOND_APP, { offset: one.nextOffset });
    expect((await userEvents(HOOK)).events).toEqual([]);
    expect(portal().platform.userQueues.size).toBe(1);
  });

  it('events are kept 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-01T10:00:00Z'));
    await startPortal();
    await subscribe(OTHER_HOOK);
    const chatId = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    vi.setSystemTime(new Date('2026-09-01T20:00:00Z'));
    ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'later' }), 'im.message.add');
    vi.setSystemTime(new Date(Date.parse('2026-09-01T10:00:00Z') + USER_EVENT_TTL_MS - 1000));
    expect(types(await userEvents(OTHER_HOOK))).toEqual(['ONIMV2JOINCHAT', 'ONIMV2MESSAGEADD']);
    // A day after the first: it is gone, the later one stays.
    vi.setSystemTime(new Date(Date.parse('2026-09-01T10:00:00Z') + USER_EVENT_TTL_MS));
    expect(types(await userEvents(OTHER_HOOK))).toEqual(['ONIMV2MESSAGEADD']);
    vi.setSystemTime(new Date(Date.parse('2026-09-01T20:00:00Z') + USER_EVENT_TTL_MS));
    const none = await userEvents(OTHER_HOOK);
    expect(none.events).toEqual([]);
    expect(portal().platform.queuedEventBytes).toBe(0);
  });

  it('the caps: the oldest subscription goes past `subscriptions`, a user\'s oldest events past `userQueuedEvents`', async () => {
    await startPortal({ platform: { subscriptions: 2, userQueuedEvents: 2 } });
    await subscribe(HOOK);
    await subscribe(OTHER_HOOK);
    await subscribe(HOOK); // user 1 is now the newest
    await subscribe(THIRD_HOOK);
    expect([...portal().platform.userQueues.keys()]).toEqual([1, 3]);
    const chatId = ok(await call('im.chat.add', { USERS: [2, 3] }), 'im.chat.add');
    for (const text of ['one', 'two', 'three']) ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: text }), 'im.message.add');
    expect((await userEvents(HOOK)).events.map((event: Json) => event.data.message.text)).toEqual(['two', 'three']);
    expect((await userEvents(OTHER_HOOK)).events).toEqual([]);
  });
});

describe('imbot.v2.Event.get withUserEvents: the bot\'s and the calling user\'s events in one queue', () => {
  it('needs a subscription; then both come by event id, and one offset confirms both', async () => {
    await startPortal();
    const bot = await registerBot();
    await v2Fails('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true }, 400, 'USER_NOT_SUBSCRIBED');
    await subscribe(HOOK);
    // User 2 writes to a chat of user 1 and the bot, mentioning it.
    const chatId = ok(await call('im.chat.add', { USERS: [1, bot.botId] }, OTHER_HOOK), 'im.chat.add');
    ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: `Hi [USER=${bot.botId}]bot[/USER]` }, OTHER_HOOK), 'im.message.add');
    const both = await v2('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true });
    expect(types(both)).toEqual(['ONIMV2JOINCHAT', 'ONIMBOTV2JOINCHAT', 'ONIMV2JOINCHAT', 'ONIMBOTV2MESSAGEADD', 'ONIMV2MESSAGEADD']);
    // User 1 is told of both joining (user 1 and the bot); the bot's events carry the bot, the user's do not.
    expect(both.events.filter((event: Json) => event.type === 'ONIMV2JOINCHAT').map((event: Json) => event.data.user.id)).toEqual([1, bot.botId]);
    for (const event of both.events) expect('bot' in event.data).toBe(event.type.startsWith('ONIMBOTV2'));
    const ids = both.events.map((event: Json) => event.eventId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Without withUserEvents: the bot's alone; through im.v2.Event.get: the user's alone.
    expect(types(await v2('imbot.v2.Event.get', bot.auth))).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD']);
    expect(types(await userEvents(HOOK))).toEqual(['ONIMV2JOINCHAT', 'ONIMV2JOINCHAT', 'ONIMV2MESSAGEADD']);
    // A page of two, then one offset confirms both queues up to it.
    const page = await v2('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true, limit: 2 });
    expect(page).toMatchObject({ nextOffset: ids[1] + 1, hasMore: true });
    const rest = await v2('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true, offset: page.nextOffset });
    expect(rest.events.map((event: Json) => event.eventId)).toEqual(ids.slice(2));
    await v2('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true, offset: rest.nextOffset });
    expect((await userEvents(HOOK)).events).toEqual([]);
    expect((await v2('imbot.v2.Event.get', bot.auth)).events).toEqual([]);
    // After unsubscribe: USER_NOT_SUBSCRIBED again.
    ok(await call('im.v2.Event.unsubscribe', {}), 'im.v2.Event.unsubscribe');
    await v2Fails('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true }, 400, 'USER_NOT_SUBSCRIBED');
  });
});

describe('im.v2.Chat.Bot.sendContext: the bot gets ONIMBOTV2CONTEXTGET', () => {
  it('in the bot\'s personal dialog (made on first use) and in a group chat with it', async () => {
    await startPortal();
    const bot = await registerBot();
    const context = { action: 'openTask', taskId: 456, nested: { list: [1, 'two'] } };
    expect(ok(await call('im.v2.Chat.Bot.sendContext', { dialogId: String(bot.botId), context }, OTHER_HOOK), 'im.v2.Chat.Bot.sendContext')).toBe(true);
    const chatId = ok(await call('im.chat.add', { USERS: [bot.botId] }), 'im.chat.add');
    // A form, as the page's example: the values arrive as strings.
    ok(await call('im.v2.Chat.Bot.sendContext', `dialogId=chat${chatId}&context[pairCode]=13bd812901b295c50adbc`), 'im.v2.Chat.Bot.sendContext');
    const { events } = await v2('imbot.v2.Event.get', bot.auth);
    expect(types({ events })).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2CONTEXTGET', 'ONIMBOTV2JOINCHAT', 'ONIMBOTV2CONTEXTGET']);
    expect(events[1].data).toMatchObject({ dialogId: '2', context, chat: { type: 'private', owner: bot.botId }, user: { id: 2 } });
    expect(events[3].data).toMatchObject({ dialogId: `chat${chatId}`, context: { pairCode: '13bd812901b295c50adbc' }, user: { id: 1 } });
    // A chat the user is not in, one without a bot, a person: refused.
    await v2Fails('im.v2.Chat.Bot.sendContext', { dialogId: `chat${chatId}`, context: {} }, 403, 'ACCESS_DENIED', THIRD_HOOK);
    const noBot = ok(await call('im.chat.add', { USERS: [2] }), 'im.chat.add');
    await v2Fails('im.v2.Chat.Bot.sendContext', { dialogId: `chat${noBot}`, context: {} }, 403, 'ACCESS_DENIED');
    await v2Fails('im.v2.Chat.Bot.sendContext', { dialogId: '2', context: {} }, 403, 'ACCESS_DENIED');
  });
});

describe('im.v2.File.*: a user\'s files', () => {
  it('upload posts the file as the user\'s message; download answers a one-time link to the bytes', async () => {
    await startPortal();
    const bot = await registerBot({ type: 'supervisor' });
    const chatId = ok(await call('im.chat.add', { USERS: [2, bot.botId] }), 'im.chat.add');
    const dialogId = `chat${chatId}`;
    const bytes = Buffer.from('Hello, world!');
    const uploaded = ok(await call('im.v2.File.upload', { dialogId, fields: { name: 'report.txt', content: bytes.toString('base64'), message: 'Here' } }), 'im.v2.File.upload');
    expect(uploaded).toMatchObject({ chatId, dialogId, file: { name: 'report.txt', size: bytes.length, authorId: 1, chatId } });
    const { events } = await v2('imbot.v2.Event.get', bot.auth);
    expect(events.at(-1).data.message).toMatchObject({ id: uploaded.messageId, text: 'Here', authorId: 1, params: { FILE_ID: [uploaded.file.id] } });
    // User 2 is in the chat: may download it, once per link.
    const { downloadUrl } = ok(await call('im.v2.File.download', { dialogId, fileId: uploaded.file.id }, OTHER_HOOK), 'im.v2.File.download');
    const got = await fetch(downloadUrl);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(bytes);
    expect((await request(downloadUrl)).status).toBe(404);
    // Not the dialog it was sent to.
    await v2Fails('im.v2.File.download', { dialogId: String(bot.botId), fileId: uploaded.file.id }, 400, 'FILE_NOT_FOUND');
    // A personal dialog is made on first use; to oneself there is none.
    const personal = ok(await call('im.v2.File.upload', { dialogId: '2', fields: { name: 'a.txt', content: 'aGk=' } }), 'im.v2.File.upload');
    expect(personal.dialogId).toBe('2');
    await v2Fails('im.v2.File.upload', { dialogId: '1', fields: { name: 'a.txt', content: 'aGk=' } }, 400, 'CHAT_NOT_FOUND');
  });
});

describe('users\' subscriptions and events survive a restart with a state file', () => {
  it('the queue, its cursor and whether the user is subscribed come back; event ids keep counting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-im-v2-'));
    try {
      const state = join(dir, 'state.json');
      const first = await startMockPortal({ state });
      const callFirst = (method: string, params: Record<string, unknown>, base: string) =>
        request(`${first.url}${base}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
      await callFirst('im.v2.Event.subscribe', {}, OTHER_HOOK);
      const chatId = (await callFirst('im.chat.add', { USERS: [2] }, HOOK)).body.result;
      await callFirst('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'kept' }, HOOK);
      const before = (await callFirst('im.v2.Event.get', { limit: 1 }, OTHER_HOOK)).body.result;
      await callFirst('im.v2.Event.get', { offset: before.nextOffset }, OTHER_HOOK);
      await first.close();

      await startPortal({ state });
      const after = await userEvents(OTHER_HOOK);
      expect(after.events.map((event: Json) => event.data.message.text)).toEqual(['kept']);
      expect(portal().platform.userQueues.get(2)).toMatchObject({ subscribed: true, confirmedBelow: before.nextOffset });
      ok(await call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'new' }), 'im.message.add');
      const next = await userEvents(OTHER_HOOK, { offset: after.nextOffset });
      expect(next.events[0].eventId).toBeGreaterThan(after.events[0].eventId);
      // Closed (its state file written) before the folder goes.
      await portal().close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

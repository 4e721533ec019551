// The mock portal's commands, files, Event.get, Revision.get and the v2 rate limit, over real HTTP.
import { describe, expect, it } from 'vitest';
import { OTHER_HOOK, chatOf, portal, registerBot, startPortal, stored, v2, v2Fails } from './mock-v2.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('commands', () => {
  it('registers (idempotent per bot), lists, updates, answers and unregisters', async () => {
    await startPortal();
    const bot = await registerBot();
    const help = await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help', de: 'Hilfe' }, params: { en: '[topic]' } } });
    expect(help.command).toMatchObject({ botId: bot.botId, command: '/help', title: 'Help', params: '[topic]', common: false, hidden: false });
    const again = await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Other' } } });
    expect(again.command).toEqual(help.command);
    const quiet = await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'quiet', hidden: true } });
    expect(quiet.command.id).toBeGreaterThan(help.command.id);
    const list = await v2('imbot.v2.Command.list', bot.auth);
    expect(list.commands.map((command: { command: string }) => command.command)).toEqual(['/help', '/quiet']);
    const updated = await v2('imbot.v2.Command.update', { ...bot.auth, commandId: help.command.id, fields: { command: 'faq', title: { en: null, de: 'FAQ' } } });
    expect(updated.command).toMatchObject({ command: '/faq', title: 'FAQ' });
    const dialogId = await chatOf(bot, [1]);
    const typed = portal().userSends({ userId: 1, dialogId, text: '/faq' });
    await v2('imbot.v2.Command.answer', { ...bot.auth, commandId: help.command.id, messageId: typed.id, dialogId, fields: { message: 'Answer' } });
    expect([...portal().platform.messages.values()].at(-1)).toMatchObject({ text: 'Answer', authorId: bot.botId, isSystem: false });
    await v2('imbot.v2.Command.unregister', { ...bot.auth, commandId: quiet.command.id });
    expect((await v2('imbot.v2.Command.list', bot.auth)).commands).toHaveLength(1);
  });

  it('COMMAND_TITLE_REQUIRED, COMMAND_NAME_INVALID, COMMAND_NOT_FOUND, COMMAND_ALREADY_EXISTS, COMMAND_ANSWER_FAILED; nothing stored', async () => {
    await startPortal();
    const bot = await registerBot();
    const a = await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'a', title: { en: 'A' } } });
    await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'b', title: { en: 'B' } } });
    const other = await registerBot();
    const dialogId = await chatOf(bot, [1]);
    const message = portal().userSends({ userId: 1, dialogId, text: '/a' });
    const before = stored();
    await v2Fails('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'c' } }, 400, 'COMMAND_TITLE_REQUIRED');
    await v2Fails('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'two words', title: { en: 'x' } } }, 400, 'COMMAND_NAME_INVALID');
    await v2Fails('imbot.v2.Command.update', { ...bot.auth, commandId: 999, fields: { hidden: true } }, 400, 'COMMAND_NOT_FOUND');
    await v2Fails('imbot.v2.Command.update', { ...other.auth, commandId: a.command.id, fields: { hidden: true } }, 400, 'COMMAND_NOT_FOUND');
    await v2Fails('imbot.v2.Command.update', { ...bot.auth, commandId: a.command.id, fields: { command: 'b' } }, 400, 'COMMAND_ALREADY_EXISTS');
    await v2Fails('imbot.v2.Command.unregister', { ...bot.auth, commandId: 999 }, 400, 'COMMAND_NOT_FOUND');
    await v2Fails('imbot.v2.Command.answer', { ...bot.auth, commandId: 999, messageId: message.id, dialogId, fields: { message: 'x' } }, 400, 'COMMAND_ANSWER_FAILED');
    await v2Fails('imbot.v2.Command.answer', { ...bot.auth, commandId: a.command.id, messageId: 999, dialogId, fields: { message: 'x' } }, 400, 'COMMAND_ANSWER_FAILED');
    expect(stored()).toEqual(before);
  });
});

describe('files', () => {
  it('uploads base64 as a message and downloads it through a one-time link on the mock', async () => {
    await startPortal();
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [1]);
    const uploaded = await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'Report.PDF', content: b64('%PDF-1.4 report'), message: 'The report' } });
    expect(uploaded).toMatchObject({ chatId: Number(dialogId.slice(4)), dialogId, file: { name: 'Report.PDF', extension: 'pdf', size: 15, type: 'file', authorId: bot.botId } });
    expect(portal().platform.messages.get(uploaded.messageId)).toMatchObject({ text: 'The report', params: { FILE_ID: [uploaded.file.id] } });
    const { downloadUrl } = await v2('imbot.v2.File.download', { ...bot.auth, fileId: uploaded.file.id });
    expect(downloadUrl.startsWith(`${portal().url}/mock/files/${uploaded.file.id}/`)).toBe(true);
    const download = await fetch(downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('%PDF-1.4 report');
    expect((await fetch(downloadUrl)).status).toBe(404);
    expect((await fetch(`${portal().url}/mock/files/${uploaded.file.id}/guess`)).status).toBe(404);
  });

  it('FILE_NOT_FOUND, FILE_ACCESS_ERROR, FILE_INVALID_CONTENT, FILE_TOO_LARGE; nothing stored', async () => {
    await startPortal({ platform: { fileBytes: 16 } });
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [1]);
    const uploaded = await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'a.txt', content: b64('x'.repeat(16)) } });
    const before = stored();
    await v2Fails('imbot.v2.File.download', { ...bot.auth, fileId: 999 }, 400, 'FILE_NOT_FOUND');
    const outsider = await registerBot();
    await v2Fails('imbot.v2.File.download', { ...outsider.auth, fileId: uploaded.file.id }, 403, 'FILE_ACCESS_ERROR');
    await v2Fails('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'a.txt', content: 'not base64!' } }, 400, 'FILE_INVALID_CONTENT');
    await v2Fails('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'a.txt', content: b64('x'.repeat(17)) } }, 400, 'FILE_TOO_LARGE');
    expect({ ...stored(), bots: before.bots }).toEqual(before);
  });

  it('keeps file bytes under a total cap: the oldest file loses its bytes (FILE_NOT_FOUND to download)', async () => {
    await startPortal({ platform: { storedFileBytes: 10 } });
    const bot = await registerBot();
    const dialogId = await chatOf(bot, [1]);
    const first = await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'a.bin', content: b64('12345678') } });
    const second = await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name: 'b.bin', content: b64('abcdefgh') } });
    expect(portal().platform.storedFileBytes).toBe(8);
    expect(portal().platform.files.get(first.file.id)).toMatchObject({ size: 8, kept: false });
    expect(await v2Fails('imbot.v2.File.download', { ...bot.auth, fileId: first.file.id }, 400, 'FILE_NOT_FOUND')).toMatch(/cap/);
    await v2('imbot.v2.File.download', { ...bot.auth, fileId: second.file.id });
  });

  it('a chat dropped past the chats cap takes its files and their bytes with it', async () => {
    await startPortal({ maxChats: 2 });
    const bot = await registerBot();
    const upload = async (dialogId: string, name: string) =>
      (await v2('imbot.v2.File.upload', { ...bot.auth, dialogId, fields: { name, content: b64('12345678') } })).file.id as number;
    const a = await upload(await chatOf(bot, [1]), 'a.bin');
    const b = await upload(await chatOf(bot, [1]), 'b.bin');
    // A third chat: the first, least recently written to, goes with its file.
    const third = await chatOf(bot, [1]);
    expect([...portal().platform.files.keys()]).toEqual([b]);
    expect(portal().platform.storedFileBytes).toBe(8);
    await v2Fails('imbot.v2.File.download', { ...bot.auth, fileId: a }, 400, 'FILE_NOT_FOUND');
    // A file added since is dropped with its chat too: the third chat goes after the second.
    const c = await upload(third, 'c.bin');
    expect([...portal().platform.files.keys()]).toEqual([b, c]);
    await chatOf(bot, [1]);
    expect([...portal().platform.files.keys()]).toEqual([c]);
    await chatOf(bot, [1]);
    expect([...portal().platform.files.keys()]).toEqual([]);
    expect(portal().platform.storedFileBytes).toBe(0);
  });
});

describe('Event.get, Revision.get', () => {
  it('Event.get checks the bot, offset and limit (1-1000) and withUserEvents; Revision.get answers', async () => {
    await startPortal();
    const bot = await registerBot();
    expect(await v2('imbot.v2.Event.get', { ...bot.auth, offset: 5, limit: 1000 })).toEqual({ events: [], nextOffset: 5, hasMore: false });
    expect(await v2Fails('imbot.v2.Event.get', { ...bot.auth, limit: 1001 }, 400, 'INVALID_FORMAT')).toBe('limit: must be <= 1000');
    expect(await v2Fails('imbot.v2.Event.get', { ...bot.auth, limit: 0 }, 400, 'INVALID_FORMAT')).toBe('limit: must be >= 1');
    expect(await v2Fails('imbot.v2.Event.get', `botId=${bot.botId}&botToken=${bot.botToken}&offset=-1`, 400, 'INVALID_FORMAT')).toBe('offset: must be >= 0');
    await v2Fails('imbot.v2.Event.get', { ...bot.auth, withUserEvents: true }, 400, 'USER_NOT_SUBSCRIBED');
    await v2Fails('imbot.v2.Event.get', bot.auth, 403, 'BOT_OWNERSHIP_ERROR', OTHER_HOOK);
    expect(await v2('imbot.v2.Revision.get', {})).toMatchObject({ rest: expect.any(Number) });
  });
});

describe('reset', () => {
  it('reset() forgets bots, chats, messages, commands and files; ids keep counting', async () => {
    await startPortal();
    const bot = await registerBot();
    const chatId = Number((await chatOf(bot)).slice(4));
    portal().reset();
    expect(Object.values(stored()).every((count) => count === 0)).toBe(true);
    // An old id is unknown now, never another bot's.
    await v2Fails('imbot.v2.Chat.get', { ...bot.auth, dialogId: `chat${chatId}` }, 400, 'BOT_NOT_FOUND');
    const again = await registerBot();
    expect(again.botId).toBeGreaterThan(bot.botId);
    expect((await v2('imbot.v2.Chat.add', again.auth)).chat.id).toBeGreaterThan(chatId);
  });
});

// The mock portal's bots (imbot.v2.Bot.*): register, list, get, update, unregister, and the
// ownership rules every bot-scoped method shares, over real HTTP.
import { describe, expect, it } from 'vitest';
import { HOOK, OTHER_HOOK, call, fails, portal, registerBot, startPortal, stored, v2, v2Fails } from './mock-v2.js';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('Bot.register', () => {
  it('registers a bot with increasing ids, and the same code again returns the existing bot', async () => {
    await startPortal();
    const first = await v2('imbot.v2.Bot.register', {
      fields: { code: 'support', botToken: 'tok', type: 'supervisor', properties: { name: 'Support', avatar: PNG_1x1 } },
    });
    expect(first.bot).toMatchObject({ code: 'support', type: 'supervisor', eventMode: 'fetch', countChat: 0 });
    expect(first.users).toEqual([expect.objectContaining({ id: first.bot.id, name: 'Support', bot: true })]);
    const again = await v2('imbot.v2.Bot.register', { fields: { code: 'support', botToken: 'tok', properties: { name: 'Other' } } });
    expect(again.bot.id).toBe(first.bot.id);
    expect(again.users[0].name).toBe('Support');
    const second = await registerBot();
    expect(second.botId).toBeGreaterThan(first.bot.id);
    expect(portal().platform.bots.size).toBe(2);
  });

  it('refuses a code another application registered (BOT_CODE_ALREADY_TAKEN)', async () => {
    await startPortal();
    await registerBot({ code: 'shared' });
    const before = stored();
    await v2Fails('imbot.v2.Bot.register', { fields: { code: 'shared', botToken: 'x', properties: { name: 'B' } } }, 400, 'BOT_CODE_ALREADY_TAKEN', OTHER_HOOK);
    expect(stored()).toEqual(before);
  });

  it('allows 100 bots per application: the 101st is BOT_LIMIT_EXCEEDED, another application may still register', async () => {
    await startPortal();
    for (let i = 0; i < 100; i++) await registerBot();
    const before = stored();
    await v2Fails('imbot.v2.Bot.register', { fields: { code: 'one_too_many', botToken: 't', properties: { name: 'B' } } }, 400, 'BOT_LIMIT_EXCEEDED');
    expect(stored()).toEqual(before);
    await registerBot({}, OTHER_HOOK);
  }, 120_000);

  it('checks event delivery, the token on webhook calls and the avatar', async () => {
    await startPortal();
    const register = (fields: Record<string, unknown>, base = HOOK) =>
      call('imbot.v2.Bot.register', { fields: { code: 'c', botToken: 't', properties: { name: 'B' }, ...fields } }, base);
    const method = 'imbot.v2.Bot.register';
    fails(await register({ eventMode: 'webhook' }), method, 400, 'BOT_WEBHOOK_URL_REQUIRED');
    fails(await register({ eventMode: 'webhook', webhookUrl: 'ftp://bot.example.com/' }), method, 400, 'BOT_INVALID_CALLBACK');
    fails(await register({ botToken: undefined }), method, 400, 'BOT_TOKEN_NOT_SPECIFIED');
    fails(await register({ properties: { name: 'B', avatar: Buffer.from('not an image').toString('base64') } }), method, 400, 'BOT_AVATAR_INCORRECT_TYPE');
    const huge = Buffer.from(PNG_1x1, 'base64');
    huge.writeUInt32BE(6000, 16);
    fails(await register({ properties: { name: 'B', avatar: huge.toString('base64') } }), method, 400, 'BOT_AVATAR_INCORRECT_SIZE');
    // The page's codes for a token over 40 characters and a bad type, the description naming the parameter and the rule.
    const long = await register({ botToken: 'x'.repeat(41) });
    expect(fails(long, method, 400, 'BOT_TOKEN_INVALID_LENGTH')).toMatch(/^fields\[botToken\]: /);
    expect(fails(await register({ type: 'robot' }), method, 400, 'BOT_INVALID_TYPE')).toMatch(/^fields\[type\]: must be one of/);
    // Other rules: INVALID_FORMAT naming the parameter.
    expect(fails(await register({ isHidden: 'sometimes' }), method, 400, 'INVALID_FORMAT')).toMatch(/^fields\[isHidden\]: /);
    expect(portal().platform.bots.size).toBe(0);
    // OAuth needs no token; the webhook URL of a webhook-mode bot is kept.
    const oauth = await v2('imbot.v2.Bot.register', { fields: { code: 'o', eventMode: 'webhook', webhookUrl: 'https://bot.example.com/e', properties: { name: 'O' } } }, '/rest');
    expect(oauth.bot.eventMode).toBe('webhook');
  });
});

describe('the bot a call acts for', () => {
  it('unknown bot: BOT_NOT_FOUND; botId missing: BOT_ID_REQUIRED; webhook without botToken: BOT_TOKEN_NOT_SPECIFIED', async () => {
    await startPortal();
    const bot = await registerBot();
    await v2Fails('imbot.v2.Chat.add', { botId: 999_999, botToken: bot.botToken }, 400, 'BOT_NOT_FOUND');
    await v2Fails('imbot.v2.Chat.add', { botToken: bot.botToken }, 400, 'BOT_ID_REQUIRED');
    await v2Fails('imbot.v2.Chat.add', { botId: bot.botId }, 400, 'BOT_TOKEN_NOT_SPECIFIED');
    expect(portal().platform.chats.size).toBe(0);
  });

  it("another application's bot, or a wrong botToken: 403 BOT_OWNERSHIP_ERROR", async () => {
    await startPortal();
    const bot = await registerBot();
    await v2Fails('imbot.v2.Chat.add', bot.auth, 403, 'BOT_OWNERSHIP_ERROR', OTHER_HOOK);
    await v2Fails('imbot.v2.Chat.add', { ...bot.auth, botToken: 'wrong' }, 403, 'BOT_OWNERSHIP_ERROR');
    await v2Fails('imbot.v2.Chat.add', { botId: bot.botId }, 403, 'BOT_OWNERSHIP_ERROR', '/rest');
    expect(portal().platform.chats.size).toBe(0);
  });
});

describe('Bot.get, Bot.list', () => {
  it('gets by id or code (PARAMS_REQUIRED without both); another application sees the public fields', async () => {
    await startPortal();
    const bot = await registerBot({ code: 'finder' });
    const byId = await v2('imbot.v2.Bot.get', bot.auth);
    expect(byId.bot).toMatchObject({ id: bot.botId, code: 'finder', moduleId: 'rest', countMessage: 0 });
    expect((await v2('imbot.v2.Bot.get', { code: 'finder', botToken: bot.botToken })).bot.id).toBe(bot.botId);
    const foreign = await v2('imbot.v2.Bot.get', { botId: bot.botId, botToken: 'mine' }, OTHER_HOOK);
    expect(foreign.bot).not.toHaveProperty('moduleId');
    await v2Fails('imbot.v2.Bot.get', { botToken: bot.botToken }, 400, 'PARAMS_REQUIRED');
    await v2Fails('imbot.v2.Bot.get', { code: 'nobody', botToken: bot.botToken }, 400, 'BOT_NOT_FOUND');
  });

  it("lists only the application's bots, 50 a page, with hasNextPage and a type filter", async () => {
    await startPortal();
    for (let i = 0; i < 51; i++) await registerBot(i === 0 ? { type: 'supervisor' } : {});
    await registerBot({}, OTHER_HOOK);
    const first = await v2('imbot.v2.Bot.list', { botToken: 'any' });
    expect(first.bots).toHaveLength(50);
    expect(first.hasNextPage).toBe(true);
    const second = await v2('imbot.v2.Bot.list', { botToken: 'any', offset: 50 });
    expect(second.bots).toHaveLength(1);
    expect(second.hasNextPage).toBe(false);
    expect((await v2('imbot.v2.Bot.list', { botToken: 'any', filter: { type: 'supervisor' } })).bots).toHaveLength(1);
    expect((await v2('imbot.v2.Bot.list', { botToken: 'any' }, OTHER_HOOK)).bots).toHaveLength(1);
  }, 120_000);
});

describe('Bot.update, Bot.unregister', () => {
  it('changes the profile and flags; a new token rotates: the old one is BOT_OWNERSHIP_ERROR after', async () => {
    await startPortal();
    const bot = await registerBot();
    const updated = await v2('imbot.v2.Bot.update', { ...bot.auth, fields: { isHidden: true, properties: { name: 'Renamed' } } });
    expect(updated.bot.isHidden).toBe(true);
    expect(updated.users[0].name).toBe('Renamed');
    await v2('imbot.v2.Bot.update', { ...bot.auth, fields: { botToken: 'rotated' } });
    await v2Fails('imbot.v2.Command.list', bot.auth, 403, 'BOT_OWNERSHIP_ERROR');
    expect((await v2('imbot.v2.Command.list', { botId: bot.botId, botToken: 'rotated' })).commands).toEqual([]);
    const other = await registerBot();
    await v2Fails('imbot.v2.Bot.update', { ...other.auth, fields: { botToken: 'rotated' } }, 400, 'BOT_TOKEN_ROTATION_FAILED');
    await v2Fails('imbot.v2.Bot.update', { ...other.auth, fields: { eventMode: 'webhook' } }, 400, 'BOT_INVALID_CALLBACK');
    expect(portal().platform.bots.get(other.botId)?.eventMode).toBe('fetch');
  });

  it('unregisters: the bot leaves its chats, its commands go, and its id is BOT_NOT_FOUND after', async () => {
    await startPortal();
    const bot = await registerBot();
    const chat = await v2('imbot.v2.Chat.add', { ...bot.auth, fields: { userIds: [1] } });
    await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help' } } });
    expect(await v2('imbot.v2.Bot.unregister', bot.auth)).toEqual({ result: true });
    await v2Fails('imbot.v2.Bot.get', bot.auth, 400, 'BOT_NOT_FOUND');
    await v2Fails('imbot.v2.Bot.unregister', bot.auth, 400, 'BOT_NOT_FOUND');
    const left = portal().platform.chats.get(chat.chat.id)!;
    expect([...left.members]).toEqual([1]);
    expect(left.ownerId).toBe(1);
    expect(portal().platform.commands.size).toBe(0);
    expect(portal().platform.journal.at(-1)?.event).toMatchObject({ type: 'botDeleted', bot: { id: bot.botId } });
  });
});

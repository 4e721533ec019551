// `start` makes the portal match the code: the bot registered or updated (webhook URL and event
// mode included), its commands registered, updated and unregistered. Checked against the mock
// portal's own state and its answers to a separate client.
import { createImbotClient } from '@b24-imbot/client';
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../src/index.js';
import { botMessages, receive, type Receiving, serveFetch } from './helpers.js';

let portal: MockPortal;
const cleanup: (() => Promise<unknown>)[] = [];
beforeEach(async () => {
  portal = await startMockPortal();
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  await portal.close();
});

const connection = () => ({ webhookUrl: `${portal.url}/rest/1/provision-test/`, botToken: 'provision-token' });

const echo = (commands: Record<string, string | { title: string; hidden?: boolean }> = { help: 'Help' }) => {
  const bot = createBot({ code: 'restarting', name: 'Restarting bot', commands });
  bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.text}`));
  return bot;
};

/** Starts a receiver and the bot on it (webhook mode). */
const startOn = async (bot: ReturnType<typeof echo>) => {
  const receiving = await receive(bot);
  cleanup.push(() => receiving.close(), () => bot.stop());
  const info = await bot.start({ ...connection(), webhook: { url: receiving.url, applicationToken: portal.applicationToken } });
  return { info, receiving };
};

const userSays = async (bot: ReturnType<typeof echo>, text: string) => {
  portal.userSends({ userId: 1, dialogId: String(bot.info!.id), text });
  await portal.deliveriesSettled();
  await bot.idle();
};

describe('the bot', () => {
  it('moves its deliveries to the new URL when it restarts on another one', async () => {
    const first = echo();
    const { info, receiving: a } = await startOn(first);
    expect(info.changes.bot).toBe('registered');
    await userSays(first, 'one');
    await first.stop();
    await a.close();

    // A new process: the same code, another port.
    const second = echo();
    const { info: again, receiving: b } = await startOn(second);
    expect(again).toMatchObject({ id: info.id, changes: { bot: 'updated' } });
    expect(b.url).not.toBe(a.url);
    await userSays(second, 'two');

    expect(botMessages(portal, info.id)).toEqual(['echo: one', 'echo: two']);
    expect(portal.deliveries.filter((delivery) => delivery.event === 'ONIMBOTV2MESSAGEADD').map(({ url, status }) => ({ url, status }))).toEqual([
      { url: a.url, status: 200 },
      { url: b.url, status: 200 },
    ]);
  });

  it('switches between webhook and polling, and polls what came meanwhile', async () => {
    const first = echo();
    const { receiving } = await startOn(first);
    await first.stop();
    await receiving.close();

    const polling = echo();
    cleanup.push(() => polling.stop());
    const info = await polling.start({ ...connection(), polling: { idleDelayMs: { min: 20, max: 50 } } });
    expect(portal.platform.bots.get(info.id)?.eventMode).toBe('fetch');
    portal.userSends({ userId: 1, dialogId: String(info.id), text: 'polled' });
    await vi.waitFor(() => expect(botMessages(portal, info.id)).toEqual(['echo: polled']), { timeout: 60_000, interval: 20 });
    expect(portal.deliveries).toEqual([]);
  });

  it('polls at the platform\'s pace: while hasMore, the next Event.get 2 s after the last by default', async () => {
    const polls: { at: number; hasMore: boolean }[] = [];
    const timed: typeof fetch = async (input, init) => {
      const at = Date.now();
      const response = await fetch(input, init);
      if (String(input).includes('imbot.v2.Event.get')) polls.push({ at, hasMore: ((await response.clone().json()) as { result?: { hasMore?: boolean } }).result?.hasMore === true });
      return response;
    };
    const polling = echo();
    cleanup.push(() => polling.stop());
    const info = await polling.start({ ...connection(), fetch: timed, polling: { limit: 1, idleDelayMs: { min: 20, max: 50 } } });
    for (const text of ['one', 'two', 'three']) portal.userSends({ userId: 1, dialogId: String(info.id), text });
    await vi.waitFor(() => expect(botMessages(portal, info.id)).toEqual(['echo: one', 'echo: two', 'echo: three']), { timeout: 60_000, interval: 50 });
    // Each call after an answer that said hasMore, and how long after that answer's call it went.
    const afterMore = polls.slice(1).flatMap((poll, i) => (polls[i]!.hasMore ? [poll.at - polls[i]!.at] : []));
    expect(afterMore.length).toBeGreaterThanOrEqual(3);
    for (const gap of afterMore) expect(gap).toBeGreaterThanOrEqual(1990);
  }, 120_000);

  it('refuses a code another application registered, and a change of type', async () => {
    const other = createImbotClient({ webhookUrl: `${portal.url}/rest/2/someone-else/`, botToken: 'other-token' });
    await other.imbot.v2.Bot.register({ fields: { code: 'restarting', botToken: 'other-token', properties: { name: 'Taken' } } });
    await expect(echo().start(connection())).rejects.toThrow(/bot restarting \(id \d+\) belongs to another application/);

    const supervisor = createBot({ code: 'watcher', name: 'Watcher', type: 'supervisor' });
    cleanup.push(() => supervisor.stop());
    await supervisor.start({ ...connection(), polling: {} });
    await supervisor.stop();
    const changed = createBot({ code: 'watcher', name: 'Watcher', type: 'personal' });
    await expect(changed.start(connection())).rejects.toThrow(/registered as type supervisor, the code says personal/);
  });

  it('updates its profile and flags to what the code says', async () => {
    const first = createBot({ code: 'profile', name: 'First name', properties: { workPosition: 'Helper' }, isHidden: false });
    cleanup.push(() => first.stop());
    const { id } = await first.start({ ...connection(), polling: {} });
    await first.stop();
    const second = createBot({ code: 'profile', name: 'Second name', properties: { workPosition: 'Assistant', color: 'mint' }, isHidden: true });
    cleanup.push(() => second.stop());
    await second.start({ ...connection(), polling: {} });
    expect(portal.platform.bots.get(id)).toMatchObject({ name: 'Second name', workPosition: 'Assistant', color: 'mint', isHidden: true });
  });
});

describe('commands', () => {
  const listed = async (botId: number) => {
    const client = createImbotClient(connection());
    const { commands } = await client.imbot.v2.Command.list({ botId });
    return commands.map(({ command, title, hidden }) => ({ command, title, hidden })).sort((a, b) => a.command.localeCompare(b.command));
  };
  const commandCalls = () => portal.calls.filter((call) => call.method.startsWith('imbot.v2.Command.') && call.method !== 'imbot.v2.Command.list').map((call) => call.method);

  it('end up exactly as the code lists them, with no call when nothing changed', async () => {
    const run = async (commands: Record<string, string | { title: string; hidden?: boolean }>) => {
      const bot = echo(commands);
      cleanup.push(() => bot.stop());
      const info = await bot.start({ ...connection(), polling: {} });
      await bot.stop();
      return info;
    };

    const first = await run({ help: 'Help', start: 'Start' });
    expect(first.changes).toEqual({ bot: 'registered', registered: ['help', 'start'], updated: [], unregistered: [] });
    expect(await listed(first.id)).toEqual([
      { command: '/help', title: 'Help', hidden: false },
      { command: '/start', title: 'Start', hidden: false },
    ]);

    const second = await run({ help: 'What I can do', settings: { title: 'Settings', hidden: true } });
    expect(second.changes).toEqual({ bot: 'updated', registered: ['settings'], updated: ['help'], unregistered: ['start'] });
    expect(await listed(first.id)).toEqual([
      { command: '/help', title: 'What I can do', hidden: false },
      { command: '/settings', title: 'Settings', hidden: true },
    ]);

    const before = commandCalls().length;
    const third = await run({ help: 'What I can do', settings: { title: 'Settings', hidden: true } });
    expect(third.changes).toEqual({ bot: 'updated', registered: [], updated: [], unregistered: [] });
    expect(commandCalls().length).toBe(before);
  });

  it('refuses a command without a title unless hidden, and a name with a slash or a space', () => {
    expect(() => createBot({ code: 'x', name: 'X', commands: { help: { params: 'topic' } } })).toThrow('command /help needs a title (or hidden: true)');
    expect(() => createBot({ code: 'x', name: 'X', commands: { '/help': 'Help' } })).toThrow('a name is one word without the slash');
    expect(() => createBot({ code: 'x', name: 'X', commands: { 'two words': 'Help' } })).toThrow('a name is one word without the slash');
  });

  it('refuses a handler for a command the bot does not declare: the portal would never send it', () => {
    const bot = createBot({ code: 'x', name: 'X', commands: { help: 'Help' } });
    expect(() => bot.command('start', () => {})).toThrow("bot.command('start'): /start is not among the bot's commands");
    expect(() => bot.command(['help', '/start'], () => {})).toThrow('/start is not among');
    expect(() => bot.command('/help', () => {})).not.toThrow();
  });
});

describe('running', () => {
  it('answers 503 before start and after stop, and refuses a second start', async () => {
    const bot = echo();
    const receiving: Receiving = await receive(bot);
    cleanup.push(() => receiving.close());
    const post = () =>
      fetch(receiving.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'event=ONIMBOTV2MESSAGEADD' });
    expect((await post()).status).toBe(503);
    await bot.start({ ...connection(), webhook: { url: receiving.url, applicationToken: portal.applicationToken } });
    await expect(bot.start(connection())).rejects.toThrow('bot restarting is already running; stop() it first');
    expect((await post()).status).toBe(401);
    await bot.stop();
    expect((await post()).status).toBe(503);
  });

  it('a webhook without its application token (an unset environment variable) is refused by name', async () => {
    const message = 'webhook.applicationToken must be a non-empty string or a list of them';
    const unset = process.env['B24_IMBOT_UNSET_APP_TOKEN'] as string;
    expect(() => echo().connect({ ...connection(), webhook: { applicationToken: unset } })).toThrow(message);
    await expect(echo().start({ ...connection(), webhook: { url: 'http://127.0.0.1:9/events', applicationToken: unset } })).rejects.toThrow(message);
  });

  it('connected without start (a serverless function), answers the deliveries of the bot a deploy step registered', async () => {
    const fn = echo();
    const endpoint = await serveFetch(fn.fetchHandler());
    cleanup.push(() => endpoint.close(), () => fn.stop());
    const deploy = echo();
    const { id } = await deploy.start({ ...connection(), webhook: { url: endpoint.url, applicationToken: portal.applicationToken } });
    await deploy.stop();

    fn.connect({ ...connection(), webhook: { applicationToken: portal.applicationToken } });
    const before = portal.calls.length;
    portal.userSends({ userId: 1, dialogId: String(id), text: 'serverless' });
    await portal.deliveriesSettled();
    await fn.idle();
    expect(botMessages(portal, id)).toEqual(['echo: serverless']);
    // No registration on the way: the bot's id came with the delivery.
    expect(portal.calls.slice(before).map((call) => call.method)).toEqual(['imbot.v2.Chat.Message.send']);
  });
});

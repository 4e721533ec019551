// Order: the events of one dialog are handled one after another, in the order they happened;
// different dialogs at once. 1,000 messages from 20 users, each in their own dialog with the
// bot, all sent before the bot has answered any; by webhook and by polling.
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../src/index.js';
import { testBot, type TestPortal } from '../src/testing.js';

const DIALOGS = 20;
const PER_DIALOG = 50;

/**
 * A bot that answers `n` with `got n`, recording how many handlers of each dialog run at once.
 * The first message of user 1 is held until a handler of another dialog has started: were
 * dialogs handled one after another, it would wait forever (and the test fail).
 */
const orderedBot = () => {
  const bot = createBot({ code: 'ordered', name: 'Ordered' });
  const running = new Map<string, number>();
  let active = 0;
  const stats = { maxPerDialog: 0, maxActive: 0, handled: 0 };
  let otherStarted!: () => void;
  const another = new Promise<void>((resolve) => (otherStarted = resolve));
  bot.on('message:text', async (ctx) => {
    const dialog = ctx.dialogId!;
    running.set(dialog, (running.get(dialog) ?? 0) + 1);
    active++;
    stats.maxPerDialog = Math.max(stats.maxPerDialog, running.get(dialog)!);
    stats.maxActive = Math.max(stats.maxActive, active);
    try {
      if (ctx.user.id !== 1) otherStarted();
      else if (ctx.text === '1') await another;
      await ctx.reply(`got ${ctx.text}`);
    } finally {
      running.set(dialog, running.get(dialog)! - 1);
      active--;
      stats.handled++;
    }
  });
  return { bot, stats };
};

/** Sends 50 numbered messages from each of 20 users, round robin, without waiting. */
const flood = (portal: MockPortal, botId: number): void => {
  for (let n = 1; n <= PER_DIALOG; n++) {
    for (let user = 1; user <= DIALOGS; user++) portal.userSends({ userId: user, dialogId: String(botId), text: String(n) });
  }
};

/** The bot's answers in each personal dialog, by the user it talks to. */
const answersByUser = (portal: MockPortal, botId: number): Map<number, number[]> => {
  const byChat = new Map<number, number>();
  for (const chat of portal.platform.chats.values()) {
    if (chat.type === 'private' && chat.members.has(botId)) byChat.set(chat.id, [...chat.members].find((id) => id !== botId)!);
  }
  const answers = new Map<number, number[]>();
  for (const message of portal.platform.messages.values()) {
    if (message.authorId !== botId) continue;
    const user = byChat.get(message.chatId)!;
    answers.set(user, [...(answers.get(user) ?? []), Number(message.text.replace('got ', ''))]);
  }
  return answers;
};

/** A thousand deliveries and answers on a busy 2-core machine take a while. */
const SLOW = { timeout: 300_000 };

const inOrder = Array.from({ length: PER_DIALOG }, (_, index) => index + 1);

describe(`${DIALOGS * PER_DIALOG} messages from ${DIALOGS} dialogs`, () => {
  let t: TestPortal | undefined;
  let portal: MockPortal | undefined;
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await t?.close();
    await stop?.();
    await portal?.close();
    t = portal = stop = undefined;
  });

  it('by webhook: each dialog answered in order, dialogs at once', SLOW, async () => {
    const { bot, stats } = orderedBot();
    // Room for every delivery at once (the mock drops deliveries past 100 in flight by default).
    t = await testBot(bot, { portal: { platform: { pendingDeliveries: 2 * DIALOGS * PER_DIALOG } } });
    flood(t.portal, t.bot.id);
    await t.settled();

    expect(t.portal.deliveries.filter((delivery) => delivery.status !== 200)).toEqual([]);
    expect(stats.handled).toBe(DIALOGS * PER_DIALOG);
    const answers = answersByUser(t.portal, t.bot.id);
    expect(answers.size).toBe(DIALOGS);
    for (const [user, numbers] of answers) expect(numbers, `user ${user}`).toEqual(inOrder);
    expect(stats.maxPerDialog).toBe(1);
    expect(stats.maxActive).toBeGreaterThan(1);
  });

  it('by polling: each dialog answered in order, dialogs at once', SLOW, async () => {
    const { bot, stats } = orderedBot();
    portal = await startMockPortal();
    stop = () => bot.stop();
    const info = await bot.start({
      webhookUrl: `${portal.url}/rest/1/order-test/`,
      botToken: 'order-token',
      polling: { limit: 100, idleDelayMs: { min: 20, max: 100 }, hasMoreDelayMs: 20 },
    });
    flood(portal, info.id);
    await vi.waitFor(() => expect(stats.handled).toBe(DIALOGS * PER_DIALOG), { timeout: 240_000, interval: 50 });

    const answers = answersByUser(portal, info.id);
    expect(answers.size).toBe(DIALOGS);
    for (const [user, numbers] of answers) expect(numbers, `user ${user}`).toEqual(inOrder);
    expect(stats.maxPerDialog).toBe(1);
    expect(stats.maxActive).toBeGreaterThan(1);
  });
});

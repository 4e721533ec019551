// The demo's echo bot (src/bot.ts, on @b24-imbot/bot) against the mock portal.
import { startMockPortal } from '@b24-imbot/server/mock';
import { expect, it } from 'vitest';
import { echoOf, GREETING, HELP_TEXT, startEchoBot } from '../src/bot.js';

it('the echo bot greets, echoes, answers /help and unknown commands, in order', async () => {
  const portal = await startMockPortal();
  const bot = await startEchoBot({ webhookUrl: `${portal.url}/rest/1/demo/`, applicationToken: portal.applicationToken });
  try {
    expect(bot.eventsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/bot\/events$/);
    for (const text of ['hello', '/help', '/nope now', 'bye']) portal.userSends({ userId: 1, dialogId: String(bot.botId), text });
    await portal.deliveriesSettled();
    const answered = () => [...portal.platform.messages.values()].filter((message) => message.authorId === bot.botId).map((message) => message.text);
    await expect.poll(answered, { timeout: 60_000, interval: 20 }).toEqual([GREETING, echoOf('hello'), HELP_TEXT, `Unknown command /nope. ${HELP_TEXT}`, echoOf('bye')]);
  } finally {
    await bot.close();
    await portal.close();
  }
});

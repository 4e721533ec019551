// The client side of the demo: each step calls the portal through the typed client and says in
// one line what happened. A step that does not go as expected throws, and the walkthrough
// reports it as failed.
import { createImbotClient, isBitrix24Error } from '@b24-imbot/client';
import { HELP_TEXT, echoOf } from './bot.js';
import { type DemoPortal, demoBot, demoWebhook } from './portal.js';

export interface Step {
  name: string;
  ok: boolean;
  line: string;
}

type Log = (line: string) => void;

export async function runWalkthrough(origin: string, portal: DemoPortal, log: Log): Promise<Step[]> {
  const client = createImbotClient({
    webhookUrl: `${origin}/rest/${demoWebhook.userId}/${demoWebhook.code}/`,
    clientId: demoWebhook.clientId,
    // Short waits, so the demo's simulated rate limit is retried at once.
    retry: { retries: 2, minDelayMs: 50, maxDelayMs: 200 },
  });

  // The same webhook, with the demo bot's token once it is registered (imbot.v2 needs it).
  const bot = createImbotClient({
    webhookUrl: `${origin}/rest/${demoWebhook.userId}/${demoWebhook.code}/`,
    botToken: demoBot.token,
  });
  let botId = 0;
  let dialogId = '';

  const steps: [string, () => Promise<string>][] = [
    [
      'v2: register a bot',
      async () => {
        const { bot: registered } = await bot.imbot.v2.Bot.register({
          fields: { code: demoBot.code, botToken: demoBot.token, properties: { name: 'Demo bot' } },
        });
        botId = registered.id;
        return `imbot.v2.Bot.register: bot #${botId} "${registered.code}"`;
      },
    ],
    [
      'v2: a chat with users, a message, and the chat read back',
      async () => {
        const { chat } = await bot.imbot.v2.Chat.add({ botId, fields: { title: 'Release planning (v2)', userIds: [1, 2] } });
        dialogId = chat.dialogId;
        const { id } = await bot.imbot.v2.Chat.Message.send({ botId, dialogId, fields: { message: 'Hello from the bot' } });
        const { chat: read } = await bot.imbot.v2.Chat.get({ botId, dialogId });
        return `imbot.v2.Chat.add: ${dialogId} "${read.name ?? ''}", message #${id} sent`;
      },
    ],
    [
      'v2: a typed ACCESS_DENIED after the bot left',
      async () => {
        await bot.imbot.v2.Chat.leave({ botId, dialogId });
        try {
          await bot.imbot.v2.Chat.Message.send({ botId, dialogId, fields: { message: 'still here?' } });
        } catch (error) {
          if (isBitrix24Error(error, 'ACCESS_DENIED')) {
            return `after imbot.v2.Chat.leave, a message to ${dialogId} was refused: ${error.status} ${error.code}`;
          }
          throw error;
        }
        throw new Error('a message to a chat the bot left was accepted');
      },
    ],
    [
      'v1 (deprecated, successor imbot.v2.Chat.add): a chat with every parameter',
      async () => {
        const chatId: number = await client.imbot.chat.add({
          TYPE: 'OPEN',
          TITLE: 'Release planning',
          DESCRIPTION: 'Very important events',
          COLOR: 'PINK',
          MESSAGE: 'Welcome!',
          USERS: [1, 2],
          AVATAR: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          ENTITY_TYPE: 'CRM',
          ENTITY_ID: 13,
          BOT_ID: botId,
        });
        return `created chat #${chatId} "Release planning" with every parameter`;
      },
    ],
    [
      'a minimal chat',
      async () => {
        const chatId = await client.imbot.chat.add({ USERS: [1] });
        return `created chat #${chatId} with only USERS: [1] (the portal made the title up)`;
      },
    ],
    [
      'a typed USERS_EMPTY error',
      async () => {
        try {
          await client.imbot.chat.add({ USERS: [] });
        } catch (error) {
          if (isBitrix24Error(error, 'USERS_EMPTY')) {
            return `USERS: [] was refused: ${error.status} ${error.code} "${error.description}"`;
          }
          throw error;
        }
        throw new Error('USERS: [] was accepted');
      },
    ],
    [
      'a retry after QUERY_LIMIT_EXCEEDED',
      async () => {
        portal.failNext('QUERY_LIMIT_EXCEEDED');
        const before = portal.failuresServed();
        const chatId = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'After the rate limit' });
        if (portal.failuresServed() !== before + 1) throw new Error('the simulated rate limit was not hit');
        return `the portal answered 503 QUERY_LIMIT_EXCEEDED, the client backed off and retried: chat #${chatId}`;
      },
    ],
  ];

  /** The person (the webhook's user) writes to the echo bot; resolves to the bot's answers to it. */
  const talk = async (text: string, expected: string): Promise<string> => {
    const echoBotId = portal.echoBotId();
    if (echoBotId === 0) throw new Error('the echo bot is not running');
    const messageId: number = await client.im.message.add({ DIALOG_ID: String(echoBotId), MESSAGE: text });
    const deadline = Date.now() + 5000;
    for (;;) {
      const answers = portal.conversation().filter((line) => line.from === 'bot' && line.id > messageId);
      if (answers.some((line) => line.text === expected)) return `im.message.add "${text}": the echo bot answered "${expected}"`;
      if (Date.now() > deadline) {
        throw new Error(`no answer "${expected}" to "${text}" (got ${JSON.stringify(answers.map((line) => line.text))})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  steps.push(
    ['a conversation with the echo bot (webhook mode): hello', () => talk('hello', echoOf('hello'))],
    ['a conversation with the echo bot (webhook mode): /help', () => talk('/help', HELP_TEXT)],
  );

  const results: Step[] = [];
  for (const [name, run] of steps) {
    try {
      const line = await run();
      results.push({ name, ok: true, line });
      log(`  ok   ${line}`);
    } catch (error) {
      const line = `${name}: ${error instanceof Error ? error.message : String(error)}`;
      results.push({ name, ok: false, line });
      log(`  FAIL ${line}`);
    }
  }
  return results;
}

// The client side of the demo: each step calls the portal through the typed client and says in
// one line what happened. A step that does not go as expected throws, and the walkthrough
// reports it as failed.
import { createImbotClient, isBitrix24Error } from '@b24-imbot/client';
import { type DemoPortal, demoWebhook } from './portal.js';

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

  const steps: [string, () => Promise<string>][] = [
    [
      'a chat with every parameter',
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
          BOT_ID: 39,
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

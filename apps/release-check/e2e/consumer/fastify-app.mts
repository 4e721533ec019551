// An app on its own Fastify (the release check installs the oldest 5.x of the server's peer
// range beside the packages), with the server's two plugins registered on it: `botEvents`
// receives a bot's events from the installed mock portal, `bitrixRest` serves the contract's
// methods. Type-checked (`app.register(...)` against this Fastify's types), then run.
// Usage: node fastify-app.mjs; prints one JSON line.
import type { AddressInfo } from 'node:net';
import { createImbotClient } from '@b24-imbot/client';
import { bitrixRest, botEvents, type EventHandlers, exampleHandlers } from '@b24-imbot/server';
import { startMockPortal } from '@b24-imbot/server/mock';
import Fastify from 'fastify';

const portal = await startMockPortal({ webhook: '1:release-check' });
const app = Fastify();
try {
  let heard!: (text: string) => void;
  const message = new Promise<string>((resolve) => (heard = resolve));
  const handlers: EventHandlers = {
    ONIMBOTV2MESSAGEADD: ({ data }) => heard(data.message.text ?? ''),
  };
  await app.register(botEvents, { path: '/bitrix/events', applicationToken: portal.applicationToken, handlers });
  await app.register(bitrixRest, { handlers: exampleHandlers, authenticate: () => {} });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  // A bot in webhook mode whose events go to this app; a person writes to it.
  const bot = createImbotClient({ webhookUrl: `${portal.url}/rest/1/release-check/`, botToken: 'release-check-bot' });
  const { bot: registered } = await bot.imbot.v2.Bot.register({
    fields: {
      code: 'release_check',
      botToken: 'release-check-bot',
      eventMode: 'webhook',
      webhookUrl: `${origin}/bitrix/events`,
      properties: { name: 'Release check' },
    },
  });
  portal.userSends({ userId: 1, dialogId: String(registered.id), text: 'hello from the release check' });

  // This app's own endpoint, called through the typed client.
  const own = createImbotClient({ webhookUrl: `${origin}/rest/1/any/`, clientId: 'release-check' });
  const chatId: number = await own.imbot.chat.add({ USERS: [1, 2] });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no ONIMBOTV2MESSAGEADD reached botEvents within 30 s')), 30_000);
  });
  try {
    console.log(JSON.stringify({ fastify: app.version, heard: await Promise.race([message, timeout]), chatId }));
  } finally {
    clearTimeout(timer);
  }
} finally {
  await app.close();
  await portal.close();
}

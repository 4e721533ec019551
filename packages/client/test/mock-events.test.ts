// Bot events from the mock portal, end to end over real HTTP: a person writes through the typed
// client's im.message.add (and the portal's user* helpers for what has no REST method here),
// and every one of the eight events reaches a typed handler: through `client.events()` for a
// fetch-mode bot, through @b24-imbot/server's `handleEventDelivery` on a plain node:http server
// for a webhook-mode bot (botEvents, its Fastify form, is tested in the server package). One
// handler map serves both.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleEventDelivery } from '@b24-imbot/server';
import type { MockPortal } from '@b24-imbot/server/mock';
import { describe, expect, expectTypeOf, it, onTestFinished } from 'vitest';

import { type BotEvent, createImbotClient, type EventHandlers, type EventName, type UserEvent } from '../src/index.js';
import { BOT_TOKEN, FAST_RETRY, startPortal, webhookUrl } from './portal.js';

const APPLICATION_TOKEN = 'app-token-0c7e55';
const NAMES: EventName[] = [
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2MESSAGEUPDATE',
  'ONIMBOTV2MESSAGEDELETE',
  'ONIMBOTV2JOINCHAT',
  'ONIMBOTV2COMMANDADD',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2CONTEXTGET',
  'ONIMBOTV2DELETE',
];

/** One handler map for both modes: records each event and checks its types. */
const recorder = () => {
  const seen: BotEvent[] = [];
  const handlers: EventHandlers = {
    ONIMBOTV2MESSAGEADD: (event) => {
      expectTypeOf(event.data.message.text).toEqualTypeOf<string | undefined>();
      seen.push(event);
    },
    ONIMBOTV2MESSAGEUPDATE: (event) => void seen.push(event),
    ONIMBOTV2MESSAGEDELETE: (event) => {
      expectTypeOf(event.data.messageId).toEqualTypeOf<number>();
      seen.push(event);
    },
    ONIMBOTV2JOINCHAT: (event) => {
      expectTypeOf(event.data.dialogId).toEqualTypeOf<string>();
      seen.push(event);
    },
    ONIMBOTV2COMMANDADD: (event) => {
      expectTypeOf(event.data.command.command).toEqualTypeOf<string>();
      seen.push(event);
    },
    ONIMBOTV2REACTIONCHANGE: (event) => {
      expectTypeOf(event.data.action).toEqualTypeOf<'add' | 'delete'>();
      seen.push(event);
    },
    ONIMBOTV2CONTEXTGET: (event) => void seen.push(event),
    ONIMBOTV2DELETE: (event) => {
      expectTypeOf(event.data.bot.id).toEqualTypeOf<number>();
      seen.push(event);
    },
  };
  return { seen, handlers };
};

/** The person at the portal (user 1 of the webhook), writing through the typed client. */
const userClient = (portal: MockPortal) => createImbotClient({ webhookUrl: webhookUrl(portal), retry: FAST_RETRY });
const botClient = (portal: MockPortal) => createImbotClient({ webhookUrl: webhookUrl(portal), botToken: BOT_TOKEN, retry: FAST_RETRY });

/** Makes every event for the bot: join, message, command, edit, reaction, delete, context, unregister. */
const converse = async (portal: MockPortal, botId: number) => {
  const user = userClient(portal);
  const v2 = botClient(portal).imbot.v2;
  await v2.Command.register({ botId, fields: { command: 'help', title: { en: 'Help' } } });
  const hello = await user.im.message.add({ DIALOG_ID: String(botId), MESSAGE: 'hello' });
  expectTypeOf(hello).toEqualTypeOf<number>();
  await user.im.message.add({ DIALOG_ID: String(botId), MESSAGE: '/help' });
  portal.userEdits({ userId: 1, messageId: hello, text: 'hello again' });
  const answer = await v2.Chat.Message.send({ botId, dialogId: '1', fields: { message: 'Hi!' } });
  portal.userReacts({ userId: 1, messageId: answer.id, reaction: 'like' });
  portal.userDeletes({ userId: 1, messageId: hello });
  portal.userOpens({ userId: 1, botId, context: { source: 'link' } });
  await v2.Bot.unregister({ botId });
};

const EXPECTED: EventName[] = [
  'ONIMBOTV2JOINCHAT',
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2COMMANDADD',
  'ONIMBOTV2MESSAGEUPDATE',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2MESSAGEDELETE',
  'ONIMBOTV2CONTEXTGET',
  'ONIMBOTV2DELETE',
];

const check = (seen: readonly BotEvent[], botId: number, delivery: 'fetch' | 'webhook') => {
  expect(seen.map((event) => event.type)).toEqual(EXPECTED);
  expect(new Set(seen.map((event) => event.type))).toEqual(new Set(NAMES));
  for (const event of seen) {
    expect(event.delivery).toBe(delivery);
    expect(event.data.bot.id).toBe(botId);
  }
  const byType = <N extends EventName>(name: N) => seen.find((event) => event.type === name) as BotEvent<N>;
  expect(byType('ONIMBOTV2MESSAGEADD').data.message.text).toBe('hello');
  expect(byType('ONIMBOTV2COMMANDADD').data.command).toMatchObject({ command: '/help', params: '' });
  expect(byType('ONIMBOTV2MESSAGEUPDATE').data.message.text).toBe('hello again');
  expect(byType('ONIMBOTV2REACTIONCHANGE').data).toMatchObject({ reaction: 'like', action: 'add' });
  expect(byType('ONIMBOTV2CONTEXTGET').data.context).toEqual({ source: 'link' });
  expect(byType('ONIMBOTV2JOINCHAT').data).toMatchObject({ dialogId: '1', user: { id: 1 } });
  expect(typeof byType('ONIMBOTV2MESSAGEDELETE').data.messageId).toBe('number');
};

describe('every event from the mock portal reaches a typed handler', () => {
  it('fetch mode, through client.events()', async () => {
    const portal = await startPortal();
    const client = botClient(portal);
    const { bot } = await client.imbot.v2.Bot.register({ fields: { code: 'fetch_bot', botToken: BOT_TOKEN, properties: { name: 'Fetch' } } });
    await converse(portal, bot.id);
    const { seen, handlers } = recorder();
    const controller = new AbortController();
    const stream = client.events({ botId: bot.id, signal: controller.signal, idleDelayMs: { min: 10, max: 10 } });
    for await (const event of stream) {
      await (handlers[event.type] as (event: BotEvent) => unknown)(event);
      if (event.type === 'ONIMBOTV2DELETE') controller.abort();
    }
    check(seen, bot.id, 'fetch');
    // The cursor points past the last event.
    expect(stream.offset).toBe((seen.at(-1)!.eventId ?? 0) + 1);
  });

  it('webhook mode, through handleEventDelivery', async () => {
    const portal = await startPortal({ applicationToken: APPLICATION_TOKEN });
    const { seen, handlers } = recorder();
    const options = { applicationToken: APPLICATION_TOKEN, handlers };
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = handleEventDelivery(Buffer.concat(chunks), request.headers['content-type'], options);
        response.writeHead(answer.status, answer.headers).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/bitrix/events`;
    const client = botClient(portal);
    const { bot } = await client.imbot.v2.Bot.register({
      fields: { code: 'hook_bot', botToken: BOT_TOKEN, eventMode: 'webhook', webhookUrl: url, properties: { name: 'Hook' } },
    });
    await converse(portal, bot.id);
    await portal.deliveriesSettled();
    await expect.poll(() => seen.length).toBe(EXPECTED.length);
    check(seen, bot.id, 'webhook');
    expect(portal.deliveries.every((delivery) => delivery.status === 200)).toBe(true);
  });
});

describe('client.events({ withUserEvents: true })', () => {
  it("hands out the calling user's own events in the same stream, in queue order", async () => {
    // An open portal: any user's webhook (user 2 writes to user 1, the bot's owner).
    const portal = await startPortal({ webhook: undefined, token: undefined, clientId: undefined });
    const hook = (userId: number) => `${portal.url}/rest/${userId}/user-${userId}/`;
    const userTwo = createImbotClient({ webhookUrl: hook(2), retry: FAST_RETRY });
    const client = createImbotClient({ webhookUrl: hook(1), botToken: BOT_TOKEN, retry: FAST_RETRY });
    const { bot } = await client.imbot.v2.Bot.register({ fields: { code: 'both_bot', botToken: BOT_TOKEN, properties: { name: 'Both' } } });
    // Before user 1 subscribes, the platform refuses the combined read, and the iteration throws it.
    await expect(client.events({ botId: bot.id, withUserEvents: true }).next()).rejects.toMatchObject({ code: 'USER_NOT_SUBSCRIBED' });

    await client.im.v2.Event.subscribe({});
    const chatId = await userTwo.im.chat.add({ USERS: [1, bot.id] });
    await userTwo.im.message.add({ DIALOG_ID: `chat${chatId}`, MESSAGE: `Hi [USER=${bot.id}]bot[/USER]` });

    const seen: (BotEvent | UserEvent)[] = [];
    const controller = new AbortController();
    const stream = client.events({ botId: bot.id, withUserEvents: true, signal: controller.signal, idleDelayMs: { min: 10, max: 10 } });
    for await (const event of stream) {
      seen.push(event);
      if (event.type === 'ONIMV2MESSAGEADD') controller.abort();
    }
    // User 1 hears both joins (their own and the bot's) and the message; the bot hears its join and the mention.
    expect(seen.map((event) => event.type)).toEqual(['ONIMV2JOINCHAT', 'ONIMBOTV2JOINCHAT', 'ONIMV2JOINCHAT', 'ONIMBOTV2MESSAGEADD', 'ONIMV2MESSAGEADD']);
    const ids = seen.map((event) => event.eventId!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(stream.offset).toBe(ids.at(-1)! + 1);
    for (const event of seen) {
      expect(event.delivery).toBe('fetch');
      // The bot's events name the bot; the user's do not.
      expect('bot' in event.data).toBe(event.type.startsWith('ONIMBOTV2'));
      if (event.type === 'ONIMV2MESSAGEADD') {
        expectTypeOf(event.data.message.text).toEqualTypeOf<string | undefined>();
        expect(event.data.message.text).toBe(`Hi [USER=${bot.id}]bot[/USER]`);
        expect(event.data.user.id).toBe(2);
      }
    }
    // Nothing else waits for user 1 past the stream's offset.
    expect((await client.im.v2.Event.get({ offset: stream.offset! })).events).toEqual([]);
  });
});

// Two instances of one bot behind one webhook URL, sharing a store that says it is shared: a
// delivery taken by one is ignored by the other when replayed there (the receivers' own guards
// are per instance). With stores of their own, the replay is handled twice.
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Bot, createBot, memoryStore, type Store } from '../src/index.js';
import { botMessages, receive, type Receiving, serveFetch } from './helpers.js';

let portal: MockPortal;
const opened: { bot: Bot; receiving: Receiving }[] = [];
beforeEach(async () => {
  portal = await startMockPortal();
});
afterEach(async () => {
  for (const { bot, receiving } of opened.splice(0)) {
    await bot.stop();
    await receiving.close();
  }
  await portal.close();
});

/** Two instances; the portal delivers to the first; the message's delivery is then replayed to the second. */
const replayedToTheOther = async (stores: [Store, Store]) => {
  const captured: { body: Buffer; contentType: string }[] = [];
  const instances = stores.map((store) => {
    const bot = createBot({ code: 'twice', name: 'Twice' });
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.text}`));
    return { bot, store };
  });
  const first = await serveFetch(instances[0]!.bot.fetchHandler(), (body, headers) => captured.push({ body, contentType: headers['content-type']! }));
  const second = await receive(instances[1]!.bot);
  opened.push({ bot: instances[0]!.bot, receiving: first }, { bot: instances[1]!.bot, receiving: second });
  const options = { webhookUrl: `${portal.url}/rest/1/shared/`, botToken: 'shared-token' };
  const info = await instances[0]!.bot.start({ ...options, storage: stores[0], webhook: { url: first.url, applicationToken: portal.applicationToken } });
  instances[1]!.bot.connect({ ...options, storage: stores[1], webhook: { applicationToken: portal.applicationToken } });
  portal.userSends({ userId: 1, dialogId: String(info.id), text: 'once' });
  await portal.deliveriesSettled();
  await instances[0]!.bot.idle();
  const message = captured.find((one) => one.body.includes('event=ONIMBOTV2MESSAGEADD'))!;
  const response = await fetch(second.url, { method: 'POST', headers: { 'content-type': message.contentType }, body: new Uint8Array(message.body) });
  await instances[1]!.bot.idle();
  return { status: response.status, replies: botMessages(portal, info.id) };
};

it('a shared store: the replay is acknowledged and ignored by the other instance', async () => {
  const shared: Store = Object.assign(memoryStore(), { shared: true });
  expect(await replayedToTheOther([shared, shared])).toEqual({ status: 200, replies: ['echo: once'] });
});

it('stores of their own: the other instance handles the replay again (what a shared store prevents)', async () => {
  expect(await replayedToTheOther([memoryStore(), memoryStore()])).toEqual({ status: 200, replies: ['echo: once', 'echo: once'] });
});

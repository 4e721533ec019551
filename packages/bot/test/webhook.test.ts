// Webhooks: the fetch handler, the node:http adapter and the Fastify plugin all end in the
// server package's receiver, one per running bot: a genuine delivery from the mock portal is
// handled once, and the same delivery replayed to any of them is refused; so are a wrong token,
// a body over the limit, and anything but a POST.
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot } from '../src/index.js';
import { botWebhook } from '../src/fastify.js';
import { botMessages, receive, type Receiving, serveFetch } from './helpers.js';

let portal: MockPortal;
let viaFetch: Receiving;
let viaNode: Receiving;
let fastify: FastifyInstance;
let viaFastify: string;
const captured: { body: Buffer; contentType: string }[] = [];
/** The portal's delivery of the first message, as POSTed. */
const genuine = () => captured.find((one) => one.body.includes('event=ONIMBOTV2MESSAGEADD'))!;
const bot = createBot({ code: 'hooked', name: 'Hooked' });
bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.text}`));

beforeAll(async () => {
  portal = await startMockPortal();
  viaFetch = await serveFetch(bot.fetchHandler(), (body, headers) => captured.push({ body, contentType: headers['content-type']! }));
  viaNode = await receive(bot);
  fastify = Fastify();
  await fastify.register(botWebhook, { bot, path: '/bitrix/events' });
  viaFastify = `${await fastify.listen({ port: 0, host: '127.0.0.1' })}/bitrix/events`;
  await bot.start({
    webhookUrl: `${portal.url}/rest/1/webhook-test/`,
    botToken: 'webhook-token',
    webhook: { url: viaFetch.url, applicationToken: portal.applicationToken, bodyBytes: 64 * 1024 },
  });
});
afterAll(async () => {
  await bot.stop();
  await viaFetch.close();
  await viaNode.close();
  await fastify.close();
  await portal.close();
});

const post = (url: string, body: string | Buffer, contentType = 'application/x-www-form-urlencoded') =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : new Uint8Array(body) });

const said = async (text: string) => {
  portal.userSends({ userId: 1, dialogId: String(bot.info!.id), text });
  await portal.deliveriesSettled();
  await bot.idle();
};

describe('a delivery from the portal', () => {
  it('reaches the bot through the fetch handler, once', async () => {
    await said('first');
    expect(botMessages(portal, bot.info!.id)).toEqual(['echo: first']);
    expect(portal.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]); // the dialog's join, the message
  });

  it.each([
    ['fetch handler', () => viaFetch.url],
    ['node:http adapter', () => viaNode.url],
    ['Fastify plugin', () => viaFastify],
  ])('replayed to the %s: refused as a duplicate, not handled again', async (_name, url) => {
    const message = genuine();
    const response = await post(url(), message.body, message.contentType);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'DUPLICATE_DELIVERY' });
    await bot.idle();
    expect(botMessages(portal, bot.info!.id)).toEqual(['echo: first']);
  });
});

describe.each([
  ['fetch handler', () => viaFetch.url],
  ['node:http adapter', () => viaNode.url],
  ['Fastify plugin', () => viaFastify],
])('the %s refuses', (_name, url) => {
  it('a delivery with another application token (401), before anything reaches the bot', async () => {
    const forged = genuine().body.toString().replace(/auth%5Bapplication_token%5D=[^&]+/, 'auth%5Bapplication_token%5D=forged');
    expect(forged).toContain('application_token%5D=forged');
    const response = await post(url(), forged);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'INVALID_CREDENTIALS' });
  });

  it('a body over the limit (413) and one that is not a delivery (400)', async () => {
    const big = await post(url(), `event=ONIMBOTV2MESSAGEADD&data=${'x'.repeat(64 * 1024)}`);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: 'PAYLOAD_TOO_LARGE' });
    const garbage = await post(url(), '{"not":"a form"', 'application/json');
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ error: 'INVALID_FORMAT' });
  });
});

it('the fetch handler and the node adapter answer 405 to anything but a POST', async () => {
  for (const url of [viaFetch.url, viaNode.url]) {
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: 'METHOD_NOT_ALLOWED' });
  }
});

it('a new delivery after the refusals is handled', async () => {
  await said('second');
  expect(botMessages(portal, bot.info!.id)).toEqual(['echo: first', 'echo: second']);
});

describe('past maxPending events in hand', () => {
  it('answers a delivery only once its event is handled, so the platform slows down', async () => {
    const own = await startMockPortal();
    const slow = createBot({ code: 'slow', name: 'Slow' });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const arrived: string[] = [];
    slow.use(async (ctx, next) => {
      if (ctx.text) arrived.push(ctx.text);
      await next();
    });
    slow.on('message:text', async (ctx) => {
      if (ctx.text === 'hold') await gate;
      await ctx.reply(`done ${ctx.text}`);
    });
    const receiving = await receive(slow);
    try {
      const { id } = await slow.start({
        webhookUrl: `${own.url}/rest/1/slow-test/`,
        botToken: 'slow-token',
        webhook: { url: receiving.url, applicationToken: own.applicationToken, maxPending: 2 },
      });
      own.userSends({ userId: 1, dialogId: String(id), text: 'warm up' });
      await own.deliveriesSettled();
      await slow.idle();
      // "hold" blocks its dialog; "a" waits behind it (2 in hand); "b" is accepted but its answer
      // waits; "c" is not sent meanwhile.
      for (const text of ['hold', 'a', 'b', 'c']) own.userSends({ userId: 1, dialogId: String(id), text });
      const states = () => own.deliveries.slice(2).map((delivery) => delivery.state);
      await vi.waitFor(() => expect(states()).toEqual(['sent', 'sent', 'pending', 'pending']), { timeout: 60_000, interval: 10 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(states()).toEqual(['sent', 'sent', 'pending', 'pending']);
      expect(arrived).toEqual(['warm up', 'hold']);
      open();
      await own.deliveriesSettled();
      await slow.idle();
      expect(own.deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(botMessages(own, id)).toEqual(['done warm up', 'done hold', 'done a', 'done b', 'done c']);
    } finally {
      open();
      await slow.stop();
      await receiving.close();
      await own.close();
    }
  });
});

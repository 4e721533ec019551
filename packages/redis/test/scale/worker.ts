// One process of the scale scenarios (scenarios.ts starts them by PID through testkit). Each role
// writes what it handled into Redis (the scenario reads it there) and prints what the scenario
// waits for. Usage: node --import tsx worker.ts <role>, with the role's settings in the env.
//   receiver  a webhook bot on node:http: each ONIMBOTV2MESSAGEADD handled counts in HASH handled
//   caller    CALLS calls of imbot.v2.Bot.list through one shared budget (LIMITS, JSON); prints a JSON summary
//   poller    a polling bot: each message `m<n>` counts in HASH handled; the first process to see
//             BLOCK stops in its handler (it prints `blocking`: the scenario kills it there), the
//             first to see STALL prints `stalling` and waits a second in its handler (the
//             scenario stops it there with SIGSTOP, and continues it later)
//   renewer   waits for KEY go, then calls its portal through the installation store with an
//             expired token; prints `ok <token>` and how many renewals it made
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createImbotClient } from '@b24-imbot/client';
import { createBot } from '@b24-imbot/bot';
import { nodeHandler } from '@b24-imbot/bot/node';
import { redisConnection, redisInstallations, redisRateLimiter, redisStore } from '../../src/index.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`worker: ${name} is not set`);
  return value;
};
const redis = redisConnection({ url: env('REDIS_URL'), prefix: env('PREFIX') });
const count = (id: string | number) => redis.send(['HINCRBY', `${redis.prefix}handled`, String(id), 1]);

const roles: Record<string, () => Promise<void>> = {
  async receiver() {
    const bot = createBot({ code: 'scale_receiver', name: 'Scale receiver' });
    bot.on('ONIMBOTV2MESSAGEADD', async (ctx) => {
      await count((ctx.event.data as { message: { id: number } }).message.id);
    });
    bot.connect({
      webhookUrl: env('WEBHOOK_URL'),
      botToken: 'unused',
      webhook: { applicationToken: env('APP_TOKEN') },
      storage: redisStore(redis),
    });
    const server = createServer(nodeHandler(bot, { path: '/' }));
    server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
  },

  async caller() {
    const client = createImbotClient({
      webhookUrl: env('WEBHOOK_URL'),
      botToken: env('BOT_TOKEN'),
      rateLimit: redisRateLimiter(redis, { name: env('WEBHOOK_URL'), limits: JSON.parse(env('LIMITS')) }),
      retry: false,
      timeoutMs: 120_000,
    });
    const errors: Record<string, number> = {};
    let ok = 0;
    for (let i = 0; i < Number(env('CALLS')); i++) {
      try {
        await client.imbot.v2.Bot.list({});
        ok++;
      } catch (error) {
        const key = `${(error as { status?: number }).status ?? 'none'} ${(error as { code?: string }).code ?? String(error)}`;
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
    console.log(`done ${JSON.stringify({ ok, errors })}`);
    await redis.close();
  },

  async poller() {
    const bot = createBot({ code: 'scale_poller', name: 'Scale poller' });
    bot.on('message:text', async (ctx) => {
      if (ctx.text === process.env['BLOCK'] && (await redis.send(['SET', `${redis.prefix}blocked`, String(process.pid), 'NX'])) !== null) {
        console.log(`blocking ${ctx.text}`);
        await new Promise(() => {});
      }
      if (ctx.text === process.env['STALL'] && (await redis.send(['SET', `${redis.prefix}stalled`, String(process.pid), 'NX'])) !== null) {
        // The scenario stops this process (SIGSTOP) within this second, inside the handler.
        console.log(`stalling ${ctx.text}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      await count(ctx.text);
      console.log(`handled ${ctx.text} at ${Date.now()}`);
    });
    const info = await bot.start({
      webhookUrl: env('WEBHOOK_URL'),
      botToken: env('BOT_TOKEN'),
      storage: redisStore(redis),
      polling: { limit: 50, idleDelayMs: { min: 100, max: 300 }, hasMoreDelayMs: 50, lease: { ttlMs: Number(env('LEASE_MS')) } },
    });
    console.log(`started bot ${info.id}`);
  },

  async renewer() {
    let renewals = 0;
    const installations = redisInstallations({
      redis,
      clientId: env('CLIENT_ID'),
      clientSecret: env('CLIENT_SECRET'),
      tokenUrl: env('TOKEN_URL'),
      fetch: (input, init) => {
        renewals++;
        return fetch(input, init);
      },
    });
    console.log('ready');
    while ((await redis.send(['GET', `${redis.prefix}go`])) === null) await new Promise((resolve) => setTimeout(resolve, 20));
    const memberId = env('MEMBER_ID');
    const client = await installations.client(memberId, { timeoutMs: 120_000 });
    await client.imbot.v2.Bot.list({});
    console.log(`ok ${(await installations.get(memberId))?.accessToken} renewals ${renewals}`);
    await redis.close();
  },
};

const role = process.argv[2] ?? '';
if (!Object.hasOwn(roles, role)) throw new Error(`worker: no role ${role}`);
await roles[role]!();

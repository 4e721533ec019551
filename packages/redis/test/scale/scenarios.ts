// The scale scenarios: real redis-server, the real mock portal over loopback, worker processes
// (worker.ts) started and stopped by PID through testkit. Each returns its figures; the test
// (scale.test.ts) checks them at a reduced size, `pnpm --filter @b24-imbot/redis run scale`
// (figures.ts) prints them at the issue's size.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBot } from '@b24-imbot/bot';
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { type Started, start, startListening, startRedis, type StartedRedis } from '@b24-imbot/testkit';
import { type RedisConnection, redisConnection, redisInstallations, redisRateLimiter } from '../../src/index.js';

const worker = fileURLToPath(new URL('worker.ts', import.meta.url));

export interface Figures {
  readonly scenario: string;
  readonly processes: number;
  readonly sent: number;
  readonly handled: number;
  readonly handledTwice: number;
  readonly lost: number;
  /** Answers 429 (QUERY_LIMIT_EXCEEDED) from the portal. */
  readonly status429: number;
  /** From the leader's SIGKILL to the first event the other poller handled, in seconds. */
  readonly takeoverSeconds?: number;
  /** Token renewals the portal's OAuth server made. */
  readonly renewals?: number;
  /** Statuses the receivers answered, by status. */
  readonly answers?: Readonly<Record<number, number>>;
  /** Distinct access tokens the processes ended with. */
  readonly distinctTokens?: number;
  /** Whether the stored refresh token is the one the portal's OAuth server will renew with now. */
  readonly refreshTokenCurrent?: boolean;
  /** Anything else worth a look. */
  readonly notes?: string;
}

/** Everything a scenario started, stopped in reverse order whatever happens. */
class Stage {
  readonly #stops: (() => Promise<unknown>)[] = [];
  add<T>(thing: T, stop: (thing: T) => Promise<unknown>): T {
    this.#stops.push(() => stop(thing));
    return thing;
  }
  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop().catch(() => {});
  }
}

const PREFIX = 'scale:';

const startServers = async (stage: Stage, portalOptions: Parameters<typeof startMockPortal>[0] = {}) => {
  const redis = stage.add(await startRedis(), (server) => server.stop());
  const connection = stage.add(redisConnection({ url: redis.url, prefix: PREFIX }), (c) => c.close());
  const portal = stage.add(await startMockPortal(portalOptions), (p) => p.close());
  return { redis, connection, portal };
};

const startWorker = (stage: Stage, role: string, env: Record<string, string>): Started =>
  stage.add(start(process.execPath, ['--import', 'tsx', worker, role], { env: { ...process.env, PREFIX, ...env } }), (child) => child.stop());

const listening = async (stage: Stage, role: string, env: Record<string, string>) =>
  stage.add(await startListening(process.execPath, ['--import', 'tsx', worker, role], { env: { ...process.env, PREFIX, ...env }, timeoutMs: 120_000 }), (child) =>
    child.stop(),
  );

/** A loopback HTTP server answering each POST with `answer(body, contentType)`. */
const serve = async (stage: Stage, answer: (body: Buffer, contentType: string | undefined) => Promise<{ status: number; body: string }>) => {
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server: Server = createServer(async (req, res) => {
    const { status, body } = await answer(await read(req), req.headers['content-type']);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stage.add(server, (s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve()))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
};

/** Counts by id in the HASH the workers write. */
const handledCounts = async (connection: RedisConnection): Promise<Map<string, number>> => {
  const flat = (await connection.send(['HGETALL', `${PREFIX}handled`])) as Record<string, string> | string[];
  const entries = Array.isArray(flat) ? Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as const) : Object.entries(flat);
  return new Map(entries.map(([id, n]) => [id, Number(n)]));
};

const until = async (what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Until the counts stop changing (two reads `quietMs` apart agree). */
const settledCounts = async (connection: RedisConnection, quietMs = 500): Promise<Map<string, number>> => {
  let before = JSON.stringify([...(await handledCounts(connection))]);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const counts = await handledCounts(connection);
    const now = JSON.stringify([...counts]);
    if (now === before) return counts;
    before = now;
  }
};

/** A bot registered in webhook mode (its deliveries go to `url`); its id and token. */
const registerBot = async (portal: MockPortal, code: string, url: string, webhookUrl: string) => {
  const bot = createBot({ code, name: code });
  const info = await bot.start({ webhookUrl, botToken: `${code}-token`, webhook: { url, applicationToken: portal.applicationToken } });
  await bot.stop();
  return { id: info.id, botToken: `${code}-token` };
};

const random = (n: number) => Math.floor(Math.random() * n);

/** 3 receivers; `deliveries` genuine deliveries from the portal, plus `replays` of them, each to a random instance. */
export const receivers = async ({ instances = 3, deliveries = 1000, replays = 200 } = {}): Promise<Figures> => {
  const stage = new Stage();
  try {
    const { redis, connection, portal } = await startServers(stage);
    const webhookUrl = `${portal.url}/rest/1/scale/`;
    // The portal's own deliveries, caught as it POSTs them, then sent on by us.
    const caught: { body: Buffer; contentType: string | undefined }[] = [];
    const catcher = await serve(stage, async (body, contentType) => {
      caught.push({ body, contentType });
      return { status: 200, body: '{"result":true}' };
    });
    const bot = await registerBot(portal, 'scale_receiver', catcher, webhookUrl);
    // In steps: the portal drops deliveries past its limit of deliveries in flight.
    for (let n = 1; n <= deliveries; n++) {
      portal.userSends({ userId: 1 + (n % 10), dialogId: String(bot.id), text: `d${n}` });
      if (n % 25 === 0) await portal.deliveriesSettled();
    }
    await portal.deliveriesSettled();
    const messages = caught.filter((delivery) => delivery.body.toString().startsWith('event=ONIMBOTV2MESSAGEADD'));
    if (messages.length !== deliveries) throw new Error(`the portal delivered ${messages.length} messages, not ${deliveries}`);

    const env = { REDIS_URL: redis.url, WEBHOOK_URL: webhookUrl, APP_TOKEN: portal.applicationToken };
    const urls = (await Promise.all(Array.from({ length: instances }, () => listening(stage, 'receiver', env)))).map((child) => child.url);
    // Originals in order, each replay after its original (at once: it may race the original).
    const plan: number[] = [];
    let replaysLeft = replays;
    for (let i = 0; i < messages.length; i++) {
      plan.push(i);
      const due = Math.round(((i + 1) * replays) / messages.length) - (replays - replaysLeft);
      for (let r = 0; r < due; r++, replaysLeft--) plan.push(random(i + 1));
    }
    const statuses: Record<number, number> = {};
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < plan.length) {
          const { body, contentType } = messages[plan[next++]!]!;
          const response = await fetch(urls[random(urls.length)]!, { method: 'POST', body, headers: { 'content-type': contentType ?? '' } });
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          await response.arrayBuffer();
        }
      }),
    );
    await until('every delivery handled', async () => (await handledCounts(connection)).size >= deliveries, 120_000);
    const counts = await settledCounts(connection);
    return {
      scenario: `${instances} receivers, ${deliveries} deliveries + ${replays} replays to random instances`,
      processes: instances,
      sent: plan.length,
      handled: counts.size,
      handledTwice: [...counts.values()].filter((n) => n > 1).length,
      lost: deliveries - counts.size,
      status429: statuses[429] ?? 0,
      answers: statuses,
      notes: `answers ${Object.entries(statuses).map(([status, n]) => `${status}: ${n}`).join(', ')}`,
    };
  } finally {
    await stage.close();
  }
};

/**
 * What the callers draw from imbot.v2's budget (a burst of 2, 2 requests a second): half its
 * rate. On a machine as busy as CI's a process can stall for a second; the mock then reads the
 * requests that queued meanwhile at once, where a portal reads them as they come. At the full
 * rate one such stall is enough for a 429, at half it takes two seconds.
 */
const CALLER_LIMITS = { burst: 2, perSecond: 1 };

/** `workers` processes calling one application's imbot.v2 budget through the shared limiter, against the mock's rate limit. */
export const workers = async ({ workers: count = 4, callsEach = 15 } = {}): Promise<Figures> => {
  const stage = new Stage();
  try {
    const { redis, connection, portal } = await startServers(stage, { rateLimit: true });
    const webhookUrl = `${portal.url}/rest/1/scale/`;
    // Registering draws on the same budget as the workers: through the same limiter.
    const limiter = redisRateLimiter(connection, { name: webhookUrl, limits: CALLER_LIMITS });
    const bot = createBot({ code: 'scale_caller', name: 'scale_caller' });
    await bot.start({ webhookUrl, botToken: 'scale-caller-token', rateLimit: limiter, webhook: { url: 'http://127.0.0.1:9/', applicationToken: portal.applicationToken } });
    await bot.stop();
    const env = { REDIS_URL: redis.url, WEBHOOK_URL: webhookUrl, BOT_TOKEN: 'scale-caller-token', CALLS: String(callsEach), LIMITS: JSON.stringify(CALLER_LIMITS) };
    const children = Array.from({ length: count }, () => startWorker(stage, 'caller', env));
    const summaries = await Promise.all(
      children.map(async (child) => JSON.parse((await child.waitFor(/done (\{.*\})\n/, 600_000))[1]!) as { ok: number; errors: Record<string, number> }),
    );
    const listed = portal.calls.filter((call) => call.method === 'imbot.v2.Bot.list');
    return {
      scenario: `${count} workers sharing one application's imbot.v2 budget (2/s, drawn at ${CALLER_LIMITS.perSecond}/s), mock rate limit on`,
      processes: count,
      sent: count * callsEach,
      handled: summaries.reduce((sum, s) => sum + s.ok, 0),
      handledTwice: 0,
      lost: count * callsEach - listed.length,
      status429: portal.calls.filter((call) => call.status === 429).length,
      notes: `worker errors ${JSON.stringify(Object.assign({}, ...summaries.map((s) => s.errors)))}`,
    };
  } finally {
    await stage.close();
  }
};

/** Two poller processes of one bot (the first registers it); the bot's id. */
const startPollers = async (stage: Stage, env: Record<string, string>) => {
  const first = startWorker(stage, 'poller', env);
  const botId = Number((await first.waitFor(/started bot (\d+)\n/, 120_000))[1]);
  const second = startWorker(stage, 'poller', env);
  await second.waitFor(/started bot \d+\n/, 120_000);
  return { first, second, botId };
};

/** The first of `children` to print `pattern`. */
const firstToPrint = (children: readonly Started[], pattern: RegExp): Promise<Started> =>
  Promise.race(children.map(async (child) => (await child.waitFor(pattern, 600_000), child)));

/** 2 pollers of one bot; the leader is killed (SIGKILL) in the middle of the stream, inside a handler. */
export const pollers = async ({ messages = 200, leaseMs = 3000, pauseMs = 10 } = {}): Promise<Figures> => {
  const stage = new Stage();
  try {
    const { redis, connection, portal } = await startServers(stage);
    const block = `m${Math.ceil(messages / 2)}`;
    const env = { REDIS_URL: redis.url, WEBHOOK_URL: `${portal.url}/rest/1/scale/`, BOT_TOKEN: 'scale-poller-token', LEASE_MS: String(leaseMs), BLOCK: block };
    const { first, second, botId } = await startPollers(stage, env);
    let killedAt = 0;
    let leader: Started | undefined;
    const killing = firstToPrint([first, second], /blocking /).then(async (child) => {
      leader = child;
      killedAt = Date.now();
      process.kill(child.pid, 'SIGKILL');
      await child.exit;
    });
    // One user in the bot's dialog: one dialog, handled in order.
    for (let n = 1; n <= messages; n++) {
      portal.userSends({ userId: 1, dialogId: String(botId), text: `m${n}` });
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    await killing;
    const follower = leader === first ? second : first;
    await until('every message handled', async () => (await handledCounts(connection)).size >= messages, 180_000);
    const counts = await settledCounts(connection);
    const after = [...follower.stdout().matchAll(/handled \S+ at (\d+)\n/g)].map((match) => Number(match[1])).filter((at) => at >= killedAt);
    return {
      scenario: `2 pollers of one bot, ${messages} messages, the leader SIGKILLed inside a handler (lease ${leaseMs} ms)`,
      processes: 2,
      sent: messages,
      handled: counts.size,
      handledTwice: [...counts.values()].filter((n) => n > 1).length,
      lost: messages - counts.size,
      status429: portal.calls.filter((call) => call.status === 429).length,
      ...(after.length > 0 ? { takeoverSeconds: (Math.min(...after) - killedAt) / 1000 } : {}),
    };
  } finally {
    await stage.close();
  }
};

/**
 * 2 pollers of one bot; the leader is stopped (SIGSTOP) inside a handler for longer than its
 * lease, the other takes over and handles the rest, then the leader is continued. The handler
 * that was running through the stall finishes (that one event may count twice); the leader must
 * start no other handler, though it had the rest of the stream in hand.
 */
export const stalled = async ({ messages = 60, leaseMs = 3000 } = {}): Promise<Figures> => {
  const stage = new Stage();
  let paused: Started | undefined;
  try {
    const { redis, connection, portal } = await startServers(stage);
    const stall = `m${Math.ceil(messages / 3)}`;
    const env = { REDIS_URL: redis.url, WEBHOOK_URL: `${portal.url}/rest/1/scale/`, BOT_TOKEN: 'scale-stall-token', LEASE_MS: String(leaseMs), STALL: stall };
    const { first, second, botId } = await startPollers(stage, env);
    const stopping = firstToPrint([first, second], /stalling /).then((child) => {
      process.kill(child.pid, 'SIGSTOP');
      paused = child;
      return child;
    });
    // All at once: the leader takes the whole stream in hand before it stalls.
    for (let n = 1; n <= messages; n++) portal.userSends({ userId: 1, dialogId: String(botId), text: `m${n}` });
    const leader = await stopping;
    await until('every message handled by the other poller', async () => (await handledCounts(connection)).size >= messages, 180_000);
    process.kill(leader.pid, 'SIGCONT');
    paused = undefined;
    // Whatever the continued leader still does, it does within a few of its lease renewals.
    await new Promise((resolve) => setTimeout(resolve, 3 * leaseMs));
    const counts = await settledCounts(connection);
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    return {
      scenario: `2 pollers of one bot, ${messages} messages, the leader stopped (SIGSTOP) inside a handler past its lease (${leaseMs} ms), then continued`,
      processes: 2,
      sent: messages,
      handled: counts.size,
      handledTwice: twice.length,
      lost: messages - counts.size,
      status429: portal.calls.filter((call) => call.status === 429).length,
      notes: `handled twice: ${twice.join(', ') || 'none'} (the stalled handler's event: ${stall})`,
    };
  } finally {
    if (paused) process.kill(paused.pid, 'SIGCONT');
    await stage.close();
  }
};

/** The installation store's receiver for the portal's ONAPPINSTALL / ONAPPUNINSTALL, on loopback. */
const installationsReceiver = async (stage: Stage, redis: StartedRedis, portal: MockPortal) => {
  const installations = stage.add(
    redisInstallations({ redis: { url: redis.url, prefix: PREFIX }, clientId: portal.oauth.clientId, clientSecret: portal.oauth.clientSecret, tokenUrl: portal.oauth.tokenUrl }),
    (i) => i.close(),
  );
  const handlerUrl = await serve(stage, (body, contentType) => installations.receive(body, contentType));
  return { installations, handlerUrl };
};

/** `processes` processes renewing one portal's expired token at once through the installation store. */
export const renewers = async ({ processes = 50 } = {}): Promise<Figures> => {
  const stage = new Stage();
  try {
    const { redis, connection, portal } = await startServers(stage);
    const { installations, handlerUrl } = await installationsReceiver(stage, redis, portal);
    const installed = await portal.install({ handlerUrl });
    if ((await installations.get(installed.memberId))?.accessToken !== installed.accessToken) throw new Error('ONAPPINSTALL did not reach the installation store');
    portal.expireToken(installed.accessToken);
    const issuedBefore = portal.platform.oauth.accessTokens.size;
    const env = {
      REDIS_URL: redis.url,
      CLIENT_ID: portal.oauth.clientId,
      CLIENT_SECRET: portal.oauth.clientSecret,
      TOKEN_URL: portal.oauth.tokenUrl,
      MEMBER_ID: installed.memberId,
    };
    const children = Array.from({ length: processes }, () => startWorker(stage, 'renewer', env));
    await Promise.all(children.map((child) => child.waitFor(/ready\n/, 600_000)));
    await connection.send(['SET', `${PREFIX}go`, '1']);
    const results = await Promise.all(
      children.map(async (child) => {
        const exit = await child.exit;
        const match = /ok (\S+) renewals (\d+)\n/.exec(child.stdout());
        return { ok: exit.code === 0 && match !== null, token: match?.[1], renewals: Number(match?.[2] ?? 0), output: child.output() };
      }),
    );
    const failed = results.filter((result) => !result.ok);
    const stored = await installations.get(installed.memberId);
    const tokens = new Set(results.map((result) => result.token));
    return {
      scenario: `${processes} processes renewing one portal's expired token at once`,
      processes,
      sent: processes,
      handled: results.length - failed.length,
      handledTwice: 0,
      lost: failed.length,
      status429: 0,
      renewals: portal.platform.oauth.accessTokens.size - issuedBefore,
      distinctTokens: tokens.size,
      refreshTokenCurrent: stored !== undefined && portal.platform.oauth.refreshTokens.has(stored.refreshToken),
      notes:
        `processes that renewed ${results.filter((result) => result.renewals > 0).length}, distinct tokens ${tokens.size}, ` +
        `stored refresh token is the portal's: ${stored !== undefined && portal.platform.oauth.refreshTokens.has(stored.refreshToken)}` +
        (failed.length > 0 ? `; first failure:\n${failed[0]!.output}` : ''),
    };
  } finally {
    await stage.close();
  }
};

/** Three portals: installed (ONAPPINSTALL), called through a client per portal, uninstalled (ONAPPUNINSTALL). */
export const portals = async (): Promise<Figures & { readonly steps: readonly string[] }> => {
  const stage = new Stage();
  const steps: string[] = [];
  try {
    const { redis, portal } = await startServers(stage);
    const sites = [portal, portal.addPortal({ domain: 'second.example.com' }), portal.addPortal({ domain: 'third.example.com' })];
    const { installations, handlerUrl } = await installationsReceiver(stage, redis, portal);
    for (const site of sites) await site.install({ handlerUrl });
    steps.push(`installed ${(await installations.list()).length}`);
    let called = 0;
    for (const site of sites) {
      const client = await installations.client(site.memberId);
      const { bot } = await client.imbot.v2.Bot.register({ fields: { code: `portal_bot`, botToken: 'portal-bot-token', properties: { name: site.domain } } });
      // The bot is on this portal, and on no other.
      if (site.platform.bots.get(bot.id)?.name === site.domain && sites.every((other) => other === site || other.platform.bots.get(bot.id)?.name !== site.domain)) called++;
    }
    steps.push(`called ${called}`);
    for (const site of sites) await site.uninstall();
    steps.push(`left after uninstall ${(await installations.list()).length}`);
    return { scenario: 'install, call, uninstall: three portals through the installation store', processes: 1, sent: 3, handled: called, handledTwice: 0, lost: 3 - called, status429: 0, steps, notes: steps.join(', ') };
  } finally {
    await stage.close();
  }
};

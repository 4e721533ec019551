// The same bot, bundled once, receives through its fetch handler on Node 22 and 24, Bun, Deno
// and workerd, and its client makes every call from there: registration, Command.answer,
// Chat.Message.send. The binaries are the official builds from the npm registry, pinned in
// @b24-imbot/testkit (runtimes.ts) and cached under node_modules/.cache. The mock portal runs
// in this process, on the machine's Node.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersAs, canRunRuntimes, type RuntimeName, runtimes, type Started, startOnFreePort, startRuntime } from '@b24-imbot/testkit';
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
let dir: string;
let bundle: string;
let portal: MockPortal | undefined;
let running: Started | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'b24-bot-runtimes-'));
  bundle = join(dir, 'bot.bundle.mjs');
  // One ES module with the bot, the client and the receiver. Node's modules stay imports: Bun
  // and Deno have them, workerd with its nodejs_compat flag.
  await build({
    entryPoints: [join(fixtures, 'runtime-bot.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['node:*'],
    logLevel: 'silent',
  });
});
afterEach(async () => {
  await running?.stop();
  await portal?.close();
  running = portal = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bot's messages on the portal, oldest first. */
const answers = (botId: number) =>
  [...portal!.platform.messages.values()].filter((message) => message.authorId === botId).map((message) => message.text);

/** A user writes to the bot; resolves once the bot has answered `count` messages in all. */
const exchange = async (botId: number, text: string, count: number) => {
  portal!.userSends({ userId: 1, dialogId: String(botId), text });
  await portal!.deliveriesSettled();
  await vi.waitFor(() => expect(answers(botId).length).toBeGreaterThanOrEqual(count), { timeout: 60_000, interval: 20 });
};

/** Starts the bot on `name`; resolves with the bot's id and the runtime it reports. */
const startOn = async (name: RuntimeName): Promise<{ botId: number; reported: string }> => {
  if (name === 'workerd') {
    copyFileSync(join(fixtures, 'runtimes/worker.mjs'), join(dir, 'worker.mjs'));
    const text = (value: string) => JSON.stringify(value);
    // workerd prints nothing once it listens: its port is chosen up front, and it counts as
    // started once the worker itself answers /ready there (it exits when it cannot have the port).
    const started = await startOnFreePort(
      'workerd',
      (port) => {
        const self = `http://127.0.0.1:${port}`;
        writeFileSync(
          join(dir, 'config.capnp'),
          [
            'using Workerd = import "/workerd/workerd.capnp";',
            'const config :Workerd.Config = (',
            '  services = [',
            '    (name = "main", worker = .bot),',
            // Outbound calls may reach the mock portal on loopback.
            '    (name = "internet", network = (allow = ["public", "private", "local"])),',
            '  ],',
            `  sockets = [(name = "http", address = ${text(`127.0.0.1:${port}`)}, http = (), service = "main")],`,
            ');',
            'const bot :Workerd.Worker = (',
            '  modules = [',
            '    (name = "worker.mjs", esModule = embed "worker.mjs"),',
            '    (name = "bot.bundle.mjs", esModule = embed "bot.bundle.mjs"),',
            '  ],',
            '  compatibilityDate = "2025-09-01",',
            '  compatibilityFlags = ["nodejs_compat"],',
            '  bindings = [',
            `    (name = "PORTAL", text = ${text(portal!.url)}),`,
            `    (name = "APP_TOKEN", text = ${text(portal!.applicationToken)}),`,
            `    (name = "SELF", text = ${text(self)}),`,
            '  ],',
            ');',
            '',
          ].join('\n'),
        );
        return (running = startRuntime('workerd', join(dir, 'config.capnp'), [], { cwd: dir }));
      },
      answersAs('/ready', (body) => body === 'ready\n'),
    );
    const setup = await fetch(`http://127.0.0.1:${started.port}/setup`, { method: 'POST' });
    const line = await setup.text();
    expect(setup.status, `${line}\n${started.output()}`).toBe(200);
    const [, id, reported] = /started bot (\d+) on (.+)\n/.exec(line)!;
    return { botId: Number(id), reported: reported! };
  }
  const entry = join(fixtures, `runtimes/${name.startsWith('node') ? 'node' : name}.mjs`);
  running = startRuntime(name, entry, [bundle, portal!.url, portal!.applicationToken]);
  const [, id, reported] = await running.waitFor(/started bot (\d+) on (.+)\n/, 60_000);
  return { botId: Number(id), reported: reported! };
};

const expectedName: Record<RuntimeName, string> = {
  node22: `node v${runtimes.node22.version}`,
  node24: `node v${runtimes.node24.version}`,
  bun: `bun ${runtimes.bun.version}`,
  deno: `deno ${runtimes.deno.version}`,
  workerd: 'workerd',
};

describe.skipIf(!canRunRuntimes).each(Object.keys(runtimes) as RuntimeName[])('on %s', (name) => {
  it('registers the bot, receives deliveries through the fetch handler and answers', { timeout: 180_000 }, async () => {
    portal = await startMockPortal();
    const { botId, reported } = await startOn(name);
    expect(reported).toBe(expectedName[name]);
    expect(portal.platform.bots.get(botId)).toMatchObject({ code: 'runtime_bot', eventMode: 'webhook' });

    await exchange(botId, 'hello', 1);
    await exchange(botId, '/help', 2);
    expect(answers(botId)).toEqual([`${reported} heard: hello`, `help from ${reported}`]);
    expect(portal.deliveries.map((delivery) => `${delivery.event} ${delivery.status}`)).toEqual([
      'ONIMBOTV2JOINCHAT 200',
      'ONIMBOTV2MESSAGEADD 200',
      'ONIMBOTV2MESSAGEADD 200',
      'ONIMBOTV2COMMANDADD 200',
    ]);
  });
});

// The b24-imbot-mock bin, run as a child process (through the testkit) and stopped by its PID.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accepting, start, startListening, type Started, workspaceRoot } from '@b24-imbot/testkit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { clockFloor } from '../src/mock/index.js';
import { readAppDelivery, startAppReceiver } from './app-receiver.js';
import { expectError, expectSuccess, json, request } from './helpers.js';

const bin = fileURLToPath(new URL('../src/bin/mock.ts', import.meta.url));
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_verify_deps_before_run: 'false' };
const started: Started[] = [];

/** The bin with these arguments (Node itself runs it, tsx as a loader, so the child's PID is the mock's). */
const run = (...args: string[]): Started => {
  const child = start(process.execPath, ['--import', 'tsx', bin, ...args], { env });
  started.push(child);
  return child;
};

/** The bin, listening; its URL. */
const serve = async (...args: string[]): Promise<Started & { url: string }> => {
  const child = await startListening(process.execPath, ['--import', 'tsx', bin, '--port', '0', ...args], { env, timeoutMs: 60_000 });
  started.push(child);
  return child;
};

const leftovers: number[] = [];
afterEach(async () => {
  for (const child of started.splice(0)) await child.stop();
  // Whatever a launcher left behind (the failure these tests look for), by PID.
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
});

const scratch = mkdtempSync(join(tmpdir(), 'b24-imbot-mock-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The descendants of a process (Linux: parent ids from /proc/<pid>/stat). */
const descendants = (pid: number): number[] => {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree.slice(1);
};

/** A privileged port free on 127.0.0.1 (we run as root), or undefined. */
const freePrivilegedPort = async (): Promise<number | undefined> => {
  for (let port = 1023; port > 900; port--) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  return undefined;
};

/** One line on stderr, exit code 2, nothing on stdout. */
const refused = async (child: Started): Promise<string> => {
  expect(await child.exit).toEqual({ code: 2, signal: null });
  expect(child.stderr().trim().split('\n'), child.stderr()).toHaveLength(1);
  expect(child.stderr()).not.toContain('Usage');
  expect(child.stdout()).toBe('');
  return child.stderr();
};

// Each test starts node processes (tsx's loader included): generous timeouts for a busy machine.
describe('b24-imbot-mock', { timeout: 90_000 }, () => {
  it('--help and -h print what the mock is and every option, and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const help = run(flag);
      expect(await help.exit).toEqual({ code: 0, signal: null });
      const text = help.stdout();
      for (const option of ['--port', '--host', '--webhook USERID:CODE', '--client-id', '--token', '--application-token', '--rate-limit', '--state FILE', '--quiet', '--help']) {
        expect(text).toContain(option);
      }
      // What it serves now: the v2 bot platform, events both ways, v1 and the user side.
      expect(text).toMatch(/imbot\.v2/);
      expect(text).toMatch(/Event\.get/);
      expect(text).toMatch(/imbot\.chat\.add/);
      expect(text).toMatch(/im\.message\.add/);
      // What a restart loses without --state, and that ids never repeat.
      expect(text).toMatch(/Without it a restart forgets all of them/);
      expect(text).toMatch(/never repeat/);
      // Every memory cap with its default.
      for (const cap of ['--max-chats N', '--max-messages-per-chat N', '--max-message-chars SIZE', '--max-files N', '--max-file-bytes SIZE', '--max-queued-events N', '--max-queued-event-chars SIZE', '--max-subscriptions N', '--max-user-queued-events N', '--max-journal N', '--max-calls N', '--max-deliveries N']) {
        expect(text).toMatch(new RegExp(`${cap}[^\\n]*(\\n {33}[^\\n]*)*\\(default \\d+M?\\)`));
      }
      expect(text).toMatch(/under 512 MiB/);
      // Fits a terminal.
      expect(text.split('\n').filter((line) => line.length > 100)).toEqual([]);
    }
  });

  it('bad options: one line on stderr, exit code 2, no usage', async () => {
    expect(await refused(run('--max-chats', '0'))).toMatch(/--max-chats must be a positive integer, got 0/);
    expect(await refused(run('--max-file-bytes', '12X'))).toMatch(/--max-file-bytes must be a positive size \(e\.g\. 64M\), got 12X/);
    expect(await refused(run('--nope'))).toMatch(/nope/);
    expect(await refused(run('--webhook', 'abc'))).toMatch(/USERID:CODE/);
    // A negative port gets the range, not parseArgs' "ambiguous".
    expect(await refused(run('--port', '-1'))).toBe('b24-imbot-mock: --port must be 0-65535, got -1 (b24-imbot-mock --help for usage)\n');
    expect(await refused(run('-p', '65536'))).toMatch(/--port must be 0-65535, got 65536/);
    // (One unresolvable host only: without a reachable DNS server the lookup takes seconds.)
    expect(await refused(run('--host', 'no-such-host.invalid'))).toBe(
      'b24-imbot-mock: --host no-such-host.invalid does not resolve to an address (b24-imbot-mock --help for usage)\n',
    );
  });

  it.runIf(process.getuid?.() === 0)('warns when run as root on a privileged port', async () => {
    const port = await freePrivilegedPort();
    if (port === undefined) return;
    const mock = await startListening(process.execPath, ['--import', 'tsx', bin, '--port', String(port)], { env });
    started.push(mock);
    await expect.poll(() => mock.stderr()).toMatch(new RegExp(`^b24-imbot-mock: warning: running as root on privileged port ${port}; .+\n$`));
  });

  it('serves on a free port with a webhook and CLIENT_ID, logs each request, and stops on SIGTERM', async () => {
    const mock = await serve('--webhook', '3:hook', '--client-id', 'bot');
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const first = expectSuccess(await request(`${mock.url}/rest/3/hook/imbot.chat.add.json`, json({ USERS: [1], CLIENT_ID: 'bot' })));
    expect(expectSuccess(await request(`${mock.url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })))).toBe(first + 1);
    expectError(await request(`${mock.url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2] })), 403, 'ACCESS_DENIED');
    expectError(await request(`${mock.url}/rest/3/nope/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })), 401, 'INVALID_CREDENTIALS');
    // The application token, and what a restart loses, are said at start.
    await mock.waitFor(/^state: /m);
    expect(mock.stdout()).toMatch(/^application token: [0-9a-f]{32}$/m);
    expect(mock.stdout()).toMatch(/^state: in memory only; a restart forgets bots, chats, messages, commands, files, queued events and subscriptions/m);
    await expect.poll(() => mock.stdout()).toMatch(/ POST imbot\.chat\.add 401 \d+ms INVALID_CREDENTIALS\n/);
    expect(mock.stdout()).toMatch(/ POST imbot\.chat\.add 200 \d+ms\n/);
    expect(mock.stdout()).toMatch(/ POST imbot\.chat\.add 403 \d+ms ACCESS_DENIED\n/);
    expect(mock.stdout()).not.toContain('nope');
    expect(await mock.stop()).toEqual({ code: 0, signal: null });
    expect(mock.stdout()).toContain('stopped (SIGTERM)');
    expect(await accepting(mock.url)).toBe(false);
  });

  it('takes a token and a rate limit, is quiet with --quiet, and stops on SIGINT', async () => {
    const mock = await serve('--token', 'tok', '--rate-limit', '--host', '127.0.0.1', '--quiet');
    expectSuccess(await request(`${mock.url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] })));
    expectError(await request(`${mock.url}/rest/imbot.chat.add?auth=bad`, json({ USERS: [1] })), 401, 'invalid_token');
    // The bucket (50, draining 2 a second) fills long before 500 calls, however slow the machine.
    let status = 200;
    for (let i = 0; i < 500 && status === 200; i++) status = (await request(`${mock.url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] }))).status;
    expect(status).toBe(503);
    expect(mock.stdout()).not.toMatch(/imbot\.chat\.add/);
    process.kill(mock.pid, 'SIGINT');
    expect(await mock.exit).toEqual({ code: 0, signal: null });
  });

  // What a CI script does: start the documented command in the background, then `kill $!`.
  describe.runIf(process.platform === 'linux')('leaves no mock behind', () => {
    const stopsWithin2s = async (launcher: Started & { url: string }, kill: () => void) => {
      const tree = descendants(launcher.pid);
      leftovers.push(...tree);
      expect(await accepting(launcher.url)).toBe(true);
      kill();
      await expect.poll(() => accepting(launcher.url), { timeout: 2000, interval: 50 }).toBe(false);
      await expect.poll(() => tree.filter(alive), { timeout: 2000, interval: 50 }).toEqual([]);
    };
    /** Running (a zombie, waiting for a PID 1 that may never reap it, counts as gone). */
    const alive = (pid: number): boolean => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
      } catch {
        return false;
      }
    };

    it('SIGTERM to `pnpm mock` frees the port within 2 s', async () => {
      const pnpm = await startListening('pnpm', ['mock', '--port', '0'], { cwd: workspaceRoot, env });
      started.push(pnpm);
      await stopsWithin2s(pnpm, () => process.kill(pnpm.pid, 'SIGTERM'));
    });

    it('the mock stops when the process that started it dies (SIGKILL, no chance to clean up)', async () => {
      const script = `require('node:child_process').spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(bin)}, '--port', '0'], { stdio: 'inherit' }); setInterval(() => {}, 1000);`;
      const parent = await startListening(process.execPath, ['-e', script], { env });
      started.push(parent);
      await stopsWithin2s(parent, () => process.kill(parent.pid, 'SIGKILL'));
    });
  });
});

describe('restarts', { timeout: 120_000 }, () => {
  const hook = '/rest/1/restart-hook';
  const call = async (url: string, method: string, params: Record<string, unknown>) => request(`${url}${hook}/${method}`, json(params));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async (url: string, method: string, params: Record<string, unknown>): Promise<any> => {
    const answer = await call(url, method, params);
    expect(answer.status, `${method}: ${answer.text}`).toBe(200);
    return answer.body.result;
  };

  /** A bot with a command, a chat with a message, a user's message queued for Event.get, a v1 chat, and user 1's im.v2 subscription. */
  const populate = async (url: string) => {
    const auth = { botId: 0, botToken: 'restart-bot-token' };
    auth.botId = (await ok(url, 'imbot.v2.Bot.register', { fields: { code: 'keeper', botToken: auth.botToken, properties: { name: 'Keeper' } } })).bot.id;
    const commandId = (await ok(url, 'imbot.v2.Command.register', { ...auth, fields: { command: 'help', title: { en: 'Help' } } })).command.id as number;
    const dialogId = (await ok(url, 'imbot.v2.Chat.add', { ...auth, fields: { title: 'Kept', userIds: [1, 2] } })).chat.dialogId as string;
    const messageId = (await ok(url, 'imbot.v2.Chat.Message.send', { ...auth, dialogId, fields: { message: 'still here' } })).id as number;
    const fileId = (await ok(url, 'imbot.v2.File.upload', { ...auth, dialogId, fields: { name: 'kept.txt', content: Buffer.from('kept bytes').toString('base64') } })).file.id as number;
    const userMessage = (await ok(url, 'im.message.add', { DIALOG_ID: String(auth.botId), MESSAGE: 'queued for the bot' })) as number;
    const v1Chat = (await ok(url, 'imbot.chat.add', { USERS: [1], TITLE: 'v1 kept', CLIENT_ID: 'app' })) as number;
    await ok(url, 'im.v2.Event.subscribe', {});
    return { auth, commandId, dialogId, messageId, fileId, userMessage, v1Chat };
  };

  it('with --state: bots, chats, messages, commands, files, queued events and subscriptions survive; the token too; ids never repeat', async () => {
    const file = join(scratch, 'kept.json');
    const first = await serve('--state', file, '--quiet');
    const [, token] = await first.waitFor(/^application token: (\S+)$/m);
    const before = await populate(first.url);
    expect(await first.stop()).toEqual({ code: 0, signal: null });

    const second = await serve('--state', file, '--quiet');
    // The same token without --application-token: a running receiver keeps accepting deliveries.
    await second.waitFor(/^state: /m);
    expect(second.stdout()).toContain(`application token: ${token}\n`);
    expect(second.stdout()).toMatch(/^state: .*kept\.json \(1 bots, 3 chats, 3 messages, 1 commands, 1 files, 2 queued events, 1 subscriptions\)$/m);
    const { auth } = before;
    expect((await ok(second.url, 'imbot.v2.Bot.get', auth)).bot).toMatchObject({ id: auth.botId, code: 'keeper' });
    expect((await ok(second.url, 'imbot.v2.Command.list', auth)).commands).toEqual([expect.objectContaining({ id: before.commandId, command: '/help' })]);
    expect((await ok(second.url, 'imbot.v2.Chat.get', { ...auth, dialogId: before.dialogId })).chat).toMatchObject({ name: 'Kept', messageCount: 2 });
    expect((await ok(second.url, 'imbot.v2.Chat.get', { ...auth, dialogId: `chat${before.v1Chat}` })).chat).toMatchObject({ name: 'v1 kept' });
    // The file, byte for byte.
    const { downloadUrl } = await ok(second.url, 'imbot.v2.File.download', { ...auth, fileId: before.fileId });
    expect(Buffer.from(await (await fetch(downloadUrl)).arrayBuffer()).toString()).toBe('kept bytes');
    // The queued events: JOINCHAT and the user's message.
    const queued = await ok(second.url, 'imbot.v2.Event.get', auth);
    expect(queued.events.map((event: { type: string }) => event.type)).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD']);
    expect(queued.events[1].data.message).toMatchObject({ id: before.userMessage, text: 'queued for the bot' });
    // User 1 is still subscribed: the bot's next message in their chat is recorded for them.
    expect((await ok(second.url, 'im.v2.Event.get', {})).events).toEqual([]);
    // New ids are past every old one.
    const next = await populate2(second.url, auth, before.dialogId);
    expect((await ok(second.url, 'im.v2.Event.get', {})).events.map((event: { type: string }) => event.type)).toContain('ONIMV2MESSAGEADD');
    const old = [auth.botId, before.commandId, before.messageId, before.fileId, before.userMessage, before.v1Chat, Number(before.dialogId.slice(4))];
    for (const id of next) expect(id).toBeGreaterThan(Math.max(...old));
  });

  /** New ids after a restart: a message, a command, a chat, a file, a bot. */
  const populate2 = async (url: string, auth: { botId: number; botToken: string }, dialogId: string) => [
    (await ok(url, 'imbot.v2.Chat.Message.send', { ...auth, dialogId, fields: { message: 'new' } })).id as number,
    (await ok(url, 'imbot.v2.Command.register', { ...auth, fields: { command: 'new', title: { en: 'New' } } })).command.id as number,
    Number((await ok(url, 'imbot.v2.Chat.add', { ...auth, fields: { userIds: [1] } })).chat.id),
    (await ok(url, 'imbot.v2.File.upload', { ...auth, dialogId, fields: { name: 'n.txt', content: 'bmV3' } })).file.id as number,
    (await ok(url, 'imbot.v2.Bot.register', { fields: { code: 'newcomer', botToken: 'newcomer-token', properties: { name: 'New' } } })).bot.id as number,
  ];

  it('without --state: everything is forgotten, and the old ids are unknown, never someone else\'s', async () => {
    const first = await serve('--quiet');
    const before = await populate(first.url);
    expect(await first.stop()).toEqual({ code: 0, signal: null });
    const second = await serve('--quiet');
    // The old bot is gone: a client still holding its id and token is told so.
    const gone = await call(second.url, 'imbot.v2.Chat.Message.send', { ...before.auth, dialogId: before.dialogId, fields: { message: 'hello?' } });
    expect([gone.status, gone.body.error]).toEqual([400, 'BOT_NOT_FOUND']);
    // A new bot with the same code and token gets a new id, and the old chat id is not its chat.
    const auth = { botId: 0, botToken: before.auth.botToken };
    auth.botId = (await ok(second.url, 'imbot.v2.Bot.register', { fields: { code: 'keeper', botToken: auth.botToken, properties: { name: 'Keeper' } } })).bot.id;
    expect(auth.botId).toBeGreaterThan(before.auth.botId);
    const stale = await call(second.url, 'imbot.v2.Chat.Message.send', { ...auth, dialogId: before.dialogId, fields: { message: 'into an old chat id' } });
    expect([stale.status, stale.body.error]).toEqual([403, 'ACCESS_DENIED']);
    const next = await populate2(second.url, auth, (await ok(second.url, 'imbot.v2.Chat.add', { ...auth, fields: { userIds: [1] } })).chat.dialogId);
    const old = [before.auth.botId, before.commandId, before.messageId, before.fileId, before.userMessage, before.v1Chat, Number(before.dialogId.slice(4))];
    for (const id of next) expect(id).toBeGreaterThan(Math.max(...old));
  });

  it('after a crash (SIGKILL, between two snapshots): ids handed out after the last snapshot never come again', async () => {
    const file = join(scratch, 'crashed.json');
    const first = await serve('--state', file, '--quiet');
    const before = await populate(first.url);
    // Killed at once: the last ids are likely newer than the last snapshot.
    process.kill(first.pid, 'SIGKILL');
    await first.exit;
    const second = await serve('--state', file, '--quiet');
    const bot = (await ok(second.url, 'imbot.v2.Bot.register', { fields: { code: 'after_crash', botToken: 'after-crash', properties: { name: 'After' } } })).bot.id as number;
    const chat = (await ok(second.url, 'imbot.chat.add', { USERS: [1], CLIENT_ID: 'app' })) as number;
    const old = [before.auth.botId, before.commandId, before.messageId, before.fileId, before.userMessage, before.v1Chat, Number(before.dialogId.slice(4))];
    expect(bot).toBeGreaterThan(Math.max(...old));
    expect(chat).toBeGreaterThan(Math.max(...old));
    // The floor comes from the clock: microseconds since 2026-01-01.
    expect(chat).toBeGreaterThanOrEqual(clockFloor() - 600_000_000);
  });

  it('--application-token fixes the token, printed at start; a state file that is not one is a clear error, not a crash loop', async () => {
    const fixed = await serve('--application-token', 'fixed-token-42', '--quiet');
    await fixed.waitFor(/^application token: fixed-token-42$/m);
    await fixed.stop();
    const corrupt = join(scratch, 'corrupt.json');
    writeFileSync(corrupt, '{"format":"b24-imbot-mock-state","version":1,"ids":{');
    expect(await refused(run('--state', corrupt))).toMatch(/corrupt\.json is not JSON .*; move it away to start afresh/);
    writeFileSync(corrupt, JSON.stringify({ format: 'b24-imbot-mock-state', version: 1, applicationToken: 't', ids: {}, bots: [] }));
    expect(await refused(run('--state', corrupt))).toMatch(/corrupt\.json is not a state file this mock can read: ids\.chat is not an id/);
    writeFileSync(corrupt, '{"some":"thing else"}');
    expect(await refused(run('--state', corrupt))).toMatch(/format is not "b24-imbot-mock-state"/);
  });

  it('--portal adds portals, --oauth-client-id/--oauth-client-secret set the OAuth application, --install-handler installs on each: all printed', async () => {
    const receiver = await startAppReceiver();
    try {
      const mock = await serve(
        '--portal', 'b.bitrix24.test', '--oauth-client-id', 'app.cli.1', '--oauth-client-secret', 'cli-secret',
        '--install-handler', receiver.url, '--quiet',
      );
      await mock.waitFor(/^installed on b\.bitrix24\.test: ONAPPINSTALL -> 200$/m);
      expect(mock.stdout()).toContain(`oauth: client_id app.cli.1 client_secret cli-secret token endpoint ${mock.url}/oauth/token/\n`);
      expect(mock.stdout()).toMatch(new RegExp(`^portal b\\.bitrix24\\.test: ${mock.url}/b\\.bitrix24\\.test/rest/ member_id [0-9a-f]{32} application token \\S+$`, 'm'));
      expect(receiver.seen).toHaveLength(2);
      const installs = receiver.seen.map((delivery) => readAppDelivery('ONAPPINSTALL', delivery.body));
      for (const read of installs) expect(read.valid, JSON.stringify(read.errors)).toBe(true);
      expect(installs.map((read) => read.payload['auth']!['client_endpoint'])).toEqual([`${mock.url}/rest/`, `${mock.url}/b.bitrix24.test/rest/`]);
      const renewed = await request(
        `${mock.url}/oauth/token/?${new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: 'app.cli.1',
          client_secret: 'cli-secret',
          refresh_token: String(installs[1]!.payload['auth']!['refresh_token']),
        })}`,
      );
      expect(renewed.status, renewed.text).toBe(200);
      expect(renewed.body.client_endpoint).toBe(`${mock.url}/b.bitrix24.test/rest/`);
      expect(await refused(run('--portal', 'not a domain'))).toMatch(/domain must be a host name with a dot/);
    } finally {
      await receiver.close();
    }
  });
});

// The b24-imbot-mock bin, run as a child process and stopped by its PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { accepting, startListening, type Started, workspaceRoot } from '@b24-imbot/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError, expectSuccess, json, request } from './helpers.js';

const bin = fileURLToPath(new URL('../src/bin/mock.ts', import.meta.url));
const children: ChildProcess[] = [];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const run = (...args: string[]): Run => {
  // Node itself runs the bin (tsx as a loader), so the child's PID is the server's.
  const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
};

const listening = async (started: Run): Promise<string> => {
  await expect.poll(() => started.stdout(), { timeout: 15_000 }).toMatch(/listening on http:\/\/\S+\n/);
  return /listening on (http:\/\/\S+)\n/.exec(started.stdout())![1]!;
};

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // Whatever a launcher left behind (the failure these tests look for), by PID.
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
});

const leftovers: number[] = [];

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

const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_verify_deps_before_run: 'false' };

// Each test starts node processes (tsx's loader included): generous timeouts for a busy machine.
describe('b24-imbot-mock', { timeout: 60_000 }, () => {
  it('--help prints the options and exits 0', async () => {
    const started = run('--help');
    expect(await started.exit).toEqual({ code: 0, signal: null });
    for (const option of ['--port', '--host', '--webhook USERID:CODE', '--client-id', '--token', '--rate-limit', '--help']) {
      expect(started.stdout()).toContain(option);
    }
  });

  it('a --host that does not resolve, a bad --max-chats: one line on stderr, exit code 2, no usage', async () => {
    // (One unresolvable host only: without a reachable DNS server the lookup takes seconds.)
    for (const args of [['--max-chats', '0'], ['--nope']]) {
      const started = run(...args);
      expect((await started.exit).code).toBe(2);
      expect(started.stderr().trim().split('\n'), started.stderr()).toHaveLength(1);
      expect(started.stderr()).not.toContain('Usage');
      expect(started.stdout()).toBe('');
    }
    const host = run('--host', 'no-such-host.invalid');
    expect((await host.exit).code).toBe(2);
    expect(host.stderr()).toBe('b24-imbot-mock: --host no-such-host.invalid does not resolve to an address (b24-imbot-mock --help for usage)\n');
  });

  it.runIf(process.getuid?.() === 0)('warns when run as root on a privileged port', async () => {
    const port = await freePrivilegedPort();
    if (port === undefined) return;
    const started = run('--port', String(port));
    await listening(started);
    await expect.poll(() => started.stderr()).toMatch(new RegExp(`^b24-imbot-mock: warning: running as root on privileged port ${port}; .+\n$`));
    process.kill(started.child.pid!, 'SIGTERM');
    await started.exit;
  });

  it('--max-chats is in --help', async () => {
    const help = run('--help');
    await help.exit;
    expect(help.stdout()).toMatch(/--max-chats N +keep at most N chats in memory, dropping the oldest \(default 1000\)/);
  });

  it('rejects an unknown option and a bad webhook with exit code 2', async () => {
    const unknown = run('--nope');
    expect((await unknown.exit).code).toBe(2);
    expect(unknown.stderr()).toMatch(/nope/);
    const badWebhook = run('--webhook', 'abc');
    expect((await badWebhook.exit).code).toBe(2);
    expect(badWebhook.stderr()).toMatch(/USERID:CODE/);
  });

  it('serves on a free port with a webhook and CLIENT_ID, and stops on SIGTERM', async () => {
    const started = run('--port', '0', '--webhook', '3:hook', '--client-id', 'bot');
    const url = await listening(started);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(expectSuccess(await request(`${url}/rest/3/hook/imbot.chat.add.json`, json({ USERS: [1], CLIENT_ID: 'bot' })))).toBe(1);
    expect(expectSuccess(await request(`${url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })))).toBe(2);
    expectError(await request(`${url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2] })), 403, 'ACCESS_DENIED');
    expectError(await request(`${url}/rest/3/nope/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })), 401, 'INVALID_CREDENTIALS');
    process.kill(started.child.pid!, 'SIGTERM');
    expect(await started.exit).toEqual({ code: 0, signal: null });
    expect(started.stdout()).toContain('stopped (SIGTERM)');
    await expect(fetch(`${url}/rest/imbot.chat.add`)).rejects.toThrow();
  });

  it('takes a token and a rate limit, and stops on SIGINT', async () => {
    const started = run('--token', 'tok', '--rate-limit', '--host', '127.0.0.1');
    const url = await listening(started);
    expectSuccess(await request(`${url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] })));
    expectError(await request(`${url}/rest/imbot.chat.add?auth=bad`, json({ USERS: [1] })), 401, 'invalid_token');
    // The bucket (50, draining 2 a second) fills long before 500 calls, however slow the machine.
    let status = 200;
    for (let i = 0; i < 500 && status === 200; i++) status = (await request(`${url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] }))).status;
    expect(status).toBe(503);
    process.kill(started.child.pid!, 'SIGINT');
    expect(await started.exit).toEqual({ code: 0, signal: null });
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
      await stopsWithin2s(pnpm, () => process.kill(pnpm.pid, 'SIGTERM'));
    });

    it('the mock stops when the process that started it dies (SIGKILL, no chance to clean up)', async () => {
      const script = `require('node:child_process').spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(bin)}, '--port', '0'], { stdio: 'inherit' }); setInterval(() => {}, 1000);`;
      const parent = await startListening(process.execPath, ['-e', script], { env });
      await stopsWithin2s(parent, () => process.kill(parent.pid, 'SIGKILL'));
    });
  });
});

// The b24-imbot-mock bin, run as a child process and stopped by its PID.
import { fileURLToPath } from 'node:url';
import { start, startListening, type Started } from '@b24-imbot/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError, expectSuccess, json, request } from './helpers.js';

const bin = fileURLToPath(new URL('../src/bin/mock.ts', import.meta.url));
const processes: Started[] = [];

// Node itself runs the bin (tsx as a loader), so the child's PID is the server's.
const command = (args: string[]) => [process.execPath, ['--import', 'tsx', bin, ...args]] as const;

const run = (...args: string[]): Started => {
  const child = start(...command(args));
  processes.push(child);
  return child;
};

const serve = async (...args: string[]): Promise<Started & { url: string }> => {
  const child = await startListening(...command(args), { timeoutMs: 15_000 });
  processes.push(child);
  return child;
};

afterEach(async () => {
  await Promise.all(processes.splice(0).map((child) => child.stop()));
});

describe('b24-imbot-mock', () => {
  it('--help prints the options and exits 0', async () => {
    const started = run('--help');
    expect(await started.exit).toEqual({ code: 0, signal: null });
    for (const option of ['--port', '--host', '--webhook USERID:CODE', '--client-id', '--token', '--rate-limit', '--help']) {
      expect(started.stdout()).toContain(option);
    }
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
    const started = await serve('--port', '0', '--webhook', '3:hook', '--client-id', 'bot');
    const { url } = started;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(expectSuccess(await request(`${url}/rest/3/hook/imbot.chat.add.json`, json({ USERS: [1], CLIENT_ID: 'bot' })))).toBe(1);
    expect(expectSuccess(await request(`${url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })))).toBe(2);
    expectError(await request(`${url}/rest/3/hook/imbot.chat.add`, json({ USERS: [2] })), 403, 'ACCESS_DENIED');
    expectError(await request(`${url}/rest/3/nope/imbot.chat.add`, json({ USERS: [2], CLIENT_ID: 'bot' })), 401, 'INVALID_CREDENTIALS');
    process.kill(started.pid, 'SIGTERM');
    expect(await started.exit).toEqual({ code: 0, signal: null });
    expect(started.stdout()).toContain('stopped (SIGTERM)');
    await expect(fetch(`${url}/rest/imbot.chat.add`)).rejects.toThrow();
  });

  it('takes a token and a rate limit, and stops on SIGINT', async () => {
    const started = await serve('--token', 'tok', '--rate-limit', '--host', '127.0.0.1');
    const { url } = started;
    expectSuccess(await request(`${url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] })));
    expectError(await request(`${url}/rest/imbot.chat.add?auth=bad`, json({ USERS: [1] })), 401, 'invalid_token');
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await request(`${url}/rest/imbot.chat.add?auth=tok`, json({ USERS: [1] }))).status);
    expect(statuses).toContain(503);
    process.kill(started.pid, 'SIGINT');
    expect(await started.exit).toEqual({ code: 0, signal: null });
  });
});

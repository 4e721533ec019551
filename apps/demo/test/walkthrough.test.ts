import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWebhook } from '../src/portal.js';
import { runDemo, startDemo, tempDb } from './demo-process.js';

describe('pnpm demo --once', () => {
  const db = tempDb();
  afterAll(() => db.remove());

  const ids = () => {
    const sqlite = new Database(db.file, { readonly: true });
    try {
      return sqlite.prepare<[], { id: number }>('SELECT id FROM chats ORDER BY id').all().map((row) => row.id);
    } finally {
      sqlite.close();
    }
  };

  it('walks through every step and exits 0', async () => {
    const run = runDemo(['--once', '--db', db.file]);
    expect(await run.exited, run.output()).toBe(0);
    const lines = run.output().split('\n');
    expect(lines.filter((line) => line.startsWith('  ok '))).toHaveLength(9);
    // imbot.v2 beside the seed: a bot, a chat with a message, and the typed refusal after leaving.
    expect(run.output()).toMatch(/imbot\.v2\.Bot\.register: bot #\d+ "demo_bot"/);
    expect(run.output()).toMatch(/imbot\.v2\.Chat\.add: chat\d+ "Release planning \(v2\)", message #\d+ sent/);
    expect(run.output()).toMatch(/403 ACCESS_DENIED/);
    expect(run.output()).toMatch(/created chat #1 "Release planning" with every parameter/);
    expect(run.output()).toMatch(/400 USERS_EMPTY/);
    expect(run.output()).toMatch(/503 QUERY_LIMIT_EXCEEDED.*retried: chat #3/);
    // The scripted conversation with the echo bot (webhook mode): an echo and the /help answer.
    expect(run.output()).toMatch(/echo bot #\d+ receives events at http:\/\/127\.0\.0\.1:\d+\/bot\/events/);
    expect(run.output()).toContain('im.message.add "hello": the echo bot answered "You said: hello"');
    expect(run.output()).toMatch(/im\.message\.add "\/help": the echo bot answered "I repeat what you write\./);
    expect(run.output()).toContain('walkthrough: 9 of 9 steps went as expected');
    // The USERS_EMPTY step and the simulated rate limit stored nothing.
    expect(ids()).toEqual([1, 2, 3]);
  });

  it('keeps chats across restarts, so ids keep increasing', async () => {
    const run = runDemo(['--once', '--db', db.file]);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/created chat #4 /);
    expect(ids()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('holds the kept chats again after a restart: the page lists them, and the portal holds them in its one state', async () => {
    const demo = await startDemo(['--db', db.file]);
    try {
      const listed = (await (await fetch(`${demo.origin}/demo/chats`)).json()) as { id: number; title: string }[];
      // The two earlier runs' six chats, and this run's walkthrough's three.
      expect(listed.map((chat) => chat.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(listed[0]!.title).toBe('Release planning');
      // The portal holds them in its one state: user 1, a member of the first, can write to it.
      const hook = `${demo.origin}/rest/${demoWebhook.userId}/${demoWebhook.code}`;
      const answer = await fetch(`${hook}/im.message.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ DIALOG_ID: 'chat1', MESSAGE: 'back after a restart' }),
      });
      expect(answer.status, await answer.clone().text()).toBe(200);
      expect(((await answer.json()) as { result: number }).result).toBeGreaterThan(9);
    } finally {
      await demo.stop();
    }
  });

  it('says so when the port is taken, and exits non-zero', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = runDemo(['--once', '--db', db.file, '--port', String(port)]);
      expect(await run.exited).toBe(2);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is in use`);
    } finally {
      taken.close();
    }
  });

  it('refuses a bad --port with a message and a non-zero exit', async () => {
    const run = runDemo(['--once', '--db', db.file, '--port', 'lots']);
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toMatch(/--port must be a port number/);
  });
});

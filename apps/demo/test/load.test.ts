import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWebhook } from '../src/portal.js';
import { type DemoProcess, startDemo, tempDb } from './demo-process.js';

const REQUESTS = 2_000;
const CONNECTIONS = 50;

describe('the demo portal under load', () => {
  const db = tempDb();
  let demo: DemoProcess;
  beforeAll(async () => {
    demo = await startDemo(['--db', db.file]);
  });
  afterAll(async () => {
    await demo?.stop();
    db.remove();
  });

  it(`gives ${REQUESTS} requests over ${CONNECTIONS} connections distinct CHAT_IDs and stores exactly those`, async () => {
    const url = `${demo.origin}/rest/${demoWebhook.userId}/${demoWebhook.code}/imbot.chat.add.json`;
    // Every fifth request is invalid (no participants): it must be refused and store nothing.
    const body = (i: number) =>
      JSON.stringify({ USERS: i % 5 === 4 ? [] : [1, (i % 50) + 2], TITLE: `load ${i}`, CLIENT_ID: demoWebhook.clientId });

    const created: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < REQUESTS) {
        const i = next++;
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) });
        const payload = (await response.json()) as { result?: number; error?: string };
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 200) created.push(payload.result!);
        else expect(payload.error).toBe('USERS_EMPTY');
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));

    expect(Object.fromEntries(statuses)).toEqual({ 200: (REQUESTS * 4) / 5, 400: REQUESTS / 5 });
    expect(new Set(created).size).toBe(created.length);

    await demo.stop();
    const sqlite = new Database(db.file, { readonly: true });
    const rows = sqlite.prepare<[], { id: number; title: string }>('SELECT id, title FROM chats').all();
    sqlite.close();
    // The walkthrough's three chats, then exactly the ones the load created.
    const loadRows = rows.filter((row) => row.title.startsWith('load '));
    expect(rows).toHaveLength(3 + created.length);
    expect(loadRows.map((row) => row.id).sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b));
  }, 120_000);
});

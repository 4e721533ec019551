// The demo portal's storage: chats in an embedded SQLite file, so ids keep increasing across
// restarts. Each chat is one row written in one statement, so a request either stores its
// chat whole or not at all.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParamsOf } from '@b24-imbot/server';
import type { IdKind, Ids } from '@b24-imbot/server/mock';
import Database from 'better-sqlite3';

export interface StoredChat {
  id: number;
  title: string;
  /** The parameters the chat was created with, as the server validated them. */
  params: ParamsOf<'imbotChatAdd'>;
  createdAt: string;
}

export interface ChatStore {
  add(title: string, params: ParamsOf<'imbotChatAdd'>): number;
  /** The portal's other ids (bots, v2 chats, messages, ...), kept here too so that none repeats after a restart. */
  readonly ids: Ids;
  list(): StoredChat[];
  count(): number;
  close(): void;
}

export function openChatStore(file: string): ChatStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL with NORMAL sync: a commit survives a crash of the process, and inserts do not wait
  // for a disk flush each (that would cap the demo at a few dozen chats a second).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // AUTOINCREMENT: an id is never handed out twice, even after the newest row is deleted.
  db.exec(`CREATE TABLE IF NOT EXISTS chats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    params TEXT NOT NULL,
    created_at TEXT NOT NULL
  )`);
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO chats (title, params, created_at) VALUES (?, ?, ?)',
  );
  const select = db.prepare<[], { id: number; title: string; params: string; created_at: string }>(
    'SELECT id, title, params, created_at FROM chats ORDER BY id',
  );
  const counter = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM chats');
  // The portal's id counters. v2 chats count from 1,000,001 and bots from 1001, so that they
  // never meet the v1 chats' ids above or the people's (users 1, 2, ...).
  db.exec('CREATE TABLE IF NOT EXISTS ids (kind TEXT PRIMARY KEY, next INTEGER NOT NULL)');
  const first: Partial<Record<IdKind, number>> = { chat: 1_000_001, bot: 1001 };
  const seed = db.prepare<[string, number]>('INSERT OR IGNORE INTO ids (kind, next) VALUES (?, ?)');
  for (const kind of ['chat', 'bot', 'message', 'command', 'file', 'event', 'seq'] satisfies IdKind[]) seed.run(kind, first[kind] ?? 1);
  const take = db.prepare<[string], { id: number }>('UPDATE ids SET next = next + 1 WHERE kind = ? RETURNING next - 1 AS id');
  const raise = db.prepare<[number, string]>('UPDATE ids SET next = max(next, ?) WHERE kind = ?');
  const all = db.prepare<[], { kind: IdKind; next: number }>('SELECT kind, next FROM ids');
  const ids: Ids = {
    next: (kind) => take.get(kind)!.id,
    skip: (kind, id) => void raise.run(id + 1, kind),
    counters: () => Object.fromEntries(all.all().map((row) => [row.kind, row.next])) as Record<IdKind, number>,
  };

  return {
    add(title, params) {
      const { lastInsertRowid } = insert.run(title, JSON.stringify(params), new Date().toISOString());
      return Number(lastInsertRowid);
    },
    list: () =>
      select.all().map((row) => ({
        id: row.id,
        title: row.title,
        params: JSON.parse(row.params) as ParamsOf<'imbotChatAdd'>,
        createdAt: row.created_at,
      })),
    count: () => counter.get()?.n ?? 0,
    ids,
    close: () => db.close(),
  };
}

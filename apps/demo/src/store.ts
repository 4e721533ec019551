// The demo portal's storage: chats in an embedded SQLite file, so ids keep increasing across
// restarts. Each chat is one row written in one statement, so a request either stores its
// chat whole or not at all.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParamsOf } from '@b24-imbot/server';
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
    close: () => db.close(),
  };
}

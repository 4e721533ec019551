// Sessions, and the stores they (and the polling position) live in: the memory store and the
// file store keep one contract, which a shared store (Redis) will have to keep too.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot, memoryStore, type Store } from '../src/index.js';
import { fileStore } from '../src/node.js';
import { type TestPortal, testBot } from '../src/testing.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-bot-store-'));
  dirs.push(dir);
  return dir;
};
let t: TestPortal | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const counter = (key?: 'dialog' | 'user') => {
  const bot = createBot({
    code: 'counter',
    name: 'Counter',
    commands: { reset: 'Start again' },
    session: { initial: () => ({ count: 0, words: [] as string[] }), ...(key ? { key } : {}) },
  });
  bot.command('reset', async (ctx) => {
    (ctx as { session: unknown }).session = undefined;
    await ctx.answer('forgotten');
  });
  bot.on('message:text', async (ctx) => {
    ctx.session.count++;
    ctx.session.words.push(ctx.text);
    await ctx.reply(`${ctx.session.count}: ${ctx.session.words.join(' ')}`);
  });
  return bot;
};

describe('sessions', () => {
  it('are kept per dialog by default', async () => {
    const storage = memoryStore();
    t = await testBot(counter(), { storage });
    const [alice, bob] = [t.user(1), t.user(2)];
    expect((await alice.sends('a')).texts).toEqual(['1: a']);
    expect((await alice.sends('b')).texts).toEqual(['2: a b']);
    expect((await bob.sends('x')).texts).toEqual(['1: x']);
    const chat = await alice.createsChat({ with: [2] });
    expect((await bob.sends(`${t.bot.mention} in the chat`, { in: chat })).texts).toEqual([`1: ${t.bot.mention} in the chat`]);
    expect((await alice.sends(`${t.bot.mention} me too`, { in: chat })).texts).toEqual([`2: ${t.bot.mention} in the chat ${t.bot.mention} me too`]);
    expect(await storage.get('bot:counter:session:dialog:1')).toEqual({ count: 2, words: ['a', 'b'] });
    expect(await storage.get(`bot:counter:session:dialog:${chat.dialogId}`)).toMatchObject({ count: 2 });
  });

  it('can be kept per user, across dialogs', async () => {
    t = await testBot(counter('user'));
    const alice = t.user(1);
    await alice.sends('one');
    const chat = await alice.createsChat({ with: [2] });
    expect((await alice.sends(`${t.bot.mention} two`, { in: chat })).texts).toEqual([`2: one ${t.bot.mention} two`]);
  });

  it('are deleted when set to undefined, and not written when nothing changed', async () => {
    const storage = memoryStore();
    t = await testBot(counter(), { storage });
    await t.user(1).sends('a');
    expect(await storage.get('bot:counter:session:dialog:1')).toEqual({ count: 1, words: ['a'] });
    expect((await t.user(1).sends('/reset')).texts).toEqual(['forgotten']);
    expect(await storage.get('bot:counter:session:dialog:1')).toBeUndefined();
    // The join of user 3's dialog ran with a fresh session and changed nothing: nothing stored.
    await t.user(3).sends('/reset');
    expect(await storage.get('bot:counter:session:dialog:3')).toBeUndefined();
  });

  it('outlive the process in a file store', async () => {
    const dir = tempDir();
    t = await testBot(counter(), { storage: fileStore(dir) });
    await t.user(1).sends('before');
    await t.close();
    // Another run (and another mock portal with the same ids): the session is read back.
    t = await testBot(counter(), { storage: fileStore(dir) });
    expect((await t.user(1).sends('after')).texts).toEqual(['2: before after']);
  });
});

describe.each([
  ['memory store', (now: () => number) => memoryStore({ now })],
  ['file store', (now: () => number) => fileStore(tempDir(), { now })],
])('the %s', (_name, make) => {
  let clock = 1_000_000;
  const now = () => clock;
  let store: Store;
  afterEach(() => {
    clock = 1_000_000;
  });

  it('gets what was set, as a copy, and deletes it', async () => {
    store = make(now);
    const value = { list: [1, 2], nested: { text: 'ü' } };
    await store.set('a', value);
    value.list.push(3);
    expect(await store.get('a')).toEqual({ list: [1, 2], nested: { text: 'ü' } });
    await store.set('a', 42);
    expect(await store.get('a')).toBe(42);
    await store.delete('a');
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
  });

  it('adds only what is absent or expired', async () => {
    store = make(now);
    expect(await store.add('claim', 'first', { ttlMs: 1000 })).toBe(true);
    expect(await store.add('claim', 'second', { ttlMs: 1000 })).toBe(false);
    expect(await store.get('claim')).toBe('first');
    clock += 1000;
    expect(await store.get('claim')).toBeUndefined();
    expect(await store.add('claim', 'third')).toBe(true);
    expect(await store.get('claim')).toBe('third');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.add('race', i)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('forgets an entry once its ttl has passed', async () => {
    store = make(now);
    await store.set('short', 'x', { ttlMs: 500 });
    await store.set('kept', 'y');
    clock += 499;
    expect(await store.get('short')).toBe('x');
    clock += 1;
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('kept')).toBe('y');
  });

  it('keeps keys apart whatever their characters', async () => {
    store = make(now);
    const keys = ['a/b', 'a~2fb', 'a:b', 'дом', '..', 'x'.repeat(300), `${'x'.repeat(299)}y`, 'bot:code:session:dialog:chat5'];
    for (const [index, key] of keys.entries()) await store.set(key, index);
    for (const [index, key] of keys.entries()) expect(await store.get(key), key).toBe(index);
  });

  it('refuses what JSON cannot hold, and a ttl that is not a positive number', async () => {
    store = make(now);
    await expect(store.set('f', () => 1)).rejects.toThrow(TypeError);
    await expect(store.set('u', undefined)).rejects.toThrow(TypeError);
    await expect(store.set('t', 1, { ttlMs: 0 })).rejects.toThrow(RangeError);
    await expect(store.add('t', 1, { ttlMs: Number.NaN })).rejects.toThrow(RangeError);
  });
});

it('the memory store drops the entries set longest ago past maxEntries', async () => {
  const store = memoryStore({ maxEntries: 3 });
  for (const key of ['a', 'b', 'c']) await store.set(key, key);
  await store.set('a', 'again');
  await store.set('d', 'd');
  expect(await Promise.all(['a', 'b', 'c', 'd'].map((key) => store.get(key)))).toEqual(['again', undefined, 'c', 'd']);
});

it('the file store leaves no temporary files behind, and a new instance reads what an old one wrote', async () => {
  const dir = tempDir();
  const first = fileStore(dir);
  await Promise.all(Array.from({ length: 20 }, (_, i) => first.set('same', i)));
  await first.add('once', 1);
  await first.add('once', 2);
  expect(readdirSync(dir).sort()).toEqual(['once.json', 'same.json']);
  const second = fileStore(dir);
  expect(await second.get('same')).toEqual(expect.any(Number));
  expect(await second.get('once')).toBe(1);
});

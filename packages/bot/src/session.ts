// Sessions: state kept per dialog (or per user, or any key) between events, in a Store. Read
// before the handlers run, written after they finished when it changed; an event without a key
// (the bot's own deletion) gets a fresh value that is never written.
import type { Context } from './context.js';
import type { Store } from './store.js';
import { toJson } from './store.js';

export interface SessionOptions<S> {
  /** The value of a session not stored yet (called for each new session). */
  readonly initial: () => S;
  /**
   * Whose session an event belongs to: `'dialog'` (the default: one per chat or personal
   * dialog), `'user'` (one per person, across dialogs), or a function returning a key (or
   * undefined for none). Events of one dialog are handled one after another; with another key,
   * make the bot's `orderBy` the same so that two events never change one session at once.
   */
  readonly key?: 'dialog' | 'user' | ((ctx: Context) => string | undefined);
  /** Forget a session this long after its last change, in ms. Default: keep it. */
  readonly ttlMs?: number;
  /** The store; default the bot's (`storage` in `start`). */
  readonly store?: Store;
}

/** What sessions add to every context. */
export interface SessionFlavor<S> {
  /** This event's session: change it, or set it to undefined to delete it. */
  session: S;
}

export const sessionKeyOf = (key: SessionOptions<unknown>['key'], ctx: Context): string | undefined => {
  if (typeof key === 'function') return key(ctx);
  if (key === 'user') {
    const user = ctx.user as { id?: unknown } | undefined;
    return typeof user?.id === 'number' ? `user:${user.id}` : undefined;
  }
  const dialogId = ctx.dialogId;
  return dialogId === undefined ? undefined : `dialog:${dialogId}`;
};

/**
 * Runs `handle` with `ctx.session` loaded from the store, then writes it back if it changed
 * (deletes it when set to undefined or null). Nothing is written when `handle` throws.
 */
export const withSession = async <S>(
  options: SessionOptions<S>,
  store: Store,
  prefix: string,
  ctx: Context & Partial<SessionFlavor<S | undefined>>,
  handle: () => Promise<void>,
): Promise<void> => {
  const key = sessionKeyOf(options.key, ctx);
  const storeKey = key === undefined ? undefined : `${prefix}session:${key}`;
  const stored = storeKey === undefined ? undefined : await store.get<S>(storeKey);
  const value = stored ?? options.initial();
  // A new session that nothing changed is not written.
  const before = toJson(value);
  ctx.session = value;
  await handle();
  if (storeKey === undefined) return;
  const after = ctx.session;
  if (after === undefined || after === null) {
    if (stored !== undefined) await store.delete(storeKey);
    return;
  }
  const json = toJson(after);
  if (json !== before) await store.set(storeKey, after, options.ttlMs === undefined ? undefined : { ttlMs: options.ttlMs });
};

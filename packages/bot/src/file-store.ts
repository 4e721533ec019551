// A Store on disk for one process: a file per key in a folder, replaced whole on each write
// (written to a temporary file, then renamed over the old one), so a crash at any moment leaves
// either the old value or the new one, never half of one. Plain JSON files: no native module,
// nothing to compile at install.
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Store, type StoreSetOptions, toJson } from './store.js';

export interface FileStoreOptions {
  /** Flush each write to the disk before it resolves (survives a power cut, not only a crash). Default false. */
  readonly fsync?: boolean;
  /** The clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
}

interface Entry {
  /** The value's JSON. */
  readonly value: unknown;
  /** When it expires, ms since the epoch; absent: never. */
  readonly until?: number;
}

/** A file name for a key: safe characters kept, others escaped as ~XX, long keys hashed. */
const fileName = (key: string): string => {
  const escaped = key.replace(/[^A-Za-z0-9_.-]/g, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `~${byte.toString(16).padStart(2, '0')}`).join(''),
  );
  return escaped.length <= 200 ? `${escaped}.json` : `~${createHash('sha256').update(key).digest('hex')}.json`;
};

const ttlOf = (options: StoreSetOptions | undefined): number | undefined => {
  const ttl = options?.ttlMs;
  if (ttl === undefined) return undefined;
  if (!(Number.isFinite(ttl) && ttl > 0)) throw new RangeError(`ttlMs must be a positive number of ms, got ${ttl}`);
  return ttl;
};

/**
 * Keeps sessions and the polling position in `dir` (created if missing), one JSON file per key.
 * For one process at a time: several processes need a shared store (Redis).
 */
export const fileStore = (dir: string, options: FileStoreOptions = {}): Store => {
  const now = options.now ?? Date.now;
  let ready: Promise<unknown> | undefined;
  const folder = () => (ready ??= mkdir(dir, { recursive: true }));
  const path = (key: string) => join(dir, fileName(key));

  const read = async (key: string): Promise<Entry | undefined> => {
    let text: string;
    try {
      text = await readFile(path(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const entry = JSON.parse(text) as Entry;
    if (entry.until !== undefined && entry.until <= now()) {
      await rm(path(key), { force: true });
      return undefined;
    }
    return entry;
  };

  const text = (value: unknown, ttl: number | undefined): string =>
    `{"value":${toJson(value)}${ttl === undefined ? '' : `,"until":${now() + ttl}`}}`;

  const write = async (key: string, contents: string): Promise<void> => {
    await folder();
    const temporary = join(dir, `.${fileName(key)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      if (options.fsync) {
        const handle = await open(temporary, 'w');
        try {
          await handle.writeFile(contents);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } else {
        await writeFile(temporary, contents);
      }
      await rename(temporary, path(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  };

  return {
    async get<T>(key: string) {
      return (await read(key))?.value as T | undefined;
    },
    async set(key, value, setOptions) {
      await write(key, text(value, ttlOf(setOptions)));
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
    async add(key, value, setOptions) {
      const contents = text(value, ttlOf(setOptions));
      await folder();
      // An expired entry is removed first, so that the link below can take its place.
      if ((await read(key)) !== undefined) return false;
      // Written aside, then linked into place: link fails when the name exists, and a crash
      // never leaves a half-written entry under the key's name.
      const temporary = join(dir, `.${fileName(key)}.${randomBytes(6).toString('hex')}.tmp`);
      await writeFile(temporary, contents);
      try {
        await link(temporary, path(key));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      } finally {
        await rm(temporary, { force: true });
      }
    },
  };
};

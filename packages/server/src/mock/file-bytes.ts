// Where uploaded files' bytes live: in memory, or (with a state file) in a folder beside it,
// one file per upload, so that the bytes survive a restart and never sit in the heap.
import { createReadStream, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface FileBytes {
  /** Keeps the bytes of a file. */
  put(id: number, bytes: Buffer): void;
  /** Whether the bytes of a file are kept, and how many. */
  size(id: number): number | undefined;
  /** The bytes, for a download. */
  read(id: number): Buffer | Readable | undefined;
  /** Forgets the bytes of a file. */
  drop(id: number): void;
}

export const memoryFileBytes = (): FileBytes => {
  const kept = new Map<number, Buffer>();
  return {
    put: (id, bytes) => void kept.set(id, bytes),
    size: (id) => kept.get(id)?.length,
    read: (id) => kept.get(id),
    drop: (id) => void kept.delete(id),
  };
};

const NAME = /^([1-9]\d{0,15})\.bin$/;

/**
 * Bytes in `dir/<id>.bin`, each written to a temporary name and renamed, so a crash leaves a
 * whole file or none. `keep(id, size)` says which files the state still knows (the rest are
 * deleted at start).
 */
export const folderFileBytes = (dir: string, keep: (id: number, size: number) => boolean): FileBytes => {
  mkdirSync(dir, { recursive: true });
  const sizes = new Map<number, number>();
  for (const entry of readdirSync(dir)) {
    const match = NAME.exec(entry);
    const path = join(dir, entry);
    const size = match ? statSync(path).size : -1;
    if (match && keep(Number(match[1]), size)) sizes.set(Number(match[1]), size);
    else rmSync(path, { force: true, recursive: true });
  }
  const pathOf = (id: number) => join(dir, `${id}.bin`);
  return {
    put(id, bytes) {
      const temporary = join(dir, `${id}.tmp`);
      writeFileSync(temporary, bytes);
      renameSync(temporary, pathOf(id));
      sizes.set(id, bytes.length);
    },
    size: (id) => sizes.get(id),
    read: (id) => (sizes.has(id) ? createReadStream(pathOf(id)) : undefined),
    drop(id) {
      if (!sizes.delete(id)) return;
      rmSync(pathOf(id), { force: true });
    },
  };
};

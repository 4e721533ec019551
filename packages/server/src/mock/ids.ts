// Ids the portal hands out: never one twice, across restarts too, with or without a state file.
//
// A client may still hold ids from before a restart; a reused id would send its next call into
// another bot's chat. So every sequence starts at a floor read from the clock: microseconds
// since 2026-01-01 (about 3e13 in 2027, exact in a double until the 2300s). A run hands out far
// fewer than one id per microsecond, so the next start's floor is past every id of the last run,
// even when the process died after its last state snapshot. A state file's counters are kept
// too, in case the clock went back.

/** The fixed epoch of the floor: 2026-01-01T00:00:00Z. */
const EPOCH_MS = Date.UTC(2026, 0, 1);

/** The id floor for a start now: microseconds since the epoch. */
export const clockFloor = (nowMs: number = Date.now()): number => Math.max(1, Math.floor((nowMs - EPOCH_MS) * 1000));

/** Every kind of id the portal hands out (journal seq is internal, but kept the same way). */
export const ID_KINDS = ['chat', 'bot', 'message', 'command', 'file', 'event', 'seq'] as const;
export type IdKind = (typeof ID_KINDS)[number];

export interface Ids {
  /** The next id of a kind (and moves past it). */
  next(kind: IdKind): number;
  /** Makes sure no id up to `id` is handed out (an id given by a v1 chat store). */
  skip(kind: IdKind, id: number): void;
  /** The next id of each kind, for the state file. */
  counters(): Record<IdKind, number>;
}

/** Sequences starting at the clock floor, or past the counters of a state file if higher. */
export const createIds = (saved: Partial<Record<IdKind, number>> = {}, floor: number = clockFloor()): Ids => {
  const next = Object.fromEntries(ID_KINDS.map((kind) => [kind, Math.max(floor, saved[kind] ?? 0)])) as Record<IdKind, number>;
  return {
    next: (kind) => next[kind]++,
    skip(kind, id) {
      if (id >= next[kind]) next[kind] = id + 1;
    },
    counters: () => ({ ...next }),
  };
};

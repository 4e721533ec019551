// The mock's queues drop their oldest entries with one iterator kept per queue (src/mock/oldest.ts).
// Whatever happens to a queue between drops (entries added, moved to the back, deleted, the
// queue cleared), it must drop exactly what a loop from the front would: the model below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oldestFirst } from '../src/mock/oldest.js';

/** The loop the mock used to run: from the front, every time. */
const fromTheFront = (queue: Map<number, string>, limit: number, newest: number | undefined, dropped: number[]): void => {
  for (const key of queue.keys()) {
    if (queue.size <= limit || key === newest) break;
    queue.delete(key);
    dropped.push(key);
  }
};

type Step =
  | { readonly op: 'add'; readonly key: number; readonly limit: number; readonly guard: boolean }
  | { readonly op: 'touch'; readonly key: number }
  | { readonly op: 'delete'; readonly key: number }
  | { readonly op: 'clear' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('add' as const), key: fc.nat(40), limit: fc.nat(6), guard: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('touch' as const), key: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), key: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
);

/** Runs the steps on a queue; `add` sets a key at the back, then drops past `limit`. */
const run = (steps: readonly Step[], dropPast: (queue: Map<number, string>, limit: number, newest: number | undefined, dropped: number[]) => void) => {
  const queue = new Map<number, string>();
  const dropped: number[] = [];
  for (const s of steps) {
    if (s.op === 'add') {
      queue.delete(s.key);
      queue.set(s.key, `v${s.key}`);
      dropPast(queue, s.limit, s.guard ? s.key : undefined, dropped);
    } else if (s.op === 'touch') {
      if (queue.has(s.key)) {
        queue.delete(s.key);
        queue.set(s.key, `v${s.key}`);
      }
    } else if (s.op === 'delete') queue.delete(s.key);
    else queue.clear();
  }
  return { order: [...queue.keys()], dropped };
};

describe('oldestFirst', () => {
  it('drops what a loop from the front drops, whatever happens to the queue between drops', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const drop = oldestFirst<number>();
        const kept = run(steps, (queue, limit, newest, dropped) =>
          drop(queue, () => queue.size > limit, (key) => {
            queue.delete(key);
            dropped.push(key);
          }, newest),
        );
        expect(kept).toEqual(run(steps, fromTheFront));
      }),
      { numRuns: 500 },
    );
  });

  it('a drop that keeps the entry (a file whose bytes go) drops what a loop from the front drops', () => {
    type Files = Map<number, { kept: boolean }>;
    const keptCount = (files: Files) => [...files.values()].filter((file) => file.kept).length;
    const run2 = (steps: readonly { add: boolean; key: number; limit: number }[], dropPast: (files: Files, limit: number) => void) => {
      const files: Files = new Map();
      for (const s of steps) {
        if (s.add && !files.has(s.key)) {
          files.set(s.key, { kept: true });
          dropPast(files, s.limit);
        } else if (!s.add) files.delete(s.key);
      }
      return [...files].map(([key, file]) => [key, file.kept]);
    };
    fc.assert(
      fc.property(fc.array(fc.record({ add: fc.boolean(), key: fc.nat(30), limit: fc.nat(4) }), { maxLength: 150 }), (steps) => {
        const drop = oldestFirst<number>();
        const kept = run2(steps, (files, limit) =>
          drop(files, () => keptCount(files) > limit, (key) => {
            files.get(key)!.kept = false;
          }),
        );
        const reference = run2(steps, (files, limit) => {
          for (const file of files.values()) {
            if (keptCount(files) <= limit) break;
            file.kept = false;
          }
        });
        expect(kept).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('drops the least recently written first, keeps the newest, and works on a Set', () => {
    const drop = oldestFirst<string>();
    const queue = new Set(['a', 'b', 'c', 'd']);
    const dropped: string[] = [];
    const dropPast = (limit: number, newest?: string) =>
      drop(queue, () => queue.size > limit, (key) => {
        queue.delete(key);
        dropped.push(key);
      }, newest);
    dropPast(3);
    expect(dropped).toEqual(['a']);
    // b is written to: it moves to the back.
    queue.delete('b');
    queue.add('b');
    queue.add('e');
    dropPast(3);
    expect([...queue]).toEqual(['d', 'b', 'e']);
    // A limit of nothing still keeps the newest, and the next call meets it again.
    queue.add('f');
    dropPast(0, 'f');
    expect([...queue]).toEqual(['f']);
    queue.add('g');
    dropPast(1, 'g');
    expect(dropped).toEqual(['a', 'c', 'd', 'b', 'e', 'f']);
    expect([...queue]).toEqual(['g']);
  });
});

// Per-key order: tasks with the same key (a dialog) run one after another, in the order they
// were queued; tasks with different keys run at once. Memory is one entry per key with work
// queued, dropped when its last task ends.

export interface Sequencer {
  /** Queues `task` after the earlier tasks of `key`; settles as the task does. */
  run<T>(key: string, task: () => Promise<T> | T): Promise<T>;
  /** Tasks queued or running. */
  readonly pending: number;
  /** Resolves once no task is queued or running. */
  idle(): Promise<void>;
}

export const createSequencer = (): Sequencer => {
  const tails = new Map<string, Promise<unknown>>();
  let pending = 0;
  let waiters: (() => void)[] = [];

  const finished = (): void => {
    pending--;
    if (pending > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  return {
    run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
      pending++;
      const before = tails.get(key) ?? Promise.resolve();
      // The next task of the key waits for this one whatever its outcome.
      const result = before.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
        finished();
      });
      return result;
    },
    get pending() {
      return pending;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
};

// Dropping the oldest entries of a Map or Set kept as a queue (the mock's chats, messages, files
// and subscriptions: insertion order, an entry written to is deleted and set again at the back).
// A loop `for (const oldest of map.keys())` starts at the table's front each time, and V8 keeps
// every entry deleted there as a hole until it rebuilds the table: once a queue drops at its
// front, each such loop steps over thousands of holes (imbot.chat.add at the 10,000-chat cap
// cost about a quarter more CPU for it). An iterator kept across calls steps over each hole once:
// it goes on in insertion order, reaches entries set after it began, and skips deleted ones.

type Queue<K> = Map<K, unknown> | Set<K>;

/**
 * A dropper for one kind of queue: while `over()` holds, it hands the oldest key of `queue` to
 * `drop`, which deletes it (or leaves nothing of it to drop again). It stops at `newest`, the
 * key just added, which is never dropped. One iterator per queue, kept between calls.
 */
export const oldestFirst = <K>() => {
  const cursors = new WeakMap<Queue<K>, Iterator<K>>();
  return (queue: Queue<K>, over: () => boolean, drop: (key: K) => void, newest?: K): void => {
    let cursor = cursors.get(queue);
    let restarted = false;
    while (over()) {
      let next = cursor?.next();
      if (next === undefined || next.done) {
        // An iterator that has passed the last key stays done: begin again at the front, once
        // per call (a second time round there is nothing left that `drop` can drop).
        if (restarted) return;
        restarted = true;
        cursor = queue.keys();
        cursors.set(queue, cursor);
        next = cursor.next();
        if (next.done) return;
      }
      const key = next.value;
      if (key === newest) {
        // Taken from the iterator but kept: the next call begins at the front and meets it again.
        cursors.delete(queue);
        return;
      }
      drop(key);
    }
  };
};

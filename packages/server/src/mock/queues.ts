// The Event.get queues: a fetch-mode bot's (events.ts) and a user's im.v2 events
// (user-events.ts). One way to add, confirm and page them, and one memory bound over all of
// them: past a queue's own cap its oldest events go; past `limits.queuedEventBytes` the oldest
// events of the fullest queues go first.
import type { EventQueue, PortalState, QueuedEvent } from './state.js';

/** Drops a queue's oldest event. */
export const dropOldest = (state: PortalState, queue: EventQueue): void => {
  const oldest = queue.items.shift();
  if (oldest) state.queuedEventBytes -= oldest.json.length;
};

/** Drops every event of a queue (it is being forgotten). */
export const dropAll = (state: PortalState, queue: EventQueue): void => {
  for (const item of queue.items) state.queuedEventBytes -= item.json.length;
  queue.items.length = 0;
};

/** The queue holding the most events, of bots and users alike. */
const fullest = (state: PortalState): EventQueue | undefined => {
  let found: EventQueue | undefined;
  for (const queues of [state.queues.values(), state.userQueues.values()]) {
    for (const candidate of queues) {
      if (candidate.items.length > 0 && (!found || candidate.items.length > found.items.length)) found = candidate;
    }
  }
  return found;
};

/**
 * Builds an event as Event.get returns it (`{eventId, type, date, data}`, with a new id from the
 * one sequence of events, so one offset can confirm a bot's and a user's events together) and
 * appends it to the queue, within the caps.
 */
export const push = (
  state: PortalState,
  queue: EventQueue,
  event: { readonly type: string; readonly date: string; readonly data: Record<string, unknown>; readonly at?: number },
  max: number,
): QueuedEvent => {
  const eventId = state.ids.next('event');
  const json = JSON.stringify({ eventId, type: event.type, date: event.date, data: event.data });
  const item: QueuedEvent = { eventId, type: event.type, json, ...(event.at === undefined ? {} : { at: event.at }) };
  queue.items.push(item);
  state.queuedEventBytes += json.length;
  while (queue.items.length > max) dropOldest(state, queue);
  while (state.queuedEventBytes > state.limits.queuedEventBytes) {
    const victim = fullest(state);
    if (!victim || (victim === queue && queue.items.length === 1)) break;
    dropOldest(state, victim);
  }
  return item;
};

/**
 * `offset`: every event with a lower id is confirmed and dropped. Only events handed out so far
 * can be confirmed: an offset past the newest (a typo, a cursor kept from another portal) confirms
 * them all, never the events that come after it, which stay to be read and confirmed.
 */
export const confirm = (state: PortalState, queue: EventQueue, offset: number | undefined): void => {
  if (offset === undefined) return;
  const below = Math.min(offset, state.ids.counters().event);
  while (queue.items.length > 0 && queue.items[0]!.eventId < below) dropOldest(state, queue);
  if (below > queue.confirmedBelow) queue.confirmedBelow = below;
};

export interface Page {
  readonly events: never[];
  readonly nextOffset: number;
  readonly hasMore: boolean;
}

/**
 * The oldest unconfirmed events of one or more queues together, at most `limit`, by event id;
 * nextOffset is one past the last returned (else the furthest cursor: nothing below it waits),
 * hasMore says more are waiting.
 */
export const page = (queues: readonly EventQueue[], limit: number): Page => {
  const waiting = queues.flatMap((queue) => queue.items.slice(0, limit));
  if (queues.length > 1) waiting.sort((a, b) => a.eventId - b.eventId);
  const events = waiting.slice(0, limit);
  const total = queues.reduce((sum, queue) => sum + queue.items.length, 0);
  const nextOffset = events.length > 0 ? events.at(-1)!.eventId + 1 : Math.max(0, ...queues.map((queue) => queue.confirmedBelow));
  return { events: events.map((item) => JSON.parse(item.json) as never), nextOffset, hasMore: total > events.length };
};

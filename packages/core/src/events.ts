// Bot events, one definition for both ways they arrive: a webhook delivery (the server's
// `botEvents` / `handleEventDelivery`) and imbot.v2.Event.get (the client's `client.events()`).
// One handler map serves both.
import type { EventTypes } from './gen/contract.gen.js';

export type { EventTypes };

/** The contract's event names: `ONIMBOTV2MESSAGEADD`, ... */
export type EventName = keyof EventTypes & string;

/**
 * The events about a bot (their data names it: `data.bot`), what Event.get and a bot's handler
 * see; the others are the application's (ONAPPINSTALL, ONAPPUNINSTALL) and the users' (ONIMV2*).
 */
export type BotEventName = { [K in EventName]: EventTypes[K]['data'] extends { readonly bot: unknown } ? K : never }[EventName];

/** The top-level `auth` of a webhook delivery. */
export type EventAuth = EventTypes[EventName]['payload']['auth'];

/**
 * One bot event, as a handler gets it, whichever way it came: `type` and the contract's `data`
 * (the same schema for webhook deliveries and Event.get), and where it came from.
 */
export type BotEvent<N extends EventName = BotEventName> = {
  [K in N]: {
    /** The event name. */
    readonly type: K;
    /** The event's data, typed by the contract. */
    readonly data: EventTypes[K]['data'];
    /** `webhook`: POSTed by the platform; `fetch`: read from imbot.v2.Event.get. */
    readonly delivery: 'webhook' | 'fetch';
    /** When it happened (Event.get's `date`) or was sent (the delivery's `ts`), ISO 8601. */
    readonly date: string;
    /** Event.get's queue id; webhook deliveries carry none. */
    readonly eventId?: number;
    /** The delivery's top-level `auth` (webhook only). */
    readonly auth?: EventAuth;
    /** The subscription that delivered it (webhook only). */
    readonly eventHandlerId?: number;
  };
}[N];

/** The handler of one event. What it returns is ignored; what it throws is the caller's to report. */
export type EventHandler<N extends EventName> = (event: BotEvent<N>) => unknown;

/** Handlers by event name; an event without one is skipped. */
export type EventHandlers = { readonly [K in EventName]?: EventHandler<K> };

/**
 * Calls the handler for `event.type`, if the map has one of its own (never one inherited, such as
 * `constructor`). Resolves to whether one was called; rejects with what the handler threw.
 */
export const dispatchEvent = async (handlers: EventHandlers, event: BotEvent<EventName>): Promise<boolean> => {
  const handler = Object.hasOwn(handlers, event.type) ? (handlers[event.type] as EventHandler<EventName> | undefined) : undefined;
  if (typeof handler !== 'function') return false;
  await handler(event as never);
  return true;
};

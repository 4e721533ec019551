// Webhook deliveries, read by @b24-imbot/server's receiver (`/receiver`: no Fastify): the form
// parsed into the contract's types, the application token checked in constant time, duplicates
// and replays refused. Every adapter (fetch, node:http, Fastify) ends here with the raw body.
import {
  createReplayGuard,
  defaultEventLimits,
  type EventHandlers,
  eventNames,
  handleEventDelivery,
  type ReplayGuard,
  type ReplayGuardOptions,
} from '@b24-imbot/server/receiver';
import type { BotEvent } from './contract.js';

export type { ReplayGuard, ReplayGuardOptions };

export interface ReceiverOptions {
  /** The application token deliveries must carry (`auth[application_token]`); several while rotating. */
  readonly applicationToken: string | readonly string[];
  /** Duplicate and replay detection: a guard, its options, or false. Default: one guard per receiver. */
  readonly replay?: ReplayGuard | ReplayGuardOptions | false;
  /** Largest delivery body accepted, in bytes. Default 1 MiB (the server package's event limit). */
  readonly bodyBytes?: number;
  /**
   * Most events accepted and not handled yet. Past it, a delivery is answered only once its
   * event is handled: the platform sends a bot's deliveries one at a time, so it slows down
   * instead of the backlog growing. Default 1000.
   */
  readonly maxPending?: number;
}

/** A delivery's answer, and the bot's handling of it. */
export interface Delivered {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Settles once the bot has handled the event (at once for a refused delivery). Never rejects. */
  readonly handled: Promise<void>;
  /** Answer only once `handled` settles: the bot has `maxPending` events in hand. */
  readonly wait: boolean;
}

export interface Receiver {
  /** The largest body it reads, in bytes. */
  readonly bodyBytes: number;
  /** Reads one delivery (its raw body and Content-Type) and hands an accepted event to the bot. */
  deliver(body: Uint8Array | string | undefined, contentType: string | undefined): Delivered;
}

/** The envelope answered for a body over the limit, before it is read whole. */
export const tooLarge = (bodyBytes: number): Delivered => ({
  status: 413,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error: 'PAYLOAD_TOO_LARGE', error_description: `The delivery is larger than ${bodyBytes} bytes` }),
  handled: Promise.resolve(),
  wait: false,
});

/** How long a delivery is remembered by the guard a shared store keeps: the replay window either way of `ts`. */
export const sharedMarkMs = (replay: ReceiverOptions['replay']): number => {
  const seconds = replay && typeof (replay as ReplayGuard).check !== 'function' ? (replay as ReplayGuardOptions).windowSeconds : undefined;
  return 2 * (seconds ?? 600) * 1000;
};

/** `dispatch` gets each accepted event with the delivery's identity (see the server's `EventDeliveryResult.key`). */
export const createReceiver = (options: ReceiverOptions, dispatch: (event: BotEvent, key: string | undefined) => Promise<void>): Receiver => {
  const bodyBytes = options.bodyBytes ?? defaultEventLimits.bodyBytes;
  const tokens = typeof options.applicationToken === 'string' ? [options.applicationToken] : options.applicationToken;
  // Checked whatever was passed (a JavaScript caller, an unset environment variable).
  if (!Array.isArray(tokens) || tokens.length === 0 || tokens.some((token) => typeof token !== 'string' || token === '')) {
    throw new TypeError('webhook.applicationToken must be a non-empty string or a list of them');
  }
  const replay =
    options.replay === false || (options.replay !== undefined && typeof (options.replay as ReplayGuard).check === 'function')
      ? options.replay
      : createReplayGuard(options.replay as ReplayGuardOptions | undefined);
  // Every event of the contract goes to the bot, which routes it. The answer (with the delivery's
  // key) is ready before the handler runs, so the key is known by then.
  const keys = new WeakMap<object, string>();
  const handlers = Object.fromEntries(
    eventNames.map((name) => [name, (event: unknown) => dispatch(event as BotEvent, keys.get(event as object))]),
  ) as EventHandlers;
  const deliveryOptions = {
    applicationToken: options.applicationToken,
    handlers,
    replay,
    limits: { bodyBytes },
    // The bot reports its handlers' errors itself; dispatch never rejects.
    onHandlerError: () => {},
  };
  return {
    bodyBytes,
    deliver(body, contentType) {
      const answer = handleEventDelivery(body, contentType, deliveryOptions);
      if (answer.event !== undefined && answer.key !== undefined) keys.set(answer.event, answer.key);
      return { status: answer.status, headers: answer.headers, body: answer.body, handled: answer.handled, wait: false };
    },
  };
};

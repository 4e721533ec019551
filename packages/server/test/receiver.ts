// A bot's webhook receiver for tests of the mock portal: botEvents on a Fastify app over
// loopback, keeping every event it was handed, typed.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { type BotEvent, botEvents, type EventHandlers, eventNames } from '../src/index.js';

export interface Receiver {
  /** Where the bot's webhookUrl points. */
  readonly url: string;
  /** Every event handed to a handler, in order. */
  readonly seen: BotEvent[];
  /** Resolves once `count` events arrived. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export const startBotEventsReceiver = async (applicationToken: string): Promise<Receiver> => {
  const seen: BotEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const record = (event: BotEvent) => {
    seen.push(event);
    for (const waiter of waiters) if (seen.length >= waiter.count) waiter.resolve();
  };
  const handlers = Object.fromEntries(eventNames.map((name) => [name, record])) as unknown as EventHandlers;
  const app = Fastify();
  await app.register(botEvents, { applicationToken, handlers, path: '/bot/events' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/bot/events`,
    seen,
    received: (count) => (seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }))),
    close: () => app.close(),
  };
};

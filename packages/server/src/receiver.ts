// `@b24-imbot/server/receiver`: the webhook receiver without Fastify, for fetch handlers and
// runtimes other than Node (Bun, Deno, workerd). Nothing here imports Fastify at run time.
export {
  type BotEvent,
  createReplayGuard,
  defaultEventLimits,
  dispatchEvent,
  type EventAuth,
  type EventDeliveryOptions,
  type EventDeliveryResult,
  type EventHandler,
  type EventHandlers,
  type EventName,
  eventNames,
  type EventTypes,
  handleEventDelivery,
  type MemoryReplayGuard,
  receiveEventDelivery,
  type ReplayGuard,
  type ReplayGuardOptions,
  type ReplayVerdict,
  replayWindow,
  type ReplayWindow,
} from './events.js';
export type { Limits } from './types.js';

// What a user of the package needs: a server (or a Fastify plugin) from typed handlers, the
// error class and guard, the contract's types. The mock portal is `@b24-imbot/server/mock`.
// The guard, the event types and dispatch and the contract's types are @b24-imbot/core's.
export { redactUrl, safeEqual } from './auth.js';
export {
  Bitrix24Error,
  type BitrixErrorCode,
  type ErrorCodeOf,
  type ErrorStatus,
  isBitrix24Error,
  type OperationId,
} from './errors.js';
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
export { botEvents, type BotEventsOptions } from './events-plugin.js';
export { exampleHandlers } from './examples.js';
export { contractVersion, type OperationTypes } from './gen/operations.gen.js';
export type { components, operations, paths } from './gen/schema.gen.js';
export { bitrixRest } from './plugin.js';
export { defaultLimits } from './runtime/wire.js';
export { createServer, type ServerOptions } from './server.js';
export type {
  Auth,
  Authenticate,
  BitrixRestOptions,
  CallInfo,
  HandledOperationId,
  Handler,
  HandlerContext,
  Handlers,
  Limits,
  ParamsOf,
  ResultOf,
  SuccessOf,
} from './types.js';

export { createImbotClient } from './client.js';
export {
  Bitrix24Error,
  Bitrix24NetworkError,
  Bitrix24TimeoutError,
  isBitrix24Error,
  type AnyBitrix24ErrorCode,
} from './errors.js';
export type {
  Bitrix24ErrorCode,
  CallArgs,
  CallOptions,
  ImbotClient,
  ImbotClientOptions,
  MethodFunction,
  MethodName,
  MethodParams,
  MethodResponse,
  MethodResult,
  MethodSuccess,
  MethodTree,
  OAuthClientOptions,
  RateLimitOptions,
  RetryOptions,
  WebhookClientOptions,
} from './types.js';
export {
  type BotEvent,
  type DelayRange,
  dispatchEvent,
  type EventHandler,
  type EventHandlers,
  type EventName,
  type EventStream,
  type EventsOptions,
} from './events.js';
export { contractVersion, type Events, type Methods } from './gen/methods.gen.js';
// The contract's schemas as types (`ImbotChatAddParams`, `ChatColor`, ...).
export type * from './gen/types.gen.js';

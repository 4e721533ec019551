export type {
  BatchAnswer,
  BatchCommand,
  BatchCommandMethod,
  BatchCommands,
  BatchErrorCode,
  BatchFunction,
  BatchItem,
  BatchMethodName,
  BatchOptions,
  BatchResults,
} from './batch.js';
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
  RateLimiter,
  RateLimitOptions,
  RetryOptions,
  WebhookClientOptions,
} from './types.js';
export {
  type BotEvent,
  type DelayRange,
  dispatchEvent,
  type EventAuth,
  type EventHandler,
  type EventHandlers,
  type EventName,
  type Events,
  type EventStream,
  type EventsOptions,
  type EventTypes,
  pollPace,
  type UserEvent,
} from './events.js';
export type { Logger, LogFields } from './log.js';
export type { ContractErrorCode } from '@b24-imbot/core';
export { contractVersion, type Methods } from './gen/methods.gen.js';
// The contract's schemas as types (`ImbotChatAddParams`, `ChatColor`, ...).
export type * from './gen/types.gen.js';

// What @b24-imbot/client and @b24-imbot/server share, written once. Runs wherever `fetch` does
// (Node, Bun, Deno, Cloudflare Workers, browsers): no Node-only imports.
export {
  type AnyBitrix24ErrorCode,
  Bitrix24Error,
  type Bitrix24ErrorCode,
  isBitrix24Error,
  type PackageErrorCode,
} from './errors.js';
export {
  type BotEvent,
  dispatchEvent,
  type EventAuth,
  type EventHandler,
  type EventHandlers,
  type EventName,
  type BotEventName,
  type EventTypes,
} from './events.js';
export { httpBuildQuery } from './form.js';
export { contractVersion, type ContractErrorCode } from './gen/contract.gen.js';
export type { components, operations, paths } from './gen/schema.gen.js';
export {
  createLeakyBucket,
  type LeakyBucket,
  type RateLimiter,
  type RateLimitOptions,
  rateLimitPresets,
  sleep,
} from './rate-limit.js';
export { redactor, redactUrl } from './redact.js';

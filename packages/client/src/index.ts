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
export { contractVersion, methods, type Methods } from './gen/methods.gen.js';

// The generated SDK, usable on its own: `imbotChatAdd({ client: createSdkClient({ baseUrl }), body })`.
export * from './gen/sdk.gen.js';
export type * from './gen/types.gen.js';
export { createClient as createSdkClient } from './gen/client/index.gen.js';

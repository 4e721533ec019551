export { redactUrl, safeEqual } from './auth.js';
export {
  BitrixError,
  type BitrixErrorCode,
  type ErrorCodeOf,
  type ErrorStatus,
  isBitrixError,
  type OperationId,
} from './errors.js';
export { contractVersion, operationTable, type OperationTypes } from './gen/operations.gen.js';
export type { components, operations, paths } from './gen/schema.gen.js';
export {
  type CallRecord,
  type MockFault,
  type MockPortal,
  type MockPortalOptions,
  type StoredChat,
  startMockPortal,
} from './mock.js';
export { bitrixRest } from './plugin.js';
export type { CompiledValidator, NumericKind, OperationDefinition, ValidationIssue } from './runtime/operation.js';
export { defaultLimits } from './runtime/wire.js';
export { createServer, type ServerOptions } from './server.js';
export type {
  Auth,
  Authenticate,
  BitrixRestOptions,
  CallInfo,
  Handler,
  HandlerContext,
  Handlers,
  Limits,
  ParamsOf,
  ResultOf,
  SuccessOf,
} from './types.js';

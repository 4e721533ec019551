// @b24-imbot/bot: a Bitrix24 chat bot defined in code. Runtime-neutral: nothing here imports a
// Node-only module, so it runs on Node, Bun, Deno and Cloudflare's workerd. The node:http and
// Fastify adapters, the file store and the test harness are the other entry points.
export { Bot, type BotOptions, type ConnectOptions, createBot, type ErrorHandler, type OrderBy, type StartOptions, type WebhookOptions } from './bot.js';
export { type BotContext, type CommandContext, Composer, type FilteredContext, type HearsContext, type Middleware, type NextFunction } from './composer.js';
export { type CommandCall, Context, type FieldOf, type FileInput } from './context.js';
export { contractVersion } from './contract.js';
export type {
  AnswerFields,
  Attach,
  BotEvent,
  Chat,
  EventData,
  EventName,
  ImbotClient,
  Keyboard,
  KeyboardButton,
  Message,
  MessageFields,
  ReactionCode,
  User,
} from './contract.js';
export type { EventOf, FilterExtras, FilterQuery, ShortName } from './filters.js';
export { commandButton, keyboard } from './keyboard.js';
export type { DelayRange, PollingOptions, PollingPosition } from './polling.js';
export type { BotDefinition, CommandDefinition, LocalizedText, ProvisionedBot } from './provision.js';
export type { Delivered, Receiver, ReceiverOptions, ReplayGuard, ReplayGuardOptions } from './receiver.js';
export type { SessionFlavor, SessionOptions } from './session.js';
export { memoryStore, type MemoryStoreOptions, type RateLimitSetting, type Store, type StoreSetOptions } from './store.js';
export type { FetchHandler, FetchHandlerOptions } from './webhook.js';

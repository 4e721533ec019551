// The contract as the bot package sees it: the client's generated types, named once here so the
// rest of the package never reaches into another package's type list (when @b24-imbot/core
// holds the event types, this is the one file that changes).
import type {
  BotEvent as ClientBotEvent,
  Chat,
  EventName,
  Events,
  ImbotClient,
  ImbotClientOptions,
  ImbotV2Attach,
  ImbotV2BotRegisterParams,
  ImbotV2ChatMessageSendParams,
  ImbotV2CommandAnswerParams,
  ImbotV2Keyboard,
  ImbotV2KeyboardButton,
  ImbotV2ReactionCode,
  InputActionStatusCode,
  Message,
  MethodName,
  MethodParams,
  MethodResult,
  RateLimiter,
  RateLimitOptions,
  User,
} from '@b24-imbot/client';

/** The version of the contract the types come from (the schema's `info.version`), as the client says. */
export { contractVersion } from '@b24-imbot/client';

export type {
  Chat,
  EventName,
  Events,
  ImbotClient,
  ImbotClientOptions,
  ImbotV2Attach as Attach,
  ImbotV2Keyboard as Keyboard,
  ImbotV2KeyboardButton as KeyboardButton,
  ImbotV2ReactionCode as ReactionCode,
  InputActionStatusCode,
  Message,
  MethodName,
  MethodParams,
  MethodResult,
  RateLimiter,
  RateLimitOptions,
  User,
};

/** One event, typed by its name: `type`, the contract's `data`, and how it came. */
export type BotEvent<N extends EventName = EventName> = ClientBotEvent<N>;

/** The `data` of an event, as the contract describes it. */
export type EventData<N extends EventName> = Events[N]['data'];

/** What Bot.register takes: the bot's code, type, profile and flags. */
export type RegisterFields = ImbotV2BotRegisterParams['fields'];

/** What a message sent by the bot may carry besides its text (Chat.Message.send `fields`). */
export type MessageFields = NonNullable<ImbotV2ChatMessageSendParams['fields']>;

/** What a command's answer may carry (Command.answer `fields`). */
export type AnswerFields = NonNullable<ImbotV2CommandAnswerParams['fields']>;

// What a handler gets for one event: the event typed by its name, the message, chat and user it
// carries, the whole typed client, and the calls a bot makes all the time, each one method of
// the contract (Chat.Message.send, Command.answer, Chat.Message.Reaction.add,
// Chat.InputAction.notify, File.upload).
import type {
  AnswerFields,
  Attach,
  BotEvent,
  EventData,
  EventName,
  ImbotClient,
  InputActionStatusCode,
  Keyboard,
  MessageFields,
  ReactionCode,
} from './contract.js';

/** The keys an event's `data` declares (its index signature left out). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 };

/** `data[K]` of event N when the contract gives N that field, else undefined. */
export type FieldOf<N extends EventName, K extends string> = N extends EventName
  ? K extends KnownKeys<EventData<N>>
    ? EventData<N>[K]
    : undefined
  : never;

/** A command as a handler sees it: `/help topic` is `{ name: 'help', args: 'topic' }`. */
export interface CommandCall {
  /** The command's name, without the slash. */
  readonly name: string;
  /** What the user wrote after it, trimmed ('' when nothing). */
  readonly args: string;
  /** The command's id on the portal (Command.answer takes it). */
  readonly id: number;
  /** How it was invoked: typed, a keyboard button, or the context menu. */
  readonly via: 'textarea' | 'keyboard' | 'menu' | undefined;
}

/** A file to send: its name and bytes (or base64 text). */
export interface FileInput {
  readonly name: string;
  readonly content: Uint8Array | ArrayBuffer | { readonly base64: string };
}

/** What the context needs from its bot. */
export interface ContextBot {
  readonly id: number;
  readonly client: ImbotClient;
  /** The bot's own command names, without the slash. */
  readonly commands: ReadonlySet<string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
};

/** The text's first word when it is one of `commands` (`/help@x topic` is not; `/help topic` is help). */
export const ownCommandOf = (text: string | undefined, commands: ReadonlySet<string>): string | undefined => {
  const match = /^\/(\S+)/.exec(text?.trimStart() ?? '');
  return match && commands.has(match[1]!) ? match[1] : undefined;
};

export class Context<N extends EventName = EventName> {
  /** The event, as delivered (polled or POSTed), typed by its name. */
  readonly event: BotEvent<N>;
  /** The typed client: every method of the contract, with the bot's credentials. */
  readonly client: ImbotClient;
  /** The bot's id (the user id of the bot on the portal). */
  readonly botId: number;
  /** The match of a `hears` pattern. */
  match: RegExpExecArray | undefined;
  /** The command of an ONIMBOTV2COMMANDADD event. */
  readonly command: CommandCall | undefined;
  readonly #commands: ReadonlySet<string>;

  constructor(event: BotEvent<N>, bot: ContextBot) {
    this.event = event;
    this.client = bot.client;
    const own = (event.data as { bot?: { id?: unknown } }).bot?.id;
    this.botId = typeof own === 'number' ? own : bot.id;
    this.#commands = bot.commands;
    const command = (event.data as { command?: unknown }).command;
    if (event.type === 'ONIMBOTV2COMMANDADD' && isRecord(command) && typeof command['command'] === 'string') {
      this.command = {
        name: command['command'].replace(/^\//, ''),
        args: typeof command['params'] === 'string' ? command['params'].trim() : '',
        id: command['id'] as number,
        via: command['context'] as CommandCall['via'],
      };
    }
  }

  /** The event's name. */
  get type(): N {
    return this.event.type as N;
  }

  /** The event's `data`, as the contract describes it. */
  get data(): EventData<N> {
    return this.event.data as EventData<N>;
  }

  /** The message the event is about (added, edited, a command's, reacted to). */
  get message(): FieldOf<N, 'message'> {
    return (this.event.data as Record<string, unknown>)['message'] as FieldOf<N, 'message'>;
  }

  /** The chat the event happened in. */
  get chat(): FieldOf<N, 'chat'> {
    return (this.event.data as Record<string, unknown>)['chat'] as FieldOf<N, 'chat'>;
  }

  /** Who did it: the author, who added the bot, who reacted. */
  get user(): FieldOf<N, 'user'> {
    return (this.event.data as Record<string, unknown>)['user'] as FieldOf<N, 'user'>;
  }

  /** The dialog to answer in: `chat5` for a group chat, the user's id for a personal dialog. */
  get dialogId(): string | undefined {
    const data = this.event.data as Record<string, unknown>;
    const chat = data['chat'];
    if (isRecord(chat) && typeof chat['dialogId'] === 'string' && chat['dialogId'] !== '') return chat['dialogId'];
    return typeof data['dialogId'] === 'string' ? data['dialogId'] : undefined;
  }

  /** The message's text, if there is a message. */
  get text(): string | undefined {
    const message = (this.event.data as Record<string, unknown>)['message'];
    return isRecord(message) && typeof message['text'] === 'string' ? message['text'] : undefined;
  }

  /** Ids of the files the message carries (its params' FILE_ID). */
  get files(): number[] {
    const message = (this.event.data as Record<string, unknown>)['message'];
    const ids = isRecord(message) && isRecord(message['params']) ? message['params']['FILE_ID'] : undefined;
    return Array.isArray(ids) ? ids.map(Number).filter((id) => Number.isInteger(id) && id > 0) : [];
  }

  /** Whether the message mentions this bot (`[USER=<botId>]`). */
  get mentioned(): boolean {
    return new RegExp(`\\[USER=${this.botId}\\]`, 'i').test(this.text ?? '');
  }

  /** Whether the message starts with one of the bot's own commands (it also comes as ONIMBOTV2COMMANDADD). */
  get isOwnCommand(): boolean {
    return ownCommandOf(this.text, this.#commands) !== undefined;
  }

  #requireDialog(helper: string): string {
    const dialogId = this.dialogId;
    if (dialogId === undefined) throw new TypeError(`ctx.${helper}(): ${this.event.type} has no dialog to answer in`);
    return dialogId;
  }

  #requireMessage(helper: string): number {
    const message = (this.event.data as Record<string, unknown>)['message'];
    if (!isRecord(message) || typeof message['id'] !== 'number') throw new TypeError(`ctx.${helper}(): ${this.event.type} carries no message`);
    return message['id'];
  }

  /** Sends a message to the event's dialog (imbot.v2.Chat.Message.send); resolves to its id. */
  async reply(text: string, fields: Omit<MessageFields, 'message'> = {}): Promise<{ id: number }> {
    const { id } = await this.client.imbot.v2.Chat.Message.send({
      botId: this.botId,
      dialogId: this.#requireDialog('reply'),
      fields: { ...fields, message: text },
    });
    return { id };
  }

  /** Sends a message with buttons under it (Chat.Message.send with `keyboard`); see `keyboard()`. */
  replyWithKeyboard(text: string, keyboard: Keyboard, fields: Omit<MessageFields, 'message' | 'keyboard'> = {}): Promise<{ id: number }> {
    return this.reply(text, { ...fields, keyboard });
  }

  /** Sends a rich attachment (Chat.Message.send with `attach`), with an optional text. */
  async replyWithAttachment(attach: Attach, text?: string, fields: Omit<MessageFields, 'message' | 'attach'> = {}): Promise<{ id: number }> {
    const { id } = await this.client.imbot.v2.Chat.Message.send({
      botId: this.botId,
      dialogId: this.#requireDialog('replyWithAttachment'),
      fields: { ...fields, attach, ...(text === undefined ? {} : { message: text }) },
    });
    return { id };
  }

  /** Uploads a file into the event's dialog (imbot.v2.File.upload); resolves to the file's and its message's ids. */
  async replyWithFile(file: FileInput, text?: string): Promise<{ fileId: number; messageId: number }> {
    const { content } = file;
    const base64 =
      content instanceof Uint8Array ? toBase64(content) : content instanceof ArrayBuffer ? toBase64(new Uint8Array(content)) : content.base64;
    const result = await this.client.imbot.v2.File.upload({
      botId: this.botId,
      dialogId: this.#requireDialog('replyWithFile'),
      fields: { name: file.name, content: base64, ...(text === undefined ? {} : { message: text }) },
    });
    return { fileId: result.file.id, messageId: result.messageId };
  }

  /**
   * Answers the command of an ONIMBOTV2COMMANDADD event (imbot.v2.Command.answer), shown as its
   * answer in the dialog. For any other event it is `reply`.
   */
  async answer(text: string, fields: Omit<AnswerFields, 'message'> = {}): Promise<void> {
    const command = this.command;
    if (command === undefined) {
      await this.reply(text, fields);
      return;
    }
    await this.client.imbot.v2.Command.answer({
      botId: this.botId,
      commandId: command.id,
      messageId: this.#requireMessage('answer'),
      dialogId: this.#requireDialog('answer'),
      fields: { ...fields, message: text },
    });
  }

  /** Sets a reaction on the event's message (imbot.v2.Chat.Message.Reaction.add). */
  async react(reaction: ReactionCode): Promise<void> {
    await this.client.imbot.v2.Chat.Message.Reaction.add({ botId: this.botId, messageId: this.#requireMessage('react'), reaction });
  }

  /** Shows "the bot is typing" (or another status) in the dialog (imbot.v2.Chat.InputAction.notify). */
  async typing(status?: InputActionStatusCode, durationSeconds?: number): Promise<void> {
    await this.client.imbot.v2.Chat.InputAction.notify({
      botId: this.botId,
      dialogId: this.#requireDialog('typing'),
      ...(status === undefined ? {} : { statusMessageCode: status }),
      ...(durationSeconds === undefined ? {} : { duration: durationSeconds }),
    });
  }
}

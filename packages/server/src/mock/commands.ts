// imbot.v2.Command.*: register, update, list, unregister, answer.
import { Bitrix24Error } from '../errors.js';
import type { Handler } from '../types.js';
import { findDialog, requireBot } from './access.js';
import { addMessage } from './messages.js';
import type { BotRecord, CommandRecord, PortalState } from './state.js';
import { commandView } from './views.js';
import type { Behaviours } from './table.js';

/** A command name is one word without the slash (`help`): spaces or a slash are COMMAND_NAME_INVALID. */
const checkName = (name: string): void => {
  if (/[\s/]/.test(name)) throw new Bitrix24Error('COMMAND_NAME_INVALID', `Command name ${JSON.stringify(name)} must be one word without a slash`);
};

const hasText = (texts: Record<string, string | null> | undefined): boolean =>
  Object.values(texts ?? {}).some((text) => typeof text === 'string' && text.trim() !== '');

const commandOf = (state: PortalState, bot: BotRecord, commandId: number): CommandRecord => {
  const command = state.commands.get(commandId);
  if (!command || command.botId !== bot.id) throw new Bitrix24Error('COMMAND_NOT_FOUND', `Command ${commandId} not found`);
  return command;
};

/** Applies a per-language patch: a string sets, null removes. */
const patch = (texts: Record<string, string>, changes: Record<string, string | null> | undefined): Record<string, string> => {
  const next = { ...texts };
  for (const [language, text] of Object.entries(changes ?? {})) {
    if (text === null) delete next[language];
    else next[language] = text;
  }
  return next;
};

export const commandRegister =
  (state: PortalState): Handler<'imbotV2CommandRegister'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const { fields } = params;
    checkName(fields.command);
    // Idempotent per bot: the same command again answers the existing one unchanged.
    const existing = [...state.commands.values()].find((command) => command.botId === bot.id && command.command === fields.command);
    if (existing) return { command: commandView(state, existing) };
    const hidden = fields.hidden ?? false;
    if (!hidden && !hasText(fields.title)) {
      throw new Bitrix24Error('COMMAND_TITLE_REQUIRED', 'A visible command needs a title');
    }
    const command: CommandRecord = {
      id: state.ids.next('command'),
      botId: bot.id,
      command: fields.command,
      title: { ...fields.title },
      params: { ...fields.params },
      common: fields.common ?? false,
      hidden,
      extranetSupport: fields.extranetSupport ?? false,
    };
    state.commands.set(command.id, command);
    return { command: commandView(state, command) };
  };

export const commandUpdate =
  (state: PortalState): Handler<'imbotV2CommandUpdate'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const command = commandOf(state, bot, params.commandId);
    const { fields } = params;
    if (fields.command !== undefined) {
      checkName(fields.command);
      const taken = [...state.commands.values()].some(
        (other) => other.botId === bot.id && other.id !== command.id && other.command === fields.command,
      );
      if (taken) throw new Bitrix24Error('COMMAND_ALREADY_EXISTS', `The bot already has /${fields.command}`);
    }
    if (fields.command !== undefined) command.command = fields.command;
    command.title = patch(command.title, fields.title);
    command.params = patch(command.params, fields.params);
    if (fields.common !== undefined) command.common = fields.common;
    if (fields.hidden !== undefined) command.hidden = fields.hidden;
    if (fields.extranetSupport !== undefined) command.extranetSupport = fields.extranetSupport;
    return { command: commandView(state, command) };
  };

export const commandList =
  (state: PortalState): Handler<'imbotV2CommandList'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    return {
      commands: [...state.commands.values()].filter((command) => command.botId === bot.id).map((command) => commandView(state, command)),
    };
  };

export const commandUnregister =
  (state: PortalState): Handler<'imbotV2CommandUnregister'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    state.commands.delete(commandOf(state, bot, params.commandId).id);
    return { result: true };
  };

/**
 * The answer to a typed command, into the dialog it came from: the command must be the bot's
 * and the message must be in that dialog (else COMMAND_ANSWER_FAILED, as the page says for
 * both). A bot that is not in the chat answers as a system message.
 */
export const commandAnswer =
  (state: PortalState): Handler<'imbotV2CommandAnswer'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const command = state.commands.get(params.commandId);
    const message = state.messages.get(params.messageId);
    const chat = findDialog(state, bot.id, params.dialogId);
    const fields = params.fields ?? { system: false, urlPreview: true };
    const text = fields.message ?? '';
    const attach = fields.attach;
    if (!command || command.botId !== bot.id || !message || !chat || message.chatId !== chat.id) {
      throw new Bitrix24Error('COMMAND_ANSWER_FAILED', 'No such command call in this dialog');
    }
    if (text.trim() === '' && attach === undefined) throw new Bitrix24Error('COMMAND_ANSWER_FAILED', 'The answer is empty');
    addMessage(state, {
      chat,
      authorId: bot.id,
      text,
      isSystem: fields.system || !chat.members.has(bot.id),
      params: {
        ...(attach === undefined ? {} : { ATTACH: attach }),
        ...(fields.keyboard === undefined ? {} : { KEYBOARD: fields.keyboard }),
        COMMAND: `/${command.command}`,
      },
    });
    return { result: true };
  };

export const commandBehaviours = {
  imbotV2CommandRegister: commandRegister,
  imbotV2CommandUpdate: commandUpdate,
  imbotV2CommandList: commandList,
  imbotV2CommandUnregister: commandUnregister,
  imbotV2CommandAnswer: commandAnswer,
} satisfies Behaviours;

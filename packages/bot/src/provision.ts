// Making the portal match the bot in code: register the bot or update it (its profile, flags,
// event mode and webhook URL: a restart on another URL moves the deliveries there), then
// register, update or unregister commands until the portal has exactly the code's commands.
import { isBitrix24Error } from './portal.js';
import type { ImbotClient, RegisterFields } from './contract.js';

/** Text per language (`{ en: 'Help', de: 'Hilfe' }`), or one text for the bot's language. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A command of the bot, by its name without the slash. A string is its title. */
export type CommandDefinition =
  | string
  | {
      /** Shown in the command list; needed unless hidden. */
      readonly title?: LocalizedText;
      /** A hint for its parameters (`topic`). */
      readonly params?: LocalizedText;
      /** Usable in every chat, not only where the bot is. Default false. */
      readonly common?: boolean;
      /** Left out of the suggestion list. Default false. */
      readonly hidden?: boolean;
      /** Available to extranet users. Default false. */
      readonly extranetSupport?: boolean;
    };

type Profile = RegisterFields['properties'];

/** The bot as code defines it. */
export interface BotDefinition {
  /** Its code, unique within the application: how a restart finds the bot it registered before. */
  readonly code: string;
  /** Its name, shown in chats. */
  readonly name: string;
  /** `bot` (default), `supervisor`, `personal` or `openline`. A registered bot's type cannot change. */
  readonly type?: RegisterFields['type'];
  /** The rest of its profile: lastName, workPosition, color, gender, avatar (base64). */
  readonly properties?: Omit<Profile, 'name'>;
  /** Its commands by name (`help`, without the slash). The portal ends up with exactly these. */
  readonly commands?: Readonly<Record<string, CommandDefinition>>;
  /** The language of titles given as one string. Default `en`. */
  readonly language?: string;
  readonly isHidden?: boolean;
  readonly isReactionsEnabled?: boolean;
  readonly isSupportOpenline?: boolean;
  readonly backgroundId?: RegisterFields['backgroundId'];
}

/** How the portal delivers events. */
export type Delivery = { readonly mode: 'fetch' } | { readonly mode: 'webhook'; readonly url: string };

/** The bot as the portal has it after `provision`. */
export interface ProvisionedBot {
  readonly id: number;
  readonly code: string;
  /** What changed: `registered` or `updated`, and the commands registered, updated and unregistered. */
  readonly changes: {
    readonly bot: 'registered' | 'updated';
    readonly registered: readonly string[];
    readonly updated: readonly string[];
    readonly unregistered: readonly string[];
  };
}

interface NormalCommand {
  readonly title: Record<string, string>;
  readonly params: Record<string, string>;
  readonly common: boolean;
  readonly hidden: boolean;
  readonly extranetSupport: boolean;
}

const localized = (text: LocalizedText | undefined, language: string): Record<string, string> =>
  text === undefined ? {} : typeof text === 'string' ? { [language]: text } : { ...text };

const COMMAND_NAME = /^[^\s/]+$/;

/** The definition's commands, checked and with defaults. */
export const normalCommands = (definition: BotDefinition): Map<string, NormalCommand> => {
  const language = definition.language ?? 'en';
  const commands = new Map<string, NormalCommand>();
  for (const [name, spec] of Object.entries(definition.commands ?? {})) {
    if (!COMMAND_NAME.test(name)) throw new TypeError(`command ${JSON.stringify(name)}: a name is one word without the slash`);
    const full = typeof spec === 'string' ? { title: spec } : spec;
    const command: NormalCommand = {
      title: localized(full.title, language),
      params: localized(full.params, language),
      common: full.common ?? false,
      hidden: full.hidden ?? false,
      extranetSupport: full.extranetSupport ?? false,
    };
    if (!command.hidden && !Object.values(command.title).some((title) => title.trim() !== '')) {
      throw new TypeError(`command /${name} needs a title (or hidden: true)`);
    }
    commands.set(name, command);
  }
  return commands;
};

/** Whether a registered command (as Command.list shows it: one language's texts) differs from the code's. */
const differs = (
  shown: { title?: string; params?: string; common?: boolean; hidden?: boolean; extranetSupport?: boolean },
  wanted: NormalCommand,
): boolean => {
  const oneOf = (text: string | undefined, texts: Record<string, string>) =>
    Object.keys(texts).length === 0 ? (text ?? '') === '' : Object.values(texts).includes(text ?? '');
  return (
    (shown.common ?? false) !== wanted.common ||
    (shown.hidden ?? false) !== wanted.hidden ||
    (shown.extranetSupport ?? false) !== wanted.extranetSupport ||
    !oneOf(shown.title, wanted.title) ||
    !oneOf(shown.params, wanted.params)
  );
};

/**
 * Registers the bot or brings the registered one up to date, then its commands. The bot is
 * found by its code (Bot.get); one registered by another application, or with another
 * botToken (Bot.update answers BOT_OWNERSHIP_ERROR), is refused, and so is a change of type.
 */
export const provision = async (
  client: ImbotClient,
  definition: BotDefinition,
  delivery: Delivery,
  botToken: string | undefined,
): Promise<ProvisionedBot> => {
  const v2 = client.imbot.v2;
  const commands = normalCommands(definition);
  const flags = {
    ...(definition.isHidden === undefined ? {} : { isHidden: definition.isHidden }),
    ...(definition.isReactionsEnabled === undefined ? {} : { isReactionsEnabled: definition.isReactionsEnabled }),
    ...(definition.isSupportOpenline === undefined ? {} : { isSupportOpenline: definition.isSupportOpenline }),
    ...(definition.backgroundId === undefined ? {} : { backgroundId: definition.backgroundId }),
  };
  const properties = { ...definition.properties, name: definition.name };
  const mode = delivery.mode === 'webhook' ? { eventMode: 'webhook' as const, webhookUrl: delivery.url } : { eventMode: 'fetch' as const };

  let found: Awaited<ReturnType<typeof v2.Bot.get>>['bot'] | undefined;
  try {
    found = (await v2.Bot.get({ code: definition.code })).bot;
  } catch (error) {
    if (!isBitrix24Error(error, 'BOT_NOT_FOUND')) throw error;
  }

  let id: number;
  let change: 'registered' | 'updated';
  if (found === undefined) {
    const { bot } = await v2.Bot.register({
      fields: {
        code: definition.code,
        ...(botToken === undefined ? {} : { botToken }),
        ...(definition.type === undefined ? {} : { type: definition.type }),
        properties,
        ...flags,
        ...mode,
      },
    });
    id = bot.id;
    change = 'registered';
  } else {
    if (definition.type !== undefined && found.type !== undefined && found.type !== definition.type) {
      throw new Error(
        `bot ${definition.code} is registered as type ${found.type}, the code says ${definition.type}: a type cannot change (unregister it first, which takes it out of its chats)`,
      );
    }
    id = found.id;
    try {
      await v2.Bot.update({ botId: id, fields: { properties, ...flags, ...mode } });
    } catch (error) {
      if (!isBitrix24Error(error, 'BOT_OWNERSHIP_ERROR')) throw error;
      throw new Error(`bot ${definition.code} (id ${id}) belongs to another application, or was registered with another botToken`, {
        cause: error,
      });
    }
    change = 'updated';
  }

  const registered: string[] = [];
  const updated: string[] = [];
  const unregistered: string[] = [];
  const { commands: existing } = await v2.Command.list({ botId: id });
  const seen = new Set<string>();
  for (const command of existing) {
    const name = command.command.replace(/^\//, '');
    const wanted = commands.get(name);
    if (wanted === undefined || seen.has(name)) {
      await v2.Command.unregister({ botId: id, commandId: command.id });
      unregistered.push(name);
      continue;
    }
    seen.add(name);
    if (differs(command, wanted)) {
      await v2.Command.update({
        botId: id,
        commandId: command.id,
        fields: {
          title: wanted.title,
          params: wanted.params,
          common: wanted.common,
          hidden: wanted.hidden,
          extranetSupport: wanted.extranetSupport,
        },
      });
      updated.push(name);
    }
  }
  for (const [name, wanted] of commands) {
    if (seen.has(name)) continue;
    await v2.Command.register({
      botId: id,
      fields: {
        command: name,
        ...(Object.keys(wanted.title).length === 0 ? {} : { title: wanted.title }),
        ...(Object.keys(wanted.params).length === 0 ? {} : { params: wanted.params }),
        common: wanted.common,
        hidden: wanted.hidden,
        extranetSupport: wanted.extranetSupport,
      },
    });
    registered.push(name);
  }
  return { id, code: definition.code, changes: { bot: change, registered, updated, unregistered } };
};

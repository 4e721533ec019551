// What `bot.on(...)` takes: any event of the contract by its name, or a short name for the
// usual ones, with the narrowing each brings to the handler's context.
import type { Context } from './context.js';
import type { EventName } from './contract.js';

/** Short names for the events a bot handles most; each is checked against the contract's names. */
const shortNames = {
  message: 'ONIMBOTV2MESSAGEADD',
  'message:text': 'ONIMBOTV2MESSAGEADD',
  'message:file': 'ONIMBOTV2MESSAGEADD',
  'message:mention': 'ONIMBOTV2MESSAGEADD',
  edit: 'ONIMBOTV2MESSAGEUPDATE',
  delete: 'ONIMBOTV2MESSAGEDELETE',
  join: 'ONIMBOTV2JOINCHAT',
  command: 'ONIMBOTV2COMMANDADD',
  reaction: 'ONIMBOTV2REACTIONCHANGE',
  context: 'ONIMBOTV2CONTEXTGET',
  unregistered: 'ONIMBOTV2DELETE',
} as const satisfies Record<string, EventName>;

export type ShortName = keyof typeof shortNames;

/**
 * An event name of the contract (`ONIMBOTV2REACTIONCHANGE`, ...) or a short name:
 * - `message`: a message to the bot that is not one of its own commands (those come as `command`);
 *   `message:text` with text, `message:file` with files (`ctx.files`), `message:mention` mentioning the bot;
 * - `edit`, `delete`: a message edited or deleted; `join`: the bot was added to a chat;
 * - `command`: any of its commands; `reaction`; `context`: a dialog opened with context data;
 * - `unregistered`: the bot was deleted (its last event).
 */
export type FilterQuery = EventName | ShortName;

/** The event a filter selects. */
export type EventOf<F extends FilterQuery> = F extends ShortName ? (typeof shortNames)[F] : F;

/** What a filter guarantees beyond the event type. */
export type FilterExtras<F extends FilterQuery> = F extends 'message:text' | 'message:mention'
  ? { readonly text: string }
  : F extends 'message:file'
    ? { readonly files: [number, ...number[]] }
    : F extends 'command'
      ? { readonly command: NonNullable<Context['command']> }
      : unknown;

const isShortName = (query: string): query is ShortName => Object.hasOwn(shortNames, query);

/** The test of one filter. */
export const matcher = (query: FilterQuery): ((ctx: Context) => boolean) => {
  if (!isShortName(query)) return (ctx) => ctx.type === query;
  const type: EventName = shortNames[query];
  const extra: ((ctx: Context) => boolean) | undefined =
    query === 'message'
      ? (ctx) => !ctx.isOwnCommand
      : query === 'message:text'
        ? (ctx) => !ctx.isOwnCommand && (ctx.text ?? '').trim() !== ''
        : query === 'message:file'
          ? (ctx) => ctx.files.length > 0
          : query === 'message:mention'
            ? (ctx) => ctx.mentioned
            : query === 'command'
              ? (ctx) => ctx.command !== undefined
              : undefined;
  return extra ? (ctx) => ctx.type === type && extra(ctx) : (ctx) => ctx.type === type;
};

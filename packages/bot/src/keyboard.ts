// Keyboards by rows: `keyboard([[yes, no], [help]])` is the contract's button list with a
// NEWLINE button between rows, as the keyboards page writes multi-row keyboards.
import type { Keyboard, KeyboardButton } from './contract.js';

export const keyboard = (rows: readonly (readonly KeyboardButton[])[]): Keyboard =>
  rows.flatMap((row, index) => (index === 0 ? [...row] : [{ TYPE: 'NEWLINE' as const }, ...row]));

/** A button that runs one of the bot's commands (ONIMBOTV2COMMANDADD, `ctx.command.via` is `keyboard`). */
export const commandButton = (text: string, command: string, params?: string): KeyboardButton => ({
  TEXT: text,
  COMMAND: command.replace(/^\//, ''),
  ...(params === undefined ? {} : { COMMAND_PARAMS: params }),
});

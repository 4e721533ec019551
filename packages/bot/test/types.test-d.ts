// The context is typed from the contract, per event and per filter.
import type { Chat, Message, User } from '@b24-imbot/client';
import { describe, expectTypeOf, it } from 'vitest';
import { type CommandCall, createBot } from '../src/index.js';

const bot = createBot({ code: 'typed', name: 'Typed', commands: { help: 'Help' } });

describe('a handler context', () => {
  it('carries the message, chat and user of its event', () => {
    bot.on('message', (ctx) => {
      expectTypeOf(ctx.type).toEqualTypeOf<'ONIMBOTV2MESSAGEADD'>();
      expectTypeOf(ctx.message).toEqualTypeOf<Message>();
      expectTypeOf(ctx.chat).toEqualTypeOf<Chat>();
      expectTypeOf(ctx.user).toEqualTypeOf<User>();
      expectTypeOf(ctx.text).toEqualTypeOf<string | undefined>();
    });
    bot.on('message:text', (ctx) => expectTypeOf(ctx.text).toEqualTypeOf<string>());
    bot.on('message:file', (ctx) => expectTypeOf(ctx.files[0]).toEqualTypeOf<number>());
    bot.on('ONIMBOTV2MESSAGEDELETE', (ctx) => {
      expectTypeOf(ctx.message).toEqualTypeOf<undefined>();
      expectTypeOf(ctx.data.messageId).toEqualTypeOf<number>();
    });
    bot.on('unregistered', (ctx) => {
      expectTypeOf(ctx.chat).toEqualTypeOf<undefined>();
      expectTypeOf(ctx.user).toEqualTypeOf<undefined>();
    });
    bot.on('reaction', (ctx) => expectTypeOf(ctx.data.action).toEqualTypeOf<'add' | 'delete'>());
    bot.on(['edit', 'reaction'], (ctx) => expectTypeOf(ctx.message).toEqualTypeOf<Message>());
    bot.command('help', (ctx) => expectTypeOf(ctx.command).toEqualTypeOf<CommandCall>());
    bot.hears(/order (\d+)/, (ctx) => {
      expectTypeOf(ctx.match).toEqualTypeOf<RegExpExecArray>();
      expectTypeOf(ctx.text).toEqualTypeOf<string>();
    });
    bot.use((ctx) => {
      expectTypeOf(ctx.message).toEqualTypeOf<Message | undefined>();
      expectTypeOf(ctx.command).toEqualTypeOf<CommandCall | undefined>();
    });
  });

  it('knows only the contract\'s events and helpers\' parameters', () => {
    // @ts-expect-error not an event of the contract
    bot.on('ONIMBOTV2NOSUCHEVENT', () => {});
    bot.on('message', async (ctx) => {
      // @ts-expect-error not a status code of Chat.InputAction.notify
      await ctx.typing('SLEEPING');
      // @ts-expect-error a keyboard is a list of buttons (or { BUTTONS })
      await ctx.replyWithKeyboard('pick', 'yes/no');
      await ctx.reply('text', { urlPreview: false, keyboard: [{ TEXT: 'Yes', COMMAND: 'help' }] });
      const chat = await ctx.client.imbot.v2.Chat.get({ botId: ctx.botId, dialogId: ctx.chat.dialogId });
      expectTypeOf(chat.chat).toEqualTypeOf<Chat>();
    });
  });

  it('has a typed session when the bot keeps one, and none otherwise', () => {
    const counting = createBot({ code: 'counting', name: 'Counting', session: { initial: () => ({ count: 0 }) } });
    counting.on('message', (ctx) => expectTypeOf(ctx.session).toEqualTypeOf<{ count: number }>());
    counting.command('x', (ctx) => expectTypeOf(ctx.session.count).toEqualTypeOf<number>());
    bot.on('message', (ctx) => {
      // @ts-expect-error no session on this bot
      void ctx.session;
    });
  });
});

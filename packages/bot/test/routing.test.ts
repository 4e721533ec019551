// Routing and the context's helpers, with a bot started against the mock portal by the test
// harness: each route is reached by what a user does, and each helper's call is checked as the
// portal received it.
import { afterEach, describe, expect, it } from 'vitest';
import { Composer, createBot, keyboard } from '../src/index.js';
import { type TestPortal, testBot } from '../src/testing.js';

let t: TestPortal | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const definition = {
  code: 'router',
  name: 'Router',
  commands: { help: { title: 'Help', params: 'topic' }, start: 'Start', secret: { hidden: true } },
} as const;

describe('routes', () => {
  it('hands a command its name and arguments, and answers it with Command.answer', async () => {
    const bot = createBot(definition);
    bot.command('/help', (ctx) => ctx.answer(`help on [${ctx.command.args}] via ${ctx.command.via}`));
    bot.command(['start', 'secret'], (ctx) => ctx.answer(`command ${ctx.command.name}`));
    t = await testBot(bot);
    const alice = t.user(1);

    const help = await alice.sends('/help  billing and invoices ');
    expect(help.texts).toEqual(['help on [billing and invoices] via textarea']);
    expect(help.replies[0]).toMatchObject({ method: 'imbot.v2.Command.answer', dialogId: '1' });
    expect(help.calls.map((call) => call.method)).toEqual(['imbot.v2.Command.answer']);
    expect(help.calls[0]!.params).toMatchObject({ botId: t.bot.id, messageId: help.messageId, dialogId: '1' });
    expect((await alice.sends('/help')).texts).toEqual(['help on [] via textarea']);
    expect((await alice.sends('/secret')).texts).toEqual(['command secret']);
    expect((await alice.sends('/start now')).texts).toEqual(['command start']);
  });

  it('keeps the bot\'s own commands out of "message" and lets unknown ones in', async () => {
    const bot = createBot(definition);
    bot.command('help', (ctx) => ctx.answer('help'));
    bot.on('message', (ctx) => ctx.reply(`message: ${ctx.text}`));
    t = await testBot(bot);
    expect((await t.user(2).sends('/help')).texts).toEqual(['help']);
    expect((await t.user(2).sends('/unknown thing')).texts).toEqual(['message: /unknown thing']);
    expect((await t.user(2).sends('plain')).texts).toEqual(['message: plain']);
  });

  it('matches hears patterns: a string on the whole text, a RegExp anywhere with ctx.match', async () => {
    const bot = createBot(definition);
    bot.hears('ping', (ctx) => ctx.reply('pong'));
    bot.hears([/order #(\d+)/i, /invoice (\w+)/], (ctx) => ctx.reply(`looking up ${ctx.match[1]}`));
    bot.on('message', (ctx) => ctx.reply('no match'));
    t = await testBot(bot);
    const alice = t.user(1);
    expect((await alice.sends('  ping ')).texts).toEqual(['pong']);
    expect((await alice.sends('ping pong')).texts).toEqual(['no match']);
    expect((await alice.sends('Where is my ORDER #4521?')).texts).toEqual(['looking up 4521']);
    expect((await alice.sends('the invoice X7 please')).texts).toEqual(['looking up X7']);
  });

  it('hears a group chat only when mentioned, greets on joining, and routes other events by name', async () => {
    const bot = createBot(definition);
    const seen: string[] = [];
    bot.on('join', (ctx) => ctx.reply(`Hello, ${ctx.user.name ?? ctx.user.id}! I joined ${ctx.chat.dialogId}`));
    bot.on('message:mention', (ctx) => ctx.reply(`you mentioned me in ${ctx.dialogId}`));
    bot.on('message', (ctx) => ctx.reply('not mentioned'));
    bot.on(['edit', 'delete'], (ctx) => {
      seen.push(ctx.type);
    });
    bot.on('ONIMBOTV2REACTIONCHANGE', (ctx) => ctx.reply(`${ctx.user.id} ${ctx.data.action} ${ctx.data.reaction} on ${ctx.message.id}`));
    bot.on('context', (ctx) => ctx.reply(`opened with ${JSON.stringify(ctx.data.context)}`));
    t = await testBot(bot);
    const alice = t.user(1);

    const chat = await alice.createsChat({ title: 'Team', with: [2] });
    expect(chat.dialogId).toBe(`chat${chat.chatId}`);
    expect(chat.joined.texts).toEqual([expect.stringMatching(new RegExp(`^Hello, .+! I joined chat${chat.chatId}$`))]);
    // A plain message in a group chat does not reach a bot of type "bot"; a mention does.
    expect((await alice.sends('hello everyone', { in: chat })).texts).toEqual([]);
    expect((await t.user(2).sends(`${t.bot.mention} are you there?`, { in: chat })).texts).toEqual([`you mentioned me in ${chat.dialogId}`]);

    // The first word in the bot's personal dialog makes the dialog: the bot joins it first.
    const hello = await alice.sends('hello');
    expect(hello.texts).toEqual(['Hello, User 1! I joined 1', 'not mentioned']);
    await alice.edits(hello, 'hello again');
    await alice.deletes(hello);
    expect(seen).toEqual(['ONIMBOTV2MESSAGEUPDATE', 'ONIMBOTV2MESSAGEDELETE']);

    const reacted = await alice.reacts(hello.replies[1]!, 'like');
    expect(reacted.texts).toEqual([`1 add like on ${hello.replies[1]!.id}`]);
    // A webhook delivery is a PHP form: free-form context values arrive as strings.
    expect((await alice.opens({ from: 'crm', deal: 7 })).texts).toEqual(['opened with {"from":"crm","deal":"7"}']);
  });
});

describe('middleware', () => {
  it('runs in order around the routes, and a route stops the chain unless it calls next', async () => {
    const bot = createBot(definition);
    const trail: string[] = [];
    bot.use(async (ctx, next) => {
      trail.push(`before ${ctx.type}`);
      await next();
      trail.push(`after ${ctx.type}`);
    });
    const admin = new Composer();
    admin.filter(
      (ctx) => ctx.user?.id === 5,
      async (ctx, next) => {
        trail.push('admin');
        await next();
      },
    );
    bot.use(admin);
    bot.on('message:text', (ctx) => {
      trail.push(`text ${ctx.text}`);
    });
    bot.on('message', () => {
      trail.push('never: the text route did not call next');
    });
    t = await testBot(bot);
    await t.user(5).sends('one');
    await t.user(6).sends('two');
    expect(trail).toEqual([
      'before ONIMBOTV2JOINCHAT',
      'admin',
      'after ONIMBOTV2JOINCHAT',
      'before ONIMBOTV2MESSAGEADD',
      'admin',
      'text one',
      'after ONIMBOTV2MESSAGEADD',
      'before ONIMBOTV2JOINCHAT',
      'after ONIMBOTV2JOINCHAT',
      'before ONIMBOTV2MESSAGEADD',
      'text two',
      'after ONIMBOTV2MESSAGEADD',
    ]);
  });

  it('hands a failing handler\'s error to the error handler with its context, and goes on with the next event', async () => {
    const bot = createBot(definition);
    const errors: string[] = [];
    bot.on('message:text', async (ctx) => {
      if (ctx.text === 'boom') throw new Error('kaboom');
      await ctx.reply('fine');
    });
    bot.catch((error, ctx) => {
      errors.push(`${(error as Error).message} in ${ctx?.type} from ${ctx?.user?.id}`);
    });
    t = await testBot(bot);
    expect((await t.user(3).sends('boom')).texts).toEqual([]);
    expect((await t.user(3).sends('again')).texts).toEqual(['fine']);
    expect(errors).toEqual(['kaboom in ONIMBOTV2MESSAGEADD from 3']);
  });
});

describe('context helpers', () => {
  it('each calls its method of the contract', async () => {
    const bot = createBot(definition);
    bot.hears('react', (ctx) => ctx.react('like'));
    bot.hears('typing', (ctx) => ctx.typing('IMBOT_AGENT_ACTION_THINKING', 5));
    bot.hears('keyboard', (ctx) =>
      ctx.replyWithKeyboard('Pick one', keyboard([[{ TEXT: 'Yes', COMMAND: 'start', COMMAND_PARAMS: 'yes' }], [{ TEXT: 'Docs', LINK: 'https://example.com' }]])),
    );
    bot.hears('attach', (ctx) => ctx.replyWithAttachment([{ MESSAGE: 'A block' }], 'With an attachment'));
    bot.hears('file', (ctx) => ctx.replyWithFile({ name: 'notes.txt', content: new TextEncoder().encode('hello file') }, 'Your file'));
    t = await testBot(bot);
    const alice = t.user(1);

    const react = await alice.sends('react');
    expect(react.calls).toEqual([
      { method: 'imbot.v2.Chat.Message.Reaction.add', params: { botId: t.bot.id, messageId: react.messageId, reaction: 'like' }, result: { result: true } },
    ]);
    const typing = await alice.sends('typing');
    expect(typing.calls).toEqual([
      {
        method: 'imbot.v2.Chat.InputAction.notify',
        params: { botId: t.bot.id, dialogId: '1', statusMessageCode: 'IMBOT_AGENT_ACTION_THINKING', duration: 5 },
        result: { result: true },
      },
    ]);
    const keys = await alice.sends('keyboard');
    expect(keys.replies).toEqual([
      expect.objectContaining({
        method: 'imbot.v2.Chat.Message.send',
        text: 'Pick one',
        keyboard: [{ TEXT: 'Yes', COMMAND: 'start', COMMAND_PARAMS: 'yes' }, { TYPE: 'NEWLINE' }, { TEXT: 'Docs', LINK: 'https://example.com' }],
      }),
    ]);
    // The portal keeps what was sent: its message carries the keyboard.
    const stored = t.portal.platform.messages.get(keys.replies[0]!.id!);
    expect(stored?.params['KEYBOARD']).toEqual(keys.replies[0]!.keyboard);

    const attach = await alice.sends('attach');
    expect(attach.replies).toEqual([expect.objectContaining({ text: 'With an attachment', attach: [{ MESSAGE: 'A block' }] })]);
    const file = await alice.sends('file');
    expect(file.replies).toEqual([expect.objectContaining({ method: 'imbot.v2.File.upload', text: 'Your file', file: { id: expect.any(Number), name: 'notes.txt' } })]);
    expect(file.calls[0]!.params['fields']).toMatchObject({ name: 'notes.txt', content: Buffer.from('hello file').toString('base64') });
    expect(t.portal.platform.fileBytes.read(file.replies[0]!.file!.id)?.toString()).toBe('hello file');
  });

  it('refuses a helper the event has nothing for, through the error handler', async () => {
    const bot = createBot(definition);
    const errors: string[] = [];
    bot.on('unregistered', () => {});
    bot.on('join', (ctx) => (ctx as unknown as { react(code: string): Promise<void> }).react('like'));
    bot.catch((error) => errors.push((error as Error).message));
    t = await testBot(bot);
    await t.user(4).sends('hi');
    expect(errors).toEqual(['ctx.react(): ONIMBOTV2JOINCHAT carries no message']);
  });
});

describe('the harness', () => {
  it('a second harness of a running bot is refused and leaves the first one running', async () => {
    const bot = createBot(definition);
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.text}`));
    t = await testBot(bot);
    await expect(testBot(bot)).rejects.toThrow('bot router is already running; stop() it first');
    expect((await t.user(1).sends('still here')).texts).toEqual(['echo: still here']);
    // And a third try is refused the same way: the first harness still has the bot.
    await expect(testBot(bot)).rejects.toThrow('already running');
  });
});

describe('what went wrong, in the answer', () => {
  it('a handler that throws: the error is in the answer and still reaches catch', async () => {
    const bot = createBot(definition);
    const caught: unknown[] = [];
    bot.command('help', () => {
      throw new Error('kaboom');
    });
    bot.on('message:text', (ctx) => ctx.reply('fine'));
    bot.catch((error) => void caught.push(error));
    t = await testBot(bot);
    const boom = await t.user(1).sends('/help');
    expect(boom.texts).toEqual([]);
    expect(boom.errors).toEqual([new Error('kaboom')]);
    expect(caught).toEqual([new Error('kaboom')]);
    // The next answer starts clean.
    const fine = await t.user(1).sends('hello');
    expect(fine.texts).toEqual(['fine']);
    expect(fine.errors).toEqual([]);
  });

  it('a delivery the bot\'s webhook refused: an error naming the event and the status', async () => {
    const bot = createBot(definition);
    bot.on('message:text', (ctx) => ctx.reply('fine'));
    t = await testBot(bot);
    await bot.stop(); // its webhook now answers 503
    const lost = await t.user(1).sends('anyone?');
    expect(lost.texts).toEqual([]);
    // The user's first message opens the dialog: its join is refused too.
    expect(lost.errors).toEqual(['ONIMBOTV2JOINCHAT', 'ONIMBOTV2MESSAGEADD'].map((event) => new Error(`the bot's webhook answered ${event} with 503`)));
  });
});

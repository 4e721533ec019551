import { expect, it } from 'vitest';
import { createBot } from '../src/index.js';
import { testBot } from '../src/testing.js';

it('echoes and answers /help', async () => {
  const bot = createBot({ code: 'echo', name: 'Echo', commands: { help: 'What I can do' } });
  bot.command('help', (ctx) => ctx.answer('I echo.'));
  bot.on('message:text', (ctx) => ctx.reply(`You said: ${ctx.text}`));
  const t = await testBot(bot);
  try {
    expect((await t.user(1).sends('/help')).texts).toEqual(['I echo.']);
    expect((await t.user(1).sends('hello')).texts).toEqual(['You said: hello']);
  } finally {
    await t.close();
  }
});

// The app for the size benchmark: the demo's echo bot as a Worker ships it, on @b24-imbot/bot
// (routing, the client it answers with, the webhook receiver with the events' validators).
import { createBot } from '@b24-imbot/bot';

const bot = createBot({ code: 'echo_bot', name: 'Echo bot', commands: { help: 'What I can do' } });
bot.command('help', (ctx) => ctx.answer('I repeat what you write.'));
bot.on('message:text', (ctx) => ctx.reply(`You said: ${ctx.text}`));

export default { fetch: bot.fetchHandler() };

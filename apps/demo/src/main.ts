// `pnpm demo`: start the portal stand-in, walk through the typed client against it, then keep
// serving the web page until Ctrl-C. `pnpm demo --once` exits after the walkthrough:
// 0 when every step went as expected.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { type EchoBot, startEchoBot } from './bot.js';
import { createDemoPortal, demoApplicationToken, demoWebhook } from './portal.js';
import { openChatStore } from './store.js';
import { runWalkthrough } from './walkthrough.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: fileURLToPath(new URL('../.data/demo.sqlite', import.meta.url)) },
    once: { type: 'boolean', default: false },
    log: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: pnpm demo [--port 3000] [--host 127.0.0.1] [--db FILE] [--once] [--log]

Starts a Bitrix24 portal stand-in (the mock portal of @b24-imbot/server, with imbot.chat.add's
chats also kept in SQLite; imbot.v2 in memory) and an echo bot in webhook mode, walks through the
typed client against them (a scripted conversation with the bot included), then serves the web
page until Ctrl-C. --once exits after the walkthrough; --log prints a line per request and per
bot event delivery.`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const store = openChatStore(values.db);
const portal = createDemoPortal(store, { log: values.log });
let address: string;
try {
  address = (await portal.mock.listen({ port, host: values.host })).url;
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} on ${values.host} is in use: pass --port (0 picks a free one) or set PORT.`
      : `Cannot listen on ${values.host}:${port}: ${(error as Error).message}`,
  );
  store.close();
  process.exit(2);
}
console.log(`listening on ${address}`);

let bot: EchoBot | undefined;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await bot?.close();
  await portal.mock.close();
  store.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

// The echo bot: its own server receiving the portal's webhook deliveries.
try {
  bot = await startEchoBot({
    webhookUrl: `${address}/rest/${demoWebhook.userId}/${demoWebhook.code}/`,
    applicationToken: demoApplicationToken,
    host: values.host,
  });
  console.log(`echo bot #${bot.botId} receives events at ${bot.eventsUrl}`);
} catch (error) {
  console.error(`The echo bot could not start: ${error instanceof Error ? error.message : String(error)}`);
}

console.log('walkthrough: the typed client against the portal');
const steps = await runWalkthrough(address, portal, (line) => console.log(line));
const failed = steps.filter((step) => !step.ok).length;
console.log(`walkthrough: ${steps.length - failed} of ${steps.length} steps went as expected`);

if (values.once) {
  await stop(failed === 0 ? 0 : 1);
} else {
  console.log(`\nThe page:          ${address}/`);
  console.log(`The API reference: ${address}/reference`);
  console.log(`Talk to the bot:   ${address}/#chat`);
  console.log(`Chats so far:      ${store.count()} (in ${values.db})`);
  console.log('Press Ctrl-C to stop.');
}

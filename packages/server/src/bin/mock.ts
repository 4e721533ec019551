#!/usr/bin/env node
// b24-imbot-mock: a mock Bitrix24 portal for local work and CI.
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
// The package itself, so that the built bin shares dist/index.js instead of bundling a copy.
import { type PlatformLimits, StateFileError, defaultPlatformLimits, startMockPortal } from '@b24-imbot/server/mock';

// V8 lets a busy heap grow to several times what it holds before collecting (measured: about
// 590 MiB for the ~130 MiB the default caps keep, on Node 24). Growing it by a fifth past each
// collection keeps the mock near its caps, at no cost in speed measured. Set in the mock's own
// process only: the library must not change its user's.
v8.setFlagsFromString('--heap-growing-percent=20');

// The process that started us, read first: a launcher killed as soon as it sees `listening on`
// must not be gone already when we look.
const parent = process.ppid;

const MiB = 1024 * 1024;
const d = defaultPlatformLimits;
const size = (bytes: number): string => (bytes % MiB === 0 ? `${bytes / MiB}M` : String(bytes));

/** The memory caps: option name, limit, what it bounds. */
const CAPS: readonly (readonly [option: string, limit: keyof PlatformLimits, what: string, isSize?: true])[] = [
  ['max-chats', 'chats', 'chats of both API versions; the least recently written to go first, with their messages and files'],
  ['max-messages-per-chat', 'messagesPerChat', 'messages kept per chat'],
  ['max-message-chars', 'messageBytes', 'characters of text and params of all messages together', true],
  ['max-files', 'files', 'uploaded files (their records)'],
  ['max-file-bytes', 'storedFileBytes', 'bytes of uploaded files kept for File.download (then FILE_NOT_FOUND)', true],
  ['max-queued-events', 'queuedEvents', 'events waiting for Event.get, per bot'],
  ['max-queued-event-chars', 'queuedEventBytes', 'characters of the events waiting, all bots and users together', true],
  ['max-subscriptions', 'subscriptions', "users whose im.v2 events are recorded (im.v2.Event.subscribe); the oldest subscription goes first, with its events"],
  ['max-user-queued-events', 'userQueuedEvents', 'im.v2 events waiting for im.v2.Event.get, per user (each kept 24 hours)'],
  ['max-journal', 'journalEntries', 'entries of the journal of what happened'],
  ['max-calls', 'calls', 'call records (the call log)'],
  ['max-deliveries', 'deliveryRecords', 'webhook delivery records'],
];

/** One option of the help: its name, then its text wrapped at 96 columns under itself. */
const capLine = (name: string, what: string, byDefault: string): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of [...what.split(' '), `(default ${byDefault})`]) {
    if (line !== '' && 33 + line.length + 1 + word.length > 96) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `  ${name.padEnd(30)} ${lines.join(`\n${' '.repeat(33)}`)}`;
};

const HELP = `Usage: b24-imbot-mock [options]

A mock Bitrix24 portal for local work and CI. One state holds the chat-bot platform (imbot.v2:
bots, chats, messages, commands, files, and the ONIMBOTV2* events, by Event.get or POSTed to a
bot's webhookUrl), imbot.chat.add (v1, its chats in the same table) and the user's side over
REST (im.message.add/update/delete/like/command, im.chat.add, im.chat.user.add: what a person
does, which the bots hear; im.v2.*: a user's ONIMV2* events by polling, files, and
im.v2.Chat.Bot.sendContext); every other method of the contract answers its documented example.
REST base: http://HOST:PORT/rest (through a webhook: /rest/USERID/CODE/<method>).

Options:
  -p, --port PORT      port to listen on, 0-65535; 0 picks a free one (default 0)
  --host HOST          host to listen on (default 127.0.0.1)
  --webhook USERID:CODE
                       accept this incoming webhook (default: accept any call)
  --client-id ID       webhook calls must send this CLIENT_ID
  --token TOKEN        accept this OAuth token (repeatable)
  --application-token TOKEN
                       the application token bot events carry (auth[application_token]);
                       printed at start. Default: the state file's, else a random one
  --oauth-client-id ID, --oauth-client-secret SECRET
                       the OAuth application the mock's OAuth server knows (printed at start;
                       default: the state file's, else random). Renew at URL/oauth/token/
                       (grant_type=refresh_token&client_id=..&client_secret=..&refresh_token=..):
                       a new access token (1 hour) and a new refresh token each time, the old
                       refresh token refused (invalid_grant)
  --portal DOMAIN      one more portal (repeatable), e.g. b.bitrix24.test: its own bots, chats,
                       tokens and application token, its REST base URL/DOMAIN/rest/
  --install-handler URL
                       install the application on every portal not installed yet at start:
                       ONAPPINSTALL (tokens, member_id, application token) is POSTed to URL
  --rate-limit         v1: leaky bucket of 50 requests draining 2/s, over it 503;
                       imbot.v2: 2 requests/s per application, over it 429 (QUERY_LIMIT_EXCEEDED)
  --state FILE         keep the portal in FILE across restarts: bots, chats, messages, commands,
                       files (their bytes in FILE.files/), queued events and users' im.v2
                       subscriptions with their events. Written as JSON a
                       moment after each change and on stop, atomically (a crash keeps the last
                       whole snapshot). Without it a restart forgets all of them
  -q, --quiet          no request log (default: one line per request and per webhook delivery
                       on stdout, secrets left out)
  -h, --help           show this help

Memory: past each cap the oldest are dropped (ids keep counting). With the defaults the mock
stays under 512 MiB under sustained load. Sizes take K, M or G (binary), e.g. 64M.
${CAPS.map(([option, limit, what, isSize]) => capLine(`--${option} ${isSize ? 'SIZE' : 'N'}`, what, isSize ? size(d[limit]) : String(d[limit]))).join('\n')}

Ids (bots, chats, messages, commands, files, events) never repeat, with or without --state: each
start counts on from past the last run's, so a client holding an old id gets "not found", never
another bot's chat. Stops on SIGINT and SIGTERM, and when the process that started it exits (so
that a stopped \`pnpm mock\` or \`npx\` leaves no mock behind).
`;

// A closed pipe (the parent went away) must not turn the last words into a crash.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/** One line on stderr, exit code 2. */
const fail = (message: string): never => {
  process.stderr.write(`b24-imbot-mock: ${message} (b24-imbot-mock --help for usage)\n`);
  process.exit(2);
};

const valueOptions = [
  'port', 'host', 'webhook', 'client-id', 'token', 'application-token', 'state', 'oauth-client-id', 'oauth-client-secret', 'portal',
  'install-handler', ...CAPS.map(([option]) => option),
];

const parse = (args: string[]) =>
  parseArgs({
    args,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      webhook: { type: 'string' },
      'client-id': { type: 'string' },
      token: { type: 'string', multiple: true },
      'application-token': { type: 'string' },
      'oauth-client-id': { type: 'string' },
      'oauth-client-secret': { type: 'string' },
      portal: { type: 'string', multiple: true },
      'install-handler': { type: 'string' },
      'rate-limit': { type: 'boolean' },
      state: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(CAPS.map(([option]) => [option, { type: 'string' as const }])),
    },
    strict: true,
    allowPositionals: false,
  });

// `--port -1`: a value that starts with a dash is still the option's value (parseArgs would call
// it ambiguous), so that the range check can say what is wrong with it.
const args = process.argv.slice(2).flatMap((arg, i, all) => {
  const previous = all[i - 1];
  if (previous !== undefined && /^-\d/.test(arg) && valueOptions.some((name) => previous === `--${name}` || (name === 'port' && previous === '-p'))) return [];
  const next = all[i + 1];
  if (next !== undefined && /^-\d/.test(next) && valueOptions.some((name) => arg === `--${name}` || (name === 'port' && arg === '-p'))) {
    return [`${arg === '-p' ? '--port' : arg}=${next}`];
  }
  return [arg];
});

let parsed: ReturnType<typeof parse> | undefined;
try {
  parsed = parse(args);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const values = parsed!.values as Record<string, string | string[] | boolean | undefined>;
const text = (name: string): string | undefined => values[name] as string | undefined;

if (values['help']) {
  process.stdout.write(HELP);
  process.exit(0);
}

const port = text('port') === undefined ? 0 : Number(text('port'));
if (!/^\d+$/.test(text('port') ?? '0') || !Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`--port must be 0-65535, got ${text('port')}`);
}
if (text('webhook') !== undefined && !/^[1-9]\d*:.+$/.test(text('webhook')!)) fail('--webhook must look like USERID:CODE');
if (text('application-token') === '') fail('--application-token must not be empty');
if (text('state') === '') fail('--state needs a file name');
if (text('oauth-client-id') === '') fail('--oauth-client-id must not be empty');
if (text('oauth-client-secret') === '') fail('--oauth-client-secret must not be empty');
const extraPortals = (values['portal'] as string[] | undefined) ?? [];
const installHandler = text('install-handler');
if (installHandler !== undefined && !/^https?:\/\/[^\s]+$/.test(installHandler)) fail('--install-handler must be an http(s) URL');

/** `64M` -> 67108864; a plain number as it is. */
const UNITS: Record<string, number> = { '': 1, K: 1024, M: MiB, G: 1024 * MiB };
const platform: Partial<Record<keyof PlatformLimits, number>> = {};
for (const [option, limit, , isSize] of CAPS) {
  const given = text(option);
  if (given === undefined) continue;
  const match = isSize ? /^(\d+)([KMG]?)(?:i?B)?$/i.exec(given) : /^(\d+)()$/.exec(given);
  const value = match ? Number(match[1]) * UNITS[match[2]!.toUpperCase()]! : NaN;
  if (!Number.isSafeInteger(value) || value < 1) fail(`--${option} must be a positive ${isSize ? 'size (e.g. 64M)' : 'integer'}, got ${given}`);
  platform[limit] = value;
}
const host = text('host') ?? '127.0.0.1';

/** Why listening failed, in one line. */
const listenError = (error: unknown): string => {
  if (error instanceof StateFileError) return error.message;
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `--host ${host} does not resolve to an address`;
    case 'EADDRNOTAVAIL':
      return `--host ${host} is not an address of this machine`;
    case 'EADDRINUSE':
      return `port ${port} on ${host} is in use: pass another --port (0 picks a free one)`;
    case 'EACCES':
      return `no permission to listen on port ${port}: ports below 1024 need root; pass --port 0 or one above 1023`;
    default:
      return `cannot start on ${host}:${port}: ${message ?? String(error)}`;
  }
};

const portal = await startMockPortal({
  port,
  host,
  platform,
  ...(text('webhook') === undefined ? {} : { webhook: text('webhook')! }),
  ...(text('client-id') === undefined ? {} : { clientId: text('client-id')! }),
  ...(values['token'] === undefined ? {} : { token: values['token'] as string[] }),
  ...(text('application-token') === undefined ? {} : { applicationToken: text('application-token')! }),
  ...(text('state') === undefined ? {} : { state: text('state')! }),
  oauth: {
    ...(text('oauth-client-id') === undefined ? {} : { clientId: text('oauth-client-id')! }),
    ...(text('oauth-client-secret') === undefined ? {} : { clientSecret: text('oauth-client-secret')! }),
  },
  portals: extraPortals.map((domain) => ({ domain })),
  rateLimit: values['rate-limit'] === true,
  log: values['quiet'] !== true,
}).catch((error: unknown) => fail(error instanceof TypeError ? error.message : listenError(error)));

process.stdout.write(`listening on ${portal.url}\n`);
if (port > 0 && port < 1024 && process.getuid?.() === 0) {
  process.stderr.write(
    `b24-imbot-mock: warning: running as root on privileged port ${port}; a mock portal needs no root (--port 0 picks a free port above 1023)\n`,
  );
}
process.stdout.write(`application token: ${portal.applicationToken}\n`);
process.stdout.write(`oauth: client_id ${portal.oauth.clientId} client_secret ${portal.oauth.clientSecret} token endpoint ${portal.oauth.tokenUrl}\n`);
for (const site of portal.portals.slice(1)) {
  process.stdout.write(`portal ${site.domain}: ${site.restUrl} member_id ${site.memberId} application token ${site.applicationToken}\n`);
}
if (installHandler !== undefined) {
  for (const site of portal.portals) {
    if (site.installation) continue;
    const installed = await site.install({ handlerUrl: installHandler });
    const delivery = installed.delivery!;
    process.stdout.write(
      `installed on ${site.domain}: ONAPPINSTALL -> ${delivery.state === 'sent' ? delivery.status : `${delivery.state}: ${delivery.error ?? ''}`}\n`,
    );
  }
}
const { bots, chats, messages, commands, files, queues, userQueues } = portal.platform;
let queued = 0;
for (const queue of [...queues.values(), ...userQueues.values()]) queued += queue.items.length;
process.stdout.write(
  text('state') === undefined
    ? 'state: in memory only; a restart forgets bots, chats, messages, commands, files, queued events and subscriptions (pass --state FILE to keep them)\n'
    : `state: ${text('state')} (${bots.size} bots, ${chats.size} chats, ${messages.size} messages, ${commands.size} commands, ${files.size} files, ${queued} queued events, ${userQueues.size} subscriptions)\n`,
);

let stopping = false;
const stop = (signal: NodeJS.Signals | 'parent exited'): void => {
  if (stopping) return;
  stopping = true;
  portal.close().then(
    () => {
      process.stdout.write(`stopped (${signal})\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`b24-imbot-mock: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// Launchers (pnpm, npm exec / npx) do not pass their SIGTERM on to the mock: when the process
// that started it goes away, the mock is re-parented, and stops.
setInterval(() => {
  if (process.ppid !== parent) stop('parent exited');
}, 200).unref();

#!/usr/bin/env node
// b24-imbot-mock: a mock Bitrix24 portal serving imbot.chat.add from memory.
import { parseArgs } from 'node:util';
// The package itself, so that the built bin shares dist/index.js instead of bundling a copy.
import { DEFAULT_MAX_CHATS, startMockPortal } from '@b24-imbot/server/mock';

// The process that started us, read first: a launcher killed as soon as it sees `listening on`
// must not be gone already when we look.
const parent = process.ppid;

const HELP = `Usage: b24-imbot-mock [options]

A mock Bitrix24 portal serving imbot.chat.add from memory (chat ids from 1).
REST base: http://HOST:PORT/rest (webhook form: /rest/USERID/CODE/imbot.chat.add).

Options:
  --port PORT          port to listen on; 0 picks a free one (default 0)
  --host HOST          host to listen on (default 127.0.0.1)
  --webhook USERID:CODE
                       accept this incoming webhook
  --client-id ID       webhook calls must send this CLIENT_ID
  --token TOKEN        accept this OAuth token (repeatable)
  --application-token TOKEN
                       the application token bot events carry (auth[application_token]);
                       default: a random one, printed at start
  --rate-limit         v1: leaky bucket of 50 requests draining 2/s, over it 503;
                       imbot.v2: 2 requests/s per application, over it 429 (QUERY_LIMIT_EXCEEDED)
  --max-chats N        keep at most N chats in memory, dropping the oldest (default ${DEFAULT_MAX_CHATS});
                       an AVATAR is kept as its SHA-256 and length only
  --help               show this help

Without --webhook and --token every call is accepted. Stops on SIGINT and SIGTERM, and when
the process that started it exits (so that a stopped \`pnpm mock\` or \`npx\` leaves no mock behind).
`;

// A closed pipe (the parent went away) must not turn the last words into a crash.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/** One line on stderr, exit code 2. */
const fail = (message: string): never => {
  process.stderr.write(`b24-imbot-mock: ${message} (b24-imbot-mock --help for usage)\n`);
  process.exit(2);
};

const parse = () =>
  parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      webhook: { type: 'string' },
      'client-id': { type: 'string' },
      token: { type: 'string', multiple: true },
      'application-token': { type: 'string' },
      'rate-limit': { type: 'boolean' },
      'max-chats': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });

let parsed: ReturnType<typeof parse> | undefined;
try {
  parsed = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values } = parsed!;

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got ${values.port}`);
if (values.webhook !== undefined && !/^[1-9]\d*:.+$/.test(values.webhook)) {
  fail(`--webhook must look like USERID:CODE`);
}
const maxChats = values['max-chats'] === undefined ? DEFAULT_MAX_CHATS : Number(values['max-chats']);
if (!Number.isInteger(maxChats) || maxChats < 1) fail(`--max-chats must be a positive integer, got ${values['max-chats']}`);
const host = values.host ?? '127.0.0.1';

/** Why listening failed, in one line. */
const listenError = (error: unknown): string => {
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
      return `cannot listen on ${host}:${port}: ${message ?? String(error)}`;
  }
};

const portal = await startMockPortal({
  port,
  host,
  maxChats,
  ...(values.webhook === undefined ? {} : { webhook: values.webhook }),
  ...(values['client-id'] === undefined ? {} : { clientId: values['client-id'] }),
  ...(values.token === undefined ? {} : { token: values.token }),
  ...(values['application-token'] === undefined ? {} : { applicationToken: values['application-token'] }),
  rateLimit: values['rate-limit'] ?? false,
}).catch((error: unknown) => fail(listenError(error)));

process.stdout.write(`listening on ${portal.url}\n`);
if (port > 0 && port < 1024 && process.getuid?.() === 0) {
  process.stderr.write(
    `b24-imbot-mock: warning: running as root on privileged port ${port}; a mock portal needs no root (--port 0 picks a free port above 1023)\n`,
  );
}
if (values['application-token'] === undefined) process.stdout.write(`application token: ${portal.applicationToken}\n`);

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

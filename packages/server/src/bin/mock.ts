#!/usr/bin/env node
// b24-imbot-mock: a mock Bitrix24 portal serving imbot.chat.add from memory.
import { parseArgs } from 'node:util';
// The package itself, so that the built bin shares dist/index.js instead of bundling a copy.
import { startMockPortal } from '@b24-imbot/server/mock';

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
  --help               show this help

Without --webhook and --token every call is accepted. Stops on SIGINT and SIGTERM.
`;

const fail = (message: string): never => {
  process.stderr.write(`b24-imbot-mock: ${message}\n\n${HELP}`);
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

const portal = await startMockPortal({
  port,
  host: values.host ?? '127.0.0.1',
  ...(values.webhook === undefined ? {} : { webhook: values.webhook }),
  ...(values['client-id'] === undefined ? {} : { clientId: values['client-id'] }),
  ...(values.token === undefined ? {} : { token: values.token }),
  ...(values['application-token'] === undefined ? {} : { applicationToken: values['application-token'] }),
  rateLimit: values['rate-limit'] ?? false,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

process.stdout.write(`listening on ${portal.url}\n`);
if (values['application-token'] === undefined) process.stdout.write(`application token: ${portal.applicationToken}\n`);

let stopping = false;
const stop = (signal: NodeJS.Signals): void => {
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

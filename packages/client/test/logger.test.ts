// The `logger` option against the real mock portal over HTTP: each request, answer, retry and
// failure is a line at its level with its fields, and no secret of any kind (the webhook code,
// an OAuth token old or new, the client's and a call's bot token, one echoed back by the portal)
// appears anywhere in what was logged.
import { describe, expect, test } from 'vitest';

import { Bitrix24NetworkError, createImbotClient, type LogFields, type Logger } from '../src/index.js';
import { BOT_TOKEN, CLIENT_ID, FAST_RETRY, rejection, startPortal, TOKEN, WEBHOOK, webhookUrl } from './portal.js';

const CALL_BOT_TOKEN = 'bot-token-call-8b2d7e';
const OLD_TOKEN = 'oauth-token-old-1f9a3c';
const NEW_TOKEN = 'oauth-token-new-6e0b2d';

interface Line {
  level: keyof Logger;
  message: string;
  fields: LogFields;
}

/** A logger that keeps every line, with `this` checked (loggers such as pino's use it). */
const recorder = () => {
  const lines: Line[] = [];
  const logger: Required<Logger> = {
    debug(message, fields) {
      expect(this).toBe(logger);
      lines.push({ level: 'debug', message, fields });
    },
    info(message, fields) {
      lines.push({ level: 'info', message, fields });
    },
    warn(message, fields) {
      lines.push({ level: 'warn', message, fields });
    },
    error(message, fields) {
      lines.push({ level: 'error', message, fields });
    },
  };
  return { lines, logger };
};

/** Lines without what changes from run to run (durations, jittered delays). */
const shape = (lines: Line[]) =>
  lines.map(({ level, fields: { event, method, attempt, status, code } }) => ({
    level,
    event,
    method,
    attempt,
    ...(status === undefined ? {} : { status }),
    ...(code === undefined ? {} : { code }),
  }));

describe('the logger', () => {
  test('a success: request and answer at debug, with the URL, status and duration', async () => {
    const portal = await startPortal();
    const { lines, logger } = recorder();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, logger });
    await client.imbot.chat.add({ USERS: [1] });
    expect(shape(lines)).toEqual([
      { level: 'debug', event: 'request', method: 'imbot.chat.add', attempt: 1 },
      { level: 'debug', event: 'response', method: 'imbot.chat.add', attempt: 1, status: 200 },
    ]);
    expect(lines[0]!.fields.url).toBe(`${portal.url}/rest/${WEBHOOK.userId}/***/imbot.chat.add`);
    expect(lines[1]!.fields.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines[1]!.message).toContain('imbot.chat.add');
    expect(lines[1]!.message).toContain('200');
  });

  test('a retry at info (code, status, the wait), then the attempt that succeeds', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' });
    const { lines, logger } = recorder();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, retry: FAST_RETRY, logger });
    await client.imbot.chat.add({ USERS: [1] });
    const status = portal.calls[0]!.status;
    expect(shape(lines)).toEqual([
      { level: 'debug', event: 'request', method: 'imbot.chat.add', attempt: 1 },
      { level: 'info', event: 'retry', method: 'imbot.chat.add', attempt: 1, status, code: 'QUERY_LIMIT_EXCEEDED' },
      { level: 'debug', event: 'request', method: 'imbot.chat.add', attempt: 2 },
      { level: 'debug', event: 'response', method: 'imbot.chat.add', attempt: 2, status: 200 },
    ]);
    expect(lines[1]!.fields.delayMs).toBeGreaterThanOrEqual(0);
    expect(lines[1]!.fields.delayMs).toBeLessThanOrEqual(FAST_RETRY.maxDelayMs);
    expect(lines[1]!.message).toContain('QUERY_LIMIT_EXCEEDED');
  });

  test('failures at error: a Bitrix24 error, a dropped connection; a call ended by its own signal at debug', async () => {
    const portal = await startPortal();
    const { lines, logger } = recorder();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal), botToken: BOT_TOKEN, retry: false, logger });
    const notFound = await rejection(client.imbot.v2.Bot.get({ botId: 999_999 }));
    portal.failNext({ drop: true });
    await rejection(client.imbot.v2.Revision.get());
    const controller = new AbortController();
    controller.abort(new Error('never mind'));
    await rejection(client.imbot.v2.Revision.get({}, { signal: controller.signal })); // nothing sent, nothing logged
    const failures = lines.filter((line) => line.fields.event === 'failure');
    expect(shape(failures)).toEqual([
      { level: 'error', event: 'failure', method: 'imbot.v2.Bot.get', attempt: 1, status: (notFound as { status: number }).status, code: 'BOT_NOT_FOUND' },
      { level: 'error', event: 'failure', method: 'imbot.v2.Revision.get', attempt: 1, code: Bitrix24NetworkError.name },
    ]);
    expect(failures[0]!.fields.error).toBe((notFound as Error).message);
    expect(lines).toHaveLength(4);
  });

  test('an abort of a request under way is a failure at debug', async () => {
    const portal = await startPortal();
    portal.failNext({ delayMs: 60_000 });
    const { lines, logger } = recorder();
    const controller = new AbortController();
    const client = createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, logger });
    const call = rejection(client.imbot.chat.add({ USERS: [1] }, { signal: controller.signal }));
    while (portal.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await call;
    expect(shape(lines).at(-1)).toEqual({ level: 'debug', event: 'failure', method: 'imbot.chat.add', attempt: 1, code: 'AbortError' });
  });

  test('levels are optional: a logger with error only gets the failures', async () => {
    const portal = await startPortal();
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED' }, 2);
    const seen: string[] = [];
    const client = createImbotClient({
      webhookUrl: webhookUrl(portal),
      clientId: CLIENT_ID,
      retry: { ...FAST_RETRY, retries: 1 },
      logger: { error: (_message, fields) => seen.push(`${fields.event} ${fields.code}`) },
    });
    await rejection(client.imbot.chat.add({ USERS: [1] }));
    expect(seen).toEqual(['failure QUERY_LIMIT_EXCEEDED']);
  });

  test('no secret in any line: webhook code, OAuth tokens old and new, bot tokens, a token the portal echoes', async () => {
    const portal = await startPortal({ token: [TOKEN, OLD_TOKEN] });
    const { lines, logger } = recorder();

    // Through the webhook, with the client's bot token and a call's, and the portal quoting both in an error.
    const hook = createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, botToken: BOT_TOKEN, retry: FAST_RETRY, logger });
    const description = `see ${webhookUrl(portal)}imbot.v2.Revision.get?botToken=${CALL_BOT_TOKEN}, botToken=${CALL_BOT_TOKEN} and "botToken":"${BOT_TOKEN}"`;
    portal.failNext({ error: 'INTERNAL_SERVER_ERROR', description });
    await rejection(hook.imbot.v2.Revision.get({}, { botToken: CALL_BOT_TOKEN }));
    portal.failNext({ error: 'QUERY_LIMIT_EXCEEDED', description: `auth=${TOKEN}&refresh_token=${NEW_TOKEN}` });
    await hook.imbot.chat.add({ USERS: [1] }, { botToken: CALL_BOT_TOKEN });
    portal.failNext({ drop: true });
    await rejection(hook.imbot.chat.add({ USERS: [1] }));

    // As an OAuth app whose token expires and is refreshed.
    portal.expireToken(OLD_TOKEN);
    portal.addToken(NEW_TOKEN);
    const app = createImbotClient({ portal: portal.url, accessToken: OLD_TOKEN, refreshToken: async () => NEW_TOKEN, retry: FAST_RETRY, logger });
    await app.imbot.chat.add({ USERS: [1] });
    portal.failNext({ error: 'INVALID_CREDENTIALS', description: `${portal.url}/rest/imbot.chat.add?auth=${NEW_TOKEN}` });
    await rejection(app.imbot.chat.add({ USERS: [1] }));

    const events = lines.map((line) => line.fields.event);
    for (const event of ['request', 'response', 'retry', 'failure'] as const) expect(events).toContain(event);
    expect(lines.find((line) => line.fields.code === 'expired_token')).toMatchObject({ level: 'info', fields: { event: 'retry' } });
    const logged = JSON.stringify(lines);
    for (const secret of [WEBHOOK.code, TOKEN, OLD_TOKEN, NEW_TOKEN, BOT_TOKEN, CALL_BOT_TOKEN]) {
      expect(logged).not.toContain(secret);
      expect(logged).not.toContain(encodeURIComponent(secret));
    }
    // The echoed description is in the failure line, with the secrets replaced.
    expect(logged).toContain(`${portal.url}/rest/${WEBHOOK.userId}/***/imbot.v2.Revision.get?botToken=***, botToken=*** and`);
  });
});

// What the client tells a logger: each request, its answer, each retry and each failure, in one
// line with the details beside it. Nothing from the parameters or the auth is ever in a line
// (the URL is the client's shown base, without the webhook code or a token), and every line
// still goes through the client's redactor (core's), in case a portal echoes a secret back.
import { isBitrix24Error } from '@b24-imbot/core';

/** What one log line is about, beside its message. */
export interface LogFields {
  /** `request` (an attempt is sent), `response` (its success), `retry` (a failed attempt to be repeated), `failure` (the call rejects). */
  event: 'request' | 'response' | 'retry' | 'failure';
  /** The Bitrix24 method, e.g. `imbot.v2.Chat.Message.send`. */
  method: string;
  /** The attempt, from 1 (a retry and a token refresh each start a new one). */
  attempt: number;
  /** Where the request went, secrets replaced by `***` (request lines). */
  url?: string;
  /** The HTTP status, when an answer came. */
  status?: number;
  /** How long the attempt took, in ms. */
  durationMs?: number;
  /** The Bitrix24 error code, or the error's name when no Bitrix24 answer came (`Bitrix24TimeoutError`, `AbortError`, ...). */
  code?: string;
  /** The wait before the next attempt, in ms (retry lines). */
  delayMs?: number;
  /** The error's message, secrets replaced by `***`. */
  error?: string;
}

/**
 * Anything with some of `debug`, `info`, `warn`, `error` taking a message and then an object:
 * `console` as it is; winston and consola too. Each level is optional: leave one out to drop
 * its lines. Requests and answers go to `debug`, retries to `info`, failures to `error` (a call
 * ended by your own `signal` to `debug`). pino takes the object first: wrap it,
 * `{ debug: (message, fields) => pino.debug(fields, message), ... }`.
 */
export interface Logger {
  debug?(message: string, fields: LogFields): void;
  info?(message: string, fields: LogFields): void;
  warn?(message: string, fields: LogFields): void;
  error?(message: string, fields: LogFields): void;
}

/** The client's log lines, written through `redact`; undefined without a logger. */
export const callLog = (logger: Logger | undefined, redact: (text: string) => string) => {
  if (!logger) return undefined;
  const write = (level: keyof Logger, message: string, fields: LogFields): void => {
    if (fields.error !== undefined) fields.error = redact(fields.error);
    if (fields.url !== undefined) fields.url = redact(fields.url);
    // Called on the logger, so that loggers using `this` work.
    logger[level]?.(redact(message), fields);
  };
  /** The fields an error gives a line, and its words: `CODE (HTTP 503)`. */
  const failed = (error: unknown): [Partial<LogFields>, string] => {
    const status = isBitrix24Error(error) ? error.status : undefined;
    const code = isBitrix24Error(error) ? error.code : error instanceof Error ? error.name : typeof error;
    return [
      { code, ...(status === undefined ? {} : { status }), error: error instanceof Error ? error.message : String(error) },
      status === undefined ? code : `${code} (HTTP ${status})`,
    ];
  };
  return {
    request: (method: string, attempt: number, url: string) =>
      write('debug', `${method}: request, attempt ${attempt}`, { event: 'request', method, attempt, url }),
    response: (method: string, attempt: number, status: number, durationMs: number) =>
      write('debug', `${method}: HTTP ${status} in ${durationMs} ms, attempt ${attempt}`, { event: 'response', method, attempt, status, durationMs }),
    retry: (method: string, attempt: number, error: unknown, durationMs: number, delayMs: number) => {
      const [fields, words] = failed(error);
      write('info', `${method}: ${words} in ${durationMs} ms, attempt ${attempt}; retrying in ${Math.round(delayMs)} ms`, {
        event: 'retry',
        method,
        attempt,
        durationMs,
        delayMs: Math.round(delayMs),
        ...fields,
      });
    },
    failure: (method: string, attempt: number, error: unknown, durationMs: number, aborted: boolean) => {
      const [fields, words] = failed(error);
      write(aborted ? 'debug' : 'error', `${method}: failed, ${words} in ${durationMs} ms, attempt ${attempt}`, {
        event: 'failure',
        method,
        attempt,
        durationMs,
        ...fields,
      });
    },
  };
};

export type CallLog = NonNullable<ReturnType<typeof callLog>>;

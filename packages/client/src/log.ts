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

/**
 * The client's log line writer, through `redact`; undefined without a logger. The level follows
 * the event; an error fills `code`, `status` and `error`; `quiet` (a call ended by its own
 * signal) writes a failure at debug.
 */
export const callLog = (logger: Logger | undefined, redact: (text: string) => string) =>
  logger &&
  ((fields: LogFields, error?: unknown, quiet?: boolean): void => {
    if (error !== undefined) {
      const known = isBitrix24Error(error);
      fields.code = known ? error.code : error instanceof Error ? error.name : typeof error;
      if (known) fields.status = error.status;
      fields.error = redact(error instanceof Error ? error.message : String(error));
    }
    if (fields.url) fields.url = redact(fields.url);
    const { event, method, attempt, code, status, durationMs, delayMs } = fields;
    const level = event === 'retry' ? 'info' : event === 'failure' && !quiet ? 'error' : 'debug';
    // Called on the logger, so that loggers using `this` work.
    logger[level]?.(
      redact(
        `${method}: ${event}, attempt ${attempt}${code ? `, ${code}` : ''}${status ? `, HTTP ${status}` : ''}` +
          `${durationMs === undefined ? '' : `, ${durationMs} ms`}${delayMs === undefined ? '' : `, next in ${delayMs} ms`}`,
      ),
      fields,
    );
  });

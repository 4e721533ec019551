// The one way an error becomes an answer on the REST side. Whatever was thrown (a Bitrix24Error
// from a handler, a hook or the wire reader; Fastify's errors for a body too large or a malformed
// request; anything else) turns into a status and the Bitrix envelope `{"error",
// "error_description"}`: never a `time`, never Retry-After. The plugin, the server, the mock's own
// routes and (later) each command of a batch all answer through `answerError`.
import { Bitrix24Error, defaultStatus, isBitrix24Error, statusesOf } from '../errors.js';
import { errorEnvelope } from './envelope.js';

/** A 400 INVALID_FORMAT naming what is wrong. */
export const invalid = (description: string): Bitrix24Error => new Bitrix24Error('INVALID_FORMAT', description);

/** What to answer for an error. */
export interface ErrorReply {
  readonly status: number;
  readonly code: string;
  readonly description: string;
}

export class ErrorAnswer implements ErrorReply {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    /** A 500: something failed that no check foresaw (worth a log line). */
    readonly internal = false,
  ) {}

  /** The envelope, as JSON. */
  get body(): string {
    return errorEnvelope(this.code, this.description);
  }
}

/** The operation being served, for the status of a code it answers with more than one. */
export interface Served {
  readonly errorStatus: Readonly<Record<string, readonly number[]>>;
}

let internalAnswer: ErrorAnswer | undefined;
const internal = (): ErrorAnswer =>
  (internalAnswer ??= ((error) => new ErrorAnswer(error.status, error.code, error.description, true))(
    new Bitrix24Error('INTERNAL_SERVER_ERROR'),
  ));

/**
 * The answer to anything thrown while serving a request.
 * - A Bitrix24Error: its code, description and status. One made without a status gets the first
 *   status the served operation gives its code (QUERY_LIMIT_EXCEEDED: 503 for v1 methods, 429 for
 *   v2 ones); a status the contract does not give its code is a 500.
 * - Fastify's errors: a body over the limit (`bodyBytes`, when known, is named), and any other
 *   4xx it raises for a malformed request: 400 INVALID_FORMAT.
 * - Anything else: 500 INTERNAL_SERVER_ERROR, `internal`, with nothing of the error in the answer.
 */
export const answerError = (error: unknown, served?: Served, bodyBytes?: number): ErrorAnswer => {
  if (isBitrix24Error(error)) {
    const statuses = served && Object.hasOwn(served.errorStatus, error.code) ? served.errorStatus[error.code] : undefined;
    const status = (defaultStatus.has(error) && statuses?.[0]) || error.status;
    if (statusesOf(error.code)?.includes(status)) return new ErrorAnswer(status, error.code, error.description);
    return internal();
  }
  if (error !== null && typeof error === 'object') {
    const { code, statusCode, message } = error as { code?: unknown; statusCode?: unknown; message?: unknown };
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = bodyBytes === undefined ? 'the limit' : `${bodyBytes} bytes`;
      return answerError(invalid(`The request body is larger than ${limit}`));
    }
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return answerError(invalid(`Malformed request: ${typeof message === 'string' ? message : 'bad request'}`));
    }
  }
  return internal();
};

/** An answer given as one (`ErrorAnswer`, or an object of its three fields), else `answerError(error)`. */
export const asErrorAnswer = (error: unknown, served?: Served, bodyBytes?: number): ErrorAnswer => {
  if (error instanceof ErrorAnswer) return error;
  if (error !== null && typeof error === 'object' && !(error instanceof Error)) {
    const { status, code, description } = error as Partial<ErrorReply>;
    if (typeof status === 'number' && typeof code === 'string' && typeof description === 'string') {
      return new ErrorAnswer(status, code, description, status >= 500 && code === 'INTERNAL_SERVER_ERROR');
    }
  }
  return answerError(error, served, bodyBytes);
};

import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { redactUrl } from './auth.js';
import { Bitrix24Error } from './errors.js';
import { bitrixRest, errorHandler, sendError } from './plugin.js';
import { JSON_CONTENT_TYPE } from './runtime/envelope.js';
import { answerError, type ErrorAnswer } from './runtime/failure.js';
import { defaultLimits } from './runtime/wire.js';
import type { BitrixRestOptions, Handlers } from './types.js';

export interface ServerOptions extends Omit<BitrixRestOptions, 'handlers'> {
  /** Fastify's logger option; request URLs are logged with secrets redacted. Default off. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Close keep-alive connections on `close()` (Fastify's `forceCloseConnections`). Default `'idle'`. */
  readonly forceCloseConnections?: FastifyServerOptions['forceCloseConnections'];
  /**
   * Most milliseconds to receive a whole request, headers and body (Node's `requestTimeout`):
   * a client that stalls is answered 408 and its connection closed, and whatever its body held
   * of `limits.bodyBytesInFlight` is given back. Default 60,000: a portal's own limit for a
   * request. 0 turns it off (behind a proxy that bounds it already).
   */
  readonly requestTimeout?: number;
}

/** A whole HTTP answer for a socket that Fastify never turned into a request. */
const rawErrorResponse = (answer: ErrorAnswer, status: number = answer.status): string => {
  const { body } = answer;
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: ${JSON_CONTENT_TYPE}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
};

const redactingSerializers = {
  req: (request: { method: string; url: string }) => ({ method: request.method, url: redactUrl(request.url) }),
};

/** The user's logger option, with request URLs always logged through `redactUrl`. */
const withRedaction = (logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] => {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...base.serializers, ...redactingSerializers } };
};

/**
 * A Fastify instance serving the contract's methods like a Bitrix24 portal: `bitrixRest`
 * registered at `/rest`, and Bitrix envelopes for everything else (unknown paths, malformed
 * URLs and HTTP). Not listening yet: call `listen()`.
 */
export const createServer = (handlers: Handlers, options: ServerOptions): FastifyInstance => {
  const { logger = false, forceCloseConnections = 'idle', requestTimeout = 60_000, ...rest } = options;
  const limits = { ...defaultLimits, ...rest.limits };
  const app = Fastify({
    logger: withRedaction(logger),
    bodyLimit: limits.bodyBytes,
    forceCloseConnections,
    requestTimeout,
    // Malformed URLs (bad percent-encoding in the path) get a Bitrix envelope.
    frameworkErrors: (_error, _request, reply) => {
      sendError(reply, new Bitrix24Error('INVALID_FORMAT', 'Malformed request URL'));
    },
    // Malformed HTTP: answer a Bitrix envelope on the socket, then close it.
    clientErrorHandler: (error, socket) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      // Not received in time (headers or body): 408 as HTTP says, the envelope as for any bad request.
      if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
        socket.end(rawErrorResponse(answerError(new Bitrix24Error('INVALID_FORMAT', 'The request was not received in time')), 408));
        return;
      }
      socket.end(rawErrorResponse(answerError(new Bitrix24Error('INVALID_FORMAT', 'Malformed HTTP request'))));
    },
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, new Bitrix24Error('ERROR_METHOD_NOT_FOUND')));
  app.setErrorHandler(errorHandler(limits));
  app.register(bitrixRest, { ...rest, handlers });
  return app;
};

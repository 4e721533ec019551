import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Bitrix24Error, type BitrixErrorCode, defaultStatus, isBitrix24Error, statusesOf } from './errors.js';
import { operationTable } from './gen/operations.gen.js';
import { JSON_CONTENT_TYPE, errorEnvelope, successEnvelope } from './runtime/envelope.js';
import type { OperationDefinition } from './runtime/operation.js';
import { splitParams, validateParams } from './runtime/params.js';
import { nowMs, responseTime } from './runtime/time.js';
import { defaultLimits, invalid, parseBody, parseQuery, parseTarget } from './runtime/wire.js';
import type { Auth, BitrixRestOptions, CallInfo, Handler, Limits } from './types.js';


const operationsByMethod: ReadonlyMap<string, OperationDefinition> = new Map(
  (Object.values(operationTable) as OperationDefinition[]).map((op) => [op.method.toLowerCase(), op]),
);

export interface ErrorReply {
  readonly status: number;
  readonly code: string;
  readonly description: string;
}

const answer = (error: Bitrix24Error, internal = false): ErrorReply & { internal: boolean } => ({
  status: error.status,
  code: error.code,
  description: error.description,
  internal,
});

/** The operation each request is serving, for the status of its errors. */
const served = new WeakMap<FastifyRequest, OperationDefinition>();

/**
 * The Bitrix answer to anything thrown while serving a request; `internal` marks a 500. A
 * Bitrix24Error made without a status gets the first status the served operation gives its code
 * (QUERY_LIMIT_EXCEEDED is 503 for v1 methods, 429 for v2 ones).
 */
export const errorReply = (error: unknown, limits: Limits, request?: FastifyRequest): ErrorReply & { internal: boolean } => {
  if (isBitrix24Error(error)) {
    const status = (defaultStatus.has(error) && request && served.get(request)?.errorStatus[error.code]?.[0]) || error.status;
    if (statusesOf(error.code)?.includes(status)) return { ...answer(error), status };
  } else {
    const fastifyError = error as Partial<FastifyError> | undefined;
    if (fastifyError?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return answer(invalid(`The request body is larger than ${limits.bodyBytes} bytes`));
    }
    const status = fastifyError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return answer(invalid(`Malformed request: ${fastifyError?.message ?? 'bad request'}`));
    }
  }
  return answer(new Bitrix24Error('INTERNAL_SERVER_ERROR'), true);
};

/** Sends a Bitrix error envelope: no `time`, no Retry-After. */
export const sendError = (reply: FastifyReply, error: ErrorReply): FastifyReply =>
  reply
    .code(error.status)
    .header('content-type', JSON_CONTENT_TYPE)
    .send(errorEnvelope(error.code, error.description));

/** A Fastify error handler answering Bitrix envelopes; only 500s are logged, without the request. */
export const errorHandler =
  (limits: Limits) =>
  (error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const answered = errorReply(error, limits, request);
    if (answered.internal) request.log.error({ err: error }, 'request failed');
    return sendError(reply, answered);
  };

const bearer = (header: string | undefined): string | undefined => {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
};

const validateByDefault = (): boolean =>
  process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test';

const restPlugin: FastifyPluginAsync<BitrixRestOptions> = async (fastify, options) => {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const basePath = (options.basePath ?? '/rest').replace(/\/+$/, '');
  const validateResponses = options.validateResponses ?? validateByDefault();
  const requireCredentials = options.requireWebhookCredentials ?? options.requireClientIdForWebhooks ?? true;
  const handlers = options.handlers as unknown as Record<string, Handler<never> | undefined>;
  for (const op of operationsByMethod.values()) {
    if (typeof handlers[op.operationId] !== 'function') {
      throw new TypeError(`@b24-imbot/server: no handler for ${op.operationId} (${op.method})`);
    }
  }
  if (typeof options.authenticate !== 'function') {
    throw new TypeError('@b24-imbot/server: `authenticate` is required (pass () => {} to serve without auth)');
  }

  // Bodies are read raw, whatever their type, and parsed once the method is known.
  // JSON and forms get parsers of their own (the same one): Fastify caches the parser it finds
  // for a Content-Type, except the catch-all, which it looks for anew on every request.
  fastify.removeAllContentTypeParsers();
  const rawBody = (_request: FastifyRequest, body: Buffer, done: (error: null, body: Buffer) => void): void => done(null, body);
  for (const type of ['application/json', 'application/x-www-form-urlencoded', '*']) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: limits.bodyBytes }, rawBody);
  }

  fastify.setErrorHandler(errorHandler(limits));

  // The budget of body bytes held at once. A body is counted from its headers (before any of
  // it is read) until its answer has gone out; one over the budget is answered 503
  // OVERLOAD_LIMIT and its bytes are discarded as they arrive, so it holds no memory.
  let bodyBytesHeld = 0;
  fastify.addHook('onRequest', (request, reply, done) => {
    const declared = request.headers['content-length'];
    const size =
      declared !== undefined ? Number(declared) : request.headers['transfer-encoding'] !== undefined ? limits.bodyBytes : 0;
    // No body, a malformed length, or one over bodyBytes: Fastify answers those itself.
    if (!(size > 0) || size > limits.bodyBytes) return done();
    if (bodyBytesHeld > 0 && bodyBytesHeld + size > limits.bodyBytesInFlight) {
      // Answered at once (the whole 503, so a client can stop sending), then the body is read
      // to its end and dropped before the exchange is closed: a client that keeps sending (one
      // that sent `Connection: close` too) still gets the 503, never a reset.
      reply.hijack();
      const text = errorEnvelope('OVERLOAD_LIMIT', 'Too many large requests at once; retry later');
      reply.raw.writeHead(503, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
      reply.raw.write(text);
      request.raw.once('end', () => reply.raw.end());
      request.raw.resume();
      return;
    }
    bodyBytesHeld += size;
    reply.raw.once('close', () => {
      bodyBytesHeld -= size;
    });
    done();
  });

  const serve = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const startMs = nowMs();
    const target = parseTarget((request.params as Record<string, string>)['*'] ?? '');
    const op = target && operationsByMethod.get(target.method);
    if (!target || !op) throw new Bitrix24Error('ERROR_METHOD_NOT_FOUND');
    served.set(request, op);
    const call: CallInfo = { operationId: op.operationId as CallInfo['operationId'], method: op.method, request, reply };

    if (options.beforeCall) {
      await options.beforeCall(call);
      if (reply.sent) return reply;
    }

    const query = parseQuery(request.url, limits);
    const body = parseBody(request.body as Buffer | undefined, request.headers['content-type'], limits);
    const { token, params } = splitParams(op, query, body);
    const clientId = typeof params.CLIENT_ID === 'string' && params.CLIENT_ID !== '' ? params.CLIENT_ID : undefined;
    const withClient = clientId === undefined ? {} : { clientId };

    let auth: Auth;
    if (target.webhook) {
      if (!/^[1-9]\d{0,9}$/.test(target.webhook.userId)) throw new Bitrix24Error('NO_AUTH_FOUND');
      auth = { type: 'webhook', userId: Number(target.webhook.userId), code: target.webhook.code, ...withClient };
    } else {
      const oauthToken = token ?? bearer(request.headers.authorization);
      auth = oauthToken === undefined ? { type: 'none', ...withClient } : { type: 'oauth', token: oauthToken, ...withClient };
    }
    await options.authenticate(auth, call);
    if (auth.type === 'webhook' && requireCredentials) {
      // The credential a webhook call of this method must carry (CLIENT_ID, botToken).
      for (const [name, code] of Object.entries(op.params.webhookRequired)) {
        const value = params[name];
        if (typeof value !== 'string' || value === '') throw new Bitrix24Error(code as BitrixErrorCode);
      }
    }

    const valid = validateParams(op, params);
    const handler = handlers[op.operationId]!;
    const handlerStartMs = nowMs();
    // Spelled out: spreading `call` here costs more than the rest of this function.
    const context = { operationId: call.operationId, method: call.method, request, reply, auth };
    const result: unknown = await handler(valid as never, context as never);
    const finishMs = nowMs();
    const envelope = { result, time: responseTime(startMs, finishMs - handlerStartMs, finishMs) };
    if (validateResponses && !op.validateSuccess(envelope)) {
      request.log.error({ operationId: op.operationId, issues: op.validateSuccess.errors }, 'reply breaks the contract');
      throw new Error(`The ${op.operationId} handler's reply breaks the contract`);
    }
    return reply.code(200).header('content-type', JSON_CONTENT_TYPE).send(successEnvelope(result, envelope.time));
  };

  fastify.route({
    method: fastify.supportedMethods,
    url: `${basePath}/*`,
    bodyLimit: limits.bodyBytes,
    exposeHeadRoute: false,
    handler: serve,
  });
};

/**
 * The Fastify plugin serving the contract's methods at `/rest/...` (every URL form a portal
 * accepts). Encapsulated: its body parsers and error handler apply to its own routes only.
 */
export const bitrixRest = fp(restPlugin, {
  fastify: '5.x',
  name: '@b24-imbot/server',
  encapsulate: true,
});

export type { BitrixErrorCode };

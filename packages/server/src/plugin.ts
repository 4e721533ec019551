import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Bitrix24Error, type BitrixErrorCode } from './errors.js';
import { operationTable } from './gen/operations.gen.js';
import { keyedNames, runBatch } from './runtime/batch.js';
import { type CallSetup, isPromiseLike, type PreparedCall, prepareCall } from './runtime/call.js';
import { JSON_CONTENT_TYPE, responseTime, successEnvelope, successEnvelopeOf, timing } from './runtime/envelope.js';
import { answerError, asErrorAnswer, type ErrorAnswer, type ErrorReply, type Served } from './runtime/failure.js';
import type { OperationDefinition } from './runtime/operation.js';
import { type ParamsPlan, planOf } from './runtime/params.js';
import { nowMs } from './runtime/time.js';
import { defaultLimits, parseBody, parseQuery, parseTarget, type Target } from './runtime/wire.js';
import type { BitrixRestOptions, CallInfo, Handler, HandlerContext, Limits } from './types.js';

export type { ErrorReply };

/**
 * The Bitrix answer to anything thrown while serving a request (see `answerError`); `internal`
 * marks a 500. Pass the served operation (when known) for the status of a Bitrix24Error made
 * without one.
 */
export const errorReply = (error: unknown, limits?: Partial<Pick<Limits, 'bodyBytes'>>, served?: Served): ErrorAnswer =>
  answerError(error, served, limits?.bodyBytes);

/**
 * Answers an error with the Bitrix envelope and its status: no `time`, no Retry-After. `error`
 * is anything thrown (a Bitrix24Error, a Fastify error, ...) or an answer from `errorReply`.
 */
export const sendError = (reply: FastifyReply, error: unknown, served?: Served): FastifyReply => {
  const answer = asErrorAnswer(error, served);
  return reply.code(answer.status).header('content-type', JSON_CONTENT_TYPE).send(answer.body);
};

/**
 * The operation a failed request was serving, kept for the status of its error (set only when
 * one fails: the usual request pays nothing for it).
 */
const servedBy = new WeakMap<FastifyRequest, Served>();

/**
 * A Fastify error handler answering Bitrix envelopes; only 500s are logged, without the request.
 * Errors reach it through Fastify's own error path, so `onError` hooks see every one.
 */
export const errorHandler =
  (limits?: Partial<Pick<Limits, 'bodyBytes'>>) =>
  (error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const answer = errorReply(error, limits, servedBy.get(request));
    if (answer.internal) request.log.error({ err: error }, 'request failed');
    return sendError(reply, answer);
  };

const validateByDefault = (): boolean =>
  process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test';

/** What one method needs to be served, built once. */
interface Route {
  readonly plan: ParamsPlan;
  readonly handler: Handler<never>;
  readonly operationId: CallInfo['operationId'];
  readonly method: string;
}

/** The route's handler for batch, which `serveBatch` serves instead. */
const servedHere: Handler<never> = () => {
  throw new Error('batch is served by the runtime');
};

const bodyBytesOf = Symbol('bodyBytesHeld');
type HeldResponse = ServerResponse & { [bodyBytesOf]?: number };

const restPlugin: FastifyPluginAsync<BitrixRestOptions> = async (fastify, options) => {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const basePath = (options.basePath ?? '/rest').replace(/\/+$/, '');
  const validateResponses = options.validateResponses ?? validateByDefault();
  const { beforeCall } = options;
  const handlers = options.handlers as unknown as Record<string, Handler<never> | undefined>;
  // Every method's route, by its lower-cased name and by the paths a call spells it with most
  // (as the contract spells it or lower-cased, with or without `.json` and a trailing slash),
  // so the usual call is one lookup of the path as sent.
  const byMethod = new Map<string, Route>();
  const byPath = new Map<string, Route>();
  for (const op of Object.values(operationTable) as OperationDefinition[]) {
    // batch is served here, by running its commands through the other routes: no handler.
    const handler = op.batch === undefined ? handlers[op.operationId] : servedHere;
    if (typeof handler !== 'function') {
      throw new TypeError(`@b24-imbot/server: no handler for ${op.operationId} (${op.method})`);
    }
    const route: Route = { plan: planOf(op), handler, operationId: op.operationId as CallInfo['operationId'], method: op.method };
    byMethod.set(op.method.toLowerCase(), route);
    for (const name of [op.method, op.method.toLowerCase()]) {
      for (const suffix of ['', '.json', '/', '.json/']) byPath.set(name + suffix, route);
    }
  }

  if (typeof options.authenticate !== 'function') {
    throw new TypeError('@b24-imbot/server: `authenticate` is required (pass () => {} to serve without auth)');
  }
  const setup: CallSetup<CallInfo> = {
    authenticate: options.authenticate,
    requireCredentials: options.requireWebhookCredentials ?? options.requireClientIdForWebhooks ?? true,
  };

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
  function release(this: HeldResponse): void {
    bodyBytesHeld -= this[bodyBytesOf] ?? 0;
  }
  // A chunked body (no Content-Length) says its size only as it arrives: it is counted as it
  // does, and refused the same way once it would go past the budget. Counted from its headers at
  // the largest size a body may have, two of them at once would be too many for the budget.
  const countAsItArrives = (incoming: IncomingMessage, response: HeldResponse): void => {
    response[bodyBytesOf] = 0;
    response.on('close', release);
    const counted = (chunk: Buffer): void => {
      const held = response[bodyBytesOf]!;
      if (bodyBytesHeld > held && bodyBytesHeld + chunk.length > limits.bodyBytesInFlight) {
        incoming.removeListener('data', counted);
        // Fastify's body reader takes it as the body's error: the 503 goes out, the connection closes.
        incoming.emit('error', new Bitrix24Error('OVERLOAD_LIMIT', 'Too many large requests at once; retry later'));
        return;
      }
      response[bodyBytesOf] = held + chunk.length;
      bodyBytesHeld += chunk.length;
    };
    // Paused first, so that listening does not start the flow: Fastify's reader resumes it once
    // it listens too (and Node resumes a body nobody reads, its listeners removed).
    incoming.pause();
    incoming.on('data', counted);
  };

  fastify.addHook('onRequest', (request, reply, done) => {
    const declared = request.headers['content-length'];
    if (declared === undefined) {
      if (request.headers['transfer-encoding'] !== undefined) countAsItArrives(request.raw, reply.raw as HeldResponse);
      return done();
    }
    const size = Number(declared);
    // No body, a malformed length, or one over bodyBytes: Fastify answers those itself.
    if (!(size > 0) || size > limits.bodyBytes) return done();
    if (bodyBytesHeld > 0 && bodyBytesHeld + size > limits.bodyBytesInFlight) {
      // Answered at once (the whole 503, so a client can stop sending), then the body is read
      // to its end and dropped before the exchange is closed: a client that keeps sending (one
      // that sent `Connection: close` too) still gets the 503, never a reset.
      reply.hijack();
      const answer = answerError(new Bitrix24Error('OVERLOAD_LIMIT', 'Too many large requests at once; retry later'));
      const text = answer.body;
      reply.raw.writeHead(answer.status, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
      reply.raw.write(text);
      request.raw.once('end', () => reply.raw.end());
      request.raw.resume();
      return;
    }
    bodyBytesHeld += size;
    (reply.raw as HeldResponse)[bodyBytesOf] = size;
    reply.raw.on('close', release);
    done();
  });

  // A call goes through these steps synchronously; only a hook or a handler that returns a
  // promise makes the rest wait for it.
  const answer = (route: Route, reply: FastifyReply, result: unknown, startMs: number, handlerStartMs: number): void => {
    const finishMs = nowMs();
    const time = timing(startMs, finishMs - handlerStartMs, finishMs);
    if (validateResponses && !route.plan.op.validateSuccess({ result, time: responseTime(time) })) {
      reply.log.error({ operationId: route.operationId, issues: route.plan.op.validateSuccess.errors }, 'reply breaks the contract');
      throw new Error(`The ${route.operationId} handler's reply breaks the contract`);
    }
    if (reply.statusCode !== 200) reply.code(200);
    reply.header('content-type', JSON_CONTENT_TYPE).send(successEnvelope(result, time));
  };

  /** The handler's result (or a promise of it) for a prepared call. */
  const invoke = (route: Route, call: CallInfo, prepared: PreparedCall): unknown => {
    // Spelled out: spreading `call` here costs more than building it.
    const context: HandlerContext =
      call.batchKey === undefined
        ? { operationId: call.operationId, method: call.method, request: call.request, reply: call.reply, auth: prepared.auth }
        : { ...call, auth: prepared.auth };
    return route.handler(prepared.params as never, context as never);
  };

  const handle = (route: Route, call: CallInfo, prepared: PreparedCall, startMs: number): Promise<void> | undefined => {
    const handlerStartMs = nowMs();
    const result: unknown = invoke(route, call, prepared);
    if (isPromiseLike(result)) return Promise.resolve(result).then((value) => answer(route, call.reply, value, startMs, handlerStartMs));
    answer(route, call.reply, result, startMs, handlerStartMs);
    return undefined;
  };

  /** A command of a batch: the handler's result, checked against the contract as a reply would be. */
  const runCommand = async (route: Route, call: CallInfo, prepared: PreparedCall, times: { startMs: number; handlerStartMs: number }): Promise<unknown> => {
    const result = await invoke(route, call, prepared);
    if (validateResponses) {
      const finishMs = nowMs();
      const time = responseTime(timing(times.startMs, finishMs - times.handlerStartMs, finishMs));
      if (!route.plan.op.validateSuccess({ result, time })) {
        call.reply.log.error({ operationId: route.operationId, issues: route.plan.op.validateSuccess.errors }, 'reply breaks the contract');
        throw new Error(`The ${route.operationId} handler's reply breaks the contract`);
      }
    }
    return result;
  };

  const serveBatch = async (route: Route, webhook: Target['webhook'], call: CallInfo, startMs: number): Promise<void> => {
    const { request, reply } = call;
    const keyed = keyedNames(route.plan.op.batch!);
    const query = parseQuery(request.url, limits, keyed);
    const body = parseBody(request.body as Buffer | undefined, request.headers['content-type'], limits, keyed);
    const credentials = { webhook, authorization: request.headers.authorization };
    const resultJson = await runBatch(
      {
        setup,
        limits,
        find: (method) => byMethod.get(method),
        callOf: (target, batchKey) => ({ operationId: target.operationId, method: target.method, request, reply, batchKey }),
        run: runCommand,
        internal: (error, batchKey) => reply.log.error({ err: error, batchKey }, 'batch command failed'),
      },
      route.plan,
      [query, body],
      credentials,
      call,
    );
    const finishMs = nowMs();
    const time = timing(startMs, finishMs - startMs, finishMs);
    if (validateResponses && !route.plan.op.validateSuccess({ result: JSON.parse(resultJson), time: responseTime(time) })) {
      reply.log.error({ issues: route.plan.op.validateSuccess.errors }, 'batch reply breaks the contract');
      throw new Error('The batch reply breaks the contract');
    }
    if (reply.statusCode !== 200) reply.code(200);
    reply.header('content-type', JSON_CONTENT_TYPE).send(successEnvelopeOf(resultJson, time));
  };

  const run = (route: Route, webhook: Target['webhook'], call: CallInfo, startMs: number): Promise<void> | undefined => {
    if (route.plan.op.batch !== undefined) return serveBatch(route, webhook, call, startMs);
    const { request } = call;
    const query = parseQuery(request.url, limits);
    const body = parseBody(request.body as Buffer | undefined, request.headers['content-type'], limits);
    const credentials = { webhook, authorization: request.headers.authorization };
    const prepared = prepareCall(setup, route.plan, [query, body], credentials, call);
    if (isPromiseLike(prepared)) return prepared.then((ready) => handle(route, call, ready, startMs));
    return handle(route, call, prepared, startMs);
  };

  /** Rethrows into Fastify's error path, the served operation noted for the error handler. */
  const failed = (request: FastifyRequest, route: Route, error: unknown): never => {
    servedBy.set(request, route.plan.op);
    throw error;
  };

  const serve = (request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined => {
    const startMs = nowMs();
    const rest = (request.params as Record<string, string | undefined>)['*'] ?? '';
    let route = byPath.get(rest);
    let webhook: Target['webhook'];
    if (route === undefined) {
      const target = parseTarget(rest);
      route = target && byMethod.get(target.method);
      if (!target || !route) throw new Bitrix24Error('ERROR_METHOD_NOT_FOUND');
      webhook = target.webhook;
    }
    const served = route;
    const call: CallInfo = { operationId: route.operationId, method: route.method, request, reply };
    let pending: Promise<void> | undefined;
    try {
      if (beforeCall === undefined) pending = run(route, webhook, call, startMs);
      else {
        const before = beforeCall(call);
        if (isPromiseLike(before)) {
          pending = Promise.resolve(before).then(() => (reply.sent ? undefined : run(served, webhook, call, startMs)));
        } else if (!reply.sent) pending = run(route, webhook, call, startMs);
      }
    } catch (error) {
      failed(request, served, error);
    }
    return pending?.then(undefined, (error: unknown) => failed(request, served, error));
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

// `botEvents`: the webhook receiver on a Fastify route. Bodies are read raw (up to the delivery
// limit) and handed to receiveEventDelivery (any replay guard, one shared in Redis too); the
// answer goes out before the handler runs, and a handler's failure is logged with the request's
// logger.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  type EventDeliveryOptions,
  type ReplayGuard,
  type ReplayGuardOptions,
  createReplayGuard,
  defaultEventLimits,
  receiveEventDelivery,
  refusal,
} from './events.js';
import type { Limits } from './types.js';

export interface BotEventsOptions extends EventDeliveryOptions {
  /** The route the platform POSTs to (the bot's webhookUrl path). Default `/bitrix/events`. */
  readonly path?: string;
}

const send = (reply: FastifyReply, answer: { status: number; headers: Readonly<Record<string, string>>; body: string }) =>
  reply.code(answer.status).headers(answer.headers).send(answer.body);

const eventsPlugin: FastifyPluginAsync<BotEventsOptions> = async (fastify, options) => {
  const limits: Limits = { ...defaultEventLimits, ...options.limits };
  const { path = '/bitrix/events', ...rest } = options;
  if (typeof options.applicationToken !== 'string' && !Array.isArray(options.applicationToken)) {
    throw new TypeError('@b24-imbot/server: botEvents needs applicationToken');
  }
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limits.bodyBytes }, (_request, body, done) => {
    done(null, body);
  });
  fastify.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(reply, refusal(413, 'PAYLOAD_TOO_LARGE', `The delivery is larger than ${limits.bodyBytes} bytes`));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, refusal(400, 'INVALID_FORMAT', `Malformed request: ${error.message}`));
    }
    request.log.error({ err: error }, 'event delivery failed');
    return send(reply, refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  });

  // One guard for every delivery of this route.
  const replay =
    rest.replay === false || (rest.replay !== undefined && typeof (rest.replay as ReplayGuard).check === 'function')
      ? rest.replay
      : createReplayGuard(rest.replay as ReplayGuardOptions | undefined);
  fastify.post(path, { bodyLimit: limits.bodyBytes }, async (request, reply) => {
    const answer = await receiveEventDelivery(request.body as Buffer | undefined, request.headers['content-type'], {
      ...rest,
      replay,
      onHandlerError:
        options.onHandlerError ?? ((error, event) => request.log.error({ err: error, event: event.type }, 'event handler failed')),
      onUnknownEvent: options.onUnknownEvent ?? ((name) => request.log.warn({ event: name }, 'unknown event acknowledged')),
    });
    if (answer.status >= 400) request.log.warn({ status: answer.status }, 'event delivery refused');
    return send(reply, answer);
  });
};

/**
 * The Fastify plugin receiving bot events by webhook at `path` (POST): verifies, reads and
 * dispatches each delivery with `receiveEventDelivery`. Encapsulated: its body parser and error
 * handler apply to its own route only.
 */
export const botEvents = fp(eventsPlugin, {
  fastify: '5.x',
  name: '@b24-imbot/server/events',
  encapsulate: true,
});

// @b24-imbot/bot/fastify: the portal's deliveries on a Fastify route. Fastify is a peer: this
// file only needs its types; the app passes its own instance.
import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Bot } from './bot.js';
import { type Delivered, tooLarge } from './receiver.js';

export interface BotWebhookOptions {
  /** The bot whose deliveries this route receives. */
  readonly bot: Bot<any>;
  /** The route the portal POSTs to. Default `/bitrix/events`. */
  readonly path?: string;
  /** The largest body read, in bytes. Default: the receiver's (1 MiB unless `webhook.bodyBytes` says otherwise). */
  readonly bodyBytes?: number;
}

/** The largest body read before the bot has started (its receiver knows the real limit). */
const DEFAULT_BODY_BYTES = 1024 * 1024;

const send = (reply: FastifyReply, delivered: Pick<Delivered, 'status' | 'headers' | 'body'>) =>
  reply.code(delivered.status).headers(delivered.headers).send(delivered.body);

const refusal = (status: number, code: string, description: string) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error: code, error_description: description }),
});

/**
 * A Fastify plugin: `app.register(botWebhook, { bot, path: '/bitrix/events' })`. Its body
 * parser and error handler apply to its own route only (register it without fastify-plugin).
 */
export const botWebhook: FastifyPluginAsync<BotWebhookOptions> = async (fastify, options) => {
  const { bot, path = '/bitrix/events' } = options;
  const limit = options.bodyBytes ?? bot.receiver?.bodyBytes ?? DEFAULT_BODY_BYTES;
  const bodyLimit = () => bot.receiver?.bodyBytes ?? limit;
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, tooLarge(bodyLimit()));
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, refusal(400, 'INVALID_FORMAT', `Malformed request: ${error.message}`));
    }
    request.log.error({ err: error }, 'bot delivery failed');
    return send(reply, refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  });
  fastify.post(path, { bodyLimit: limit }, async (request, reply) => {
    const receiver = bot.receiver;
    if (receiver === undefined) return send(reply, refusal(503, 'BOT_NOT_STARTED', 'The bot is not running: call start() or connect() first'));
    const body = request.body as Buffer | undefined;
    if (body !== undefined && body.length > receiver.bodyBytes) return send(reply, tooLarge(receiver.bodyBytes));
    const delivered = receiver.deliver(body, request.headers['content-type']);
    if (delivered.wait) await delivered.handled;
    return send(reply, delivered);
  });
};

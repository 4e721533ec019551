// One server under test in its own process: tsx src/serve.ts <kind> <port>; prints
// `listening on URL` (what testkit's startListening waits for) and stops on SIGTERM.
//   stub            createServer with a stub imbotChatAdd, as in production (auth hook with
//                   safeEqual, every wire form and check, parameters validated, no response check);
//   stub-validated  the same with response validation on (as in development and tests);
//   bare            a bare Fastify route: parses the same JSON body, answers the constant envelope;
//   portal          the same bare route at the webhook path (the client benchmark's server).
import { type Auth, Bitrix24Error, createServer, exampleHandlers, safeEqual } from '@b24-imbot/server';
import Fastify, { type FastifyInstance } from 'fastify';

import { CHAT_ID, JSON_CONTENT_TYPE, METHOD_PATH, SUCCESS_BODY, TOKEN, WEBHOOK_PATH } from './fixtures.js';

const checkToken = (auth: Auth): void => {
  if (auth.type !== 'oauth' || !safeEqual(auth.token, TOKEN)) throw new Bitrix24Error('NO_AUTH_FOUND');
};

const bare = (path: string): FastifyInstance => {
  const app = Fastify({ logger: false });
  app.post(path, async (_request, reply) => reply.header('content-type', JSON_CONTENT_TYPE).send(SUCCESS_BODY));
  return app;
};

const builders: Record<string, () => FastifyInstance> = {
  stub: () => createServer({ ...exampleHandlers, imbotChatAdd: () => CHAT_ID }, { basePath: '', validateResponses: false, authenticate: checkToken }),
  'stub-validated': () => createServer({ ...exampleHandlers, imbotChatAdd: () => CHAT_ID }, { basePath: '', validateResponses: true, authenticate: checkToken }),
  bare: () => bare(METHOD_PATH),
  portal: () => bare(WEBHOOK_PATH + METHOD_PATH),
};

const [kind = '', port = '0'] = process.argv.slice(2);
const build = builders[kind];
if (!build) throw new Error(`unknown server kind ${kind}`);
const app = build();
const url = await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write(`listening on ${url}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));

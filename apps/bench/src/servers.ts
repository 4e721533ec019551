// The servers under test. src/serve.ts runs one in its own process (so that it has a core of
// its own and the load generator does not share its event loop).
//   stub    @b24-imbot/server's createServer with a stub imbotChatAdd handler, as it runs in
//           production: the full wire handling, an auth hook checking the Bearer token with
//           safeEqual, parameter validation and the envelope (responses are not re-validated
//           outside development and test);
//   stub-noauth, stub-validated   the same without the token check (a no-op hook), or with
//           response validation on (as in development): to see where the stub's time goes;
//   bare    a bare Fastify route answering the constant envelope to the same request;
//   portal  a bare Fastify route at the webhook path (for the client benchmark: the server
//           does as little as possible, so that the client's own cost shows).
import { type Auth, Bitrix24Error, createServer, exampleHandlers, safeEqual } from '@b24-imbot/server';
import Fastify, { type FastifyInstance } from 'fastify';

import { CHAT_ID, JSON_CONTENT_TYPE, METHOD_PATH, SUCCESS_BODY, TOKEN, WEBHOOK_CODE, WEBHOOK_USER } from './fixtures.js';

export const SERVER_KINDS = ['stub', 'stub-noauth', 'stub-validated', 'bare', 'portal'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

const checkToken = (auth: Auth): void => {
  if (auth.type !== 'oauth' || !safeEqual(auth.token, TOKEN)) throw new Bitrix24Error('NO_AUTH_FOUND');
};

export function buildServer(kind: ServerKind): FastifyInstance {
  switch (kind) {
    case 'stub':
    case 'stub-noauth':
    case 'stub-validated':
      return createServer(
        { ...exampleHandlers, imbotChatAdd: () => CHAT_ID },
        {
          // The same path as the others (Prism serves the contract's paths without /rest).
          basePath: '',
          validateResponses: kind === 'stub-validated',
          authenticate: kind === 'stub-noauth' ? () => {} : checkToken,
        },
      );
    case 'bare': {
      const app = Fastify({ logger: false });
      app.post(METHOD_PATH, async (_request, reply) => reply.header('content-type', JSON_CONTENT_TYPE).send(SUCCESS_BODY));
      return app;
    }
    case 'portal': {
      const app = Fastify({ logger: false });
      app.post(`/rest/${WEBHOOK_USER}/${WEBHOOK_CODE}${METHOD_PATH}`, async (_request, reply) =>
        reply.header('content-type', JSON_CONTENT_TYPE).send(SUCCESS_BODY),
      );
      return app;
    }
  }
}

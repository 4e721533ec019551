// One server under test in its own process: node src/serve.mjs <kind> <port>; prints
// `listening on URL` (what testkit's startListening waits for) and stops on SIGTERM.
// Plain JavaScript run by plain Node, the packages as they are published (their built `dist`):
// a TypeScript loader (tsx) in the server's process costs every request a quarter or more of
// extra CPU (measured: 35,000 to 45,000 more instructions a request, for any server), which is
// not what production runs. The fixtures come from the bench in BENCH_FIXTURES (JSON).
//   stub            createServer with a stub imbotChatAdd, as in production (auth hook with
//                   safeEqual, every wire form and check, parameters validated, no response check);
//   stub-validated  the same with response validation on (as in development and tests);
//   bare            a bare Fastify route: parses the same JSON body, answers the constant envelope;
//   portal          the same bare route at the webhook path (the client benchmark's server);
//   mock            the mock portal (`startMockPortal`), accepting the bench's token.
import { createRequire, registerHooks } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';

const require = createRequire(import.meta.url);
const serverDist = join(dirname(require.resolve('@b24-imbot/server/package.json')), 'dist');
// The built server imports @b24-imbot/core, whose workspace `exports` give `import` its
// TypeScript sources (for the tests); a published install gets its dist, and so does this process.
const coreDist = pathToFileURL(join(dirname(require.resolve('@b24-imbot/core/package.json')), 'dist/index.js')).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === '@b24-imbot/core' ? { url: coreDist, shortCircuit: true } : next(specifier, context)),
});
/** A module of the built @b24-imbot/server (`pnpm --filter @b24-imbot/server build`). */
const built = (path) => import(pathToFileURL(join(serverDist, path)).href);

const fixtures = JSON.parse(process.env.BENCH_FIXTURES ?? '{}');
const { CHAT_ID, JSON_CONTENT_TYPE, METHOD_PATH, SUCCESS_BODY, TOKEN, WEBHOOK_PATH } = fixtures;

const stub = async (validateResponses) => {
  const { Bitrix24Error, createServer, exampleHandlers, safeEqual } = await built('index.js');
  const checkToken = (auth) => {
    if (auth.type !== 'oauth' || !safeEqual(auth.token, TOKEN)) throw new Bitrix24Error('NO_AUTH_FOUND');
  };
  return createServer({ ...exampleHandlers, imbotChatAdd: () => CHAT_ID }, { basePath: '', validateResponses, authenticate: checkToken });
};

const bare = async (path) => {
  const app = Fastify({ logger: false });
  app.post(path, async (_request, reply) => reply.header('content-type', JSON_CONTENT_TYPE).send(SUCCESS_BODY));
  return app;
};

/** The mock portal, as an app with listen() and close(). */
const mock = async () => {
  const { startMockPortal } = await built('mock/index.js');
  return {
    listen: async ({ host, port }) => {
      const portal = await startMockPortal({ host, port, token: [TOKEN] });
      mock.portal = portal;
      return portal.url;
    },
    close: () => mock.portal?.close(),
  };
};

const builders = {
  stub: () => stub(false),
  'stub-validated': () => stub(true),
  bare: () => bare(METHOD_PATH),
  portal: () => bare(WEBHOOK_PATH + METHOD_PATH),
  mock,
};

const [kind = '', port = '0'] = process.argv.slice(2);
const build = builders[kind];
if (!build) throw new Error(`unknown server kind ${kind}`);
if (TOKEN === undefined) throw new Error('BENCH_FIXTURES is not set: start servers through startServe (src/server-bench.ts)');
const app = await build();
const url = await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write(`listening on ${url}\n`);
process.once('SIGTERM', () => void Promise.resolve(app.close()).then(() => process.exit(0)));

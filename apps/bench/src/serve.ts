// Runs one server under test: tsx src/serve.ts <kind> (see src/servers.ts).
// Listens on 127.0.0.1, port 0; prints {"port": N} on stdout; stops on SIGTERM.
import { buildServer, SERVER_KINDS, type ServerKind } from './servers.js';

const kind = process.argv[2] as ServerKind;
if (!SERVER_KINDS.includes(kind)) throw new Error(`unknown server kind ${kind}`);
const app = buildServer(kind);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no port');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});

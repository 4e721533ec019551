// startOnFreePort against real child processes: a server counts as started only once it answers
// as itself on its port, and starts again on another port when it cannot have the one it got.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { answersAs, freePort, start, startOnFreePort, type Started } from '../src/index.js';

/** A Node server that answers `name` on `port` (it exits when the port is taken). */
const answering = (name: string) => (port: number) =>
  start(process.execPath, ['-e', `require('node:http').createServer((_q, r) => r.end(${JSON.stringify(name)})).listen(${port}, '127.0.0.1')`]);

/** Whether `name` answers on `port`: ready, another answer (taken), or none yet. */
const answers = (name: string) => answersAs('/', (body) => body === name);

const started: Started[] = [];
let other: Server | undefined;
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
  other?.close();
  other = undefined;
});

/** A port another process (this one) answers on. */
const takenPort = async (): Promise<number> => {
  other = createServer((_request, response) => response.end('someone else'));
  await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
  return (other.address() as AddressInfo).port;
};

describe('startOnFreePort', () => {
  it('starts a server on a free port and resolves once it answers there', async () => {
    const server = await startOnFreePort('server', answering('me'), answers('me'));
    started.push(server);
    expect(await (await fetch(`http://127.0.0.1:${server.port}`)).text()).toBe('me');
  });

  it('starts again on another port when another process answers on the first', async () => {
    const ports = [await takenPort()];
    const launched: number[] = [];
    const server = await startOnFreePort(
      'server',
      (port) => {
        launched.push(port);
        return answering('me')(port);
      },
      answers('me'),
      { pickPort: async () => ports.shift() ?? freePort() },
    );
    started.push(server);
    expect(launched).toHaveLength(2);
    expect(server.port).toBe(launched[1]);
    expect(await (await fetch(`http://127.0.0.1:${server.port}`)).text()).toBe('me');
  });

  it('starts again when the server exits before it is ready, and gives up after `attempts`', async () => {
    let launches = 0;
    const error = await startOnFreePort(
      'quitter',
      () => {
        launches++;
        return start(process.execPath, ['-e', 'console.log("bye"); process.exit(3)']);
      },
      async () => 'not yet',
      { attempts: 2 },
    ).catch((caught: unknown) => caught);
    expect(launches).toBe(2);
    expect(String(error)).toMatch(/^Error: quitter did not start on port \d+ \(it exited\):\nbye\n$/);
  });

  it('stops a server that is not ready in time, and says so', async () => {
    let server: Started | undefined;
    const error = await startOnFreePort(
      'sleeper',
      () => (server = start(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])),
      async () => 'not yet',
      { timeoutMs: 500 },
    ).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/^Error: sleeper did not start on port \d+ \(not ready within 500 ms\)/);
    expect(await server!.exit).toMatchObject({ signal: 'SIGTERM' });
  });
});

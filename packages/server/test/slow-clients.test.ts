// Clients that send their bodies slowly or in chunks, over raw sockets: a chunked body counts
// against `bodyBytesInFlight` by the bytes that arrived (never by the largest body there may be),
// and a client that stalls is answered 408 once `requestTimeout` passes, its share given back.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError, expectSuccess, json, request, startServer } from './helpers.js';

const servers: Array<{ close: () => Promise<void> }> = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const serve = async (options: Parameters<typeof startServer>[0]) => {
  const server = await startServer(options);
  servers.push(server);
  return server;
};

/** A request written over a raw socket as the test says; `answer` is all the server sent back. */
const open = (url: string, head: string) => {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  sockets.push(socket);
  socket.write(`POST /rest/imbot.chat.add HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n${head}\r\n`);
  let text = '';
  socket.on('data', (chunk) => (text += String(chunk)));
  const answer = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
  return { write: (bytes: string) => socket.write(bytes), answer };
};

/** One chunk of a chunked body. */
const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
const LAST = '0\r\n\r\n';
const body = (title: number) => JSON.stringify({ USERS: [1], TITLE: 'x'.repeat(title) });

describe('a chunked body', () => {
  it('counts the bytes that arrived: two small ones at once both pass where each would count as bodyBytes', async () => {
    // Counted as bodyBytes, either would leave no room for the other (2 x 10,000 > 15,000).
    const server = await serve({ limits: { bodyBytes: 10_000, bodyBytesInFlight: 15_000 } });
    const first = open(server.url, 'Transfer-Encoding: chunked\r\n');
    const text = body(10);
    first.write(chunk(text.slice(0, 5)));
    const second = open(server.url, 'Transfer-Encoding: chunked\r\n');
    second.write(chunk(text) + LAST);
    expect(await second.answer).toMatch(/^HTTP\/1\.1 200 /);
    first.write(chunk(text.slice(5)) + LAST);
    expect(await first.answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(server.chats).toHaveLength(2);
  });

  it('going past the budget while another body is held is answered 503 OVERLOAD_LIMIT, nothing stored', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let waiting = 0;
    const server = await startServer({ limits: { bodyBytes: 10_000, bodyBytesInFlight: 5000 } }, {
      imbotChatAdd: async (params) => {
        if ((params.TITLE ?? '').length >= 4000) {
          waiting += 1;
          await held;
        }
        return 1;
      },
    });
    servers.push({ close: async () => (release(), await server.close()) });
    // A chunked body of about 4,000 bytes, held (answer not sent) while its handler waits.
    const text = body(4000);
    const first = open(server.url, 'Transfer-Encoding: chunked\r\n');
    first.write(chunk(text.slice(0, 2000)) + chunk(text.slice(2000)) + LAST);
    await expect.poll(() => waiting).toBe(1);
    const over = open(server.url, 'Transfer-Encoding: chunked\r\n');
    over.write(chunk(body(1500)) + LAST);
    const answer = await over.answer;
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toContain('{"error":"OVERLOAD_LIMIT","error_description":"Too many large requests at once; retry later"}');
    release();
    expect(await first.answer).toMatch(/^HTTP\/1\.1 200 /);
    // All of it given back: one as large as the budget allows passes.
    expectSuccess(await request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1], TITLE: 'x'.repeat(3000) })));
  });
});

describe('a client that stalls', () => {
  it('is answered 408 once requestTimeout passes, and what its body held is given back', { timeout: 120_000 }, async () => {
    const server = await serve({ requestTimeout: 1000, limits: { bodyBytes: 10_000, bodyBytesInFlight: 15_000 } });
    const stalled = open(server.url, 'Content-Length: 10000\r\n');
    stalled.write('{"USERS":');
    // Its 10,000 declared bytes are held: another such body does not fit meanwhile.
    const big = () => request(`${server.url}/rest/imbot.chat.add`, json({ USERS: [1], TITLE: 'x'.repeat(9000) }));
    expectError(await big(), 503, 'OVERLOAD_LIMIT');
    // Node checks for timed-out requests every 30 s.
    const answer = await stalled.answer;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('{"error":"INVALID_FORMAT","error_description":"The request was not received in time"}');
    expectSuccess(await big());
  });
});

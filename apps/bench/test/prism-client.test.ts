// The client against a generic mock of our own contract: Prism serves the contract's paths at
// its root (no /rest), so the client reaches it through `restUrl`, the REST base used as it is.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createImbotClient, isBitrix24Error } from '@b24-imbot/client';
import { freePort, type Started } from '@b24-imbot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPrism } from '../src/server-bench.js';

describe("the client against Prism's mock of the contract", () => {
  let prism: Started & { url: string };
  // Another process answering on the first port Prism is given, as when the port chosen for it
  // is handed to another test's server while Prism starts.
  let taken: Server;
  let takenPort: number;
  // Prism takes 20 s to start on an idle two-core machine, minutes when every test runs at once.
  beforeAll(async () => {
    taken = createServer((_request, response) => response.end('not Prism'));
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    takenPort = (taken.address() as AddressInfo).port;
    const ports = [takenPort];
    prism = await startPrism({ timeoutMs: 240_000, pickPort: async () => ports.shift() ?? freePort() });
  }, 250_000);
  afterAll(async () => {
    await prism?.stop();
    taken?.close();
  });

  it('is not fooled by another server on the port it was given: it starts again on another', () => {
    expect(new URL(prism.url).port).not.toBe(String(takenPort));
  });

  it('restUrl reaches the contract paths at the root and gets the example CHAT_ID', async () => {
    const client = createImbotClient({ restUrl: prism.url, accessToken: 'any-token', retry: false });
    const chatId = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'Through Prism' });
    expect(chatId).toBe(2725);
    const full = await client.imbot.chat.add.withResponse({ USERS: [1] });
    expect(full.response.url).toBe(`${prism.url}/imbot.chat.add?auth=any-token`);
  });

  it('portal (origin + /rest) does not: Prism answers 404 there', async () => {
    const client = createImbotClient({ portal: prism.url, accessToken: 'any-token', retry: false });
    const error = await client.imbot.chat.add({ USERS: [1] }).catch((caught: unknown) => caught);
    expect(isBitrix24Error(error)).toBe(true);
    expect(error).toMatchObject({ status: 404 });
  });
});

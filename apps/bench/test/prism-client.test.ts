// The client against a generic mock of our own contract: Prism serves the contract's paths at
// its root (no /rest), so the client reaches it through `restUrl`, the REST base used as it is.
import { createImbotClient, isBitrix24Error } from '@b24-imbot/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort, type Started } from '@b24-imbot/testkit';
import { startPrism } from '../src/server-bench.js';

describe("the client against Prism's mock of the contract", () => {
  let prism: Started & { url: string };
  // Prism takes 20 s to start on an idle two-core machine, minutes when every test runs at once.
  beforeAll(async () => {
    prism = await startPrism(await freePort(), 240_000);
  }, 250_000);
  afterAll(() => prism?.stop());

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

// The client's `refreshToken` hook renewing against the mock portal's OAuth server, on a second
// portal of the mock reached at its client_endpoint: the user's whole OAuth round, over loopback.
import { renewOAuthToken, startMockPortal } from '@b24-imbot/server/mock';
import { afterEach, expect, test, vi } from 'vitest';
import { createImbotClient } from '../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

test('an expired access token is renewed through the mock OAuth server and the call repeated; the spent refresh token is not reused', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const mock = await startMockPortal({ portals: [{ domain: 'b.bitrix24.test' }] });
  try {
    const site = mock.portal('b.bitrix24.test')!;
    const installed = await site.install();
    // What an installation store keeps for the portal.
    let stored = { accessToken: installed.accessToken, refreshToken: installed.refreshToken };
    const renewals: string[] = [];
    const client = createImbotClient({
      restUrl: installed.clientEndpoint,
      accessToken: stored.accessToken,
      refreshToken: async () => {
        renewals.push(stored.refreshToken);
        const answer = await renewOAuthToken({
          url: mock.oauth.tokenUrl,
          clientId: mock.oauth.clientId,
          clientSecret: mock.oauth.clientSecret,
          refreshToken: stored.refreshToken,
        });
        stored = { accessToken: answer.access_token, refreshToken: answer.refresh_token };
        return answer.access_token;
      },
    });
    await client.imbot.v2.Bot.register({ fields: { code: 'renewing', properties: { name: 'Renewing' } } });
    expect(renewals).toHaveLength(0);

    vi.setSystemTime(Date.now() + 3601_000);
    expect((await client.imbot.v2.Bot.list({})).bots.map((bot) => bot.code)).toEqual(['renewing']);
    expect(renewals).toEqual([installed.refreshToken]);

    vi.setSystemTime(Date.now() + 3601_000);
    await client.imbot.v2.Bot.list({});
    expect(renewals).toHaveLength(2);
    expect(renewals[1]).not.toBe(installed.refreshToken);
    // The bot lives on that portal only.
    expect(site.platform.bots.size).toBe(1);
    expect(mock.platform.bots.size).toBe(0);
  } finally {
    await mock.close();
  }
});

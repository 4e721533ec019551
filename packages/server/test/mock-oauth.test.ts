// The mock's OAuth server against the pages: settings/oauth/auto-renewal.md (the renewal
// request and answer), settings/oauth/error-codes.md (its errors), and what becomes of a token
// after renewal, expiry and uninstall. Real HTTP over loopback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renewOAuthToken } from '../src/mock/index.js';
import { type Answer, request } from './helpers.js';
import { fails, ok, portal, startPortal } from './mock-v2.js';

// The renewal answer of settings/oauth/auto-renewal.md: every field of its example, with its type.
const PAGE_TOKEN_ANSWER = {
  access_token: 'string',
  client_endpoint: 'string',
  domain: 'string',
  expires: 'number',
  expires_in: 'number',
  member_id: 'string',
  refresh_token: 'string',
  scope: 'string',
  server_endpoint: 'string',
  status: 'string',
  user_id: 'number',
} as const;
// error-codes.md's codes for a renewal.
const PAGE_OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'insufficient_scope', 'invalid_scope', 'invalid_grant', 'PAYMENT_REQUIRED'];

afterEach(async () => {
  vi.useRealTimers();
  await portal().close();
});

/** A GET of the token endpoint with these query parameters, as the page shows it. */
const tokenGet = (params: Record<string, string>): Promise<Answer> =>
  request(`${portal().oauth.tokenUrl}?${new URLSearchParams(params)}`);

const renewal = (refreshToken: string) => ({
  grant_type: 'refresh_token',
  client_id: portal().oauth.clientId,
  client_secret: portal().oauth.clientSecret,
  refresh_token: refreshToken,
});

/** A call of the default portal with an OAuth access token in `auth`. */
const callWith = (token: string): Promise<Answer> =>
  request(`${portal().url}/rest/imbot.v2.Bot.list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: token }),
  });

const expectOAuthError = (answer: Answer, status: number, code: string): void => {
  expect(PAGE_OAUTH_ERRORS).toContain(code);
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body).toEqual({ error: code, error_description: expect.any(String) });
};

describe('the OAuth server', () => {
  it('renews with a GET as the page shows: a new access token and a NEW refresh token; the old refresh token is refused', async () => {
    await startPortal({ oauth: { clientId: 'app.573ad8a0346747.09223434', clientSecret: 'secret-of-the-app' } });
    expect(portal().oauth.tokenUrl).toBe(`${portal().url}/oauth/token/`);
    const installed = await portal().install();
    const answer = await tokenGet(renewal(installed.refreshToken));
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.fromEntries(Object.entries(answer.body).map(([key, value]) => [key, typeof value]))).toEqual(PAGE_TOKEN_ANSWER);
    expect(answer.body).toMatchObject({
      expires_in: 3600,
      client_endpoint: `${portal().url}/rest/`,
      member_id: portal().memberId,
      server_endpoint: portal().oauth.serverEndpoint,
      scope: installed.scope,
      status: 'L',
      user_id: 1,
    });
    expect(answer.body.access_token).not.toBe(installed.accessToken);
    expect(answer.body.refresh_token).not.toBe(installed.refreshToken);
    expect(answer.body.expires).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 3600 - 5);

    // The new token calls; the spent refresh token is refused; the new one renews again.
    ok(await callWith(answer.body.access_token), 'imbot.v2.Bot.list');
    expectOAuthError(await tokenGet(renewal(installed.refreshToken)), 400, 'invalid_grant');
    const again = await tokenGet(renewal(answer.body.refresh_token));
    expect(again.status, again.text).toBe(200);
    expect(new Set([installed.refreshToken, answer.body.refresh_token, again.body.refresh_token]).size).toBe(3);
  });

  it('renews with a POST form too, and the helper renews against the mock', async () => {
    await startPortal();
    const installed = await portal().install();
    const posted = await request(portal().oauth.tokenUrl.replace(/\/$/, ''), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(renewal(installed.refreshToken)).toString(),
    });
    expect(posted.status, posted.text).toBe(200);
    const renewed = await renewOAuthToken({
      url: portal().oauth.tokenUrl,
      clientId: portal().oauth.clientId,
      clientSecret: portal().oauth.clientSecret,
      refreshToken: posted.body.refresh_token,
    });
    expect(renewed.refresh_token).not.toBe(posted.body.refresh_token);
    ok(await callWith(renewed.access_token), 'imbot.v2.Bot.list');
    // The helper's error is the page's code.
    await expect(
      renewOAuthToken({
        url: portal().oauth.tokenUrl,
        clientId: portal().oauth.clientId,
        clientSecret: portal().oauth.clientSecret,
        refreshToken: posted.body.refresh_token,
      }),
    ).rejects.toMatchObject({ name: 'Bitrix24Error', code: 'invalid_grant', status: 400 });
  });

  it('is found from server_endpoint as SDKs find oauth.bitrix.info\'s: `/rest/` off, `/oauth/token/` on', async () => {
    await startPortal();
    const installed = await portal().install();
    // https://oauth.bitrix.info/rest/ -> https://oauth.bitrix.info/oauth/token/ (the JS SDK's B24OAuth).
    const serverEndpoint: string = installed.serverEndpoint;
    expect(serverEndpoint).toBe(portal().oauth.serverEndpoint);
    const tokenUrl = `${serverEndpoint.replace('/rest/', '')}/oauth/token/`;
    const posted = await request(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(renewal(installed.refreshToken)).toString(),
    });
    expect(posted.status, posted.text).toBe(200);
    ok(await callWith(posted.body.access_token), 'imbot.v2.Bot.list');
  });

  it("answers bad requests with error-codes.md's codes, 4xx, never a 500", async () => {
    await startPortal();
    const installed = await portal().install();
    const good = renewal(installed.refreshToken);
    expectOAuthError(await tokenGet({ ...good, grant_type: '' }), 400, 'invalid_request');
    expectOAuthError(await tokenGet({ ...good, grant_type: 'password' }), 400, 'invalid_request');
    expectOAuthError(await tokenGet({ ...good, client_secret: 'wrong' }), 401, 'invalid_client');
    expectOAuthError(await tokenGet({ ...good, client_id: 'app.other' }), 401, 'invalid_client');
    expectOAuthError(await tokenGet({ grant_type: 'refresh_token', client_id: good.client_id, client_secret: good.client_secret }), 400, 'invalid_request');
    expectOAuthError(await tokenGet({ ...good, refresh_token: 'no-such-token' }), 400, 'invalid_grant');
    expectOAuthError(
      await tokenGet({ grant_type: 'authorization_code', client_id: good.client_id, client_secret: good.client_secret, code: 'x' }),
      400,
      'invalid_grant',
    );
    const broken = await request(portal().oauth.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":' });
    expectOAuthError(broken, 400, 'invalid_request');
    // None of these spent the refresh token.
    expect((await tokenGet(good)).status).toBe(200);
  });

  it('expires an access token after expires_in on the mock clock: 401 expired_token; a renewal gives a working one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await startPortal();
    const installed = await portal().install();
    ok(await callWith(installed.accessToken), 'imbot.v2.Bot.list');
    vi.setSystemTime(Date.now() + 3599_000);
    ok(await callWith(installed.accessToken), 'imbot.v2.Bot.list');
    vi.setSystemTime(Date.now() + 2_000);
    fails(await callWith(installed.accessToken), 'imbot.v2.Bot.list', 401, 'expired_token');
    const renewed = await tokenGet(renewal(installed.refreshToken));
    expect(renewed.status, renewed.text).toBe(200);
    ok(await callWith(renewed.body.access_token), 'imbot.v2.Bot.list');
  });

  it('keeps an access token working until it expires when another renewal replaced it', async () => {
    await startPortal();
    const installed = await portal().install();
    const renewed = await tokenGet(renewal(installed.refreshToken));
    expect(renewed.status).toBe(200);
    ok(await callWith(installed.accessToken), 'imbot.v2.Bot.list');
    ok(await callWith(renewed.body.access_token), 'imbot.v2.Bot.list');
  });

  it('of 50 concurrent renewals with one refresh token exactly one succeeds', async () => {
    // The page says to keep the new refresh token "instead of the previous one"; the mock reads
    // it as single use: the first renewal spends it, so every concurrent one after it is
    // invalid_grant (what leaves a portal without a token when processes race: renew under a lock).
    await startPortal();
    const installed = await portal().install();
    const answers = await Promise.all(Array.from({ length: 50 }, () => tokenGet(renewal(installed.refreshToken))));
    const won = answers.filter((answer) => answer.status === 200);
    expect(won).toHaveLength(1);
    for (const answer of answers) if (answer.status !== 200) expectOAuthError(answer, 400, 'invalid_grant');
    ok(await callWith(won[0]!.body.access_token), 'imbot.v2.Bot.list');
    expect((await tokenGet(renewal(won[0]!.body.refresh_token))).status).toBe(200);
  });

  it('refuses every token after uninstall: calls 401 invalid_token, renewals invalid_client', async () => {
    await startPortal();
    const installed = await portal().install();
    expect(portal().installation).toMatchObject({ userId: 1, status: 'L' });
    await portal().uninstall();
    expect(portal().installation).toBeUndefined();
    fails(await callWith(installed.accessToken), 'imbot.v2.Bot.list', 401, 'invalid_token');
    expectOAuthError(await tokenGet(renewal(installed.refreshToken)), 401, 'invalid_client');
    // Installed again: new tokens, and the old ones stay refused.
    const again = await portal().install();
    ok(await callWith(again.accessToken), 'imbot.v2.Bot.list');
    fails(await callWith(installed.accessToken), 'imbot.v2.Bot.list', 401, 'invalid_token');
    await expect(portal().install()).rejects.toThrow(TypeError);
  });

  it('takes any token on an open portal until an application is installed; then only its own', async () => {
    await startPortal();
    ok(await callWith('anything'), 'imbot.v2.Bot.list');
    await portal().install();
    fails(await callWith('anything'), 'imbot.v2.Bot.list', 401, 'invalid_token');
  });
});

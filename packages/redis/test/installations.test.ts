// Token renewal through the installation store, on a real redis-server and the mock portal's
// OAuth server (which refuses a spent refresh token, as Bitrix24's does): a renewal slower than
// its lock keeps the new pair, and a reinstall during a renewal is not overwritten.
import { type MockPortal, startMockPortal } from '@b24-imbot/server/mock';
import { startRedis, type StartedRedis } from '@b24-imbot/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Installations, redisInstallations } from '../src/index.js';

let server: StartedRedis;
let portal: MockPortal;
const opened: Installations[] = [];
beforeAll(async () => {
  server = await startRedis();
});
afterEach(async () => {
  for (const installations of opened.splice(0)) await installations.close();
  await portal?.close();
});
afterAll(async () => {
  await server?.stop();
});

/** The OAuth server's answers `ms` late: it has renewed (the old refresh token is spent) before the answer arrives. */
const slowBy = (ms: number): typeof fetch => async (input, init) => {
  const response = await fetch(input, init);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return response;
};

/** A process's installation store, with this test's prefix. */
const processOf = (prefix: string, options: { lockTtlMs?: number; fetch?: typeof fetch } = {}): Installations => {
  const installations = redisInstallations({
    redis: { url: server.url, prefix },
    clientId: portal.oauth.clientId,
    clientSecret: portal.oauth.clientSecret,
    tokenUrl: portal.oauth.tokenUrl,
    ...options,
  });
  opened.push(installations);
  return installations;
};

/** The portal installed, its ONAPPINSTALL auth kept by `installations`. */
const installedIn = async (installations: Installations) => {
  const installed = await portal.install();
  const kept = await installations.install({
    member_id: installed.memberId,
    domain: installed.domain,
    client_endpoint: installed.clientEndpoint,
    server_endpoint: installed.serverEndpoint,
    access_token: installed.accessToken,
    refresh_token: installed.refreshToken,
    expires_in: installed.expiresIn,
    application_token: installed.applicationToken,
    scope: installed.scope,
    status: installed.status,
  } as never);
  expect(kept).toBe(true);
  return installed;
};

describe('renewal under the portal lock', () => {
  it('a renewal slower than lockTtlMs keeps the lock and the new pair; a process arriving meanwhile uses it', async () => {
    portal = await startMockPortal();
    // Room for a busy machine: the lock is renewed every 500 ms, and lapses only after 1.5 s.
    const slow = processOf('slow-renewal:', { lockTtlMs: 1500, fetch: slowBy(4000) });
    const other = processOf('slow-renewal:', { lockTtlMs: 1500 });
    const installed = await installedIn(slow);
    portal.expireToken(installed.accessToken);

    const first = slow.renew(installed.memberId, installed.accessToken);
    // Past the lock's first 1.5 s: without its renewal the other process would take the lock
    // and spend the same refresh token.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const second = other.renew(installed.memberId, installed.accessToken);
    const [a, b] = await Promise.all([first, second]);

    expect(b.accessToken).toBe(a.accessToken);
    const stored = (await other.get(installed.memberId))!;
    expect(stored.refreshToken).toBe(a.refreshToken);
    // The stored refresh token is the one the OAuth server renews with now: the next renewal works.
    expect(portal.platform.oauth.refreshTokens.has(stored.refreshToken)).toBe(true);
    portal.expireToken(stored.accessToken);
    const next = await other.renew(installed.memberId, stored.accessToken);
    expect(next.accessToken).not.toBe(stored.accessToken);
  });

  it('a reinstall during a renewal is not overwritten by the renewal', async () => {
    portal = await startMockPortal();
    const renewing = processOf('reinstall-renewal:', { fetch: slowBy(3000) });
    const installed = await installedIn(renewing);
    portal.expireToken(installed.accessToken);
    const renewal = renewing.renew(installed.memberId, installed.accessToken);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Meanwhile the application is uninstalled and installed again (ONAPPUNINSTALL, ONAPPINSTALL).
    await portal.uninstall();
    expect(await renewing.uninstall(installed.memberId, installed.applicationToken)).toBe(true);
    const again = await installedIn(processOf('reinstall-renewal:'));
    const result = await renewal;
    const stored = (await renewing.get(installed.memberId))!;
    expect(stored.refreshToken).toBe(again.refreshToken);
    expect(result.refreshToken).toBe(again.refreshToken);
  });
});

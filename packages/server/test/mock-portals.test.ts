// More than one portal in one mock: each its own domain, member_id, state, tokens and
// application token, reached at its client_endpoint; the application installed on each
// (ONAPPINSTALL, api-reference/common/events/on-app-install.md), called with the tokens it
// brought, and removed (ONAPPUNINSTALL, on-app-uninstall.md). Deliveries are read against the
// contract through the model, and their fields against the pages' examples.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handleEventDelivery } from '../src/index.js';
import { type InstallResult, type MockPortal, type MockPortalSite, startMockPortal } from '../src/mock/index.js';
import { type AppReceiver, readAppDelivery, startAppReceiver } from './app-receiver.js';
import { type Answer, request } from './helpers.js';
import { fails, ok } from './mock-v2.js';

// The fields of the pages' examples (on-app-install.md, on-app-uninstall.md), plus the
// event_handler_id every delivery carries (the contract's examples have it).
const INSTALL_FIELDS = {
  top: ['auth', 'data', 'event', 'event_handler_id', 'ts'],
  data: ['ACTIVE', 'INSTALLED', 'LANGUAGE_ID', 'VERSION'],
  auth: ['access_token', 'application_token', 'client_endpoint', 'domain', 'expires_in', 'member_id', 'refresh_token', 'scope', 'server_endpoint', 'status'],
};
const UNINSTALL_FIELDS = {
  top: ['auth', 'data', 'event', 'event_handler_id', 'ts'],
  data: ['CLEAN', 'LANGUAGE_ID'],
  auth: ['application_token', 'client_endpoint', 'domain', 'member_id', 'server_endpoint'],
};

const DOMAINS = ['alpha.bitrix24.test', 'beta.bitrix24.test', 'gamma.bitrix24.test'];

let mock: MockPortal | undefined;
let receiver: AppReceiver | undefined;
const folders: string[] = [];
afterEach(async () => {
  await mock?.close();
  await receiver?.close();
  mock = undefined;
  receiver = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A call at a REST base (a client_endpoint, ending in `/`) with an OAuth token in `auth`. */
const callAt = (restUrl: string, method: string, token: string, params: Record<string, unknown> = {}): Promise<Answer> =>
  request(`${restUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...params, auth: token }),
  });

const register = async (site: MockPortalSite, token: string, code: string): Promise<number> =>
  ok(
    await callAt(site.restUrl, 'imbot.v2.Bot.register', token, { fields: { code, properties: { name: code } } }),
    'imbot.v2.Bot.register',
  ).bot.id;

const keys = (value: unknown): string[] => Object.keys(value as object).sort();

describe('three portals in one mock', () => {
  it('installs, calls and uninstalls on each: deliveries valid against the contract, states and tokens apart', async () => {
    receiver = await startAppReceiver();
    mock = await startMockPortal();
    const sites = DOMAINS.map((domain) => mock!.addPortal({ domain }));
    expect(mock.portals.map((site) => site.domain)).toEqual([new URL(mock.url).host, ...DOMAINS]);
    expect(new Set(mock.portals.map((site) => site.memberId)).size).toBe(4);
    expect(new Set(mock.portals.map((site) => site.applicationToken)).size).toBe(4);

    const installs: InstallResult[] = [];
    for (const site of sites) installs.push(await site.install({ handlerUrl: receiver.url }));
    expect(receiver.seen).toHaveLength(3);
    for (const [i, site] of sites.entries()) {
      const delivery = receiver.seen[i]!;
      expect(delivery.contentType).toBe('application/x-www-form-urlencoded');
      const read = readAppDelivery('ONAPPINSTALL', delivery.body);
      expect(read.contentType).toBe('application/x-www-form-urlencoded');
      expect(read.valid, JSON.stringify(read.errors)).toBe(true);
      expect(keys(read.payload)).toEqual(INSTALL_FIELDS.top);
      expect(keys(read.payload['data'])).toEqual(INSTALL_FIELDS.data);
      expect(keys(read.payload['auth'])).toEqual(INSTALL_FIELDS.auth);
      const auth = read.payload['auth']!;
      expect(auth).toMatchObject({
        domain: site.domain,
        member_id: site.memberId,
        client_endpoint: `${mock.url}/${site.domain}/rest/`,
        server_endpoint: mock.oauth.serverEndpoint,
        application_token: site.applicationToken,
        access_token: installs[i]!.accessToken,
        refresh_token: installs[i]!.refreshToken,
        expires_in: 3600,
      });
      expect(site.restUrl).toBe(auth['client_endpoint']);
      expect(installs[i]!.delivery).toMatchObject({ event: 'ONAPPINSTALL', state: 'sent', status: 200 });
      // A receiver that saved the application token accepts it.
      const handled = handleEventDelivery(delivery.body, delivery.contentType, {
        applicationToken: site.applicationToken,
        handlers: {},
        replay: false,
        onUnknownEvent: () => {},
      });
      expect(handled.status, handled.body).toBe(200);
    }

    // Each portal's own state: a bot registered on one is not on another.
    const alpha = await register(sites[0]!, installs[0]!.accessToken, 'alpha_bot');
    await register(sites[1]!, installs[1]!.accessToken, 'beta_bot');
    const listed = async (index: number) => ok(await callAt(sites[index]!.restUrl, 'imbot.v2.Bot.list', installs[index]!.accessToken), 'imbot.v2.Bot.list');
    expect((await listed(0)).bots.map((bot: { code: string }) => bot.code)).toEqual(['alpha_bot']);
    expect((await listed(1)).bots.map((bot: { code: string }) => bot.code)).toEqual(['beta_bot']);
    expect((await listed(2)).bots).toEqual([]);
    expect(sites[0]!.platform.bots.has(alpha)).toBe(true);
    expect(mock.platform.bots.size).toBe(0);
    // One portal's token is not another's.
    fails(await callAt(sites[1]!.restUrl, 'imbot.v2.Bot.list', installs[0]!.accessToken), 'imbot.v2.Bot.list', 401, 'invalid_token');

    // Renewal on the one OAuth server renews the portal the refresh token belongs to.
    const renewed = await request(
      `${mock.oauth.tokenUrl}?${new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: mock.oauth.clientId,
        client_secret: mock.oauth.clientSecret,
        refresh_token: installs[2]!.refreshToken,
      })}`,
    );
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body).toMatchObject({ member_id: sites[2]!.memberId, client_endpoint: sites[2]!.restUrl });
    ok(await callAt(sites[2]!.restUrl, 'imbot.v2.Bot.list', renewed.body.access_token), 'imbot.v2.Bot.list');

    for (const [i, site] of sites.entries()) {
      const delivery = await site.uninstall({ clean: i === 0 });
      expect(delivery).toMatchObject({ event: 'ONAPPUNINSTALL', state: 'sent', status: 200 });
      const read = readAppDelivery('ONAPPUNINSTALL', receiver.seen[3 + i]!.body);
      expect(read.valid, JSON.stringify(read.errors)).toBe(true);
      expect(keys(read.payload)).toEqual(UNINSTALL_FIELDS.top);
      expect(keys(read.payload['data'])).toEqual(UNINSTALL_FIELDS.data);
      expect(keys(read.payload['auth'])).toEqual(UNINSTALL_FIELDS.auth);
      expect(read.payload['data']).toMatchObject({ CLEAN: i === 0 ? 1 : 0, LANGUAGE_ID: 'en' });
      expect(read.payload['auth']).toMatchObject({ member_id: site.memberId, application_token: site.applicationToken });
      fails(await callAt(site.restUrl, 'imbot.v2.Bot.list', installs[i]!.accessToken), 'imbot.v2.Bot.list', 401, 'invalid_token');
    }
    fails(await callAt(sites[2]!.restUrl, 'imbot.v2.Bot.list', renewed.body.access_token), 'imbot.v2.Bot.list', 401, 'invalid_token');
  });

  it('keeps the default portal at /rest/ as before; an unknown domain is 404 ERROR_METHOD_NOT_FOUND; a bad or taken domain is a TypeError', async () => {
    mock = await startMockPortal({ portals: [{ domain: 'Alpha.Bitrix24.test', webhook: '1:alpha-hook' }] });
    ok(await callAt(`${mock.url}/rest/`, 'imbot.v2.Bot.list', 'any'), 'imbot.v2.Bot.list');
    const alpha = mock.portal('alpha.bitrix24.test')!;
    expect(mock.portal(alpha.memberId)).toBe(alpha);
    // Its own credentials: its webhook, not the default portal's openness.
    ok(await request(`${mock.url}/alpha.bitrix24.test/rest/1/alpha-hook/imbot.v2.Bot.list.json?botToken=any`), 'imbot.v2.Bot.list');
    fails(await request(`${alpha.restUrl}1/wrong/imbot.v2.Bot.list?botToken=any`), 'imbot.v2.Bot.list', 401, 'INVALID_CREDENTIALS');
    const unknown = await request(`${mock.url}/nowhere.bitrix24.test/rest/imbot.v2.Bot.list`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('ERROR_METHOD_NOT_FOUND');
    expect(() => mock!.addPortal({ domain: 'alpha.bitrix24.test' })).toThrow(TypeError);
    expect(() => mock!.addPortal({ domain: 'rest' })).toThrow(TypeError);
    expect(() => mock!.addPortal({ domain: '../x.y' })).toThrow(TypeError);
  });

  it('keeps every portal, its installation and its tokens across a restart with a state file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'b24-portals-'));
    folders.push(folder);
    const state = join(folder, 'mock.json');
    mock = await startMockPortal({ state });
    const port = Number(new URL(mock.url).port);
    const beta = mock.addPortal({ domain: 'beta.bitrix24.test' });
    const installed = await beta.install();
    const botId = await register(beta, installed.accessToken, 'kept_bot');
    const { clientId, clientSecret } = mock.oauth;
    const memberId = beta.memberId;
    const applicationToken = beta.applicationToken;
    await mock.close();

    mock = await startMockPortal({ state, port });
    const again = mock.portal('beta.bitrix24.test')!;
    expect(again).toBeDefined();
    expect([mock.oauth.clientId, mock.oauth.clientSecret]).toEqual([clientId, clientSecret]);
    expect([again.memberId, again.applicationToken]).toEqual([memberId, applicationToken]);
    expect(again.installation).toMatchObject({ userId: 1 });
    expect(again.platform.bots.has(botId)).toBe(true);
    ok(await callAt(again.restUrl, 'imbot.v2.Bot.list', installed.accessToken), 'imbot.v2.Bot.list');
    const renewed = await request(
      `${mock.oauth.tokenUrl}?${new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: installed.refreshToken })}`,
    );
    expect(renewed.status, renewed.text).toBe(200);
  });
});

// The application installed on a portal and removed from it: ONAPPINSTALL brings the handler the
// first tokens and the application token (api-reference/common/events/on-app-install.md),
// ONAPPUNINSTALL names the portal once every token is revoked (on-app-uninstall.md). Both are
// POSTed as the platform POSTs events: PHP's http_build_query (core's httpBuildQuery), the
// fields the pages show and no others.
import { httpBuildQuery } from '@b24-imbot/core';
import { sendDelivery } from './events.js';
import { type OAuthApp, issueTokens, revokeTokens } from './oauth.js';
import { type DeliveryRecord, type Installation, type PortalState, portalIdentity } from './state.js';

export interface InstallOptions {
  /**
   * The application's installation handler (its "event installation handler URL"): ONAPPINSTALL
   * is POSTed there, and ONAPPUNINSTALL when it is removed. Without it the application is
   * installed silently (take the tokens from the result).
   */
  readonly handlerUrl?: string;
  /** The user who installs it: the tokens act for them (default 1, the portal's admin). */
  readonly userId?: number;
  /** The scopes granted, comma-separated (default `imbot,im`). */
  readonly scope?: string;
  /** The application's status: L local (default), F free, D demo, T trial, P paid. */
  readonly status?: Installation['status'];
  /** `data[LANGUAGE_ID]` (default `en`). */
  readonly languageId?: string;
  /** `data[VERSION]` (default `1`). */
  readonly version?: string;
}

/** What installing gives the application: what an installation store keeps per portal. */
export interface InstallResult {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds the access token lives. */
  readonly expiresIn: number;
  readonly applicationToken: string;
  readonly memberId: string;
  readonly domain: string;
  /** The portal's REST base (`.../rest/`): create the client with `restUrl` set to it. */
  readonly clientEndpoint: string;
  /** The OAuth server's REST address; its token endpoint is `MockPortal.oauth.tokenUrl`. */
  readonly serverEndpoint: string;
  readonly scope: string;
  readonly status: Installation['status'];
  readonly userId: number;
  /** The ONAPPINSTALL delivery, settled (absent without `handlerUrl`). */
  readonly delivery?: DeliveryRecord;
}

export interface UninstallOptions {
  /** `data[CLEAN]`: the user chose to clear the application's data (default false). */
  readonly clean?: boolean;
  /** `data[LANGUAGE_ID]` (default: the installation's). */
  readonly languageId?: string;
}

const STATUSES = ['L', 'F', 'D', 'T', 'P'] as const;
/** Each delivery carries the id of the subscription it came by (the contract's examples have one). */
const HANDLER_IDS = { ONAPPINSTALL: 1, ONAPPUNINSTALL: 2 } as const;

const httpUrl = (url: string): string => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`handlerUrl is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError('handlerUrl must be an http(s) URL');
  return url;
};

/**
 * Installs the application on the portal: issues its first tokens and, with a handler URL,
 * POSTs ONAPPINSTALL there and waits for the answer (a failed delivery is recorded, not thrown:
 * the platform installs either way). Throws a TypeError when it is installed already or an
 * option is wrong.
 */
export const installApp = async (
  state: PortalState,
  app: OAuthApp,
  options: InstallOptions,
  onDelivery?: (record: DeliveryRecord) => void,
): Promise<InstallResult> => {
  if (state.oauth.installation) throw new TypeError('The application is installed on this portal already: uninstall it first');
  const userId = options.userId ?? 1;
  if (!Number.isSafeInteger(userId) || userId < 1) throw new TypeError(`userId must be a positive integer, got ${String(userId)}`);
  const status = options.status ?? 'L';
  if (!STATUSES.includes(status)) throw new TypeError(`status must be one of ${STATUSES.join(', ')}`);
  const handlerUrl = options.handlerUrl === undefined ? undefined : httpUrl(options.handlerUrl);
  const installation: Installation = {
    handlerUrl,
    scope: options.scope ?? 'imbot,im',
    status,
    languageId: options.languageId ?? 'en',
    version: options.version ?? '1',
    userId,
  };
  state.oauth.installation = installation;
  const pair = issueTokens(state, app, userId);
  const identity = portalIdentity(state);
  const result: InstallResult = {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    expiresIn: app.expiresIn,
    applicationToken: state.applicationToken,
    memberId: identity.member_id,
    domain: identity.domain,
    clientEndpoint: identity.client_endpoint,
    serverEndpoint: identity.server_endpoint,
    scope: installation.scope,
    status,
    userId,
  };
  if (handlerUrl === undefined) return result;
  const delivery: DeliveryRecord = { event: 'ONAPPINSTALL', url: handlerUrl, state: 'pending' };
  const body = (): string =>
    httpBuildQuery({
      event: 'ONAPPINSTALL',
      event_handler_id: HANDLER_IDS.ONAPPINSTALL,
      data: { VERSION: installation.version, ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: installation.languageId },
      ts: Math.floor(Date.now() / 1000),
      // The page's auth, in the page's order.
      auth: {
        domain: identity.domain,
        scope: installation.scope,
        access_token: pair.accessToken,
        refresh_token: pair.refreshToken,
        expires_in: app.expiresIn,
        server_endpoint: identity.server_endpoint,
        status,
        client_endpoint: identity.client_endpoint,
        member_id: identity.member_id,
        application_token: state.applicationToken,
      },
    });
  await sendDelivery(state, delivery, body, 'app', onDelivery);
  return { ...result, delivery };
};

/**
 * Removes the application from the portal: every token it was issued is revoked first (refused
 * from now on: calls 401 invalid_token, renewals invalid_client), then ONAPPUNINSTALL goes to
 * the installation's handler. The portal's bots, chats and messages stay (the pages say nothing
 * of them). Resolves to the delivery, settled (undefined without a handler URL). Throws a
 * TypeError when the application is not installed.
 */
export const uninstallApp = async (
  state: PortalState,
  options: UninstallOptions,
  onDelivery?: (record: DeliveryRecord) => void,
): Promise<DeliveryRecord | undefined> => {
  const installation = state.oauth.installation;
  if (!installation) throw new TypeError('The application is not installed on this portal');
  state.oauth.installation = undefined;
  revokeTokens(state);
  if (installation.handlerUrl === undefined) return undefined;
  const identity = portalIdentity(state);
  const delivery: DeliveryRecord = { event: 'ONAPPUNINSTALL', url: installation.handlerUrl, state: 'pending' };
  const body = (): string =>
    httpBuildQuery({
      event: 'ONAPPUNINSTALL',
      event_handler_id: HANDLER_IDS.ONAPPUNINSTALL,
      data: { LANGUAGE_ID: options.languageId ?? installation.languageId, CLEAN: options.clean ? 1 : 0 },
      ts: Math.floor(Date.now() / 1000),
      auth: {
        domain: identity.domain,
        server_endpoint: identity.server_endpoint,
        client_endpoint: identity.client_endpoint,
        member_id: identity.member_id,
        application_token: state.applicationToken,
      },
    });
  await sendDelivery(state, delivery, body, 'app', onDelivery);
  return delivery;
};

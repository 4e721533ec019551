// The mock's OAuth server, standing in for oauth.bitrix.info: `/oauth/token/` renews an
// application's tokens on any portal of the mock (settings/oauth/auto-renewal.md), and tells the
// policy what became of a token it issued. Each renewal issues a new access token and a new
// refresh token; the refresh token given is spent at once (the page: keep the new one "instead
// of the previous one"; we read that as single use, the stricter reading, so of concurrent
// renewals with one refresh token exactly one succeeds and the others get invalid_grant).
// Access tokens already issued keep working until they expire (the page is silent; in-flight
// calls of other processes are not broken by a renewal). Uninstalling revokes every token.
import { randomBytes, randomInt } from 'node:crypto';
import { Bitrix24Error } from '@b24-imbot/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { safeEqual } from '../auth.js';
import { JSON_CONTENT_TYPE, errorEnvelope } from '../runtime/envelope.js';
import { type Installation, type IssuedToken, type PortalState, portalIdentity } from './state.js';

/** The OAuth application of the mock (one per mock, installed on any of its portals). */
export interface MockOAuthOptions {
  /** The application's client_id. Default: the state file's, else a random `local.<hex>.<digits>`. */
  readonly clientId?: string;
  /** The application's client_secret. Default: the state file's, else a random one. */
  readonly clientSecret?: string;
  /** Lifetime of an access token in seconds, on the mock's clock (default 3600, the platform's hour). */
  readonly expiresIn?: number;
}

export interface OAuthApp {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly expiresIn: number;
}

/** A refresh token lives 180 days (auto-renewal.md). */
export const REFRESH_TOKEN_MS = 180 * 24 * 3600 * 1000;
/** Most access tokens kept per portal (expired ones answer expired_token until dropped); the oldest go first. */
const MAX_ACCESS_TOKENS = 10_000;
/** Most revoked tokens remembered per portal (they answer invalid_token; forgotten ones are simply unknown). */
const MAX_REVOKED = 10_000;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A token of the pages' shape: 32 lower-case letters and digits. */
const tokenText = (length = 32): string => {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += ALPHABET[byte % ALPHABET.length];
  return text;
};

export const createOAuthApp = (options: MockOAuthOptions = {}, kept?: { clientId: string; clientSecret: string }): OAuthApp => {
  const clientId = options.clientId ?? kept?.clientId ?? `local.${randomBytes(7).toString('hex')}.${String(randomInt(1e7, 1e8))}`;
  const clientSecret = options.clientSecret ?? kept?.clientSecret ?? tokenText(50);
  const expiresIn = options.expiresIn ?? 3600;
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('oauth.clientId must be a non-empty string');
  if (typeof clientSecret !== 'string' || clientSecret === '') throw new TypeError('oauth.clientSecret must be a non-empty string');
  if (!Number.isSafeInteger(expiresIn) || expiresIn < 1) throw new TypeError(`oauth.expiresIn must be a positive integer, got ${String(expiresIn)}`);
  return { clientId, clientSecret, expiresIn };
};

/** A pair of tokens just issued. */
export interface IssuedPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** When the access token expires, in seconds since the epoch. */
  readonly expires: number;
  readonly userId: number;
}

/** Issues a new pair for the installation's user; that user's earlier refresh token stops working. */
export const issueTokens = (state: PortalState, app: OAuthApp, userId: number): IssuedPair => {
  const { oauth } = state;
  const now = Date.now();
  for (const [token, issued] of oauth.refreshTokens) if (issued.userId === userId) oauth.refreshTokens.delete(token);
  const accessToken = tokenText();
  const refreshToken = tokenText();
  const expiresAt = now + app.expiresIn * 1000;
  oauth.accessTokens.set(accessToken, { userId, expiresAt });
  oauth.refreshTokens.set(refreshToken, { userId, expiresAt: now + REFRESH_TOKEN_MS });
  for (const token of oauth.accessTokens.keys()) {
    if (oauth.accessTokens.size <= MAX_ACCESS_TOKENS) break;
    oauth.accessTokens.delete(token);
  }
  state.changed();
  return { accessToken, refreshToken, expires: Math.floor(expiresAt / 1000), userId };
};

/** What the portal's OAuth server says of a token: see `IssuedTokens` in policy.ts. */
export const tokenVerdict = (state: PortalState, token: string): 'valid' | 'expired' | 'revoked' | undefined => {
  const issued = state.oauth.accessTokens.get(token);
  if (issued) return Date.now() < issued.expiresAt ? 'valid' : 'expired';
  return state.oauth.revoked.has(token) ? 'revoked' : undefined;
};

/** Whether an application was ever installed on the portal (then an open portal takes only its tokens). */
export const everInstalled = (state: PortalState): boolean =>
  state.oauth.installation !== undefined || state.oauth.accessTokens.size > 0 || state.oauth.revoked.size > 0;

/** Revokes every token of the portal (the application was removed): refused from now on. */
export const revokeTokens = (state: PortalState): void => {
  const { oauth } = state;
  for (const token of [...oauth.accessTokens.keys(), ...oauth.refreshTokens.keys()]) oauth.revoked.add(token);
  oauth.accessTokens.clear();
  oauth.refreshTokens.clear();
  for (const token of oauth.revoked) {
    if (oauth.revoked.size <= MAX_REVOKED) break;
    oauth.revoked.delete(token);
  }
  state.changed();
};

/**
 * The token answer (auto-renewal.md): the field names and types of the page's example. `domain`
 * is the OAuth server's (the mock's host), `client_endpoint` the portal's REST base.
 */
export interface TokenAnswer {
  readonly access_token: string;
  readonly client_endpoint: string;
  readonly domain: string;
  readonly expires: number;
  readonly expires_in: number;
  readonly member_id: string;
  readonly refresh_token: string;
  readonly scope: string;
  readonly server_endpoint: string;
  readonly status: Installation['status'];
  readonly user_id: number;
}

export const tokenAnswer = (state: PortalState, app: OAuthApp, pair: IssuedPair, installation: Installation, serverDomain: string): TokenAnswer => {
  const identity = portalIdentity(state);
  return {
    access_token: pair.accessToken,
    client_endpoint: identity.client_endpoint,
    domain: serverDomain,
    expires: pair.expires,
    expires_in: app.expiresIn,
    member_id: identity.member_id,
    refresh_token: pair.refreshToken,
    scope: installation.scope,
    server_endpoint: identity.server_endpoint,
    status: installation.status,
    user_id: pair.userId,
  };
};

/** An answer of the token endpoint: the token answer, or an error of error-codes.md with its status. */
type Outcome = { readonly status: 200; readonly body: TokenAnswer } | { readonly status: 400 | 401; readonly error: string; readonly description: string };

const refuse = (status: 400 | 401, error: string, description: string): Outcome => ({ status, error, description });

/**
 * `/oauth/token/` for these parameters. Errors (error-codes.md): invalid_request (400) for a
 * missing or unknown grant_type or a missing refresh_token; invalid_client (401) for a wrong
 * client_id or client_secret, or a refresh token of an application removed from its portal
 * (the page: "the application may not be installed"); invalid_grant (400) for a refresh token
 * that is unknown, spent by an earlier renewal or expired, and for any authorization code (the
 * mock issues none: tokens come with ONAPPINSTALL).
 */
export const renew = (
  params: Readonly<Record<string, string | undefined>>,
  app: OAuthApp,
  portals: Iterable<PortalState>,
  serverDomain: string,
): Outcome => {
  const grantType = params['grant_type'];
  if (grantType !== 'refresh_token' && grantType !== 'authorization_code') {
    return refuse(400, 'invalid_request', grantType ? `Unsupported grant_type ${grantType}` : 'grant_type is required');
  }
  const clientId = params['client_id'] ?? '';
  const clientSecret = params['client_secret'] ?? '';
  // Both compared, each in constant time.
  const clientOk = safeEqual(clientId, app.clientId);
  if (!(safeEqual(clientSecret, app.clientSecret) && clientOk)) return refuse(401, 'invalid_client', 'Invalid client_id or client_secret');
  if (grantType === 'authorization_code') {
    return params['code'] ? refuse(400, 'invalid_grant', 'The authorization code is invalid or expired') : refuse(400, 'invalid_request', 'code is required');
  }
  const refreshToken = params['refresh_token'];
  if (!refreshToken) return refuse(400, 'invalid_request', 'refresh_token is required');
  for (const state of portals) {
    const issued: IssuedToken | undefined = state.oauth.refreshTokens.get(refreshToken);
    if (issued === undefined) {
      if (state.oauth.revoked.has(refreshToken)) return refuse(401, 'invalid_client', 'The application is not installed on this portal');
      continue;
    }
    // Spent now, whatever follows: one renewal per refresh token.
    state.oauth.refreshTokens.delete(refreshToken);
    const installation = state.oauth.installation;
    if (!installation) return refuse(401, 'invalid_client', 'The application is not installed on this portal');
    if (Date.now() >= issued.expiresAt) return refuse(400, 'invalid_grant', 'The refresh token has expired');
    const pair = issueTokens(state, app, issued.userId);
    return { status: 200, body: tokenAnswer(state, app, pair, installation, serverDomain) };
  }
  return refuse(400, 'invalid_grant', 'The refresh token is invalid');
};

/** The parameters of a token request: the query string, and a form (or JSON) body over it. */
const paramsOf = (request: FastifyRequest): Record<string, string | undefined> => {
  const params: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  const at = request.url.indexOf('?');
  const read = (entries: Iterable<[string, unknown]>): void => {
    for (const [key, value] of entries) if (typeof value === 'string') params[key] = value;
  };
  if (at !== -1) read(new URLSearchParams(request.url.slice(at + 1)));
  const body = request.body;
  if (Buffer.isBuffer(body) && body.length > 0) {
    const text = body.toString('utf8');
    if ((request.headers['content-type'] ?? '').includes('json')) {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('not an object');
      read(Object.entries(parsed));
    } else read(new URLSearchParams(text));
  }
  return params;
};

/** The token endpoint's body limit: a token request is a few hundred bytes. */
const TOKEN_BODY_BYTES = 64 * 1024;

/**
 * Serves `/oauth/token/` (with or without the trailing slash), GET with the query the page shows
 * or POST with the same parameters as a form. Every answer is JSON; every error 4xx.
 */
export const serveOAuth = (
  server: FastifyInstance,
  options: { readonly app: () => OAuthApp; readonly portals: () => Iterable<PortalState>; readonly serverDomain: () => string },
): void => {
  const handler = async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
    let params: Record<string, string | undefined>;
    try {
      params = paramsOf(request);
    } catch {
      return reply.code(400).header('content-type', JSON_CONTENT_TYPE).send(errorEnvelope('invalid_request', 'The request body cannot be read'));
    }
    const outcome = renew(params, options.app(), options.portals(), options.serverDomain());
    reply.header('content-type', JSON_CONTENT_TYPE).header('cache-control', 'no-store');
    if (outcome.status === 200) return reply.code(200).send(JSON.stringify(outcome.body));
    return reply.code(outcome.status).send(errorEnvelope(outcome.error, outcome.description));
  };
  for (const url of ['/oauth/token', '/oauth/token/']) {
    server.route({ method: ['GET', 'POST'], url, bodyLimit: TOKEN_BODY_BYTES, handler });
  }
};

export interface RenewOAuthTokenOptions {
  /** The token endpoint: `https://oauth.bitrix.info/oauth/token/` by default; the mock's is `MockPortal.oauth.tokenUrl`. */
  readonly url?: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
}

/**
 * Renews an application's tokens as auto-renewal.md shows (a GET with the parameters in the
 * query): resolves to the token answer, whose `refresh_token` replaces the one given (that one
 * is spent). An error answer rejects with a Bitrix24Error of its code (`invalid_grant`, ...).
 * Works against the mock and against Bitrix24's OAuth server alike.
 */
export const renewOAuthToken = async (options: RenewOAuthTokenOptions): Promise<TokenAnswer> => {
  const url = new URL(options.url ?? 'https://oauth.bitrix.info/oauth/token/');
  url.search = new URLSearchParams({
    grant_type: 'refresh_token',
    client_id: options.clientId,
    client_secret: options.clientSecret,
    refresh_token: options.refreshToken,
  }).toString();
  const response = await (options.fetch ?? fetch)(url, { ...(options.signal ? { signal: options.signal } : {}) });
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  if (response.ok && typeof body?.['access_token'] === 'string' && typeof body['refresh_token'] === 'string') {
    return body as unknown as TokenAnswer;
  }
  const code = typeof body?.['error'] === 'string' ? body['error'] : 'INVALID_RESPONSE';
  const description = typeof body?.['error_description'] === 'string' ? body['error_description'] : `HTTP ${response.status}`;
  throw new Bitrix24Error(code, response.status, description, `${code}: ${description}`);
};

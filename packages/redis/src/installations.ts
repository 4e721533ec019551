// Many portals: an OAuth application keeps one installation per portal (member_id), filled by
// ONAPPINSTALL and emptied by ONAPPUNINSTALL; a client per portal is made from it. Access tokens
// live an hour and each renewal returns a new refresh token in place of the old one, so a
// portal's renewal runs under a lock: one process renews, the others wait and use its result,
// and the new pair replaces the old in one write, made only while the lock is still held.
import { randomUUID } from 'node:crypto';
import { Bitrix24Error, createImbotClient, type ImbotClient, isBitrix24Error, type OAuthClientOptions } from '@b24-imbot/client';
import { type components, type RateLimitOptions, type rateLimitPresets, sleep } from '@b24-imbot/core';
import { type EventHandlers, handleEventDelivery, type ReplayGuard, type ReplayGuardOptions, createReplayGuard } from '@b24-imbot/server/receiver';
import { type RedisConnection, type RedisOptions, redisConnection } from './connection.js';
import { redisRateLimiter } from './rate-limit.js';
import { FENCED_SET, LEASE, RELEASE } from './scripts.js';

/** What is kept per portal. */
export interface Installation {
  /** The portal's id (`member_id`). */
  readonly memberId: string;
  /** Its host name. */
  readonly domain: string;
  /** Where its REST methods are called, `https://<domain>/rest/`. */
  readonly clientEndpoint: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  /** When the access token runs out, ms since the epoch. */
  readonly expiresAt: number;
  /** What the portal's events carry (`auth[application_token]`): how they are verified. */
  readonly applicationToken: string;
  readonly scope?: string;
  /** When it was installed, ms since the epoch. */
  readonly installedAt: number;
}

type Limits = true | keyof typeof rateLimitPresets | RateLimitOptions;

export interface InstallationsOptions {
  /** Redis: a URL, options, or a connection shared with `redisStore`. */
  readonly redis?: string | RedisOptions | RedisConnection;
  /** The application's client_id and client_secret (partner area or local application form). */
  readonly clientId: string;
  readonly clientSecret: string;
  /** The OAuth server's token endpoint. Default `https://oauth.bitrix.info/oauth/token/`. */
  readonly tokenUrl?: string;
  /** Each portal's budget, shared by every process (a preset name or numbers; false: none). Default `'standard'` (50, then 2/s). */
  readonly portalRateLimit?: Limits | false;
  /** The application's budget across all portals and processes (e.g. `'imbot.v2'`). Default: none. */
  readonly applicationRateLimit?: Limits | false;
  /** A portal's renewal lock lasts this long without renewal, in ms (renewed while its request is out). Default 30,000. */
  readonly lockTtlMs?: number;
  /** Longest a call waits for another process's renewal, in ms. Default 60,000. */
  readonly waitMs?: number;
  /** Replay detection for `receive` (per process). Default: a guard with its defaults. */
  readonly replay?: ReplayGuardOptions | false;
  /** The fetch to use for the OAuth server. Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
}

/** What `receive` answers the portal. */
export interface InstallationAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface Installations {
  /** The portal's installation, or undefined. */
  get(memberId: string): Promise<Installation | undefined>;
  /** Every installed portal's member_id. */
  list(): Promise<string[]>;
  /** Keeps an installation from ONAPPINSTALL's `auth`; refused (false) when the portal is installed with another application token. */
  install(auth: InstallAuth): Promise<boolean>;
  /** Forgets the portal when the application token matches its own; false otherwise. */
  uninstall(memberId: string, applicationToken: string): Promise<boolean>;
  /**
   * Reads one delivery of ONAPPINSTALL or ONAPPUNINSTALL (raw body and Content-Type, as a
   * receiver gets them), verifies it (ONAPPUNINSTALL against the stored application token), keeps
   * or forgets the installation, and resolves with what to answer the portal.
   */
  receive(body: Uint8Array | string | undefined, contentType: string | undefined): Promise<InstallationAnswer>;
  /**
   * A client for the portal: its REST endpoint and access token, renewed under the portal's lock
   * when the portal answers expired_token, within the shared rate-limit budgets.
   */
  client(memberId: string, options?: Omit<OAuthClientOptions, 'accessToken' | 'refreshToken' | 'portal' | 'restUrl' | 'rateLimit'>): Promise<ImbotClient>;
  /**
   * Renews the portal's tokens, once for everyone: `staleAccessToken` is the token that was
   * refused; when the stored one is already another, it is returned as it is. Callers that find
   * a renewal under way wait for it and get its result.
   */
  renew(memberId: string, staleAccessToken?: string): Promise<Installation>;
  /** Closes the Redis connection if it was opened here. */
  close(): Promise<void>;
}

/** ONAPPINSTALL's `auth`, as the contract has it. */
export type InstallAuth = components['schemas']['AppInstallAuth'];
type UninstallAuth = components['schemas']['AppUninstallAuth'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The event name, member_id and application token of a delivery, read without verifying anything. */
const peek = (body: Uint8Array | string | undefined, contentType: string | undefined) => {
  const text = body === undefined ? '' : typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    if (contentType?.toLowerCase().includes('json')) {
      const parsed: unknown = JSON.parse(text);
      const auth = isRecord(parsed) && isRecord(parsed['auth']) ? parsed['auth'] : {};
      return { event: isRecord(parsed) ? parsed['event'] : undefined, memberId: auth['member_id'], token: auth['application_token'] };
    }
    const form = new URLSearchParams(text);
    return { event: form.get('event'), memberId: form.get('auth[member_id]'), token: form.get('auth[application_token]') };
  } catch {
    return { event: undefined, memberId: undefined, token: undefined };
  }
};

/** A token that matches nothing: deliveries with nothing to verify them against are refused by the receiver's own checks. */
const NO_TOKEN = `no-installation-${randomUUID()}`;

const timingSafeEqual = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
};

/**
 * The installations of an OAuth application in Redis, shared by all its processes.
 *
 * ```ts
 * const installations = redisInstallations({ redis: process.env.REDIS_URL, clientId, clientSecret });
 * // the application's handler URL: answer = await installations.receive(rawBody, contentType)
 * const client = await installations.client(memberId);
 * ```
 */
export const redisInstallations = (options: InstallationsOptions): Installations => {
  if (typeof options.clientId !== 'string' || options.clientId === '' || typeof options.clientSecret !== 'string' || options.clientSecret === '') {
    throw new TypeError('redisInstallations needs clientId and clientSecret');
  }
  const connection = redisConnection(options.redis);
  const tokenUrl = options.tokenUrl ?? 'https://oauth.bitrix.info/oauth/token/';
  const lockTtlMs = options.lockTtlMs ?? 30_000;
  const waitMs = options.waitMs ?? 60_000;
  const fetchImpl = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const recordKey = (memberId: string) => `${connection.prefix}install:${memberId}`;
  const lockKey = (memberId: string) => `${connection.prefix}install:${memberId}:lock`;
  const membersKey = `${connection.prefix}installs`;
  const replay: ReplayGuard | false = options.replay === false ? false : createReplayGuard(options.replay);

  const get = async (memberId: string): Promise<Installation | undefined> => {
    const text = await connection.send(['GET', recordKey(memberId)]);
    return typeof text === 'string' ? (JSON.parse(text) as Installation) : undefined;
  };

  const install: Installations['install'] = async (auth) => {
    const existing = await get(auth.member_id);
    if (existing !== undefined && !timingSafeEqual(existing.applicationToken, auth.application_token)) return false;
    const record: Installation = {
      memberId: auth.member_id,
      domain: auth.domain,
      clientEndpoint: auth.client_endpoint,
      accessToken: auth.access_token,
      refreshToken: auth.refresh_token,
      expiresAt: Date.now() + auth.expires_in * 1000,
      applicationToken: auth.application_token,
      ...(typeof auth.scope === 'string' ? { scope: auth.scope } : {}),
      installedAt: existing?.installedAt ?? Date.now(),
    };
    await connection.send(['SET', recordKey(record.memberId), JSON.stringify(record)]);
    await connection.send(['SADD', membersKey, record.memberId]);
    return true;
  };

  const uninstall: Installations['uninstall'] = async (memberId, applicationToken) => {
    const existing = await get(memberId);
    if (existing === undefined || !timingSafeEqual(existing.applicationToken, applicationToken)) return false;
    await connection.send(['DEL', recordKey(memberId)]);
    await connection.send(['SREM', membersKey, memberId]);
    return true;
  };

  /** The OAuth server's new pair for a refresh token. */
  const requestTokens = async (refreshToken: string) => {
    const query = new URLSearchParams({ grant_type: 'refresh_token', client_id: options.clientId, client_secret: options.clientSecret, refresh_token: refreshToken });
    const response = await fetchImpl(`${tokenUrl}${tokenUrl.includes('?') ? '&' : '?'}${query}`, { signal: AbortSignal.timeout(30_000) });
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      payload = undefined;
    }
    if (isRecord(payload) && typeof payload['error'] === 'string') {
      throw new Bitrix24Error('oauth/token', payload['error'], response.status, typeof payload['error_description'] === 'string' ? payload['error_description'] : '');
    }
    if (!response.ok || !isRecord(payload) || typeof payload['access_token'] !== 'string' || typeof payload['refresh_token'] !== 'string') {
      throw new Bitrix24Error('oauth/token', 'INVALID_RESPONSE', response.status, `HTTP ${response.status} without a token pair`);
    }
    return payload as { access_token: string; refresh_token: string; expires_in?: number; client_endpoint?: string };
  };

  const renew: Installations['renew'] = async (memberId, staleAccessToken) => {
    const deadline = Date.now() + waitMs;
    let waited = false;
    for (;;) {
      // Someone renewed since this caller's token was refused, or while it waited: use theirs.
      // The lock is looked at first, then the record: a renewal writes the record before it
      // lets the lock go, so a record read after the lock was seen free is at least that new.
      if (staleAccessToken !== undefined || waited) {
        if (Number(await connection.send(['EXISTS', lockKey(memberId)])) === 0) {
          const current = await get(memberId);
          if (current === undefined) throw new Bitrix24Error('oauth/token', 'NOT_INSTALLED', 404, `No installation for portal ${memberId}`);
          if ((staleAccessToken !== undefined && current.accessToken !== staleAccessToken) || waited) return current;
        }
      }
      const owner = randomUUID();
      if ((await connection.send(['SET', lockKey(memberId), owner, 'NX', 'PX', String(lockTtlMs)])) !== null) {
        try {
          // Read again under the lock: a renewal may have ended between the read and the lock.
          const locked = await get(memberId);
          if (locked === undefined) throw new Bitrix24Error('oauth/token', 'NOT_INSTALLED', 404, `No installation for portal ${memberId}`);
          if ((staleAccessToken !== undefined && locked.accessToken !== staleAccessToken) || waited) return locked;
          // The lock is kept while the request is out (a slow OAuth server must not let another
          // process spend the same refresh token); if this process stalls past it anyway, the
          // write below is fenced on the refresh token, not on the lock.
          const keep = setInterval(() => void connection.script(LEASE, [lockKey(memberId)], [owner, lockTtlMs]).catch(() => {}), lockTtlMs / 3);
          let tokens: Awaited<ReturnType<typeof requestTokens>>;
          try {
            tokens = await requestTokens(locked.refreshToken);
          } catch (error) {
            // Refused because another process renewed with this refresh token meanwhile: use theirs.
            if (isBitrix24Error(error) && (error.code as string) === 'invalid_grant') {
              const current = await get(memberId);
              if (current !== undefined && current.refreshToken !== locked.refreshToken) return current;
            }
            throw error;
          } finally {
            clearInterval(keep);
          }
          const next: Installation = {
            ...locked,
            accessToken: tokens.access_token,
            refreshToken: tokens.refresh_token,
            expiresAt: Date.now() + (typeof tokens.expires_in === 'number' ? tokens.expires_in : 3600) * 1000,
            ...(typeof tokens.client_endpoint === 'string' ? { clientEndpoint: tokens.client_endpoint } : {}),
          };
          const written = Number(await connection.script(FENCED_SET, [recordKey(memberId)], [locked.refreshToken, JSON.stringify(next)]));
          if (written === 1) return next;
          // Installed again meanwhile (its record is newer than this renewal), or uninstalled.
          const current = written === -1 ? undefined : await get(memberId);
          if (current === undefined) throw new Bitrix24Error('oauth/token', 'NOT_INSTALLED', 404, `Portal ${memberId} was uninstalled during the renewal`);
          return current;
        } finally {
          await connection.script(RELEASE, [lockKey(memberId)], [owner]).catch(() => {});
        }
      }
      // Another process renews: wait for it, then use its result.
      waited = true;
      if (Date.now() > deadline) throw new Error(`@b24-imbot/redis: waited ${waitMs} ms for the renewal of portal ${memberId}`);
      await sleep(25 + Math.random() * 50);
    }
  };

  const limiterOf = (memberId: string) => {
    const budgets = [
      ...(options.portalRateLimit === false ? [] : [{ name: `portal:${memberId}`, limits: options.portalRateLimit ?? ('standard' as const) }]),
      ...(options.applicationRateLimit ? [{ name: `application:${options.clientId}`, limits: options.applicationRateLimit }] : []),
    ];
    return budgets.length === 0 ? undefined : redisRateLimiter(connection, ...budgets);
  };

  const handlers: EventHandlers = {
    ONAPPINSTALL: async (event) => {
      await install(event.auth as InstallAuth);
    },
    ONAPPUNINSTALL: async (event) => {
      const auth = event.auth as UninstallAuth;
      await uninstall(auth.member_id, auth.application_token);
    },
  };

  return {
    get,
    async list() {
      return ((await connection.send(['SMEMBERS', membersKey])) as string[]).sort();
    },
    install,
    uninstall,
    async receive(body, contentType) {
      const { event, memberId, token } = peek(body, contentType);
      // ONAPPINSTALL brings the token (the first one is trusted; a portal installed already must
      // send its own); every other event must carry the token kept for its portal.
      const existing = typeof memberId === 'string' && memberId !== '' ? await get(memberId) : undefined;
      const expected = existing?.applicationToken ?? (event === 'ONAPPINSTALL' && typeof token === 'string' && token !== '' ? token : NO_TOKEN);
      const answer = handleEventDelivery(body, contentType, {
        applicationToken: expected,
        handlers,
        replay,
        onUnknownEvent: () => {},
        onHandlerError: (error) => console.error('@b24-imbot/redis: an installation event failed', error),
      });
      await answer.handled;
      return { status: answer.status, headers: answer.headers, body: answer.body };
    },
    async client(memberId, clientOptions = {}) {
      const record = await get(memberId);
      if (record === undefined) throw new Bitrix24Error('oauth/token', 'NOT_INSTALLED', 404, `No installation for portal ${memberId}`);
      let token = record.accessToken;
      const limiter = limiterOf(memberId);
      return createImbotClient({
        ...clientOptions,
        restUrl: record.clientEndpoint.replace(/\/+$/, ''),
        accessToken: token,
        refreshToken: async () => {
          token = (await renew(memberId, token)).accessToken;
          return token;
        },
        ...(limiter ? { rateLimit: limiter } : {}),
      } as OAuthClientOptions);
    },
    renew,
    close: () => connection.close(),
  };
};

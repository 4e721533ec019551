// A mock Bitrix24 portal (`@b24-imbot/server/mock`): the generated server answering every
// operation of the contract (stateful where mock/handlers.ts has a handler), optional
// credentials and rate limit, and failure injection for client tests.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { safeEqual } from '../auth.js';
import { Bitrix24Error, type BitrixErrorCode, type ErrorStatus } from '../errors.js';
import { createServer } from '../server.js';
import { exampleHandlers } from '../examples.js';
import { DEFAULT_MAX_CHATS, type StoredAvatar, type StoredChat, createMockState, mockHandlers, resetMockState } from './handlers.js';
import type { Authenticate, CallInfo, Limits } from '../types.js';

export type { StoredAvatar, StoredChat };
export { DEFAULT_MAX_CHATS };

/** A failure the portal answers instead of serving a call. */
export type MockFault =
  /** Answer this Bitrix error (status from the contract unless given). */
  | { readonly error: BitrixErrorCode; readonly description?: string; readonly status?: number }
  /** Close the connection without an answer. */
  | { readonly drop: true }
  /** Wait, then serve the call normally (the chat is created even if the client gave up). */
  | { readonly delayMs: number };

export interface MockPortalOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Host to listen on, 127.0.0.1 by default. */
  readonly host?: string;
  /** Accept this incoming webhook, `USERID:CODE` or `{userId, code}`. */
  readonly webhook?: string | { readonly userId: number; readonly code: string };
  /** Webhook calls must send this CLIENT_ID (another one: 400 APP_ID_ERROR). */
  readonly clientId?: string;
  /** Accept these OAuth tokens. */
  readonly token?: string | readonly string[];
  /**
   * Simulate the portal's leaky bucket: `true` for 50 requests draining 2 per second, or
   * your own numbers. Over the limit: 503 QUERY_LIMIT_EXCEEDED.
   */
  readonly rateLimit?: boolean | { readonly burst?: number; readonly perSecond?: number };
  /**
   * Most chats kept in `chats` (default 1000); past it the oldest are dropped, ids keep
   * counting. AVATAR is kept as its SHA-256 and length, never the image.
   */
  readonly maxChats?: number;
  /** Faults for the first calls, in order (see `failNext`). */
  readonly faults?: readonly MockFault[];
  /** Request limits (see `defaultLimits`). */
  readonly limits?: Partial<Limits>;
  /** Check replies against the contract; on by default. */
  readonly validateResponses?: boolean;
  /** Fastify's logger option (off by default); secrets are redacted. */
  readonly logger?: boolean;
}

/** One call to a known method, in arrival order. */
export interface CallRecord {
  readonly method: string;
  readonly httpMethod: string;
  /** The HTTP status answered; undefined while pending or when the connection was dropped. */
  status?: number;
}

export interface MockPortal {
  /** The origin, e.g. `http://127.0.0.1:54321`; the REST base is `${url}/rest`. */
  readonly url: string;
  /** The chats created, oldest first, at most `maxChats` of them; ids start at 1. */
  readonly chats: readonly StoredChat[];
  /** Calls to known methods so far. */
  readonly calls: readonly CallRecord[];
  /** The underlying Fastify instance. */
  readonly server: FastifyInstance;
  /** Answer the next `times` calls (default 1) with this fault. Queued after earlier faults. */
  failNext(fault: MockFault, times?: number): void;
  /** Drop the queued faults. */
  clearFaults(): void;
  /** Accept one more OAuth token (e.g. the one a refresh hands out). */
  addToken(token: string): void;
  /** Answer this token with 401 expired_token from now on. */
  expireToken(token: string): void;
  /** Forget chats, calls and faults; ids start at 1 again. */
  reset(): void;
  /** Stop listening and close every connection. */
  close(): Promise<void>;
}

const parseWebhook = (webhook: MockPortalOptions['webhook']): { userId: number; code: string } | undefined => {
  if (webhook === undefined) return undefined;
  if (typeof webhook !== 'string') return webhook;
  const match = /^([1-9]\d*):(.+)$/.exec(webhook);
  if (!match) throw new TypeError(`webhook must look like USERID:CODE, got ${JSON.stringify(webhook)}`);
  return { userId: Number(match[1]), code: match[2]! };
};

export const startMockPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => {
  const webhook = parseWebhook(options.webhook);
  const tokens = new Set(typeof options.token === 'string' ? [options.token] : (options.token ?? []));
  const expired = new Set<string>();
  const open = webhook === undefined && tokens.size === 0;
  const maxChats = options.maxChats ?? DEFAULT_MAX_CHATS;
  if (!Number.isInteger(maxChats) || maxChats < 1) throw new TypeError(`maxChats must be a positive integer, got ${maxChats}`);
  const state = createMockState(maxChats);
  const calls: CallRecord[] = [];
  const faults: MockFault[] = [...(options.faults ?? [])];
  const records = new WeakMap<FastifyRequest, CallRecord>();
  const closing = new AbortController();

  const bucket =
    options.rateLimit === undefined || options.rateLimit === false
      ? undefined
      : {
          burst: (options.rateLimit === true ? undefined : options.rateLimit.burst) ?? 50,
          perSecond: (options.rateLimit === true ? undefined : options.rateLimit.perSecond) ?? 2,
          level: 0,
          at: Date.now(),
        };

  const anyTokenMatches = (token: string): boolean => {
    let found = false;
    for (const known of tokens) found = safeEqual(token, known) || found;
    return found;
  };

  const authenticate: Authenticate = (auth) => {
    if (auth.type === 'webhook' && webhook) {
      const userOk = auth.userId === webhook.userId;
      if (!(safeEqual(auth.code, webhook.code) && userOk)) {
        throw new Bitrix24Error('INVALID_CREDENTIALS', 'Invalid request credentials');
      }
    } else if (auth.type === 'oauth' && !open) {
      if ([...expired].some((token) => safeEqual(auth.token, token))) throw new Bitrix24Error('expired_token');
      if (!anyTokenMatches(auth.token)) throw new Bitrix24Error('invalid_token', 'The access token provided is invalid.');
    } else if (!open) {
      throw new Bitrix24Error('NO_AUTH_FOUND');
    }
    if (options.clientId !== undefined && auth.clientId !== undefined && !safeEqual(auth.clientId, options.clientId)) {
      throw new Bitrix24Error('APP_ID_ERROR', 'The bot belongs to another application');
    }
  };

  const beforeCall = async ({ method, request, reply }: CallInfo): Promise<void> => {
    const record: CallRecord = { method, httpMethod: request.method };
    calls.push(record);
    records.set(request, record);
    const fault = faults.shift();
    if (fault && 'drop' in fault) {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    if (fault && 'delayMs' in fault) {
      try {
        await sleep(fault.delayMs, undefined, { signal: closing.signal });
      } catch {
        reply.hijack();
        request.raw.socket.destroy();
        return;
      }
    }
    if (fault && 'error' in fault) {
      throw new Bitrix24Error(fault.error, fault.description, {
        status: fault.status as ErrorStatus<typeof fault.error> | undefined,
      });
    }
    if (bucket) {
      const now = Date.now();
      bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * bucket.perSecond);
      bucket.at = now;
      if (bucket.level + 1 > bucket.burst) throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
      bucket.level += 1;
    }
  };

  const server = createServer(
    { ...exampleHandlers, ...mockHandlers(state) },
    {
      authenticate,
      beforeCall,
      validateResponses: options.validateResponses ?? true,
      forceCloseConnections: true,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    },
  );
  server.addHook('onResponse', async (request, reply) => {
    const record = records.get(request);
    if (record) record.status = reply.statusCode;
  });

  const host = options.host ?? '127.0.0.1';
  await server.listen({ port: options.port ?? 0, host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    chats: state.chats,
    calls,
    server,
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    clearFaults() {
      faults.length = 0;
    },
    addToken(token) {
      tokens.add(token);
      expired.delete(token);
    },
    expireToken(token) {
      expired.add(token);
    },
    reset() {
      resetMockState(state);
      calls.length = 0;
      faults.length = 0;
      if (bucket) bucket.level = 0;
    },
    async close() {
      closing.abort();
      await server.close();
    },
  };
};

// A mock Bitrix24 portal (`@b24-imbot/server/mock`): the generated server answering every
// operation of the contract, optional credentials and rate limits, and failure injection for
// client tests. Stateful: imbot.chat.add (mock/handlers.ts) and the imbot.v2 bot platform
// (mock/state.ts and the modules beside it: bots, chats, messages, commands, files, events)
// share one chat table; Revision.get answers its documented example.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { safeEqual } from '../auth.js';
import { Bitrix24Error, type BitrixErrorCode, type ErrorStatus } from '../errors.js';
import { createServer } from '../server.js';
import { exampleHandlers } from '../examples.js';
import { DEFAULT_MAX_CHATS, type StoredAvatar, type StoredChat, createMockState, mockHandlers, resetMockState } from './handlers.js';
import type { Authenticate, CallInfo, Limits } from '../types.js';
import { v1ChatAdd } from './chats.js';
import { serveFiles } from './files.js';
import { type PlatformOptions, closePlatform, createPlatform, deliveriesSettled } from './events.js';
import { type UserMessage, userDeletes, userEdits, userOpens, userReacts, userSends } from './messages.js';
import { type DeliveryRecord, type PlatformLimits, type PlatformState, appOf, resetPlatform } from './state.js';
import { v2Handlers } from './v2.js';

export type { StoredAvatar, StoredChat, UserMessage, PlatformLimits, PlatformState, PlatformOptions, DeliveryRecord };
export { DEFAULT_MAX_CHATS };
export type { PlatformEvent, JournalEntry, QueuedEvent } from './state.js';
/**
 * The bot platform on its own, for servers of your own that want the mock's imbot.v2 behaviour
 * (the demo portal does): `createPlatform(nextChatId, { applicationToken })` makes the state
 * with its event delivery (set `state.origin` once listening), `v2Handlers(state)` the handlers
 * to spread into `createServer`'s map (imbot.v2 and im.message.add), `userSends` and the other
 * `user*` helpers speak as a user, `deliveriesSettled` waits for webhook deliveries in flight,
 * `closePlatform` stops them.
 */
export {
  closePlatform,
  createPlatform,
  deliveriesSettled,
  userDeletes,
  userEdits,
  userOpens,
  userReacts,
  userSends,
  v2Handlers,
};

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
   * Simulate the portal's rate limits. `true`: v1 methods share a leaky bucket of 50 requests
   * draining 2 per second (over it: 503 QUERY_LIMIT_EXCEEDED); imbot.v2 methods get 2 requests
   * per second per application (a bucket of 2 draining 2/s; over it: 429 QUERY_LIMIT_EXCEEDED).
   * An object sets the v1 bucket's numbers, and `v2` the v2 one's.
   */
  readonly rateLimit?:
    | boolean
    | {
        readonly burst?: number;
        readonly perSecond?: number;
        readonly v2?: { readonly burst?: number; readonly perSecond?: number };
      };
  /**
   * The bot platform's limits: 100 bots per application, 100 MB per file, 256 MiB of file
   * bytes kept for downloads (the oldest files' bytes are dropped past it), 10,000 journal
   * entries.
   */
  readonly platform?: Partial<PlatformLimits>;
  /**
   * Most chats kept in `chats` (default 1000); past it the oldest are dropped, ids keep
   * counting. AVATAR is kept as its SHA-256 and length, never the image.
   */
  readonly maxChats?: number;
  /**
   * The application token bot events carry (`auth[application_token]` of each webhook delivery):
   * give your receiver (`botEvents`) the same. Default: a random one, read back as
   * `MockPortal.applicationToken`.
   */
  readonly applicationToken?: string;
  /** Faults for the first calls, in order (see `failNext`). */
  readonly faults?: readonly MockFault[];
  /** Request limits (see `defaultLimits`; the mock's body limit is 160 MiB, room for a 100 MB file in base64). */
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
  /** Chats created with imbot.chat.add, oldest first, at most `maxChats` of them (v1 parameters and CHAT_ID); ids start at 1. */
  readonly chats: readonly StoredChat[];
  /**
   * The bot platform (imbot.v2): bots, chats (those imbot.chat.add made too), messages,
   * commands, files and the journal of what happened. For reading in tests; change it through
   * calls or `userSends`.
   */
  readonly platform: PlatformState;
  /**
   * A portal user writes to a dialog (`chat<id>`, or a bot's id for its personal dialog): the
   * message is stored as if sent from the web, and a leading `/command` of a bot in the chat is
   * recorded as typed. Returns the new message's id and chat id. Throws a TypeError when the
   * user is not in the dialog or the text is empty or over 20,000 characters.
   */
  userSends(message: UserMessage): { readonly id: number; readonly chatId: number };
  /** A user edits their own message (bots that hear it get ONIMBOTV2MESSAGEUPDATE). Throws a TypeError otherwise. */
  userEdits(edit: { readonly userId: number; readonly messageId: number; readonly text: string }): void;
  /** A user deletes their own message (ONIMBOTV2MESSAGEDELETE). Throws a TypeError otherwise. */
  userDeletes(deletion: { readonly userId: number; readonly messageId: number }): void;
  /** A user sets (or with `action: 'delete'` takes off) a reaction on a message (ONIMBOTV2REACTIONCHANGE). */
  userReacts(reaction: {
    readonly userId: number;
    readonly messageId: number;
    readonly reaction: string;
    readonly action?: 'add' | 'delete';
  }): void;
  /** A user opens a bot's personal dialog with context data (ONIMBOTV2CONTEXTGET); returns the chat id. */
  userOpens(open: { readonly userId: number; readonly botId: number; readonly context: Readonly<Record<string, unknown>> }): number;
  /**
   * The application token of the portal's bot events: every webhook delivery carries it as
   * `auth[application_token]`.
   */
  readonly applicationToken: string;
  /** Webhook deliveries so far (the last 1000): bot, event, URL and how it went. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves once every webhook delivery started so far was answered or failed. */
  deliveriesSettled(): Promise<void>;
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
  /** Forget chats, bots, messages, commands, files, calls and faults; ids start again. */
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

/** Room for a 100 MB file as base64 (139,810,136 characters) in a form body, with its escapes. */
const MOCK_BODY_BYTES = 160 * 1024 * 1024;

interface LeakyBucket {
  /** Takes one request; false when the bucket is full. */
  take(): boolean;
  empty(): void;
}

const leakyBucket = (burst: number, perSecond: number): LeakyBucket => {
  let level = 0;
  let at = Date.now();
  return {
    take() {
      const now = Date.now();
      level = Math.max(0, level - ((now - at) / 1000) * perSecond);
      at = now;
      if (level + 1 > burst) return false;
      level += 1;
      return true;
    },
    empty() {
      level = 0;
    },
  };
};

export const startMockPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => {
  const webhook = parseWebhook(options.webhook);
  const tokens = new Set(typeof options.token === 'string' ? [options.token] : (options.token ?? []));
  const expired = new Set<string>();
  const open = webhook === undefined && tokens.size === 0;
  const maxChats = options.maxChats ?? DEFAULT_MAX_CHATS;
  if (!Number.isInteger(maxChats) || maxChats < 1) throw new TypeError(`maxChats must be a positive integer, got ${maxChats}`);
  const state = createMockState(maxChats);
  const platform = createPlatform(() => state.nextChatId++, {
    ...(options.platform ? { limits: options.platform } : {}),
    ...(options.applicationToken === undefined ? {} : { applicationToken: options.applicationToken }),
  });
  const calls: CallRecord[] = [];
  const faults: MockFault[] = [...(options.faults ?? [])];
  const records = new WeakMap<FastifyRequest, CallRecord>();
  const closing = new AbortController();

  const rateLimit = options.rateLimit === true ? {} : options.rateLimit || undefined;
  const bucket = rateLimit && leakyBucket(rateLimit.burst ?? 50, rateLimit.perSecond ?? 2);
  // imbot.v2: 2 requests per second per application.
  const v2Buckets = new Map<string, LeakyBucket>();
  const v2Bucket = (app: string): LeakyBucket => {
    let found = v2Buckets.get(app);
    if (!found) {
      found = leakyBucket(rateLimit?.v2?.burst ?? 2, rateLimit?.v2?.perSecond ?? 2);
      v2Buckets.set(app, found);
    }
    return found;
  };

  const anyTokenMatches = (token: string): boolean => {
    let found = false;
    for (const known of tokens) found = safeEqual(token, known) || found;
    return found;
  };

  const authenticate: Authenticate = (auth, call) => {
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
    // Answered 429 for v2 methods (the served operation's first status for the code).
    if (rateLimit && call.method.startsWith('imbot.v2.') && !v2Bucket(appOf(auth)).take()) {
      throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
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
    if (bucket && !method.startsWith('imbot.v2.') && !bucket.take()) throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
  };

  const v1 = mockHandlers(state);
  const server = createServer(
    { ...exampleHandlers, ...v1, ...v2Handlers(platform), imbotChatAdd: v1ChatAdd(platform, v1.imbotChatAdd!) },
    {
      authenticate,
      beforeCall,
      validateResponses: options.validateResponses ?? true,
      forceCloseConnections: true,
      limits: { bodyBytes: MOCK_BODY_BYTES, ...options.limits },
      ...(options.logger ? { logger: options.logger } : {}),
    },
  );
  serveFiles(server, platform);
  server.addHook('onResponse', async (request, reply) => {
    const record = records.get(request);
    if (record) record.status = reply.statusCode;
  });

  const host = options.host ?? '127.0.0.1';
  await server.listen({ port: options.port ?? 0, host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  const url = `http://${urlHost}:${port}`;
  platform.origin = url;

  return {
    url,
    chats: state.chats,
    platform,
    calls,
    server,
    userSends(message) {
      const stored = userSends(platform, message);
      return { id: stored.id, chatId: stored.chatId };
    },
    userEdits: (edit) => userEdits(platform, edit),
    userDeletes: (deletion) => userDeletes(platform, deletion),
    userReacts: (reaction) => userReacts(platform, reaction),
    userOpens: (open) => userOpens(platform, open),
    applicationToken: platform.applicationToken,
    deliveries: platform.deliveries,
    deliveriesSettled: () => deliveriesSettled(platform),
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
      resetPlatform(platform);
      calls.length = 0;
      faults.length = 0;
      bucket?.empty();
      v2Buckets.clear();
    },
    async close() {
      closing.abort();
      closePlatform(platform);
      await server.close();
    },
  };
};

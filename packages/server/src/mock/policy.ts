// How the mock portal treats a call, apart from what the call does: credentials (webhooks,
// CLIENT_ID, OAuth tokens and their expiry), rate limits, injected faults, the call record and
// the request log. One module for the CLI, the demo and tests; behaviour lives in the table.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createLeakyBucket, type LeakyBucket, rateLimitPresets, redactUrl } from '@b24-imbot/core';
import { safeEqual } from '../auth.js';
import { Bitrix24Error, type BitrixErrorCode, type ErrorStatus } from '../errors.js';
import type { Authenticate, CallInfo } from '../types.js';
import { type MockLog, deliveryLine, requestLine } from './log.js';
import { type DeliveryRecord, appOf, trim } from './state.js';

/** A failure the portal answers instead of serving a call. */
export type MockFault = (
  /** Answer this Bitrix error (status from the contract unless given). */
  | { readonly error: BitrixErrorCode; readonly description?: string; readonly status?: number }
  /** Close the connection without an answer. */
  | { readonly drop: true }
  /** Wait, then serve the call normally (the chat is created even if the client gave up). */
  | { readonly delayMs: number }
) & {
  /** Only for a call of this method (e.g. `imbot.chat.add`); other calls pass it by. Default: the next call of any method. */
  readonly method?: string;
};

export interface RateLimitOptions {
  /** v1 bucket size (50). */
  readonly burst?: number;
  /** v1 drain per second (2). */
  readonly perSecond?: number;
  /** imbot.v2, per application: a bucket of `burst` (2) draining `perSecond` (2). */
  readonly v2?: { readonly burst?: number; readonly perSecond?: number };
}

export interface MockPolicyOptions {
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
  readonly rateLimit?: boolean | RateLimitOptions;
  /** Faults for the first calls, in order (see `failNext`). */
  readonly faults?: readonly MockFault[];
  /**
   * One line per request (method, status, time, error code) and per webhook delivery (event,
   * bot, URL, status or error), secrets left out: `true` writes them to stdout, a function gets
   * each line. Off by default (tests stay quiet); the CLI turns it on.
   */
  readonly log?: boolean | MockLog;
}

/** One call to a known method, in arrival order. */
export interface CallRecord {
  readonly method: string;
  readonly httpMethod: string;
  /** The HTTP status answered; undefined while pending or when the connection was dropped. */
  status?: number;
  /** The Bitrix error code answered, when it was an error. */
  error?: string;
  /** The injected fault that answered it, if one did. */
  fault?: MockFault;
}

/** What the portal's OAuth server says of a token it may have issued (oauth.ts). */
export interface IssuedTokens {
  /** `valid`, `expired`, `revoked` (the application was removed), or undefined: not one it issued. */
  verdict(token: string): 'valid' | 'expired' | 'revoked' | undefined;
  /** Whether the application is installed: from then on an open portal takes only the tokens issued for it. */
  installed(): boolean;
}

/** How the answer to a request is observed, for the call record and the log (one set of hooks per server: `attachPolicies`). */
export interface PolicyHooks {
  onError(request: FastifyRequest, error: unknown): void;
  onSend(request: FastifyRequest, status: number, payload: unknown): void;
  onResponse(request: FastifyRequest, status: number, ms: number): void;
}

export interface MockPolicy extends PolicyHooks {
  readonly authenticate: Authenticate;
  readonly beforeCall: (call: CallInfo) => Promise<void>;
  /** Hooks the call record and the request log into the server (before it listens). */
  attach(server: FastifyInstance): void;
  /** Writes the log line of a webhook delivery. */
  delivered(record: DeliveryRecord): void;
  /** Calls to known methods, oldest first (the last `maxCalls`). */
  readonly calls: CallRecord[];
  /** How many injected faults answered a call so far. */
  readonly faultsServed: number;
  failNext(fault: MockFault, times?: number): void;
  clearFaults(): void;
  addToken(token: string): void;
  expireToken(token: string): void;
  /** Forgets calls and faults and empties the rate-limit buckets. */
  reset(): void;
  /** Ends delayed calls (their connections are closed). */
  close(): void;
}

export const parseWebhook = (webhook: MockPolicyOptions['webhook']): { userId: number; code: string } | undefined => {
  if (webhook === undefined) return undefined;
  if (typeof webhook !== 'string') return webhook;
  const match = /^([1-9]\d*):(.+)$/.exec(webhook);
  if (!match) throw new TypeError(`webhook must look like USERID:CODE, got ${JSON.stringify(webhook)}`);
  return { userId: Number(match[1]), code: match[2]! };
};

const isV2 = (method: string): boolean => method.startsWith('imbot.v2.');

/** The error code of a Bitrix error envelope, read off its start (`{"error":"CODE",...`). */
const errorCodeOf = (payload: unknown): string | undefined =>
  typeof payload === 'string' ? /^\{"error":"([^"\\]*)"/.exec(payload)?.[1] : undefined;

/**
 * Hooks the call records and request logs of several policies into one server: each request is
 * observed by the policy `policyOf` gives it (the portal it was addressed to).
 */
export const attachPolicies = (server: FastifyInstance, policyOf: (request: FastifyRequest) => PolicyHooks): void => {
  server.addHook('onError', async (request, _reply, error) => {
    policyOf(request).onError(request, error);
  });
  server.addHook('onSend', async (request, reply, payload) => {
    policyOf(request).onSend(request, reply.statusCode, payload);
    return payload;
  });
  server.addHook('onResponse', async (request, reply) => {
    policyOf(request).onResponse(request, reply.statusCode, reply.elapsedTime);
  });
};

export const createPolicy = (options: MockPolicyOptions = {}, maxCalls = 1000, issued?: IssuedTokens): MockPolicy => {
  const webhook = parseWebhook(options.webhook);
  const tokens = new Set(typeof options.token === 'string' ? [options.token] : (options.token ?? []));
  const expired = new Set<string>();
  const open = webhook === undefined && tokens.size === 0;
  const calls: CallRecord[] = [];
  const faults: MockFault[] = [...(options.faults ?? [])];
  let faultsServed = 0;
  const records = new WeakMap<FastifyRequest, CallRecord>();
  const closing = new AbortController();
  const log: MockLog | undefined =
    options.log === true ? (line) => void process.stdout.write(`${line}\n`) : options.log || undefined;

  const rateLimit = options.rateLimit === true ? {} : options.rateLimit || undefined;
  const standard = rateLimitPresets.standard;
  const bucket =
    rateLimit && createLeakyBucket({ burst: rateLimit.burst ?? standard.burst, perSecond: rateLimit.perSecond ?? standard.perSecond });
  // imbot.v2: 2 requests per second per application.
  const v2Buckets = new Map<string, LeakyBucket>();
  const v2Bucket = (app: string): LeakyBucket => {
    let found = v2Buckets.get(app);
    if (!found) {
      const preset = rateLimitPresets['imbot.v2'];
      found = createLeakyBucket({ burst: rateLimit?.v2?.burst ?? preset.burst, perSecond: rateLimit?.v2?.perSecond ?? preset.perSecond });
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
    } else if (auth.type === 'oauth') {
      if ([...expired].some((token) => safeEqual(auth.token, token))) throw new Bitrix24Error('expired_token');
      const verdict = issued?.verdict(auth.token);
      if (verdict === 'expired') throw new Bitrix24Error('expired_token');
      if (verdict === 'revoked') throw new Bitrix24Error('invalid_token', 'The access token provided is invalid.');
      // An open portal takes any token until an application is installed on it.
      const takesAny = open && !issued?.installed();
      if (verdict !== 'valid' && !takesAny && !anyTokenMatches(auth.token)) {
        throw new Bitrix24Error('invalid_token', 'The access token provided is invalid.');
      }
    } else if (!open) {
      throw new Bitrix24Error('NO_AUTH_FOUND');
    }
    if (options.clientId !== undefined && auth.clientId !== undefined && !safeEqual(auth.clientId, options.clientId)) {
      throw new Bitrix24Error('APP_ID_ERROR', 'The bot belongs to another application');
    }
    // Answered 429 for v2 methods (the served operation's first status for the code).
    if (rateLimit && isV2(call.method) && !v2Bucket(appOf(auth)).tryTake()) {
      throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
    }
  };

  /** The first queued fault for this method, taken off the queue. */
  const takeFault = (method: string): MockFault | undefined => {
    const at = faults.findIndex((fault) => fault.method === undefined || fault.method.toLowerCase() === method.toLowerCase());
    return at === -1 ? undefined : faults.splice(at, 1)[0];
  };

  const beforeCall = async ({ method, request, reply }: CallInfo): Promise<void> => {
    const record: CallRecord = { method, httpMethod: request.method };
    calls.push(record);
    trim(calls, maxCalls);
    records.set(request, record);
    const fault = takeFault(method);
    if (fault) {
      faultsServed++;
      record.fault = fault;
    }
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
    if (bucket && !isV2(method) && !bucket.tryTake()) throw new Bitrix24Error('QUERY_LIMIT_EXCEEDED');
  };

  // What the answer was, for the record and the log: the error code sent, and for a 500 the
  // error behind it.
  const answers = new WeakMap<FastifyRequest, { error?: string; detail?: string }>();
  const answerOf = (request: FastifyRequest) => {
    let answer = answers.get(request);
    if (!answer) answers.set(request, (answer = {}));
    return answer;
  };

  const policy: MockPolicy = {
    authenticate,
    beforeCall,
    onError(request, error) {
      answerOf(request).detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    },
    onSend(request, status, payload) {
      if (status >= 400) {
        const code = errorCodeOf(payload);
        if (code !== undefined) answerOf(request).error = code;
      }
    },
    onResponse(request, status, ms) {
      const record = records.get(request);
      const answer = answers.get(request);
      if (record) {
        record.status = status;
        if (answer?.error !== undefined) record.error = answer.error;
      }
      log?.(
        requestLine({
          httpMethod: request.method,
          target: record?.method ?? redactUrl(request.url),
          status,
          ms,
          ...(answer?.error === undefined ? {} : { error: answer.error }),
          ...(status >= 500 && answer?.detail !== undefined ? { detail: answer.detail } : {}),
        }),
      );
    },
    attach(server) {
      attachPolicies(server, () => policy);
    },
    delivered(record) {
      log?.(deliveryLine(record));
    },
    calls,
    get faultsServed() {
      return faultsServed;
    },
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
      calls.length = 0;
      faults.length = 0;
      faultsServed = 0;
      bucket?.reset();
      v2Buckets.clear();
    },
    close() {
      closing.abort();
    },
  };
  return policy;
};

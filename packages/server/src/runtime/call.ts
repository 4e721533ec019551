// One call of one method, from its parsed parameter bags to the parameters its handler gets:
// names matched, the token taken out, who is calling (authenticated by the user's hook), the
// credential a webhook call must carry, then coercion and the contract's validation. Framework-
// free: the plugin runs it for a request, and a batch can run it for each of its commands.
// Synchronous whenever the hook is: a promise appears only where the hook returns one.
import { Bitrix24Error, type BitrixErrorCode } from '../errors.js';
import { lastOf } from './last.js';
import { checkParams, type ParamsPlan, readParams } from './params.js';

/**
 * Who is calling, as the request shows it. `clientId` is the CLIENT_ID parameter, when sent.
 * - webhook: `/rest/{userId}/{code}/method`;
 * - oauth: a token from the `auth` or `access_token` parameter or `Authorization: Bearer`;
 * - none: neither.
 */
export type Auth =
  | { readonly type: 'webhook'; readonly userId: number; readonly code: string; readonly clientId?: string }
  | { readonly type: 'oauth'; readonly token: string; readonly clientId?: string }
  | { readonly type: 'none'; readonly clientId?: string };

/** Where a call's credentials were on the wire, besides its parameters. */
export interface WireCredentials {
  /** From a webhook URL, `/rest/{userId}/{code}/...`. */
  readonly webhook?: { readonly userId: string; readonly code: string } | undefined;
  /** The Authorization header. */
  readonly authorization?: string | undefined;
  /**
   * When present (even undefined), the call's token, and any the parameters carry is ignored:
   * a batch's commands run with the batch's auth.
   */
  readonly token?: string | undefined;
}

export interface CallSetup<Call> {
  /** The user's security hook: returns to accept, throws (or rejects) to refuse. */
  readonly authenticate: (auth: Auth, call: Call) => void | PromiseLike<void>;
  /** Refuse webhook calls without the credential the contract marks (`x-bitrix-webhook-required`). */
  readonly requireCredentials: boolean;
}

/** A call ready for its handler. */
export interface PreparedCall {
  readonly params: Record<string, unknown>;
  readonly auth: Auth;
}

export const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  value !== null &&
  (typeof value === 'object' || typeof value === 'function') &&
  typeof (value as { then?: unknown }).then === 'function';

const BEARER = /^\s*bearer\s+(\S+)\s*$/i;
const USER_ID = /^[1-9]\d{0,9}$/;

/** `Bearer <token>` spelled the usual way: one space, a token of visible ASCII. */
const PLAIN_BEARER = /^Bearer [\x21-\x7e]+$/;

/** The token of `Authorization: Bearer <token>` (a client sends the same header call after call). */
const bearerToken = lastOf((header: string): string | undefined => (PLAIN_BEARER.test(header) ? header.slice(7) : BEARER.exec(header)?.[1]));

const authOf = (credentials: WireCredentials, token: string | undefined, clientIdParam: unknown): Auth => {
  const clientId = typeof clientIdParam === 'string' && clientIdParam !== '' ? clientIdParam : undefined;
  const { webhook } = credentials;
  if (webhook !== undefined) {
    if (!USER_ID.test(webhook.userId)) throw new Bitrix24Error('NO_AUTH_FOUND');
    const userId = Number(webhook.userId);
    return clientId === undefined ? { type: 'webhook', userId, code: webhook.code } : { type: 'webhook', userId, code: webhook.code, clientId };
  }
  const oauthToken = token ?? (credentials.authorization === undefined ? undefined : bearerToken(credentials.authorization));
  if (oauthToken === undefined) return clientId === undefined ? { type: 'none' } : { type: 'none', clientId };
  return clientId === undefined ? { type: 'oauth', token: oauthToken } : { type: 'oauth', token: oauthToken, clientId };
};

const validated = (setup: CallSetup<never>, plan: ParamsPlan, params: Record<string, unknown>, auth: Auth): PreparedCall => {
  if (auth.type === 'webhook' && setup.requireCredentials) {
    // The credential a webhook call of this method must carry (CLIENT_ID, botToken).
    for (let i = 0; i < plan.webhookRequired.length; i++) {
      const { name, code } = plan.webhookRequired[i]!;
      const value = params[name];
      if (typeof value !== 'string' || value === '') throw new Bitrix24Error(code as BitrixErrorCode);
    }
  }
  return { params: checkParams(plan, params), auth };
};

/**
 * Prepares one call of `plan`'s operation: its parameters from `sources` (a later bag wins),
 * who is calling, authenticated with `call` as the hook's second argument, then the webhook
 * credential and validation. Throws (or rejects) with a Bitrix24Error for a refused call.
 */
export const prepareCall = <Call>(
  setup: CallSetup<Call>,
  plan: ParamsPlan,
  sources: ReadonlyArray<Readonly<Record<string, unknown>>>,
  credentials: WireCredentials,
  call: Call,
): PreparedCall | Promise<PreparedCall> => {
  const { token, params } = readParams(plan, sources);
  const auth = authOf(credentials, 'token' in credentials ? credentials.token : token, params['CLIENT_ID']);
  const accepted = setup.authenticate(auth, call);
  if (isPromiseLike(accepted)) {
    return Promise.resolve(accepted).then(() => validated(setup as CallSetup<never>, plan, params, auth));
  }
  return validated(setup as CallSetup<never>, plan, params, auth);
};

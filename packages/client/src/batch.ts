// The typed batch: several methods in one request (settings/how-to-call-rest-api/batch.md),
// each command typed by its method's parameters, each answer by its method's result and error
// codes. A command may take an earlier one's answer: its params as a function of `$result`, whose
// fields are references sent as `$result[key][field]...` and filled in by the portal. The
// request goes through the client's one call path (rate limiting, retries, token refresh,
// timeouts); more than `batchMaxCommands` commands are split into requests in order when asked.
// The method's name and limit are two generated constants: nothing here grows with the contract.
import { httpBuildQuery } from '@b24-imbot/core';
import { Bitrix24Error } from './errors.js';
import { batchMaxCommands, batchMethod, type Methods } from './gen/methods.gen.js';
import type { CallOptions, MethodName, MethodParams, MethodResult, MethodSuccess } from './types.js';

/** The batch method's name (`'batch'`). */
export type BatchMethodName = typeof batchMethod;

/** The methods a command may call: every method but batch itself (the portal refuses a nested batch). */
export type BatchCommandMethod = Exclude<MethodName, BatchMethodName>;

/** The earlier answers a command's params may refer to, by command key: each typed as its method's result. */
export type BatchResults<C extends Record<string, BatchCommandMethod>> = { readonly [K in keyof C]: MethodResult<C[K]> };

/**
 * One command: `[method, params]`, or `[method, ({ $result }) => params]` to use other commands'
 * answers. A field read from `$result` (`$result.chat.chat.dialogId`) is a reference the portal
 * fills in; place it as a value or inside a text, never compute with it. Only commands sent
 * earlier in the same request may be named (else the batch throws a TypeError before sending).
 */
export type BatchCommand<C extends Record<string, BatchCommandMethod>, K extends keyof C> = readonly [
  method: C[K],
  params?: MethodParams<C[K]> | ((refs: { readonly $result: BatchResults<Omit<C, K>> }) => MethodParams<C[K]>),
];

/** The commands of a batch, by key (the key names the command's answer and its `$result`). */
export type BatchCommands<C extends Record<string, BatchCommandMethod>> = { readonly [K in keyof C]: BatchCommand<C, K> };

/** The error codes of a command: its method's, and the batch's own (past the limit, not allowed in a batch). */
export type BatchErrorCode<M extends BatchCommandMethod> = Methods[M]['errorCode'] | Methods[BatchMethodName]['errorCode'];

/** What became of one command. */
export type BatchItem<M extends BatchCommandMethod> =
  | {
      readonly status: 'ok';
      readonly result: MethodResult<M>;
      readonly time?: MethodSuccess<M>['time'];
      /** List methods: how many records there are. */
      readonly total?: number;
      /** List methods with a further page: its `start`. */
      readonly next?: number;
    }
  /** The command failed; `error.status` is the batch answer's (a command's own status is not sent). */
  | { readonly status: 'error'; readonly error: Bitrix24Error<BatchErrorCode<M>> }
  /** Not run: `halt` stopped the batch at an earlier failure. */
  | { readonly status: 'skipped' };

/** The answer of a batch by command key. */
export type BatchAnswer<C extends Record<string, BatchCommandMethod>> = { readonly [K in keyof C]: BatchItem<C[K]> };

export interface BatchOptions extends CallOptions {
  /** Stop at the first failing command (later ones are `skipped`, and so are later chunks). Default false. */
  halt?: boolean;
  /**
   * Send more than `batchMaxCommands` (50) commands as several requests, in order. Default
   * false: the portal answers the commands past the 50th with ERROR_BATCH_LENGTH_EXCEEDED.
   * A command may refer only to commands of its own request.
   */
  chunk?: boolean;
}

/** `client.batch`: see `BatchCommand`. */
export type BatchFunction = <const C extends Record<string, BatchCommandMethod>>(
  commands: BatchCommands<C>,
  options?: BatchOptions,
) => Promise<BatchAnswer<C>>;

type Invoke = (method: string, params: unknown, options?: CallOptions) => Promise<Record<string, unknown> & { response: Response }>;
type AnyMap = Record<string, unknown> | unknown[] | undefined;

/** A reference: sent as its text (`$result[a][b]`), a longer reference for each field read from it. */
const refTo = (path: string): unknown =>
  new Proxy(() => path, {
    get: (_, key) => (typeof key === 'string' ? (key === 'toJSON' || key === 'toString' ? () => path : refTo(`${path}[${key}]`)) : key === Symbol.toPrimitive ? () => path : undefined),
  });

const entryOf = (map: AnyMap, key: string): unknown => (map && Object.hasOwn(map, key) ? (map as Record<string, unknown>)[key] : undefined);

/**
 * The batch of a client: `invoke` is the client's call path; `credentials` (CLIENT_ID, botToken)
 * go into every command whose params do not carry them, as they go with every call.
 */
export const createBatch =
  (invoke: Invoke, credentials: Readonly<Record<string, string | undefined>>): BatchFunction =>
  async (commands, options = {}) => {
    const entries = Object.entries(commands as Record<string, readonly [string, unknown?]>);
    const size = options.chunk ? batchMaxCommands : Infinity;
    const answer: Record<string, unknown> = {};
    // Which request each key went in: a reference must stay within its own.
    const requestOf = new Map<string, number>();
    // The call's own credentials (its options) win over the params, and the params over the
    // client's, as for any call.
    const { botToken, clientId } = options as { botToken?: string; clientId?: string };
    const own = { ...(clientId === undefined ? {} : { CLIENT_ID: clientId }), ...(botToken === undefined ? {} : { botToken }) };
    // Every command is written (and its references checked) before anything is sent.
    const requests: Array<[chunk: typeof entries, cmd: Record<string, string>]> = [];
    for (let start = 0; start < entries.length; start += size) {
      const chunk = entries.slice(start, start + size);
      const cmd: Record<string, string> = {};
      for (const [key, [method, params]] of chunk) {
        const named: string[] = [];
        const $result = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? (named.push(name), refTo(`$result[${name}]`)) : undefined) });
        const values = typeof params === 'function' ? params({ $result }) : params;
        for (const name of named) {
          if (requestOf.get(name) !== start) throw new TypeError(`batch: ${key} refers to ${name}, not an earlier command of its request`);
        }
        requestOf.set(key, start);
        const query = httpBuildQuery({ ...credentials, ...(values as object), ...own });
        cmd[key] = query ? `${method}?${query}` : method;
      }
      requests.push([chunk, cmd]);
    }
    let halted = false;
    for (const [chunk, cmd] of requests) {
      if (halted) {
        for (const [key] of chunk) answer[key] = { status: 'skipped' };
        continue;
      }
      const { result, response } = await invoke(batchMethod, { halt: !!options.halt, cmd }, options);
      if (result === null || typeof result !== 'object' || Array.isArray(result)) {
        throw new Bitrix24Error(batchMethod, 'INVALID_RESPONSE', response.status, 'batch answered without its result maps');
      }
      const maps = result as Record<string, AnyMap>;
      for (const [key, [method]] of chunk) {
        const failure = entryOf(maps['result_error'], key) as { error: string; error_description?: string } | undefined;
        if (failure) {
          answer[key] = { status: 'error', error: new Bitrix24Error(method, failure.error, response.status, failure.error_description ?? '') };
          halted ||= !!options.halt;
        } else {
          answer[key] =
            maps['result'] && Object.hasOwn(maps['result'], key)
              ? {
                  status: 'ok',
                  result: entryOf(maps['result'], key),
                  time: entryOf(maps['result_time'], key),
                  total: entryOf(maps['result_total'], key),
                  next: entryOf(maps['result_next'], key),
                }
              : { status: 'skipped' };
        }
      }
    }
    return answer as never;
  };

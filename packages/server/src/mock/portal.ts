// The mock portal put together: one state (state.ts), the table of what each method does
// (table.ts), the policy (policy.ts: credentials, rate limits, faults, log), event delivery
// (events.ts), the download links (files.ts) and, with `state`, the state file (persist.ts).
// The CLI, tests and the demo all build their portal here.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../server.js';
import type { Limits } from '../types.js';
import { deliveriesSettled, deliverEvents, stopDeliveries } from './events.js';
import { folderFileBytes } from './file-bytes.js';
import { serveFiles } from './files.js';
import { type Ids, createIds } from './ids.js';
import { type StateWriter, readState, restoreState, stateWriter } from './persist.js';
import { type CallRecord, type MockFault, type MockPolicyOptions, createPolicy } from './policy.js';
import {
  type DeliveryRecord,
  type PlatformLimits,
  type PortalState,
  type StoredChat,
  type V1ChatStore,
  createPortalState,
  resetPortal,
} from './state.js';
import { type BehaviourTable, handlersFor, portalTable } from './table.js';
import { restoreV1Chat } from './chats.js';
import { type UserMessage, userDeletes, userEdits, userOpens, userReacts, userSends } from './messages.js';

export interface MockPortalOptions extends MockPolicyOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Host to listen on, 127.0.0.1 by default. */
  readonly host?: string;
  /**
   * The bot platform's limits and how much the mock keeps (see `defaultPlatformLimits`): 100
   * bots per application, 100 MB per file; 10,000 chats, 10,000 messages per chat and 32 Mi
   * characters of messages in all, 10,000 files and 128 MiB of their bytes, 10,000 queued events
   * per bot and 16 Mi characters of them in all, 10,000 journal entries, 1000 call and delivery
   * records. Past each the oldest are dropped; ids keep counting.
   */
  readonly platform?: Partial<PlatformLimits>;
  /** Most chats kept (the same as `platform.chats`). */
  readonly maxChats?: number;
  /**
   * The application token bot events carry (`auth[application_token]` of each webhook delivery):
   * give your receiver (`botEvents`) the same. Default: the state file's, else a random one;
   * read it back as `MockPortal.applicationToken`.
   */
  readonly applicationToken?: string;
  /**
   * Keep the portal in this file across restarts (JSON, written atomically a moment after each
   * change and on close; uploaded files' bytes in `<file>.files/`). Without it a restart forgets
   * everything but the ids, which never repeat either way.
   */
  readonly state?: string;
  /** Where imbot.chat.add's chats are kept too (the demo's SQLite); the store gives their ids. */
  readonly v1Chats?: V1ChatStore;
  /**
   * Where ids come from. Default: a floor read from the clock at start (and past the state
   * file's counters), so no id repeats across restarts. Give your own that never repeats either
   * (the demo keeps its counters in SQLite).
   */
  readonly ids?: Ids;
  /** Told about each webhook delivery once it was answered, failed or was dropped. */
  readonly onDelivery?: (record: DeliveryRecord) => void;
  /** Told when writing the state file fails (default: a line on stderr); the write is tried again. */
  readonly onStateError?: (error: unknown) => void;
  /** Request limits (see `defaultLimits`; the mock's body limit is 160 MiB, room for a 100 MB file in base64). */
  readonly limits?: Partial<Limits>;
  /** Check replies against the contract; on by default. */
  readonly validateResponses?: boolean;
  /** Fastify's logger option (off by default); secrets are redacted. For the one-line log, see `log`. */
  readonly logger?: boolean;
}

export interface MockPortal {
  /** The origin, e.g. `http://127.0.0.1:54321`; the REST base is `${url}/rest`. Empty until listening. */
  readonly url: string;
  /** Chats created with imbot.chat.add that are still kept, oldest first: their parameters and CHAT_ID. */
  readonly chats: readonly StoredChat[];
  /**
   * The portal's one state: bots, chats (both API versions), messages, commands, files, event
   * queues and the journal of what happened. For reading in tests; change it through calls or
   * the `user*` helpers.
   */
  readonly platform: PortalState;
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
  /** The application token every webhook delivery carries as `auth[application_token]`. */
  readonly applicationToken: string;
  /** Webhook deliveries so far (the last `platform.deliveryRecords`): bot, event, URL and how it went. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves once every webhook delivery started so far was answered or failed. */
  deliveriesSettled(): Promise<void>;
  /** Calls to known methods so far (the last `platform.calls`). */
  readonly calls: readonly CallRecord[];
  /** How many injected faults answered a call so far. */
  readonly faultsServed: number;
  /** The underlying Fastify instance (add routes before `listen`). */
  readonly server: FastifyInstance;
  /** Answer the next `times` calls (default 1) with this fault (of `fault.method` only, if given). Queued after earlier faults. */
  failNext(fault: MockFault, times?: number): void;
  /** Drop the queued faults. */
  clearFaults(): void;
  /** Accept one more OAuth token (e.g. the one a refresh hands out). */
  addToken(token: string): void;
  /** Answer this token with 401 expired_token from now on. */
  expireToken(token: string): void;
  /** Forget chats, bots, messages, commands, files, queued events, calls and faults; ids keep counting. */
  reset(): void;
  /** Stop listening, close every connection and write the state file a last time. */
  close(): Promise<void>;
}

/** A portal not listening yet: add routes to `server`, then `listen()`. */
export interface MockPortalUnstarted extends Omit<MockPortal, 'url'> {
  /** Listens (`port` and `host` from the options unless given) and resolves to the portal. */
  listen(at?: { readonly port?: number; readonly host?: string }): Promise<MockPortal>;
}

/** Room for a 100 MB file as base64 (139,810,136 characters) in a form body, with its escapes. */
const MOCK_BODY_BYTES = 160 * 1024 * 1024;

/**
 * Builds a mock portal without listening (the demo adds its routes first). Throws a TypeError for
 * bad options and a StateFileError for a state file it cannot read.
 */
export const createMockPortal = (options: MockPortalOptions = {}, table: BehaviourTable = portalTable): MockPortalUnstarted => {
  const limits: Partial<PlatformLimits> = { ...options.platform, ...(options.maxChats === undefined ? {} : { chats: options.maxChats }) };
  const snapshot = options.state === undefined ? undefined : readState(options.state);
  const kept = new Map((snapshot?.files ?? []).filter((file) => file.kept).map((file) => [file.id, file.size]));
  const state = createPortalState({
    limits,
    ids: options.ids ?? createIds(snapshot?.ids),
    ...(options.state === undefined ? {} : { fileBytes: folderFileBytes(`${options.state}.files`, (id, size) => kept.get(id) === size) }),
    ...(options.v1Chats === undefined ? {} : { v1Chats: options.v1Chats }),
  });
  if (snapshot) restoreState(state, snapshot);
  for (const chat of options.v1Chats?.load?.() ?? []) restoreV1Chat(state, chat);
  state.applicationToken = options.applicationToken ?? snapshot?.applicationToken ?? randomBytes(16).toString('hex');
  if (state.applicationToken === '') throw new TypeError('applicationToken must not be empty');

  const policy = createPolicy(options, state.limits.calls);
  deliverEvents(state, {
    onDelivery(record) {
      policy.delivered(record);
      options.onDelivery?.(record);
    },
  });

  let writer: StateWriter | undefined;
  if (options.state !== undefined) {
    writer = stateWriter(state, options.state, {
      onError:
        options.onStateError ??
        ((error) => process.stderr.write(`b24-imbot-mock: cannot write the state file: ${(error as Error).message}\n`)),
    });
    state.changed = () => writer!.changed();
    // A fresh state file at once: the token and the id counters are kept from the start.
    if (!snapshot) writer.changed();
  }

  const server = createServer(handlersFor(state, table), {
    authenticate: policy.authenticate,
    beforeCall: policy.beforeCall,
    validateResponses: options.validateResponses ?? true,
    forceCloseConnections: true,
    limits: { bodyBytes: MOCK_BODY_BYTES, ...options.limits },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  serveFiles(server, state);
  policy.attach(server);
  // A stateful call may have changed the state (Event.get confirms, a refused call stores nothing).
  server.addHook('onResponse', async (request) => {
    if (request.url.startsWith('/rest/')) state.changed();
  });

  let url = '';
  const portal: MockPortal = {
    get url() {
      return url;
    },
    get chats() {
      return [...state.chats.values()]
        .filter((chat) => chat.v1 !== undefined)
        .sort((a, b) => a.id - b.id)
        .map((chat) => ({ ...chat.v1!, CHAT_ID: chat.id }));
    },
    platform: state,
    userSends(message) {
      const stored = userSends(state, message);
      return { id: stored.id, chatId: stored.chatId };
    },
    userEdits: (edit) => userEdits(state, edit),
    userDeletes: (deletion) => userDeletes(state, deletion),
    userReacts: (reaction) => userReacts(state, reaction),
    userOpens: (open) => userOpens(state, open),
    get applicationToken() {
      return state.applicationToken;
    },
    get deliveries() {
      return state.deliveries;
    },
    deliveriesSettled: () => deliveriesSettled(state),
    calls: policy.calls,
    get faultsServed() {
      return policy.faultsServed;
    },
    server,
    failNext: (fault, times) => policy.failNext(fault, times),
    clearFaults: () => policy.clearFaults(),
    addToken: (token) => policy.addToken(token),
    expireToken: (token) => policy.expireToken(token),
    reset() {
      resetPortal(state);
      policy.reset();
    },
    async close() {
      policy.close();
      stopDeliveries(state);
      try {
        await server.close();
      } finally {
        writer?.close();
      }
    },
  };

  const listen = async (at: { readonly port?: number; readonly host?: string } = {}): Promise<MockPortal> => {
    const host = at.host ?? options.host ?? '127.0.0.1';
    await server.listen({ port: at.port ?? options.port ?? 0, host });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : (at.port ?? options.port ?? 0);
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    state.origin = url;
    return portal;
  };
  return Object.defineProperties({ listen }, Object.getOwnPropertyDescriptors(portal)) as unknown as MockPortalUnstarted;
};

/** Starts a mock portal listening on `options.port` (0: a free one) of `options.host` (127.0.0.1). */
export const startMockPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => createMockPortal(options).listen();

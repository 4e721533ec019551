// The mock put together: one or more portals, each one state (state.ts) served by the table of
// what each method does (table.ts) under its own policy (policy.ts: credentials, rate limits,
// faults, log), with event delivery (events.ts), download links (files.ts), the application's
// installation (install.ts) and, with `state`, a state file (persist.ts); and one OAuth server
// for all of them (oauth.ts). The default portal answers at `/rest/`, every other one at
// `/<domain>/rest/`: its `client_endpoint`, used as it is by a client's `restUrl`.
// The CLI, tests and the demo all build their portal here.
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Bitrix24Error } from '../errors.js';
import { bitrixRest } from '../plugin.js';
import { createServer } from '../server.js';
import type { Authenticate, BitrixRestOptions, CallInfo, Handlers, Limits } from '../types.js';
import { operationTable } from '../gen/operations.gen.js';
import { deliveriesSettled, deliverEvents, stopDeliveries } from './events.js';
import { folderFileBytes } from './file-bytes.js';
import { serveFiles } from './files.js';
import { type Ids, createIds } from './ids.js';
import { type InstallOptions, type InstallResult, type UninstallOptions, installApp, uninstallApp } from './install.js';
import { type MockOAuthOptions, type OAuthApp, createOAuthApp, everInstalled, serveOAuth, tokenVerdict } from './oauth.js';
import { type Snapshot, type StateWriter, type MockFileExtras, readState, restoreState, stateWriter } from './persist.js';
import { type CallRecord, type MockFault, type MockPolicy, type MockPolicyOptions, attachPolicies, createPolicy } from './policy.js';
import {
  type DeliveryRecord,
  type Installation,
  type PlatformLimits,
  type PortalState,
  type StoredChat,
  type V1ChatStore,
  createPortalState,
  memberIdOf,
  portalIdentity,
  resetPortal,
} from './state.js';
import { type BehaviourTable, handlersFor, portalTable } from './table.js';
import { restoreV1Chat } from './chats.js';
import { recordUserEvents } from './user-events.js';
import { type UserMessage, userDeletes, userEdits, userOpens, userReacts, userSends } from './users.js';

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
  /**
   * The OAuth application the mock's OAuth server (`/oauth/token/`) knows: its client_id,
   * client_secret and token lifetime. One application for every portal of the mock.
   */
  readonly oauth?: MockOAuthOptions;
  /** The default portal's member_id (default: the state file's, else a random one). Its domain is the listening host:port. */
  readonly memberId?: string;
  /**
   * More portals in the same process, each with its own state, credentials, tokens and
   * application token, at `/<domain>/rest/`. Add more later with `addPortal`.
   */
  readonly portals?: readonly MockSiteOptions[];
}

/** Another portal of the mock; `log` and `rateLimit` are the mock's unless given. */
export interface MockSiteOptions extends MockPolicyOptions {
  /**
   * Its domain, a host name with at least one dot (`b.bitrix24.test`): deliveries and token
   * answers name it, and it is the first segment of its REST base (`<mock url>/<domain>/rest/`).
   */
  readonly domain: string;
  /** Its member_id (default: derived from the domain, the same on every start). */
  readonly memberId?: string;
  /** Its application token (default: its state file's, else a random one). */
  readonly applicationToken?: string;
  /** Its limits (default: the mock's `platform`). */
  readonly platform?: Partial<PlatformLimits>;
}

/** One portal of the mock: the default one (`MockPortal`) or another (`addPortal`). */
export interface MockPortalSite {
  /** How deliveries and token answers name it: the default portal's is the listening `host:port`. */
  readonly domain: string;
  readonly memberId: string;
  /**
   * Its REST base, as `client_endpoint` gives it (`<url>/rest/`, or `<url>/<domain>/rest/`):
   * pass it as a client's `restUrl`. Empty until the mock listens.
   */
  readonly restUrl: string;
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
  /** Webhook deliveries so far (the last `platform.deliveryRecords`): bot (or the application's own events), event, URL and how it went. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves once every webhook delivery started so far was answered or failed. */
  deliveriesSettled(): Promise<void>;
  /** Calls to known methods so far (the last `platform.calls`). */
  readonly calls: readonly CallRecord[];
  /** How many injected faults answered a call so far. */
  readonly faultsServed: number;
  /** Answer the next `times` calls (default 1) with this fault (of `fault.method` only, if given). Queued after earlier faults. */
  failNext(fault: MockFault, times?: number): void;
  /** Drop the queued faults. */
  clearFaults(): void;
  /** Accept one more OAuth token (e.g. the one a refresh hands out). */
  addToken(token: string): void;
  /** Answer this token with 401 expired_token from now on. */
  expireToken(token: string): void;
  /**
   * Installs the OAuth application on this portal: issues its first tokens (an access token
   * living `oauth.expiresIn` seconds and a refresh token) and, with `handlerUrl`, POSTs
   * ONAPPINSTALL there as the platform does, resolving once it was answered (a failed delivery
   * is in `result.delivery`, not thrown). From then on an OAuth call must carry a token issued
   * for this portal (or one of the `token` option), even on an open portal. Throws a TypeError
   * when the application is installed already.
   */
  install(options?: InstallOptions): Promise<InstallResult>;
  /**
   * Removes the application: every token issued for this portal is refused from now on (calls:
   * 401 invalid_token; renewals: 401 invalid_client), then ONAPPUNINSTALL goes to the install's
   * handler URL. Resolves to that delivery, settled. Throws a TypeError when not installed.
   */
  uninstall(options?: UninstallOptions): Promise<DeliveryRecord | undefined>;
  /** The application's installation on this portal, if it is installed. */
  readonly installation: Installation | undefined;
  /** Forget chats, bots, messages, commands, files, queued events, calls and faults; ids keep counting. The installation and its tokens stay. */
  reset(): void;
}

/** The OAuth server of the mock (standing in for oauth.bitrix.info). */
export interface MockOAuthServer {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Seconds an access token lives. */
  readonly expiresIn: number;
  /** The token endpoint, `<url>/oauth/token/` (GET with the query of auto-renewal.md, or POST as a form). Empty until listening. */
  readonly tokenUrl: string;
  /**
   * What deliveries and token answers give as `server_endpoint`: `<url>/rest/`. Bitrix24's is
   * `https://oauth.bitrix.info/rest/`, and SDKs find the token endpoint from it (`/rest/` taken
   * off, `/oauth/token/` put on): from this one they reach `tokenUrl`.
   */
  readonly serverEndpoint: string;
}

/** The mock: its default portal, the others, the OAuth server and the HTTP server they share. */
export interface MockPortal extends MockPortalSite {
  /** The origin, e.g. `http://127.0.0.1:54321`; the default portal's REST base is `${url}/rest`. Empty until listening. */
  readonly url: string;
  /** The underlying Fastify instance (add routes before `listen`). */
  readonly server: FastifyInstance;
  /** The OAuth server: the application's credentials and the token endpoint. */
  readonly oauth: MockOAuthServer;
  /** Every portal of the mock, the default one first. */
  readonly portals: readonly MockPortalSite[];
  /** A portal by its domain or member_id. */
  portal(domainOrMemberId: string): MockPortalSite | undefined;
  /**
   * Adds a portal at `<url>/<domain>/rest/` (before or after listening). Throws a TypeError for a
   * domain that is not a host name with a dot, or one the mock has already.
   */
  addPortal(options: MockSiteOptions): MockPortalSite;
  /** Stop listening, close every connection and write the state files a last time. */
  close(): Promise<void>;
}

/** A portal not listening yet: add routes to `server`, then `listen()`. */
export interface MockPortalUnstarted extends Omit<MockPortal, 'url'> {
  /** Listens (`port` and `host` from the options unless given) and resolves to the portal. */
  listen(at?: { readonly port?: number; readonly host?: string }): Promise<MockPortal>;
}

/** Room for a 100 MB file as base64 (139,810,136 characters) in a form body, with its escapes. */
const MOCK_BODY_BYTES = 160 * 1024 * 1024;

/** A host name with at least one dot, as a portal's domain; nothing the mock's own paths use. */
const DOMAIN = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** One portal: its state, its policy, its handler map, its state file. */
interface Unit {
  readonly state: PortalState;
  readonly policy: MockPolicy;
  readonly handlers: Handlers;
  readonly site: MockPortalSite;
  readonly writer: StateWriter | undefined;
}

interface UnitSetup {
  readonly options: MockPortalOptions | MockSiteOptions;
  readonly snapshot: Snapshot | undefined;
  /** The state file of this portal. */
  readonly statePath: string | undefined;
  readonly domain: string;
  readonly memberId: string;
  readonly applicationToken: string;
  readonly limits: Partial<PlatformLimits>;
  readonly ids: Ids;
  readonly v1Chats?: V1ChatStore;
  readonly extras?: () => MockFileExtras;
}

/**
 * Builds a mock portal without listening (the demo adds its routes first). Throws a TypeError for
 * bad options and a StateFileError for a state file it cannot read.
 */
export const createMockPortal = (options: MockPortalOptions = {}, table: BehaviourTable = portalTable): MockPortalUnstarted => {
  const limits: Partial<PlatformLimits> = { ...options.platform, ...(options.maxChats === undefined ? {} : { chats: options.maxChats }) };
  const snapshot = options.state === undefined ? undefined : readState(options.state);
  const app: OAuthApp = createOAuthApp(options.oauth, snapshot?.application);
  let url = '';
  const serverEndpoint = (): string => (url === '' ? '' : `${url}/rest/`);

  const units = new Map<string, Unit>();
  const onDelivery = (policy: MockPolicy) => (record: DeliveryRecord) => {
    policy.delivered(record);
    options.onDelivery?.(record);
  };

  const createUnit = (setup: UnitSetup): Unit => {
    const { options: given, snapshot: kept, statePath } = setup;
    const keptFiles = new Map((kept?.files ?? []).filter((file) => file.kept).map((file) => [file.id, file.size]));
    const state = createPortalState({
      limits: setup.limits,
      ids: setup.ids,
      ...(statePath === undefined ? {} : { fileBytes: folderFileBytes(`${statePath}.files`, (id, size) => keptFiles.get(id) === size) }),
      ...(setup.v1Chats === undefined ? {} : { v1Chats: setup.v1Chats }),
    });
    if (kept) restoreState(state, kept);
    state.domain = setup.domain;
    state.memberId = setup.memberId;
    state.applicationToken = setup.applicationToken;
    if (state.applicationToken === '') throw new TypeError('applicationToken must not be empty');
    const policy = createPolicy(given, state.limits.calls, {
      verdict: (token) => tokenVerdict(state, token),
      installed: () => everInstalled(state),
    });
    const delivered = onDelivery(policy);
    deliverEvents(state, { onDelivery: delivered });
    recordUserEvents(state);
    let writer: StateWriter | undefined;
    if (statePath !== undefined) {
      writer = stateWriter(state, statePath, {
        onError:
          options.onStateError ??
          ((error) => process.stderr.write(`b24-imbot-mock: cannot write the state file: ${(error as Error).message}\n`)),
        ...(setup.extras ? { extras: setup.extras } : {}),
      });
      state.changed = () => writer!.changed();
      // A fresh state file at once: the tokens and the id counters are kept from the start.
      if (!kept) writer.changed();
    }
    const site: MockPortalSite = {
      get domain() {
        return portalIdentity(state).domain;
      },
      get memberId() {
        return state.memberId;
      },
      get restUrl() {
        return state.origin === '' ? '' : `${state.origin}/rest/`;
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
      failNext: (fault, times) => policy.failNext(fault, times),
      clearFaults: () => policy.clearFaults(),
      addToken: (token) => policy.addToken(token),
      expireToken: (token) => policy.expireToken(token),
      install: (install = {}) => installApp(state, app, install, delivered),
      uninstall: (uninstall = {}) => uninstallApp(state, uninstall, delivered),
      get installation() {
        return state.oauth.installation;
      },
      reset() {
        resetPortal(state);
        policy.reset();
      },
    };
    return { state, policy, handlers: handlersFor(state, table), site, writer };
  };

  const otherDomains = (): string[] => [...units.keys()].filter((key) => key !== '');
  const main = createUnit({
    options,
    snapshot,
    statePath: options.state,
    domain: '',
    memberId: options.memberId ?? snapshot?.memberId ?? randomBytes(16).toString('hex'),
    applicationToken: options.applicationToken ?? snapshot?.applicationToken ?? randomBytes(16).toString('hex'),
    limits,
    ids: options.ids ?? createIds(snapshot?.ids),
    ...(options.v1Chats === undefined ? {} : { v1Chats: options.v1Chats }),
    ...(options.state === undefined
      ? {}
      : { extras: () => ({ application: { clientId: app.clientId, clientSecret: app.clientSecret }, portals: otherDomains() }) }),
  });
  for (const chat of options.v1Chats?.load?.() ?? []) restoreV1Chat(main.state, chat);
  units.set('', main);

  const portalsFolder = options.state === undefined ? undefined : `${options.state}.portals`;
  const place = (unit: Unit, domain: string): void => {
    if (url !== '') {
      unit.state.origin = domain === '' ? url : `${url}/${domain}`;
      unit.state.serverEndpoint = serverEndpoint();
    }
  };
  const addSite = (site: MockSiteOptions, restoring: boolean): Unit => {
    const domain = typeof site.domain === 'string' ? site.domain.toLowerCase() : '';
    if (!DOMAIN.test(domain)) throw new TypeError(`A portal's domain must be a host name with a dot (b.bitrix24.test), got ${JSON.stringify(site.domain)}`);
    if (units.has(domain)) {
      if (restoring) return units.get(domain)!;
      throw new TypeError(`The mock has a portal ${domain} already`);
    }
    const statePath = portalsFolder === undefined ? undefined : `${portalsFolder}/${domain}.json`;
    if (portalsFolder !== undefined) mkdirSync(portalsFolder, { recursive: true, mode: 0o700 });
    const kept = statePath === undefined ? undefined : readState(statePath);
    const inherited = {
      ...(options.log === undefined ? {} : { log: options.log }),
      ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    };
    const unit = createUnit({
      options: { ...inherited, ...site },
      snapshot: kept,
      statePath,
      domain,
      memberId: site.memberId ?? kept?.memberId ?? memberIdOf(domain),
      applicationToken: site.applicationToken ?? kept?.applicationToken ?? randomBytes(16).toString('hex'),
      limits: { ...limits, ...site.platform },
      ids: createIds(kept?.ids),
    });
    units.set(domain, unit);
    place(unit, domain);
    main.state.changed();
    return unit;
  };
  for (const domain of snapshot?.portals ?? []) addSite({ domain }, true);
  for (const site of options.portals ?? []) addSite(site, true);

  /** The portal a request was addressed to: the default one, or another by the path's first segment. */
  const unitOf = (request: FastifyRequest): Unit | undefined => {
    const domain = (request.params as { portal?: string } | undefined)?.portal;
    return domain === undefined ? main : units.get(domain.toLowerCase());
  };
  const requireUnit = (request: FastifyRequest): Unit => {
    const unit = unitOf(request);
    if (!unit) throw new Bitrix24Error('ERROR_METHOD_NOT_FOUND', 'No such portal on this mock');
    return unit;
  };
  // One handler map for every portal: each call goes to its portal's handler.
  const handlers = Object.fromEntries(
    Object.keys(operationTable).map((operationId) => [
      operationId,
      (params: never, context: { request: FastifyRequest }) =>
        (requireUnit(context.request).handlers as unknown as Record<string, (p: never, c: unknown) => unknown>)[operationId]!(params, context),
    ]),
  ) as unknown as Handlers;
  const authenticate: Authenticate = (auth, call) => requireUnit(call.request).policy.authenticate(auth, call);
  const beforeCall = (call: CallInfo): Promise<void> => requireUnit(call.request).policy.beforeCall(call);
  const restOptions = {
    authenticate,
    beforeCall,
    validateResponses: options.validateResponses ?? true,
    limits: { bodyBytes: MOCK_BODY_BYTES, ...options.limits },
  };
  const server = createServer(handlers, {
    ...restOptions,
    forceCloseConnections: true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // The other portals, at /<domain>/rest/ (their own scope: the REST plugin's parsers and hooks apply to their routes only).
  server.register(async (scope) => {
    await scope.register(bitrixRest, { ...restOptions, handlers, basePath: '/:portal/rest' } satisfies BitrixRestOptions);
  });
  serveFiles(server, (domain) => (domain === undefined ? main.state : units.get(domain.toLowerCase())?.state));
  serveOAuth(server, {
    app: () => app,
    portals: () => [...units.values()].map((unit) => unit.state),
    serverDomain: () => (url === '' ? 'localhost' : new URL(url).host),
  });
  attachPolicies(server, (request) => (unitOf(request) ?? main).policy);
  // A stateful call may have changed the state (Event.get confirms, a refused call stores nothing).
  server.addHook('onResponse', async (request) => {
    if (request.url.includes('/rest/')) unitOf(request)?.state.changed();
  });

  const portal: Omit<MockPortal, 'url'> & { readonly url: string } = Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(main.site),
      url: { get: () => url, enumerable: true },
      server: { value: server, enumerable: true },
      oauth: {
        enumerable: true,
        value: {
          clientId: app.clientId,
          clientSecret: app.clientSecret,
          expiresIn: app.expiresIn,
          get tokenUrl() {
            return url === '' ? '' : `${url}/oauth/token/`;
          },
          get serverEndpoint() {
            return serverEndpoint();
          },
        } satisfies MockOAuthServer,
      },
      portals: { enumerable: true, get: () => [...units.values()].map((unit) => unit.site) },
      portal: {
        enumerable: true,
        value: (key: string) => {
          const lower = typeof key === 'string' ? key.toLowerCase() : '';
          for (const unit of units.values()) if (unit.site.domain === lower || unit.state.memberId === key) return unit.site;
          return undefined;
        },
      },
      addPortal: { enumerable: true, value: (site: MockSiteOptions) => addSite(site, false).site },
      deliveriesSettled: {
        enumerable: true,
        value: async () => {
          for (const unit of units.values()) await deliveriesSettled(unit.state);
        },
      },
      close: {
        enumerable: true,
        value: async () => {
          for (const unit of units.values()) {
            unit.policy.close();
            stopDeliveries(unit.state);
          }
          try {
            await server.close();
          } finally {
            for (const unit of units.values()) unit.writer?.close();
          }
        },
      },
    },
  ) as MockPortal;

  const listen = async (at: { readonly port?: number; readonly host?: string } = {}): Promise<MockPortal> => {
    const host = at.host ?? options.host ?? '127.0.0.1';
    await server.listen({ port: at.port ?? options.port ?? 0, host });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : (at.port ?? options.port ?? 0);
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    for (const [domain, unit] of units) place(unit, domain);
    return portal as MockPortal;
  };
  return Object.defineProperties({ listen }, Object.getOwnPropertyDescriptors(portal)) as unknown as MockPortalUnstarted;
};

/** Starts a mock portal listening on `options.port` (0: a free one) of `options.host` (127.0.0.1). */
export const startMockPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => createMockPortal(options).listen();

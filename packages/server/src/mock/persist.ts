// The state file (`--state FILE`): the portal's bots, chats, messages, commands, files, queued
// events and users' im.v2 subscriptions with their events as JSON, so a restart carries on where
// the last run stopped. Plain files only, so the
// published package needs no native build step:
// - FILE is written whole to a temporary name, flushed to disk and renamed over the old one, so
//   a crash leaves the last complete snapshot, never half of one;
// - file bytes live in FILE.files/, one file each (file-bytes.ts);
// - it is written a moment after a change (coalesced) and when the portal stops.
// The default portal's FILE also names the OAuth application and the other portals, each kept in
// FILE.portals/<domain>.json the same way. What is not kept: the journal, delivery and call records, download links, faults. Ids never
// repeat either way (ids.ts): the clock floor covers what happened after the last snapshot.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { ID_KINDS, type IdKind } from './ids.js';
import type {
  BotRecord,
  ChatRecord,
  CommandRecord,
  EventQueue,
  FileRecord,
  MessageRecord,
  Installation,
  IssuedToken,
  PortalOAuth,
  PortalState,
  QueuedEvent,
  UserEventQueue,
  V1ChatParams,
} from './state.js';

const FORMAT = 'b24-imbot-mock-state';
const VERSION = 1;

/** A state file that cannot be read back: says which file and what is wrong with it. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

/** What a state file holds, once read and checked. */
export interface Snapshot {
  readonly applicationToken: string;
  readonly ids: Partial<Record<IdKind, number>>;
  readonly bots: BotRecord[];
  readonly goneBots: number[];
  readonly chats: ChatRecord[];
  readonly messages: MessageRecord[];
  readonly commands: CommandRecord[];
  readonly files: FileRecord[];
  readonly queues: [number, EventQueue][];
  /** Users' im.v2 queues (absent in files of earlier mocks). */
  readonly userQueues: [number, UserEventQueue][];
  /** The portal's domain and member_id (absent in files of earlier mocks; domain empty for the default portal). */
  readonly domain?: string;
  readonly memberId?: string;
  /** The application's installation and its tokens (absent in files of earlier mocks). */
  readonly oauth?: PortalOAuth;
  /** The default portal's file only: the OAuth application and the other portals' domains. */
  readonly application?: { readonly clientId: string; readonly clientSecret: string };
  readonly portals?: readonly string[];
}

/** What the default portal's file adds: the OAuth application, and which other portals there are. */
export interface MockFileExtras {
  readonly application: { readonly clientId: string; readonly clientSecret: string };
  readonly portals: readonly string[];
}

// ---- writing ----

const botJson = (bot: BotRecord) => bot;
const chatJson = (chat: ChatRecord) => ({
  ...chat,
  members: [...chat.members],
  managers: [...chat.managers],
  lastRead: [...chat.lastRead],
  messageIds: undefined,
});
const messageJson = (message: MessageRecord) => ({
  ...message,
  reactions: [...message.reactions].map(([code, users]) => [code, [...users]]),
});
const fileJson = (file: FileRecord) => ({ ...file, links: undefined });

/** Writes the state to `path` (temporary file, fsync, rename), a record at a time. */
export const writeState = (state: PortalState, path: string, extras?: () => MockFileExtras): void => {
  const temporary = `${path}.${process.pid}.tmp`;
  // Bot tokens are in it: readable by its owner only.
  const fd = openSync(temporary, 'w', 0o600);
  try {
    let buffered = '';
    const put = (text: string): void => {
      buffered += text;
      if (buffered.length >= 1 << 20) {
        writeSync(fd, buffered);
        buffered = '';
      }
    };
    const list = <T>(name: string, items: Iterable<T>, json: (item: T) => unknown): void => {
      put(`,${JSON.stringify(name)}:[`);
      let first = true;
      for (const item of items) {
        put(`${first ? '' : ','}${JSON.stringify(json(item))}`);
        first = false;
      }
      put(']');
    };
    put(
      `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"savedAt":${JSON.stringify(new Date().toISOString())}` +
        `,"applicationToken":${JSON.stringify(state.applicationToken)},"ids":${JSON.stringify(state.ids.counters())}` +
        `,"domain":${JSON.stringify(state.domain)},"memberId":${JSON.stringify(state.memberId)}` +
        `,"oauth":${JSON.stringify({
          installation: state.oauth.installation ?? null,
          accessTokens: [...state.oauth.accessTokens],
          refreshTokens: [...state.oauth.refreshTokens],
          revoked: [...state.oauth.revoked],
        })}`,
    );
    if (extras) {
      const { application, portals } = extras();
      put(`,"application":${JSON.stringify(application)},"portals":${JSON.stringify(portals)}`);
    }
    list('bots', state.bots.values(), botJson);
    list('goneBots', state.goneBots, (id) => id);
    list('chats', state.chats.values(), chatJson);
    list('messages', state.messages.values(), messageJson);
    list('commands', state.commands.values(), (command) => command);
    list('files', state.files.values(), fileJson);
    list('queues', state.queues, ([botId, queue]) => ({
      botId,
      confirmedBelow: queue.confirmedBelow,
      ...(queue.gone === undefined ? {} : { gone: queue.gone }),
      items: queue.items,
    }));
    list('userQueues', state.userQueues, ([userId, queue]) => ({
      userId,
      subscribed: queue.subscribed,
      confirmedBelow: queue.confirmedBelow,
      items: queue.items,
    }));
    put('}\n');
    writeSync(fd, buffered);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
};

export interface StateWriter {
  /** Something changed: write soon. */
  changed(): void;
  /** Write now if anything changed since the last write. */
  flush(): void;
  /** Flush, and write no more. */
  close(): void;
}

/**
 * Writes the state a moment after changes, never more often than every `delayMs` (and never
 * more than a fifth of the time: a slow write on a large state waits longer before the next).
 * A write that fails (a full disk) is reported and retried at the next change.
 */
export const stateWriter = (
  state: PortalState,
  path: string,
  options: { readonly delayMs?: number; readonly onError?: (error: unknown) => void; readonly extras?: () => MockFileExtras } = {},
): StateWriter => {
  const delayMs = options.delayMs ?? 500;
  let dirty = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let wait = delayMs;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const started = performance.now();
    try {
      writeState(state, path, options.extras);
    } catch (error) {
      dirty = true;
      options.onError?.(error);
    }
    wait = Math.max(delayMs, 4 * (performance.now() - started));
  };
  return {
    changed() {
      dirty = true;
      if (timer || closed) return;
      timer = setTimeout(flush, wait);
      timer.unref();
    },
    flush,
    close() {
      flush();
      closed = true;
    },
  };
};

// ---- reading ----

type Json = unknown;

/** Reads a field, or fails naming where it is in the file and what it should be. */
class Reader {
  constructor(private readonly file: string) {}

  fail(at: string, what: string): never {
    throw new StateFileError(`${this.file} is not a state file this mock can read: ${at} ${what}`);
  }

  object(value: Json, at: string): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, 'is not an object');
    return value as Record<string, Json>;
  }

  array(value: Json, at: string): Json[] {
    if (!Array.isArray(value)) this.fail(at, 'is not a list');
    return value as Json[];
  }

  id(value: Json, at: string): number {
    if (!Number.isSafeInteger(value) || (value as number) < 0) this.fail(at, 'is not an id');
    return value as number;
  }

  string(value: Json, at: string): string {
    if (typeof value !== 'string') this.fail(at, 'is not a string');
    return value;
  }

  boolean(value: Json, at: string): boolean {
    if (typeof value !== 'boolean') this.fail(at, 'is not true or false');
    return value;
  }

  optionalString(value: Json, at: string): string | undefined {
    return value === undefined ? undefined : this.string(value, at);
  }

  oneOf<T extends string>(value: Json, at: string, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) this.fail(at, `is not one of ${allowed.join(', ')}`);
    return value as T;
  }

  stringMap(value: Json, at: string): Record<string, string> {
    const map = this.object(value, at);
    for (const [key, text] of Object.entries(map)) this.string(text, `${at}.${key}`);
    return map as Record<string, string>;
  }

  digest(value: Json, at: string): { size: number; sha256: string } | undefined {
    if (value === undefined || value === null) return undefined;
    const digest = this.object(value, at);
    return { size: this.id(digest['size'], `${at}.size`), sha256: this.string(digest['sha256'], `${at}.sha256`) };
  }
}

const BOT_TYPES = ['bot', 'supervisor', 'personal', 'openline', 'network'] as const;
const COLORS = [
  'red', 'green', 'mint', 'lightBlue', 'darkBlue', 'purple', 'aqua', 'pink', 'lime', 'brown', 'azure', 'khaki',
  'sand', 'marengo', 'gray', 'graphite',
] as const;

const readBot = (r: Reader, value: Json, at: string): BotRecord => {
  const bot = r.object(value, at);
  const color = bot['color'] === undefined ? undefined : r.oneOf(bot['color'], `${at}.color`, COLORS);
  const gender = bot['gender'] === undefined ? undefined : r.oneOf(bot['gender'], `${at}.gender`, ['M', 'F'] as const);
  return {
    id: r.id(bot['id'], `${at}.id`),
    code: r.string(bot['code'], `${at}.code`),
    app: r.string(bot['app'], `${at}.app`),
    token: r.optionalString(bot['token'], `${at}.token`),
    type: r.oneOf(bot['type'], `${at}.type`, BOT_TYPES) as BotRecord['type'],
    eventMode: r.oneOf(bot['eventMode'], `${at}.eventMode`, ['fetch', 'webhook'] as const),
    webhookUrl: r.optionalString(bot['webhookUrl'], `${at}.webhookUrl`),
    isHidden: r.boolean(bot['isHidden'], `${at}.isHidden`),
    isReactionsEnabled: r.boolean(bot['isReactionsEnabled'], `${at}.isReactionsEnabled`),
    isSupportOpenline: r.boolean(bot['isSupportOpenline'], `${at}.isSupportOpenline`),
    backgroundId: bot['backgroundId'] === null ? null : r.string(bot['backgroundId'], `${at}.backgroundId`),
    name: r.string(bot['name'], `${at}.name`),
    lastName: r.string(bot['lastName'], `${at}.lastName`),
    workPosition: r.string(bot['workPosition'], `${at}.workPosition`),
    color,
    gender,
    avatar: r.digest(bot['avatar'], `${at}.avatar`),
    countMessage: r.id(bot['countMessage'], `${at}.countMessage`),
  };
};

const ids = (r: Reader, value: Json, at: string): number[] => r.array(value, at).map((id, i) => r.id(id, `${at}[${i}]`));

const readChat = (r: Reader, value: Json, at: string): ChatRecord => {
  const chat = r.object(value, at);
  const lastRead = r.array(chat['lastRead'], `${at}.lastRead`).map((pair, i) => {
    const [userId, messageId] = ids(r, pair, `${at}.lastRead[${i}]`);
    return [userId!, messageId!] as [number, number];
  });
  const v1 = chat['v1'] === undefined ? undefined : r.object(chat['v1'], `${at}.v1`);
  return {
    id: r.id(chat['id'], `${at}.id`),
    type: r.oneOf(chat['type'], `${at}.type`, ['chat', 'open', 'private'] as const),
    title: r.string(chat['title'], `${at}.title`),
    description: r.string(chat['description'], `${at}.description`),
    color: r.oneOf(chat['color'], `${at}.color`, COLORS),
    avatar: r.digest(chat['avatar'], `${at}.avatar`),
    ownerId: r.id(chat['ownerId'], `${at}.ownerId`),
    members: new Set(ids(r, chat['members'], `${at}.members`)),
    managers: new Set(ids(r, chat['managers'], `${at}.managers`)),
    entityType: r.string(chat['entityType'], `${at}.entityType`),
    entityId: r.string(chat['entityId'], `${at}.entityId`),
    textFieldEnabled: r.boolean(chat['textFieldEnabled'], `${at}.textFieldEnabled`),
    dateCreate: r.string(chat['dateCreate'], `${at}.dateCreate`),
    lastRead: new Map(lastRead),
    madeBy: r.oneOf(chat['madeBy'], `${at}.madeBy`, ['imbot.chat.add', 'imbot.v2', 'im.chat.add'] as const),
    // imbot.chat.add's parameters as the contract validated them when the chat was made.
    ...(v1 === undefined ? {} : { v1: v1 as V1ChatParams }),
    messageIds: new Set(),
  };
};

const readMessage = (r: Reader, value: Json, at: string): MessageRecord => {
  const message = r.object(value, at);
  const reactions = r.array(message['reactions'], `${at}.reactions`).map((pair, i) => {
    const [code, users] = r.array(pair, `${at}.reactions[${i}]`);
    return [r.string(code, `${at}.reactions[${i}][0]`), new Set(ids(r, users, `${at}.reactions[${i}][1]`))] as const;
  });
  const forward = message['forward'] === null ? null : r.object(message['forward'], `${at}.forward`);
  return {
    id: r.id(message['id'], `${at}.id`),
    chatId: r.id(message['chatId'], `${at}.chatId`),
    authorId: r.id(message['authorId'], `${at}.authorId`),
    date: r.string(message['date'], `${at}.date`),
    text: r.string(message['text'], `${at}.text`),
    isSystem: r.boolean(message['isSystem'], `${at}.isSystem`),
    params: r.object(message['params'], `${at}.params`),
    forward: forward as MessageRecord['forward'],
    reactions: new Map(reactions),
    deleted: r.boolean(message['deleted'], `${at}.deleted`),
    size: r.id(message['size'], `${at}.size`),
  };
};

const readCommand = (r: Reader, value: Json, at: string): CommandRecord => {
  const command = r.object(value, at);
  return {
    id: r.id(command['id'], `${at}.id`),
    botId: r.id(command['botId'], `${at}.botId`),
    command: r.string(command['command'], `${at}.command`),
    title: r.stringMap(command['title'], `${at}.title`),
    params: r.stringMap(command['params'], `${at}.params`),
    common: r.boolean(command['common'], `${at}.common`),
    hidden: r.boolean(command['hidden'], `${at}.hidden`),
    extranetSupport: r.boolean(command['extranetSupport'], `${at}.extranetSupport`),
  };
};

const readFile = (r: Reader, value: Json, at: string): FileRecord => {
  const file = r.object(value, at);
  return {
    id: r.id(file['id'], `${at}.id`),
    chatId: r.id(file['chatId'], `${at}.chatId`),
    authorId: r.id(file['authorId'], `${at}.authorId`),
    name: r.string(file['name'], `${at}.name`),
    size: r.id(file['size'], `${at}.size`),
    sha256: r.string(file['sha256'], `${at}.sha256`),
    date: r.string(file['date'], `${at}.date`),
    messageId: r.id(file['messageId'], `${at}.messageId`),
    kept: r.boolean(file['kept'], `${at}.kept`),
    links: new Set(),
  };
};

const readItems = (r: Reader, value: Json, at: string): QueuedEvent[] =>
  r.array(value, at).map((item, i) => {
    const event = r.object(item, `${at}[${i}]`);
    const json = r.string(event['json'], `${at}[${i}].json`);
    try {
      JSON.parse(json);
    } catch {
      r.fail(`${at}[${i}].json`, 'is not JSON');
    }
    return {
      eventId: r.id(event['eventId'], `${at}[${i}].eventId`),
      type: r.string(event['type'], `${at}[${i}].type`),
      json,
      ...(event['at'] === undefined ? {} : { at: r.id(event['at'], `${at}[${i}].at`) }),
    };
  });

const readQueue = (r: Reader, value: Json, at: string): [number, EventQueue] => {
  const queue = r.object(value, at);
  const items = readItems(r, queue['items'], `${at}.items`);
  return [
    r.id(queue['botId'], `${at}.botId`),
    {
      items,
      confirmedBelow: r.id(queue['confirmedBelow'], `${at}.confirmedBelow`),
      ...(queue['gone'] === undefined ? {} : { gone: readBot(r, queue['gone'], `${at}.gone`) }),
    },
  ];
};

const readUserQueue = (r: Reader, value: Json, at: string): [number, UserEventQueue] => {
  const queue = r.object(value, at);
  return [
    r.id(queue['userId'], `${at}.userId`),
    {
      items: readItems(r, queue['items'], `${at}.items`),
      confirmedBelow: r.id(queue['confirmedBelow'], `${at}.confirmedBelow`),
      subscribed: r.boolean(queue['subscribed'], `${at}.subscribed`),
    },
  ];
};

const readIssued = (r: Reader, value: Json, at: string): [string, IssuedToken][] =>
  r.array(value, at).map((pair, i) => {
    const [token, issued] = r.array(pair, `${at}[${i}]`);
    const record = r.object(issued, `${at}[${i}][1]`);
    return [
      r.string(token, `${at}[${i}][0]`),
      { userId: r.id(record['userId'], `${at}[${i}][1].userId`), expiresAt: r.id(record['expiresAt'], `${at}[${i}][1].expiresAt`) },
    ];
  });

const readOAuth = (r: Reader, value: Json, at: string): PortalOAuth => {
  const oauth = r.object(value, at);
  const installed = oauth['installation'] === null ? undefined : r.object(oauth['installation'], `${at}.installation`);
  const installation: Installation | undefined = installed && {
    handlerUrl: r.optionalString(installed['handlerUrl'], `${at}.installation.handlerUrl`),
    scope: r.string(installed['scope'], `${at}.installation.scope`),
    status: r.oneOf(installed['status'], `${at}.installation.status`, ['L', 'F', 'D', 'T', 'P'] as const),
    languageId: r.string(installed['languageId'], `${at}.installation.languageId`),
    version: r.string(installed['version'], `${at}.installation.version`),
    userId: r.id(installed['userId'], `${at}.installation.userId`),
  };
  return {
    installation,
    accessTokens: new Map(readIssued(r, oauth['accessTokens'], `${at}.accessTokens`)),
    refreshTokens: new Map(readIssued(r, oauth['refreshTokens'], `${at}.refreshTokens`)),
    revoked: new Set(r.array(oauth['revoked'], `${at}.revoked`).map((token, i) => r.string(token, `${at}.revoked[${i}]`))),
  };
};

/** Reads and checks a state file; undefined when there is none yet. A file that cannot be read is a StateFileError. */
export const readState = (path: string): Snapshot | undefined => {
  if (!existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StateFileError(`${path} cannot be read: ${(error as Error).message}`);
  }
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(`${path} is not JSON (${(error as Error).message}); move it away to start afresh`);
  }
  const r = new Reader(path);
  const root = r.object(json, 'the file');
  if (root['format'] !== FORMAT) r.fail('format', `is not ${JSON.stringify(FORMAT)}`);
  if (root['version'] !== VERSION) r.fail('version', `is ${JSON.stringify(root['version'])}; this mock reads version ${VERSION}`);
  const counters = r.object(root['ids'], 'ids');
  const list = <T>(name: string, read: (r: Reader, value: Json, at: string) => T): T[] =>
    r.array(root[name], name).map((item, i) => read(r, item, `${name}[${i}]`));
  return {
    applicationToken: r.string(root['applicationToken'], 'applicationToken'),
    ids: Object.fromEntries(ID_KINDS.map((kind) => [kind, r.id(counters[kind], `ids.${kind}`)])),
    bots: list('bots', readBot),
    goneBots: ids(r, root['goneBots'], 'goneBots'),
    chats: list('chats', readChat),
    messages: list('messages', readMessage),
    commands: list('commands', readCommand),
    files: list('files', readFile),
    queues: list('queues', readQueue),
    // Written since users' im.v2 events came; a file of an earlier mock has none.
    userQueues: root['userQueues'] === undefined ? [] : list('userQueues', readUserQueue),
    // Written since the mock had OAuth and several portals; a file of an earlier mock has none.
    ...(root['domain'] === undefined ? {} : { domain: r.string(root['domain'], 'domain') }),
    ...(root['memberId'] === undefined ? {} : { memberId: r.string(root['memberId'], 'memberId') }),
    ...(root['oauth'] === undefined ? {} : { oauth: readOAuth(r, root['oauth'], 'oauth') }),
    ...(root['application'] === undefined
      ? {}
      : {
          application: {
            clientId: r.string(r.object(root['application'], 'application')['clientId'], 'application.clientId'),
            clientSecret: r.string(r.object(root['application'], 'application')['clientSecret'], 'application.clientSecret'),
          },
        }),
    ...(root['portals'] === undefined
      ? {}
      : { portals: r.array(root['portals'], 'portals').map((domain, i) => r.string(domain, `portals[${i}]`)) }),
  };
};

/** Puts a snapshot's records into a fresh state (messages back into their chats; bytes checked by the caller). */
export const restoreState = (state: PortalState, snapshot: Snapshot): void => {
  if (snapshot.memberId) state.memberId = snapshot.memberId;
  if (snapshot.oauth) {
    state.oauth.installation = snapshot.oauth.installation;
    for (const [token, issued] of snapshot.oauth.accessTokens) state.oauth.accessTokens.set(token, issued);
    for (const [token, issued] of snapshot.oauth.refreshTokens) state.oauth.refreshTokens.set(token, issued);
    for (const token of snapshot.oauth.revoked) state.oauth.revoked.add(token);
  }
  for (const bot of snapshot.bots) state.bots.set(bot.id, bot);
  for (const id of snapshot.goneBots) state.goneBots.add(id);
  for (const chat of snapshot.chats) state.chats.set(chat.id, chat);
  for (const message of snapshot.messages) {
    const chat = state.chats.get(message.chatId);
    if (!chat) continue;
    state.messages.set(message.id, message);
    chat.messageIds.add(message.id);
    state.messageBytes += message.size;
  }
  for (const command of snapshot.commands) state.commands.set(command.id, command);
  for (const file of snapshot.files) {
    if (!state.chats.has(file.chatId)) continue;
    if (file.kept && state.fileBytes.size(file.id) !== file.size) file.kept = false;
    state.files.set(file.id, file);
    if (file.kept) state.storedFileBytes += file.size;
  }
  for (const [botId, queue] of snapshot.queues) {
    state.queues.set(botId, queue);
    for (const item of queue.items) state.queuedEventBytes += item.json.length;
  }
  for (const [userId, queue] of snapshot.userQueues) {
    state.userQueues.set(userId, queue);
    for (const item of queue.items) state.queuedEventBytes += item.json.length;
  }
};

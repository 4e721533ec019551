// Every bot event the mock delivers, compared field by field (names and types) with what the
// pages show (test/fixtures/event-pages.ts, copied from the event and entity pages): the fields
// of each event's table, the page's example where there is one, and the entity tables for the
// objects in it (a chat in events has no role, no muteList and none of the fields only method
// answers have). Both delivery modes: Event.get's JSON, and the webhook form as PHP reads it.
// A command from a keyboard button (im.message.command) carries the same fields. A user's ONIMV2*
// events (im.v2.Event.get) are compared with their page the same way.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MockPortal } from '../src/mock/index.js';
import {
  type EntityFacts,
  type EventPageFacts,
  type PageType,
  deliveryAuth,
  entities,
  eventCommand,
  eventPages,
  userEventOfflineFields,
  userEventPages,
  webhookBot,
} from './fixtures/event-pages.js';
import { contract, model } from './contract.js';
import { OTHER_HOOK, call, registerBot, startPortal, type TestBot, v2 } from './mock-v2.js';

// The bot events, from the contract (ONAPPINSTALL and ONAPPUNINSTALL are the application's).
const botEventNames = model.events.filter((event) => event.about === 'bot').map((event) => event.name);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A receiver keeping each raw form body. */
const startRaw = async () => {
  const bodies: string[] = [];
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`, bodies };
};

/**
 * Makes every event of the contract for the bot, in a group chat where it can: added to a chat
 * (JOINCHAT), a message mentioning it (MESSAGEADD), a command (COMMANDADD), the message edited
 * and deleted, a reaction on the bot's own message, context from a link (CONTEXTGET, in its
 * personal dialog), unregistered (DELETE).
 */
const everyEvent = async (mock: MockPortal, bot: TestBot, host: TestBot): Promise<void> => {
  const chat = (await v2('imbot.v2.Chat.add', { ...host.auth, fields: { title: 'Support Chat', userIds: [1, 2, bot.botId] } })).chat.dialogId;
  await v2('imbot.v2.Command.register', { ...bot.auth, fields: { command: 'help', title: { en: 'Help' } } });
  const hello = mock.userSends({ userId: 1, dialogId: chat, text: `Hello [USER=${bot.botId}]bot[/USER]!` }).id;
  mock.userSends({ userId: 1, dialogId: chat, text: '/help topic' });
  mock.userEdits({ userId: 1, messageId: hello, text: `Hello again [USER=${bot.botId}]bot[/USER]` });
  const answer = (await v2('imbot.v2.Chat.Message.send', { ...bot.auth, dialogId: chat, fields: { message: 'How can I help?' } })).id;
  mock.userReacts({ userId: 1, messageId: answer, reaction: 'like' });
  mock.userDeletes({ userId: 1, messageId: hello });
  mock.userOpens({ userId: 1, botId: bot.botId, context: { entityId: 164, entityType: 'task', source: 'link' } });
  await v2('imbot.v2.Bot.unregister', bot.auth);
};

/** A value's type in the pages' words. */
const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/** The JSON types a page type allows (`integer[]` is an array). */
const allowed = (type: PageType): string[] => type.split('|').map((part) => (part.endsWith('[]') ? 'array' : part));

/** Compares an entity as delivered with its table and (when the page shows one) the page's example of it. */
const compareEntity = (where: string, delivered: Json, entity: EntityFacts, example: Json | undefined): void => {
  expect(typeOf(delivered), where).toBe('object');
  const inEvents = Object.keys(entity.fields).filter((name) => !entity.notInEvents.includes(name));
  // No field the entity table does not have for events: none of the answer-only ones, no role or muteList.
  expect(Object.keys(delivered).filter((name) => !inEvents.includes(name)), `${where}: fields beyond ${entity.page}`).toEqual([]);
  // Every field the page's example shows.
  if (example !== undefined) {
    expect(Object.keys(example).filter((name) => !(name in delivered)), `${where}: fields of the page's example`).toEqual([]);
  }
  for (const [name, value] of Object.entries<unknown>(delivered)) {
    const type = entity.fields[name]!;
    expect(allowed(type), `${where}.${name}: ${JSON.stringify(value)} is ${typeOf(value)}, the table says ${type}`).toContain(typeOf(value));
    // Where the page's example has the field: the same type, unless the table allows both.
    if (example !== undefined && name in example && !type.includes('|')) {
      expect(typeOf(value), `${where}.${name}: the example's type`).toBe(typeOf(example[name]));
    }
  }
};

/** `data` of one event in fetch mode, compared with the page. */
const compareData = (name: string, data: Json, pages: Readonly<Record<string, EventPageFacts>> = eventPages): void => {
  const facts = pages[name]!;
  expect(Object.keys(data).sort(), `${name}: the fields of ${facts.page}`).toEqual(Object.keys(facts.fields).sort());
  for (const [field, type] of Object.entries(facts.fields)) {
    const where = `${name}.data.${field}`;
    const example = facts.example?.[field] as Json;
    if (field === 'bot') compareEntity(where, data.bot, entities.Bot, example);
    else if (type === 'Message' || type === 'Chat' || type === 'User') compareEntity(where, data[field], entities[type], example);
    else if (type === 'Command') {
      expect(Object.keys(data.command).sort(), where).toEqual(Object.keys(eventCommand.fields).sort());
      for (const [key, commandType] of Object.entries(eventCommand.fields)) expect(allowed(commandType), `${where}.${key}`).toContain(typeOf(data.command[key]));
      expect(eventCommand.contexts, `${where}.context`).toContain(data.command.context);
    } else {
      expect(allowed(type), `${where}: ${JSON.stringify(data[field])}`).toContain(typeOf(data[field]));
      if (example !== undefined) expect(typeOf(data[field]), `${where}: the example's type`).toBe(typeOf(example));
    }
  }
};

/** What http_build_query leaves of a value: empty arrays and objects write nothing. */
const formShape = (value: Json): Json => {
  if (value === null || typeof value !== 'object') return 'string';
  const entries = Object.entries<Json>(value).filter(([, inner]) => !(inner !== null && typeof inner === 'object' && Object.keys(inner).length === 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, formShape(inner)]));
};

describe('bot events carry the fields the pages show', { timeout: 60_000 }, () => {
  let fetched: Map<string, Json>;
  let posted: Map<string, Json>;
  let pressed: Json;

  beforeAll(async () => {
    const mock = await startPortal();
    const receiver = await startRaw();
    const host = await registerBot();
    const fetchBot = await registerBot();
    const webhookMode = await registerBot({ eventMode: 'webhook', webhookUrl: receiver.url });
    // Two runs of the same conversation, one per delivery mode; the first event of each type is compared.
    await everyEvent(mock, fetchBot, host);
    const events = (await v2('imbot.v2.Event.get', { ...fetchBot.auth, limit: 1000 })).events as Json[];
    fetched = new Map(events.reverse().map((event) => [event.type, event.data]));
    await everyEvent(mock, webhookMode, host);
    await mock.deliveriesSettled();
    posted = new Map(receiver.bodies.reverse().map((body) => {
      const form = qs.parse(body, { depth: 20, arrayLimit: 1000, parameterLimit: 100_000 }) as Json;
      return [form.event, form];
    }));
    // A call after the bot is gone is refused: the conversation went as planned.
    expect((await call('imbot.v2.Bot.get', webhookMode.auth)).body.error).toBe('BOT_NOT_FOUND');
    // A keyboard button pressed under the bot's message, over REST.
    const keyboardBot = await registerBot();
    await v2('imbot.v2.Command.register', { ...keyboardBot.auth, fields: { command: 'help', title: { en: 'Help' } } });
    const menu = (await v2('imbot.v2.Chat.Message.send', { ...keyboardBot.auth, dialogId: '1', fields: { message: 'Menu', keyboard: [{ TEXT: 'Help', COMMAND: 'help', COMMAND_PARAMS: 'topic' }] } })).id;
    expect((await call('im.message.command', { MESSAGE_ID: menu, BOT_ID: keyboardBot.botId, COMMAND: 'help', COMMAND_PARAMS: 'topic' })).status).toBe(200);
    pressed = ((await v2('imbot.v2.Event.get', { ...keyboardBot.auth, limit: 1000 })).events as Json[]).find((event) => event.type === 'ONIMBOTV2COMMANDADD');
  });

  it('a keyboard button pressed (im.message.command): ONIMBOTV2COMMANDADD with the fields of the page, context keyboard', () => {
    expect(pressed, 'the press was delivered').toBeDefined();
    compareData('ONIMBOTV2COMMANDADD', pressed.data);
    expect(pressed.data.command).toMatchObject({ command: '/help', params: 'topic', context: 'keyboard' });
    // The keyboard is the sender's param of the message it is under.
    expect(Object.keys(pressed.data.message.params)).toEqual(['KEYBOARD']);
  });

  it('every event of the contract has a page entry, and the fixture agrees with itself', () => {
    expect(Object.keys(eventPages).sort()).toEqual([...botEventNames].sort());
    for (const [name, facts] of Object.entries(eventPages)) {
      if (facts.example) expect(Object.keys(facts.example).sort(), name).toEqual(Object.keys(facts.fields).sort());
    }
    // Two events have no example on their page: compared with their field table and the entities only.
    expect(Object.entries(eventPages).filter(([, facts]) => !facts.example).map(([name]) => name)).toEqual([
      'ONIMBOTV2MESSAGEUPDATE',
      'ONIMBOTV2MESSAGEDELETE',
    ]);
  });

  it.each([...botEventNames])('%s, fetch mode (Event.get): names and types as the page shows', (name) => {
    const data = fetched.get(name);
    expect(data, `${name} was delivered`).toBeDefined();
    compareData(name, data);
  });

  it('values the pages show: gender M or F, a personal dialog owned by its bot, no params but the sender\'s', () => {
    for (const [name, data] of fetched) {
      // entities.md, User.gender: M or F.
      if (data.user) expect(['M', 'F'], `${name}.data.user.gender`).toContain(data.user.gender);
      // The page's example messages carry `params: {}`; nothing here set any (no reactions in them).
      if (data.message) expect(data.message.params, `${name}.data.message.params`).toEqual({});
    }
    // events.md, ONIMBOTV2CONTEXTGET: the private chat's owner is the bot (456 in the example).
    const context = fetched.get('ONIMBOTV2CONTEXTGET');
    expect(eventPages['ONIMBOTV2CONTEXTGET']!.example).toMatchObject({ bot: { id: 456 }, chat: { type: 'private', owner: 456 } });
    expect(context.chat).toMatchObject({ type: 'private', owner: context.bot.id, dialogId: String(context.user.id) });
  });

  it.each([...botEventNames])('%s, webhook mode: the form carries the same fields, every scalar a string', (name) => {
    const form = posted.get(name);
    expect(form, `${name} was delivered`).toBeDefined();
    expect(Object.keys(form).sort()).toEqual(['auth', 'data', 'event', 'event_handler_id', 'ts']);
    const authKeys = Object.keys(form.auth);
    expect(deliveryAuth.required.filter((key) => !authKeys.includes(key)), `top-level auth (${deliveryAuth.page})`).toEqual([]);
    expect(authKeys.filter((key) => ![...deliveryAuth.required, ...deliveryAuth.optional].includes(key as never))).toEqual([]);
    // data.bot is cut to id, code and auth in webhook mode.
    expect(Object.keys(form.data.bot).sort()).toEqual(Object.keys(webhookBot.fields).sort());
    expect(Object.keys(form.data.bot.auth).sort(), webhookBot.page).toEqual([...webhookBot.authKeys].sort());
    // The rest as in fetch mode, less what a form cannot carry, and every value a string.
    const { bot: _bot, ...rest } = fetched.get(name);
    const { bot: _formBot, ...formRest } = form.data;
    expect(formShape(formRest)).toEqual(formShape(rest));
  });
});

/** The ONIMV2* events the contract has: its item schemas marked `x-bitrix-delivery: fetch`, by their `type`. */
const contractUserEvents = Object.values<Json>(contract.components.schemas)
  .filter((schema) => schema['x-bitrix-delivery'] === 'fetch')
  .map((schema) => schema.properties.type.const as string);

describe('a user\'s im.v2 events carry the fields the page shows', { timeout: 60_000 }, () => {
  let fetched: Map<string, Json>;

  beforeAll(async () => {
    const mock = await startPortal();
    // User 2 subscribes; user 1 makes a chat with user 2, writes, edits, likes and deletes.
    await v2('im.v2.Event.subscribe', {}, OTHER_HOOK);
    const chatId = (await call('im.chat.add', { USERS: [2], TITLE: 'Project Chat' })).body.result as number;
    const id = mock.userSends({ userId: 1, dialogId: `chat${chatId}`, text: 'Hello everyone!' }).id;
    mock.userEdits({ userId: 1, messageId: id, text: 'Hello, everyone!' });
    mock.userReacts({ userId: 1, messageId: id, reaction: 'like' });
    mock.userDeletes({ userId: 1, messageId: id });
    const { events } = await v2('im.v2.Event.get', { limit: 1000 }, OTHER_HOOK);
    fetched = new Map((events as Json[]).reverse().map((event) => [event.type, event.data]));
  });

  it('every ONIMV2* event of the contract has a page entry', () => {
    expect(Object.keys(userEventPages).sort()).toEqual([...contractUserEvents].sort());
    for (const [name, facts] of Object.entries(userEventPages)) {
      if (facts.example) expect(Object.keys(facts.example).sort(), name).toEqual(Object.keys(facts.fields).sort());
    }
  });

  it.each(Object.keys(userEventPages))('%s: names and types as the page shows, the user offline', (name) => {
    const data = fetched.get(name);
    expect(data, `${name} was recorded`).toBeDefined();
    compareData(name, data, userEventPages);
    for (const field of userEventOfflineFields) expect(data.user[field], `${name}.data.user.${field}`).toBe(false);
  });
});

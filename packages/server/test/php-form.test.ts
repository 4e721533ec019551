// PHP-style forms read as PHP's parse_str reads them (the rules of the PHP manual, "Variables
// From External Sources" and parse_str): a name is decoded, then taken apart at its brackets; a
// later value replaces an earlier one; `[]` appends after the largest integer key so far; a
// scalar on the way to a bracket is replaced by an array; what follows a name's last `]` is
// ignored. Seen through a free-form value (an event's `context`) and through a REST call.
import { loadContract } from '@b24-imbot/schema/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotEvent, createServer, exampleHandlers, handleEventDelivery, type Handlers } from '../src/index.js';
import { expectError, expectSuccess, form, request } from './helpers.js';
import { platformForm } from './php.js';

const contract = loadContract();
const TOKEN = '831c76b092f9f135d9b6b36c3a720757';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The `context` an ONIMBOTV2CONTEXTGET delivery brings when `extra` follows its form. */
const contextOf = async (extra: string): Promise<Json> => {
  const event = contract.events.find((e) => e.name === 'ONIMBOTV2CONTEXTGET')!;
  const example = structuredClone(event.examples[0]) as Json;
  const { context: _context, ...data } = example.data;
  const body = `${platformForm({ ...example, ts: Math.floor(Date.now() / 1000), auth: { ...example.auth, application_token: TOKEN }, data })}&${extra}`;
  const seen: BotEvent[] = [];
  const answer = handleEventDelivery(body, 'application/x-www-form-urlencoded', {
    applicationToken: TOKEN,
    replay: false,
    handlers: { ONIMBOTV2CONTEXTGET: (got) => void seen.push(got) },
  });
  expect(answer.status, answer.body).toBe(200);
  await answer.handled;
  return JSON.parse(JSON.stringify((seen[0]!.data as Json).context));
};

describe('a form, read as PHP reads it', () => {
  it.each([
    ['a later value replaces an earlier one', 'data[context][a]=1&data[context][a]=2', { a: '2' }],
    ['[] appends, in order', 'data[context][list][]=x&data[context][list][]=y', { list: ['x', 'y'] }],
    ['indexes make a list in index order', 'data[context][list][1]=b&data[context][list][0]=a', { list: ['a', 'b'] }],
    ['[] appends after the largest index', 'data[context][list][5]=a&data[context][list][]=b', { list: ['a', 'b'] }],
    ['a scalar on the way is replaced by an array', 'data[context][a]=1&data[context][a][b]=2', { a: { b: '2' } }],
    ['an array is replaced by a later scalar', 'data[context][a][b]=2&data[context][a]=1', { a: '1' }],
    ['names and indexes together make an object', 'data[context][m][]=x&data[context][m][k]=y', { m: { 0: 'x', k: 'y' } }],
    ['what follows the last ] is ignored', 'data[context][a]tail=1', { a: '1' }],
    ['a name without = is an empty value', 'data[context][a]', { a: '' }],
    ['empty pairs are skipped', '&&data[context][a]=1&', { a: '1' }],
    ['+ and percent-encoding decode, in names too', 'data%5Bcontext%5D%5Bx+y%5D=a+b%26c', { 'x y': 'a b&c' }],
    ['keys of any name are data', 'data[context][constructor]=c&data[context][__proto__][p]=1', JSON.parse('{"constructor":"c","__proto__":{"p":"1"}}')],
  ])('%s', async (_what, extra, expected) => {
    expect(await contextOf(extra)).toEqual(expected);
  });
});

describe('limits of a form', () => {
  const server = { url: '', close: async (): Promise<void> => {} };
  const calls: Json[] = [];
  beforeAll(async () => {
    const app = createServer({ ...exampleHandlers, imbotChatAdd: (params) => (calls.push(params), 1) } as Handlers, {
      authenticate: () => {},
      validateResponses: true,
      limits: { parameters: 10, arrayLength: 5, depth: 3 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    server.url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/rest/imbot.chat.add`;
    server.close = () => app.close();
  });
  afterAll(() => server.close());

  it('the last of repeated names wins, and the limits hold exactly at their edge', async () => {
    expectSuccess(await request(server.url, form('TITLE=first&TITLE=last&USERS[]=1&USERS[]=2&USERS[]=3&USERS[]=4&USERS[]=5&X[a][b]=1')));
    expect(calls.at(-1)).toMatchObject({ TITLE: 'last', USERS: [1, 2, 3, 4, 5] });
  });

  it.each([
    ['more parameters than the limit', Array.from({ length: 11 }, (_, i) => `p${i}=1`).join('&')],
    ['a list longer than the limit', 'USERS[]=1&USERS[]=2&USERS[]=3&USERS[]=4&USERS[]=5&USERS[]=6'],
    ['nesting deeper than the limit', 'USERS[]=1&X[a][b][c][d]=1'],
  ])('%s: 400 INVALID_FORMAT', async (_what, body) => {
    const before = calls.length;
    expectError(await request(server.url, form(body)), 400, 'INVALID_FORMAT');
    expect(calls).toHaveLength(before);
  });
});

// The eight ONIMBOTV2* events as OpenAPI 3.1 webhooks: one per event of Event.get's union, each
// delivery's `data` the very schema Event.get uses for that event, examples valid, extra
// properties allowed at every level a payload may grow.
import { describe, expect, it } from 'vitest';
import { type Json, model, resolve, validatorFor } from './load-contract.js';

const EVENTS = [
  'ONIMBOTV2MESSAGEADD',
  'ONIMBOTV2MESSAGEUPDATE',
  'ONIMBOTV2MESSAGEDELETE',
  'ONIMBOTV2JOINCHAT',
  'ONIMBOTV2COMMANDADD',
  'ONIMBOTV2REACTIONCHANGE',
  'ONIMBOTV2CONTEXTGET',
  'ONIMBOTV2DELETE',
];

/** Event name -> the `data` $ref of its member of ImbotV2Event (Event.get's items). */
const fetchData = new Map<string, string>(
  resolve({ $ref: '#/components/schemas/ImbotV2Event' }).oneOf.map((member: Json) => {
    const schema = resolve(member);
    return [schema.properties.type.const, schema.properties.data.$ref];
  }),
);

/** The application's lifecycle events, the other webhooks (app-events.test.ts). */
const APP_EVENTS = ['ONAPPINSTALL', 'ONAPPUNINSTALL'];

describe('webhooks', () => {
  it('are the eight bot events of Event.get and the two application events, as forms', () => {
    expect(model.events.map((event) => event.name)).toEqual([...EVENTS, ...APP_EVENTS]);
    expect([...fetchData.keys()].sort()).toEqual([...EVENTS].sort());
    for (const event of model.events) expect(event.contentType).toBe('application/x-www-form-urlencoded');
  });

  it.each(EVENTS)('%s: data is the schema Event.get returns for it', (name) => {
    const event = model.events.find((e) => e.name === name)!;
    expect(event.dataSchema).toEqual({ $ref: fetchData.get(name) });
    const payload = resolve(event.payloadSchema);
    expect(payload.required).toEqual(['event', 'data', 'ts', 'auth']);
    expect(payload.properties.event.const).toBe(name);
    expect(payload.properties.auth).toEqual({ $ref: '#/components/schemas/ImbotV2EventAuth' });
  });

  it.each(EVENTS)('%s: its example holds, with the webhook form of bot and extra fields anywhere', (name) => {
    const event = model.events.find((e) => e.name === name)!;
    const validate = validatorFor(event.payloadSchema);
    expect(event.examples).toHaveLength(1);
    const example = event.examples[0];
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(example.data.bot)).toEqual(['id', 'code', 'auth']);

    const extended = structuredClone(example);
    extended.unlisted = 'x';
    extended.auth.unlisted = 'x';
    extended.data.unlisted = 'x';
    extended.data.bot.unlisted = 'x';
    for (const key of ['message', 'chat', 'user', 'command']) {
      if (extended.data[key]) extended.data[key].unlisted = 'x';
    }
    expect(validate(extended), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuse a delivery without the application token or with another event name', () => {
    const event = model.events[0]!;
    const validate = validatorFor(event.payloadSchema);
    const example = structuredClone(event.examples[0]);
    expect(validate({ ...example, event: 'ONIMBOTV2DELETE' })).toBe(false);
    delete example.auth.application_token;
    expect(validate(example)).toBe(false);
  });

  it('the same data passes the Event.get item schema with the full bot', () => {
    const validate = validatorFor({ $ref: '#/components/schemas/ImbotV2Event' });
    const bot = resolve({ $ref: '#/components/schemas/Bot' }).example;
    for (const event of model.events.filter((e) => EVENTS.includes(e.name))) {
      const item = { eventId: 1, type: event.name, date: '2025-01-15T10:30:00+02:00', data: { ...event.examples[0].data, bot } };
      expect(validate(item), `${event.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

// The five ONIMV2* user events held to im.v2/events/events.md: each an Event.get item with the
// page's data fields, marked as arriving by polling only, never a webhook; and both Event.get
// methods admit them (imbot.v2.Event.get with withUserEvents, beside the bot events).
import { describe, expect, it } from 'vitest';
import { type Json, model, resolve, validatorFor } from './load-contract.js';
import { imV2Events, imV2EventsDelivery } from './user-side.fixture.js';

const union = resolve({ $ref: '#/components/schemas/ImV2Event' });
const members: Json[] = union.oneOf.map(resolve);
const byType = new Map<string, Json>(members.map((member) => [member.properties.type.const, member]));
const names = Object.keys(imV2Events);
const botEvents = Object.keys(resolve({ $ref: '#/components/schemas/ImbotV2Event' }).discriminator.mapping);
const date = '2025-01-15T10:30:00+02:00';

/** The example data of ONIMV2MESSAGEADD, the one the page shows. */
const pageData = resolve({ $ref: '#/components/schemas/ImV2EventMessageAddData' }).example;
const dataFor = (name: string): Json => {
  const { message, chat, user, language } = pageData;
  switch (name) {
    case 'ONIMV2MESSAGEDELETE':
      return { messageId: message.id, chat, user, language };
    case 'ONIMV2REACTIONCHANGE':
      return { reaction: 'like', action: 'add', message, chat, user, language };
    case 'ONIMV2JOINCHAT':
      return { dialogId: chat.dialogId, chat, user, language };
    default:
      return { message, chat, user, language };
  }
};
const item = (name: string, eventId = 1) => ({ eventId, type: name, date, data: dataFor(name) });

describe('the ONIMV2* events', () => {
  it('are the five of the page, told apart by type', () => {
    expect([...byType.keys()].sort()).toEqual([...names].sort());
    expect(union.discriminator.propertyName).toBe('type');
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: data has the fields of the page, all required, more allowed', (name) => {
    const data = resolve(byType.get(name)!.properties.data);
    expect(data.required).toEqual(imV2Events[name]);
    expect(Object.keys(data.properties)).toEqual(imV2Events[name]);
    expect(data.additionalProperties).toBe(true);
    // Polling: no bot and no auth in the data.
    expect(data.properties).not.toHaveProperty('bot');
    expect(data.properties).not.toHaveProperty('auth');
  });

  it.each(names)(`%s: arrives by polling only (x-bitrix-delivery: ${imV2EventsDelivery}), so it is no webhook`, (name) => {
    expect(byType.get(name)!['x-bitrix-delivery']).toBe(imV2EventsDelivery);
    expect(model.events.map((event) => event.name)).not.toContain(name);
    expect(model.document.webhooks).not.toHaveProperty(name);
  });

  it("holds the page's example data, and refuses a wrong action or a missing field", () => {
    const validate = validatorFor({ $ref: '#/components/schemas/ImV2Event' });
    for (const name of names) expect(validate(item(name)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ ...item('ONIMV2REACTIONCHANGE'), data: { ...dataFor('ONIMV2REACTIONCHANGE'), action: 'toggle' } })).toBe(false);
    const { user: _user, ...withoutUser } = dataFor('ONIMV2MESSAGEADD');
    expect(validate({ ...item('ONIMV2MESSAGEADD'), data: withoutUser })).toBe(false);
    expect(validate({ ...item('ONIMV2MESSAGEADD'), data: { ...dataFor('ONIMV2MESSAGEADD'), extra: 1 } })).toBe(true);
    expect(validate({ ...item('ONIMBOTV2DELETE'), data: { bot: { id: 456, code: 'x' } } })).toBe(false);
  });
});

describe('im.v2.Event.get and imbot.v2.Event.get (withUserEvents) return them', () => {
  const imV2 = model.operation('im.v2.Event.get')!;
  const imbotV2 = model.operation('imbot.v2.Event.get')!;
  const time = imV2.successExample.time;
  const answer = (events: Json[]) => ({ result: { events, nextOffset: 9, hasMore: false }, time });

  it('im.v2.Event.get: user events only', () => {
    const validate = validatorFor(imV2.successSchema);
    expect(validate(answer(names.map((name, i) => item(name, i + 1))))).toBe(true);
    expect(validate(answer([{ eventId: 1, type: 'ONIMBOTV2DELETE', date, data: { bot: { id: 456, code: 'x' } } }]))).toBe(false);
    expect(imV2.successExample.result.events.map((event: Json) => event.type)).toEqual(['ONIMV2MESSAGEADD']);
  });

  it('imbot.v2.Event.get: the bot events, and with withUserEvents the user events in the same queue', () => {
    const validate = validatorFor(imbotV2.successSchema);
    const botOnly = imbotV2.successExample;
    expect(validate(botOnly), JSON.stringify(validate.errors)).toBe(true);
    const mixed = { ...botOnly, result: { ...botOnly.result, events: [...botOnly.result.events, ...names.map((name, i) => item(name, 2000 + i))] } };
    expect(validate(mixed), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...botOnly, result: { ...botOnly.result, events: [{ ...item('ONIMV2MESSAGEADD'), type: 'ONIMV2UNKNOWN' }] } })).toBe(false);
    expect(imbotV2.params.find((p) => p.name === 'withUserEvents')?.schema.type).toBe('boolean');
  });

  it("imbot.v2.Event.get's item union is every bot event and every user event, by type", () => {
    const itemUnion = resolve({ $ref: '#/components/schemas/ImbotV2EventGetItem' });
    expect(Object.keys(itemUnion.discriminator.mapping).sort()).toEqual([...botEvents, ...names].sort());
    expect(itemUnion.oneOf).toHaveLength(botEvents.length + names.length);
    for (const [type, target] of Object.entries<string>(itemUnion.discriminator.mapping)) {
      expect(resolve({ $ref: target }).properties.type.const).toBe(type);
    }
  });
});

// ONAPPINSTALL and ONAPPUNINSTALL as webhooks, held to their pages (app-events.fixture.ts): the
// fields of data and auth, the tokens an installation store keeps, and the examples.
import { describe, expect, it } from 'vitest';
import { appEvents, cleanValues, deliveryKeys, installFlags, requiredDeliveryKeys } from './app-events.fixture.js';
import { type Json, model, resolve, validatorFor } from './load-contract.js';

const names = Object.keys(appEvents);
const eventOf = (name: string) => model.events.find((event) => event.name === name)!;

describe.each(names)('%s', (name) => {
  const page = appEvents[name]!;

  it(`is a webhook (a form POST) tagged app that names ${page.page}`, () => {
    const event = eventOf(name);
    expect(event, name).toBeDefined();
    expect(event.contentType).toBe('application/x-www-form-urlencoded');
    expect(event.description).toContain(page.page);
    expect(model.document.webhooks[name].post.tags).toEqual(['app']);
  });

  it('carries the top-level keys of every delivery, with this event name', () => {
    const payload = resolve(eventOf(name).payloadSchema);
    expect(Object.keys(payload.properties)).toEqual(deliveryKeys);
    expect(payload.required).toEqual(requiredDeliveryKeys);
    expect(payload.properties.event.const).toBe(name);
    expect(resolve(payload.properties.ts).type).toBe('integer');
  });

  it('has the data and auth fields of its page, all required, more allowed', () => {
    const payload = resolve(eventOf(name).payloadSchema);
    const data = resolve(payload.properties.data);
    const auth = resolve(payload.properties.auth);
    expect(data.required).toEqual(page.data);
    expect(Object.keys(data.properties)).toEqual(page.data);
    expect(auth.required).toEqual(page.auth);
    expect(Object.keys(auth.properties)).toEqual(page.auth);
    expect(data.additionalProperties).toBe(true);
    expect(auth.additionalProperties).toBe(true);
  });

  it('holds its example; refuses one without the application token, the portal or the data', () => {
    const event = eventOf(name);
    const validate = validatorFor(event.payloadSchema);
    expect(event.examples).toHaveLength(1);
    const example: Json = event.examples[0];
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, unlisted: 1, data: { ...example.data, unlisted: 1 }, auth: { ...example.auth, unlisted: 1 } })).toBe(true);
    for (const key of ['application_token', 'member_id', 'domain']) {
      const { [key]: _dropped, ...auth } = example.auth;
      expect(validate({ ...example, auth }), key).toBe(false);
    }
    expect(validate({ ...example, data: {} })).toBe(false);
    expect(validate({ ...example, event: names.find((other) => other !== name) })).toBe(false);
  });
});

describe('what an installation store keeps', () => {
  it('ONAPPINSTALL brings the tokens, the portal and the application token', () => {
    const auth = resolve(resolve(eventOf('ONAPPINSTALL').payloadSchema).properties.auth);
    for (const key of ['access_token', 'refresh_token', 'member_id', 'domain', 'application_token']) expect(auth.required).toContain(key);
    expect(resolve(auth.properties.expires_in).type).toBe('integer');
    const data = resolve(resolve(eventOf('ONAPPINSTALL').payloadSchema).properties.data);
    for (const [flag, values] of Object.entries(installFlags)) expect(data.properties[flag].enum).toEqual(values);
  });

  it('ONAPPUNINSTALL names the portal to forget, without tokens', () => {
    const payload = resolve(eventOf('ONAPPUNINSTALL').payloadSchema);
    const auth = resolve(payload.properties.auth);
    expect(auth.properties).not.toHaveProperty('access_token');
    expect(auth.properties).not.toHaveProperty('refresh_token');
    expect(resolve(payload.properties.data).properties.CLEAN.enum).toEqual(cleanValues);
  });
});

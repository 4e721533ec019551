import { describe, expect, it } from 'vitest';
import { contract, type Json, resolve } from './load-contract.js';
import {
  chatColors,
  chatTypes,
  defaultChatType,
  errorCodesByStatus,
  pageParameters,
  requiredParameters,
  timeFields,
} from './page.fixture.js';

const operation = contract.paths['/imbot.chat.add'].post;
const schemas = contract.components.schemas;
const params = resolve(operation.requestBody.content['application/json'].schema);
const property = (name: string): Json => resolve(params.properties[name]);

// The enum of error codes of one status, following the allOf(envelope, {error: $ref}) shape.
const codesOf = (status: string): string[] => {
  const schema = resolve(resolve(operation.responses[status]).content['application/json'].schema);
  const envelope = schema.allOf.map(resolve);
  expect(envelope).toContainEqual(schemas.BitrixErrorEnvelope);
  const part = envelope.find((s: Json) => s.properties?.error?.$ref);
  return resolve(part.properties.error).enum;
};

describe('the contract keeps every promise of the method page', () => {
  it('is OpenAPI 3.1 with a version, a license and the method', () => {
    expect(contract.openapi).toMatch(/^3\.1\./);
    expect(contract.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(contract.info.license.identifier).toBe('MIT');
    expect(operation.operationId).toBe('imbotChatAdd');
    expect(Object.keys(operation.requestBody.content).sort()).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
  });

  it.each(Object.entries(pageParameters))('parameter %s is a(n) %s with a description and an example', (name, type) => {
    const schema = property(name);
    expect(schema, name).toBeDefined();
    expect(schema.type).toBe(type);
    expect(schema.description).toBeTruthy();
    expect(schema.example).toBeDefined();
  });

  it('requires exactly the required parameters; USERS holds at least one positive integer', () => {
    expect(params.required).toEqual(requiredParameters);
    const users = property('USERS');
    expect(users.minItems).toBe(1);
    expect(resolve(users.items)).toMatchObject({ type: 'integer', minimum: 1 });
    expect(users['x-bitrix-empty-error']).toBe('USERS_EMPTY');
  });

  it('keeps the page enums and the default TYPE', () => {
    expect(property('TYPE').enum).toEqual(chatTypes);
    expect(property('TYPE').default).toBe(defaultChatType);
    expect(property('COLOR').enum).toEqual(chatColors);
  });

  it('marks AVATAR as base64 and OWNER_ID as deprecated with a reason', () => {
    expect(property('AVATAR').contentEncoding).toBe('base64');
    expect(property('OWNER_ID').deprecated).toBe(true);
    expect(property('OWNER_ID').description).toMatch(/ignore/i);
  });

  it('answers 200 with {result: CHAT_ID, time}', () => {
    const success = resolve(operation.responses['200'].content['application/json'].schema);
    expect(success.required).toEqual(['result', 'time']);
    expect(resolve(success.properties.result).type).toBe('integer');
    const time = resolve(success.properties.time);
    expect(time.required.sort()).toEqual(Object.keys(timeFields.required).sort());
    for (const [name, type] of Object.entries({ ...timeFields.required, ...timeFields.optional })) {
      expect(time.properties[name]?.type, name).toBe(type);
    }
  });

  it.each(Object.entries(errorCodesByStatus))('answers %s with its error codes', (status, codes) => {
    expect(codesOf(status)).toEqual(codes);
  });

  it('has one error envelope and no schema names that collide with generated ones', () => {
    expect(schemas.BitrixErrorEnvelope.required).toEqual(['error', 'error_description']);
    for (const reserved of ['Error', 'ImbotChatAddResponse', 'ImbotChatAddError', 'ImbotChatAddData']) {
      expect(schemas).not.toHaveProperty(reserved);
    }
  });
});

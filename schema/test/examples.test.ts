import { describe, expect, it } from 'vitest';
import { contract, type Json, resolve, validatorFor } from './load-contract.js';

type Case = { where: string; schema: Json; value: Json };

// Every named example of every request and response media type, with its schema.
const mediaExamples = (): Case[] => {
  const cases: Case[] = [];
  for (const [path, item] of Object.entries<Json>(contract.paths)) {
    for (const [verb, operation] of Object.entries<Json>(item)) {
      const bodies: [string, Json][] = [['request', resolve(operation.requestBody)]];
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        bodies.push([status, resolve(response)]);
      }
      for (const [label, body] of bodies) {
        for (const [mediaType, media] of Object.entries<Json>(body?.content ?? {})) {
          for (const [name, example] of Object.entries<Json>(media.examples ?? {})) {
            cases.push({
              where: `${verb.toUpperCase()} ${path} ${label} ${mediaType} ${name}`,
              schema: media.schema,
              value: resolve(example).value,
            });
          }
        }
      }
    }
  }
  return cases;
};

// Every `example` written on a component schema or one of its properties.
const schemaExamples = (): Case[] => {
  const cases: Case[] = [];
  for (const [name, schema] of Object.entries<Json>(contract.components.schemas)) {
    if ('example' in schema) cases.push({ where: name, schema, value: schema.example });
    for (const [property, sub] of Object.entries<Json>(schema.properties ?? {})) {
      if ('example' in sub) cases.push({ where: `${name}.${property}`, schema: sub, value: sub.example });
    }
  }
  return cases;
};

describe('every example in the contract validates against its own schema', () => {
  const media = mediaExamples();
  const inline = schemaExamples();

  it('finds the named examples the contract promises', () => {
    const names = Object.keys(contract.components.examples);
    expect(names).toEqual(
      expect.arrayContaining(['FullRequest', 'MinimalRequest', 'Success', 'UsersEmpty', 'QueryLimitExceeded']),
    );
    // Each named example is used by at least one media type, so each is checked below.
    const used = JSON.stringify(contract.paths) + JSON.stringify(contract.components.responses);
    for (const name of names) expect(used).toContain(`"#/components/examples/${name}"`);
    expect(media.length).toBeGreaterThanOrEqual(names.length);
    expect(inline.length).toBeGreaterThan(10);
  });

  it.each(media.map((c) => [c.where, c] as const))('%s', (_where, { schema, value }) => {
    const validate = validatorFor(schema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(inline.map((c) => [c.where, c] as const))('schema example %s', (_where, { schema, value }) => {
    const validate = validatorFor(schema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the page forbids, so the checks above can fail', () => {
    const params = validatorFor({ $ref: '#/components/schemas/ImbotChatAddParams' });
    expect(params({})).toBe(false);
    expect(params({ USERS: [] })).toBe(false);
    expect(params({ USERS: ['1'] })).toBe(false);
    expect(params({ USERS: [1], COLOR: 'ORANGE' })).toBe(false);
    expect(params({ USERS: [1], TYPE: 'PRIVATE' })).toBe(false);
    const badRequest = validatorFor({ $ref: '#/components/schemas/BadRequestError' });
    expect(badRequest({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'x' })).toBe(false);
  });
});

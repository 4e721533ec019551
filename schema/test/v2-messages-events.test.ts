// imbot.v2 messages, commands, files and events (writer B): the shape every operation promises,
// the limits the contract encodes, and the Event.get union, so the example checks can fail.
import { describe, expect, it } from 'vitest';
import { contract, type Json, resolve, validatorFor } from './load-contract.js';

const methods = [
  'Chat.Message.send', 'Chat.Message.update', 'Chat.Message.delete', 'Chat.Message.read',
  'Chat.Message.get', 'Chat.Message.getContext', 'Chat.Message.Reaction.add',
  'Chat.Message.Reaction.delete', 'Command.register', 'Command.update', 'Command.list',
  'Command.unregister', 'Command.answer', 'File.upload', 'File.download', 'Event.get',
];
const pascal = (rest: string) => rest.split('.').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

// The codes of one response, following allOf(envelope, {error: enum or $ref to one}); the
// envelope itself has an `error` property too, without an enum.
const codesOf = (response: Json): string[] => {
  const schema = resolve(resolve(response).content['application/json'].schema);
  return schema.allOf.map(resolve).flatMap((s: Json) => resolve(s.properties?.error)?.enum ?? []);
};

const schema = (name: string) => validatorFor({ $ref: `#/components/schemas/${name}` });

describe.each(methods)('imbot.v2.%s', (rest) => {
  const operation = contract.paths[`/imbot.v2.${rest}`]?.post;

  it('is a POST with the conventional id, tag, page and both body types', () => {
    expect(operation.operationId).toBe(`imbotV2${pascal(rest)}`);
    expect(operation.tags).toEqual(['imbot.v2']);
    expect(operation.description).toMatch(/V2\//);
    expect(operation.requestBody.required).toBe(true);
    for (const media of Object.values<Json>(operation.requestBody.content)) {
      expect(media.schema.$ref).toBe(`#/components/schemas/ImbotV2${pascal(rest)}Params`);
    }
    expect(Object.keys(operation.requestBody.content).sort()).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
  });

  it('answers every status, with the shared bot codes under 400 and 403', () => {
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '500', '503']);
    // Event.get answers one of two envelopes (without and with the user's events); each is {result, time}.
    const ok = resolve(operation.responses['200'].content['application/json'].schema);
    for (const envelope of (ok.anyOf ?? [ok]).map(resolve)) expect(envelope.required).toEqual(['result', 'time']);
    const bad = codesOf(operation.responses['400']);
    const forbidden = codesOf(operation.responses['403']);
    expect(bad).toEqual(expect.arrayContaining(['BOT_TOKEN_NOT_SPECIFIED', 'BOT_ID_REQUIRED', 'BOT_NOT_FOUND', 'INVALID_FORMAT']));
    expect(forbidden).toEqual(expect.arrayContaining(['BOT_OWNERSHIP_ERROR', 'ACCESS_DENIED']));
    expect(bad.filter((code) => forbidden.includes(code))).toEqual([]);
    expect(codesOf(operation.responses['429'])).toContain('QUERY_LIMIT_EXCEEDED');
  });

  it('needs botId, and a missing one is BOT_ID_REQUIRED', () => {
    const params = resolve(operation.requestBody.content['application/json'].schema);
    expect(params.required).toContain('botId');
    expect(params.properties.botId['x-bitrix-empty-error']).toBe('BOT_ID_REQUIRED');
    expect(params.properties.botToken).toBeDefined();
  });
});

describe('the limits and rules of the pages', () => {
  it('caps message text at 20,000 characters', () => {
    const send = schema('ImbotV2ChatMessageSendParams');
    expect(send({ botId: 456, dialogId: 'chat5', fields: { message: 'x'.repeat(20000) } })).toBe(true);
    expect(send({ botId: 456, dialogId: 'chat5', fields: { message: 'x'.repeat(20001) } })).toBe(false);
    expect(send({ botId: 456, fields: { message: 'hi' } })).toBe(false);
    const answer = schema('ImbotV2CommandAnswerParams');
    expect(answer({ botId: 456, commandId: 78, messageId: 790, dialogId: 'chat5', fields: { message: 'x'.repeat(20001) } })).toBe(false);
  });

  it('takes 1 to 1000 events per Event.get call', () => {
    const get = schema('ImbotV2EventGetParams');
    expect(get({ botId: 456, limit: 1 })).toBe(true);
    expect(get({ botId: 456, limit: 1000 })).toBe(true);
    expect(get({ botId: 456, limit: 0 })).toBe(false);
    expect(get({ botId: 456, limit: 1001 })).toBe(false);
  });

  it('caps the base64 content at ceil(100 MB / 3) * 4 characters', () => {
    const content = resolve(contract.components.schemas.ImbotV2FileUploadParams.properties.fields).properties.content;
    expect(content.maxLength).toBe(Math.ceil((100 * 1024 * 1024) / 3) * 4);
    const upload = schema('ImbotV2FileUploadParams');
    expect(upload({ botId: 456, dialogId: 'chat5', fields: { name: 'a.txt', content: 'QQ==' } })).toBe(true);
    expect(upload({ botId: 456, dialogId: 'chat5', fields: { name: 'a.txt' } })).toBe(false);
  });

  it('leaves unknown reaction codes to the portal (REACTION_NOT_FOUND), not to INVALID_FORMAT', () => {
    const add = schema('ImbotV2ChatMessageReactionAddParams');
    expect(add({ botId: 456, messageId: 789, reaction: 'like' })).toBe(true);
    expect(add({ botId: 456, messageId: 789, reaction: 'unicorn' })).toBe(true);
    expect(add({ botId: 456, messageId: 789, reaction: '' })).toBe(false);
    expect(add({ botId: 456, messageId: 789 })).toBe(false);
  });

  it('removes a keyboard with "N" on update only', () => {
    const update = schema('ImbotV2ChatMessageUpdateParams');
    expect(update({ botId: 456, messageId: 789, fields: { keyboard: 'N' } })).toBe(true);
    expect(update({ botId: 456, messageId: 789, fields: { keyboard: 'X' } })).toBe(false);
    expect(update({ botId: 456, messageId: 789 })).toBe(false);
  });
});

describe('Event.get events', () => {
  const event = schema('ImbotV2Event');
  const date = '2025-01-15T10:30:00+02:00';
  const bot = { id: 456, code: 'support_bot' };
  const chat = { id: 5, dialogId: 'chat5' };

  it('has one schema per ONIMBOTV2* type, told apart by a discriminator on type', () => {
    const union = contract.components.schemas.ImbotV2Event;
    expect(union.discriminator.propertyName).toBe('type');
    const types = Object.keys(union.discriminator.mapping).sort();
    expect(types).toEqual([
      'ONIMBOTV2COMMANDADD', 'ONIMBOTV2CONTEXTGET', 'ONIMBOTV2DELETE', 'ONIMBOTV2JOINCHAT',
      'ONIMBOTV2MESSAGEADD', 'ONIMBOTV2MESSAGEDELETE', 'ONIMBOTV2MESSAGEUPDATE', 'ONIMBOTV2REACTIONCHANGE',
    ]);
    for (const [type, target] of Object.entries<string>(union.discriminator.mapping)) {
      const variant = resolve({ $ref: target });
      expect(variant.properties.type.const).toBe(type);
      expect(resolve(variant.properties.data).additionalProperties).toBe(true);
    }
    expect(union.oneOf).toHaveLength(8);
  });

  it('accepts extra payload fields and the webhook bot, rejects unknown types and missing data', () => {
    expect(event({ eventId: 1, type: 'ONIMBOTV2DELETE', date, data: { bot, extra: 1 } })).toBe(true);
    expect(event({ eventId: 1, type: 'ONIMBOTV2DELETE', date, data: { bot: { ...bot, auth: { domain: 'x' } } } })).toBe(true);
    expect(event({ eventId: 1, type: 'ONIMV2MESSAGEADD', date, data: { bot } })).toBe(false);
    expect(event({ eventId: 1, type: 'ONIMBOTV2MESSAGEADD', date, data: { bot, chat, user: { id: 1 }, language: 'en' } })).toBe(false);
    const reaction = { bot, reaction: 'like', message: { id: 789, chatId: 5 }, chat, user: { id: 1 }, language: 'en' };
    expect(event({ eventId: 1, type: 'ONIMBOTV2REACTIONCHANGE', date, data: { ...reaction, action: 'add' } })).toBe(true);
    expect(event({ eventId: 1, type: 'ONIMBOTV2REACTIONCHANGE', date, data: { ...reaction, action: 'toggle' } })).toBe(false);
  });
});

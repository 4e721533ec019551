// imbot.v2 bots, chats, ui and revision methods (writer A): the shape every operation promises,
// and a few rejections, so the example checks elsewhere can fail.
import { describe, expect, it } from 'vitest';
import { contract, type Json, resolve, validatorFor } from './load-contract.js';

const methods = [
  'Bot.register', 'Bot.update', 'Bot.get', 'Bot.list', 'Bot.unregister',
  'Chat.add', 'Chat.get', 'Chat.update', 'Chat.leave', 'Chat.setOwner',
  'Chat.User.add', 'Chat.User.delete', 'Chat.User.list', 'Chat.Manager.add', 'Chat.Manager.delete',
  'Chat.InputAction.notify', 'Chat.TextField.enabled', 'Revision.get',
];
const pascal = (rest: string) => rest.split('.').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

// The codes of one response, following allOf(envelope, {error: $ref enum}).
const codesOf = (response: Json): string[] => {
  const schema = resolve(resolve(response).content['application/json'].schema);
  const part = schema.allOf.find((s: Json) => s.properties?.error?.$ref);
  return resolve(part.properties.error).enum;
};

describe.each(methods)('imbot.v2.%s', (rest) => {
  const item = contract.paths[`/imbot.v2.${rest}`];
  const operation = item?.post;

  it('is a POST with the conventional id, tag, summary and description', () => {
    expect(Object.keys(item)).toEqual(['post']);
    expect(operation.operationId).toBe(`imbotV2${pascal(rest)}`);
    expect(operation.tags).toEqual(['imbot.v2']);
    expect(operation.summary).toBeTruthy();
    expect(operation.description).toMatch(/V2\//);
  });

  it('takes JSON and forms with the same Params schema and named examples', () => {
    expect(operation.requestBody.required).toBe(true);
    const content = operation.requestBody.content;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    for (const media of Object.values<Json>(content)) {
      expect(media.schema.$ref).toBe(`#/components/schemas/ImbotV2${pascal(rest)}Params`);
      expect(Object.keys(media.examples ?? {}).length).toBeGreaterThan(0);
    }
    const params = resolve(content['application/json'].schema);
    const hasToken = rest !== 'Revision.get' && rest !== 'Bot.register';
    expect(Boolean(params.properties?.botToken), 'botToken').toBe(hasToken);
  });

  it('answers 200 {result, time} with a success example, and every error status', () => {
    const ok = operation.responses['200'].content['application/json'];
    expect(resolve(ok.schema).required).toEqual(['result', 'time']);
    expect(ok.examples.success.value).toBeDefined();
    // Revision.get takes no parameters, so it has no 400 (unknown parameters are ignored).
    const statuses = ['200', '400', '401', '403', '404', '429', '500', '503'];
    expect(Object.keys(operation.responses).sort()).toEqual(
      rest === 'Revision.get' ? statuses.filter((s) => s !== '400') : statuses,
    );
    expect(codesOf(operation.responses['429'])).toEqual(['QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT']);
    expect(codesOf(operation.responses['503'])).toContain('QUERY_LIMIT_EXCEEDED');
  });

  it('puts the shared bot codes under 400 and 403', () => {
    const bad = rest === 'Revision.get' ? [] : codesOf(operation.responses['400']);
    const forbidden = codesOf(operation.responses['403']);
    if (rest !== 'Revision.get') expect(bad).toContain('INVALID_FORMAT');
    if (rest !== 'Revision.get') expect(bad).toContain('BOT_TOKEN_NOT_SPECIFIED');
    const botScoped = !['Bot.register', 'Bot.get', 'Bot.list', 'Revision.get'].includes(rest);
    if (botScoped) {
      expect(bad).toEqual(expect.arrayContaining(['BOT_ID_REQUIRED', 'BOT_NOT_FOUND']));
      expect(forbidden).toEqual(expect.arrayContaining(['BOT_OWNERSHIP_ERROR', 'ACCESS_DENIED']));
    } else {
      expect(forbidden).not.toContain('BOT_OWNERSHIP_ERROR');
    }
    expect(bad).not.toContain('BOT_OWNERSHIP_ERROR');
    expect(bad).not.toContain('ACCESS_DENIED');
  });
});

describe('imbot.v2 schemas reject what the pages forbid', () => {
  const params = (rest: string) => validatorFor({ $ref: `#/components/schemas/ImbotV2${pascal(rest)}Params` });

  it('needs botId and a well-formed dialogId', () => {
    const get = params('Chat.get');
    expect(get({ botId: 456, dialogId: 'chat5' })).toBe(true);
    expect(get({ botId: 456, dialogId: '1' })).toBe(true);
    expect(get({ dialogId: 'chat5' })).toBe(false);
    expect(get({ botId: 456 })).toBe(false);
    expect(get({ botId: 456, dialogId: 'chatX' })).toBe(false);
    expect(get({ botId: 456, dialogId: 'chat5', botToken: 'x'.repeat(41) })).toBe(false);
  });

  it('takes v2 camelCase colours, not the v1 upper-case ones', () => {
    const add = params('Chat.add');
    expect(add({ botId: 456, fields: { color: 'lightBlue' } })).toBe(true);
    expect(add({ botId: 456, fields: { color: 'LIGHT_BLUE' } })).toBe(false);
    expect(add({ botId: 456, fields: { userIds: [] } })).toBe(false);
  });

  it('registers only with a code and a named profile', () => {
    const register = params('Bot.register');
    expect(register({ fields: { code: 'a', properties: { name: 'A' } } })).toBe(true);
    expect(register({ fields: { code: 'a', properties: {} } })).toBe(false);
    expect(register({ fields: { properties: { name: 'A' } } })).toBe(false);
    expect(register({ fields: { code: 'a', properties: { name: 'A' }, type: 'robot' } })).toBe(false);
    expect(register({ fields: { code: 'a', properties: { name: 'A' }, botToken: 'x'.repeat(41) } })).toBe(false);
  });

  it('lets Bot.update authorise with a long legacy token, but rotate only to a short one', () => {
    const update = params('Bot.update');
    expect(update({ botId: 456, botToken: 'x'.repeat(64), fields: { botToken: 'short' } })).toBe(true);
    expect(update({ botId: 456, fields: { botToken: 'x'.repeat(41) } })).toBe(false);
    expect(update({ botId: 456, fields: {} })).toBe(false);
  });

  it('keeps the result shapes of the pages', () => {
    const leave = validatorFor({ $ref: '#/components/schemas/ImbotV2ChatLeaveSuccess' });
    const time = { start: 1, finish: 2, duration: 1, processing: 0, date_start: '2024-10-11T10:00:00+02:00', date_finish: '2024-10-11T10:00:00+02:00' };
    expect(leave({ result: { result: true }, time })).toBe(true);
    expect(leave({ result: true, time })).toBe(false);
    const users = validatorFor({ $ref: '#/components/schemas/ImbotV2ChatUserListSuccess' });
    expect(users({ result: [{ id: 1 }], time })).toBe(true);
    expect(users({ result: { users: [] }, time })).toBe(false);
  });
});

describe('the v1 seed stays and points at its successor', () => {
  it('marks imbot.chat.add deprecated with a machine-readable successor', () => {
    const operation = contract.paths['/imbot.chat.add'].post;
    expect(operation.deprecated).toBe(true);
    expect(operation['x-bitrix-successor']).toBe('imbot.v2.Chat.add');
    expect(contract.paths['/imbot.v2.Chat.add']).toBeDefined();
    expect(contract.tags.map((t: Json) => t.name)).toEqual(expect.arrayContaining(['imbot', 'imbot.v2']));
  });
});

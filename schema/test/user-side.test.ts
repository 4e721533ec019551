// The methods added beside the bot platform (the user's side, im.v2, sendContext, batch) held to
// their pages: each fact of user-side.fixture.ts compared with what the model reads from the
// contract, and the shapes the pages promise checked against the schemas, so a wrong one fails.
import { describe, expect, it } from 'vitest';
import { contractErrors, expectedErrors } from './errors.js';
import { type Json, model, resolve, validatorFor } from './load-contract.js';
import { batchLimit, batchMaps, undocumented, userSidePages } from './user-side.fixture.js';

const methods = Object.keys(userSidePages);
const operationIdOf = (method: string) =>
  method
    .split('.')
    .map((segment, i) => (i === 0 ? segment : segment.charAt(0).toUpperCase() + segment.slice(1)))
    .join('');
const time = { start: 1, finish: 2, duration: 1, processing: 0, date_start: '2024-10-11T10:00:00+02:00', date_finish: '2024-10-11T10:00:00+02:00' };

describe.each(methods)('%s', (method) => {
  const page = userSidePages[method]!;
  const op = model.operation(method)!;
  const operation = () => model.document.paths[`/${method}`].post;

  it(`is one POST operation tagged ${page.tag} that names ${page.page}`, () => {
    expect(op, method).toBeDefined();
    expect(op.method).toBe(method);
    expect(op.operationId).toBe(operationIdOf(method));
    expect(operation().tags).toEqual([page.tag]);
    expect(op.description).toContain(page.page);
    expect(op.paramsContentTypes).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(op.paramsExample).toBeDefined();
    expect(op.deprecated).toBe(false);
  });

  it('has the parameters of its page, the required ones required, with their types', () => {
    const read = Object.fromEntries(
      op.params.map((p) => {
        const type = p.schema.type ?? 'any';
        const emptyError = p.extensions['x-bitrix-empty-error'];
        return [p.name, { type, required: p.required, ...(emptyError === undefined ? {} : { emptyError }) }];
      }),
    );
    expect(read).toEqual(page.params);
    // User-level methods: no bot credential a webhook call must carry.
    expect(op.params.filter((p) => p.extensions['x-bitrix-webhook-required'] !== undefined)).toEqual([]);
  });

  it("answers its page's codes and the system errors, each with its status, and nothing else", () => {
    const expected = expectedErrors({
      codes: page.codes,
      statuses: page.statuses,
      hasParams: Object.keys(page.params).length > 0,
      ...(page.paired ? { paired: page.paired } : {}),
      ...(page.ownSystemCodes ? { ownSystemCodes: page.ownSystemCodes } : {}),
      additions: (page.additions ?? []).map(([code, status]) => [code, status] as const),
    });
    expect(contractErrors(op)).toEqual(expected);
  });

  it('answers 200 {result, time}, its example holding the result the page shows', () => {
    const success = resolve(op.successSchema);
    expect(success.required).toEqual(['result', 'time']);
    const result = resolve(success.properties.result);
    if (page.result === 'true') {
      expect(result.type).toBe('boolean');
      expect(op.successExample.result).toBe(true);
    } else {
      expect(result.type).toBe('object');
      expect(typeof op.successExample.result).toBe('object');
    }
    const validate = validatorFor(op.successSchema);
    expect(validate(op.successExample), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ result: op.successExample.result })).toBe(false);
  });
});

describe('the user side speaks as UPPER_CASE (im.message.*) or camelCase (im.v2) as its pages do', () => {
  it('refuses what the pages forbid', () => {
    const params = (name: string) => validatorFor({ $ref: `#/components/schemas/${name}` });
    const update = params('ImMessageUpdateParams');
    expect(update({ MESSAGE_ID: 11, MESSAGE: '' })).toBe(true); // an empty text deletes the message
    expect(update({ MESSAGE: 'x' })).toBe(false);
    expect(update({ MESSAGE_ID: 0 })).toBe(false);
    expect(update({ MESSAGE_ID: 11, IS_EDITED: 'maybe' })).toBe(false);
    const like = params('ImMessageLikeParams');
    expect(like({ MESSAGE_ID: 11, ACTION: 'plus' })).toBe(true);
    expect(like({ MESSAGE_ID: 11, ACTION: 'toggle' })).toBe(false);
    const command = params('ImMessageCommandParams');
    expect(command({ MESSAGE_ID: 11, BOT_ID: 456, COMMAND: 'help' })).toBe(true);
    expect(command({ MESSAGE_ID: 11, BOT_ID: 456, COMMAND: '' })).toBe(false);
    expect(command({ MESSAGE_ID: 11, COMMAND: 'help' })).toBe(false);
    const upload = params('ImV2FileUploadParams');
    expect(upload({ dialogId: 'chat5', fields: { name: 'a.txt', content: 'QQ==' } })).toBe(true);
    expect(upload({ dialogId: 'chat5', fields: { name: 'a.txt' } })).toBe(false);
    expect(upload({ botId: 456, dialogId: 'x', fields: { name: 'a.txt', content: 'QQ==' } })).toBe(false);
    const get = params('ImV2EventGetParams');
    expect(get({ limit: 1000 })).toBe(true);
    expect(get({ limit: 1001 })).toBe(false);
    expect(get({ offset: -1 })).toBe(false);
  });
});

describe('im.v2.Chat.Bot.sendContext: named by a page, without one of its own', () => {
  const op = model.operation(undocumented.method)!;

  it('is marked undocumented, naming the page that names it', () => {
    expect(op.extensions['x-bitrix-undocumented']).toEqual(expect.stringContaining(undocumented.namedBy));
    expect(op.description).toMatch(/undocumented/i);
    // The only one: every other operation has a page of its own.
    expect(model.operations.filter((o) => o.extensions['x-bitrix-undocumented'] !== undefined).map((o) => o.method)).toEqual([
      undocumented.method,
    ]);
  });

  it('takes any JSON object as context, as ONIMBOTV2CONTEXTGET carries it', () => {
    const params = validatorFor(op.paramsSchema);
    expect(params({ dialogId: '1234', context: { action: 'openTask', taskId: 456, nested: { a: [1] } } })).toBe(true);
    expect(params({ dialogId: '1234', context: 'openTask' })).toBe(false);
    expect(params({ dialogId: '1234' })).toBe(false);
    const eventContext = resolve(resolve({ $ref: '#/components/schemas/ImbotV2EventContextGetData' }).properties.context);
    expect(eventContext.type).toBe('object');
  });
});

describe('batch', () => {
  const op = model.operation('batch')!;
  const params = validatorFor(op.paramsSchema);
  const success = validatorFor(op.successSchema);
  const resultSchema = resolve(resolve(op.successSchema).properties.result);
  const maps = (overrides: Record<string, unknown>) => ({ ...Object.fromEntries(batchMaps.map((map) => [map, []])), ...overrides });

  it(`allows ${batchLimit} commands (x-bitrix-max-commands)`, () => {
    expect(op.extensions['x-bitrix-max-commands']).toBe(batchLimit);
  });

  it('takes commands by name or as a list, each a method or method?query string', () => {
    expect(params({ cmd: { a: 'user.current', b: 'department.get?ID=$result[a][UF_DEPARTMENT][0]' } })).toBe(true);
    expect(params({ halt: true, cmd: ['imbot.v2.Revision.get', 'imbot.v2.Bot.list?limit=10'] })).toBe(true);
    expect(params({ halt: 'yes', cmd: { a: 'user.current' } })).toBe(false);
    expect(params({ cmd: { a: 1 } })).toBe(false);
    expect(params({ cmd: { a: '' } })).toBe(false);
    expect(params({ cmd: 'user.current' })).toBe(false);
    expect(params({ halt: false })).toBe(false);
    expect(resolve(op.params.find((p) => p.name === 'halt')!.schema).default).toBe(false);
  });

  it('answers the five maps of the page, each a map by key or a PHP list ([] when empty)', () => {
    expect(resultSchema.required).toEqual(batchMaps);
    expect(Object.keys(resultSchema.properties)).toEqual(batchMaps);
    expect(success({ result: maps({}), time })).toBe(true);
    expect(success({ result: maps({ result: { a: { any: 'thing' } }, result_total: { a: 3 }, result_next: { a: 50 }, result_time: { a: time } }), time })).toBe(true);
    expect(success({ result: maps({ result: [true, 5], result_time: [time, time] }), time })).toBe(true);
    const { result_next: _left, ...four } = maps({}) as Record<string, unknown>;
    expect(success({ result: four, time })).toBe(false);
    expect(success({ result: maps({ result_total: { a: 'three' } }), time })).toBe(false);
    expect(success({ result: maps({ result_time: { a: { start: 1 } } }), time })).toBe(false);
  });

  it('keeps each failed command as {error, error_description}', () => {
    expect(success({ result: maps({ result_error: { a: { error: 'BOT_NOT_FOUND', error_description: '' } } }), time })).toBe(true);
    expect(success({ result: maps({ result_error: { a: { error: 'BOT_NOT_FOUND' } } }), time })).toBe(false);
    expect(success({ result: maps({ result_error: { a: 'BOT_NOT_FOUND' } }), time })).toBe(false);
  });

  it("keeps the page's examples: independent and linked calls, the answer, and the failures with and without halt", () => {
    const examples = (where: Json) => Object.values<Json>(where.examples).map((example) => resolve(example).value);
    const body = model.document.paths['/batch'].post;
    const requests = examples(body.requestBody.content['application/json']);
    expect(requests.some((value: Json) => Object.values(value.cmd).some((cmd) => String(cmd).includes('$result[')))).toBe(true);
    const answers = examples(body.responses['200'].content['application/json']);
    for (const answer of answers) expect(success(answer), JSON.stringify(success.errors)).toBe(true);
    const errorKeys = answers.map((answer: Json) => (Array.isArray(answer.result.result_error) ? 0 : Object.keys(answer.result.result_error).length));
    expect(errorKeys).toEqual(expect.arrayContaining([0, 1, 2]));
    const codes = answers.flatMap((answer: Json) => Object.values<Json>(answer.result.result_error).map((error) => error.error));
    expect(codes).toContain('ERROR_BATCH_LENGTH_EXCEEDED');
  });
});

// Synthetic Bitrix-like contracts of N methods, to show how generation time and bundle size grow
// with the schema. The document is the real contract (schema/openapi.yaml: info, servers,
// security, shared components, and imbot.chat.add itself as the first method) plus N - 1
// made-up methods in the same style: a path `/scope.entity.action`, parameters in a JSON or
// PHP-form body, a `{result, time}` success envelope and the shared Bitrix error responses.
// The output is deterministic: the same N always gives the same document.
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

export const realContractUrl = new URL('../../../schema/openapi.yaml', import.meta.url);

export const loadRealContract = (): Doc => parse(readFileSync(realContractUrl, 'utf8')) as Doc;

// Scopes and entities as Bitrix24 names them (none is a reserved root of the client: call, then).
const SCOPES = [
  'im', 'crm', 'tasks', 'disk', 'calendar', 'lists', 'sonet_group', 'catalog', 'sale',
  'voximplant', 'telephony', 'landing', 'entity', 'placement', 'bizproc', 'department',
  'timeman', 'documentgenerator', 'biconnector', 'booking',
] as const;
const ENTITIES = [
  'chat', 'message', 'dialog', 'deal', 'lead', 'contact', 'company', 'item', 'task', 'file',
  'folder', 'event', 'section', 'element', 'product', 'order', 'template', 'activity', 'status',
  'user', 'robot', 'workflow', 'comment', 'stage', 'category',
] as const;
const ACTIONS = ['add', 'update', 'get', 'list', 'delete', 'fields'] as const;
type Action = (typeof ACTIONS)[number];

/** The n-th made-up method name (n >= 0), e.g. `im.chat.add`. Enough for 3,000 methods. */
export const syntheticMethodName = (n: number): string => {
  const action = ACTIONS[n % ACTIONS.length]!;
  const rest = Math.floor(n / ACTIONS.length);
  const scope = SCOPES[rest % SCOPES.length]!;
  const entity = ENTITIES[Math.floor(rest / SCOPES.length) % ENTITIES.length]!;
  if (rest >= SCOPES.length * ENTITIES.length) throw new RangeError(`at most ${SCOPES.length * ENTITIES.length * ACTIONS.length} methods`);
  return `${scope}.${entity}.${action}`;
};

const pascal = (method: string): string =>
  method
    .split(/[._]/)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/** `crm.deal.add` -> `crmDealAdd`, as the real contract names imbot.chat.add `imbotChatAdd`. */
export const operationIdOf = (method: string): string => {
  const name = pascal(method);
  return name[0]!.toLowerCase() + name.slice(1);
};

const ref = (name: string): Doc => ({ $ref: `#/components/schemas/${name}` });
const id = (description: string): Doc => ({ type: 'integer', minimum: 1, description, example: 13 });
const text = (description: string): Doc => ({ type: 'string', description, example: 'Text' });

const paramsFor = (action: Action, entity: string): Doc => {
  const ID = id(`Id of the ${entity}.`);
  const fields: Doc = {
    TITLE: text(`Title of the ${entity}.`),
    DESCRIPTION: text(`Description of the ${entity}.`),
    COLOR: ref('ChatColor'),
    USERS: { type: 'array', minItems: 1, items: ref('UserId'), description: 'Ids of the users involved.', example: [1, 2] },
    ENTITY_TYPE: text('Identifier of a custom entity.'),
    ENTITY_ID: id('Numeric identifier of the custom entity.'),
  };
  switch (action) {
    case 'add':
      return { required: ['TITLE'], properties: { ...fields, BOT_ID: id('Id of the bot making the request.') } };
    case 'update':
      return { required: ['ID'], properties: { ID, ...fields } };
    case 'get':
    case 'delete':
      return { required: ['ID'], properties: { ID } };
    case 'list':
      return {
        properties: {
          START: { type: 'integer', minimum: 0, description: 'Offset of the first item (pages of 50).', example: 0 },
          ORDER: { type: 'string', enum: ['ASC', 'DESC'], description: 'Sort order by ID.', example: 'ASC' },
          ENTITY_TYPE: fields['ENTITY_TYPE'],
        },
      };
    case 'fields':
      return { properties: { LANG: { type: 'string', description: 'Language of the field titles.', example: 'en' } } };
  }
};

const resultFor = (action: Action, entity: string): Doc => {
  const item: Doc = {
    type: 'object',
    required: ['ID'],
    properties: {
      ID: id(`Id of the ${entity}.`),
      TITLE: text(`Title of the ${entity}.`),
      DATE_CREATE: { type: 'string', format: 'date-time', description: 'When it was created.', example: '2026-02-24T13:19:39+01:00' },
    },
  };
  switch (action) {
    case 'add':
      return id(`Id of the new ${entity}.`);
    case 'update':
    case 'delete':
      return { type: 'boolean', description: 'true when done.', example: true };
    case 'get':
      return { ...item, description: `The ${entity}.` };
    case 'list':
      return { type: 'array', items: item, description: `A page of ${entity} items.` };
    case 'fields':
      return {
        type: 'object',
        description: 'Field descriptions by field name.',
        additionalProperties: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' } } },
      };
  }
};

/**
 * The contract with `count` methods: the real imbot.chat.add first, then made-up ones. Every
 * operation has the same error responses as the real one.
 */
export function syntheticSchema(count: number, base: Doc = loadRealContract()): Doc {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const doc: Doc = structuredClone(base);
  const realPaths = Object.entries<Doc>(doc['paths']);
  const [realPath, realItem] = realPaths[0]!;
  const errorResponses = Object.fromEntries(
    Object.entries<Doc>(realItem['post']['responses']).filter(([status]) => status !== '200'),
  );
  doc['info']['title'] = `Bitrix24, ${count} synthetic methods`;
  const paths: Doc = { [realPath]: realItem };
  const tags = new Map<string, string>((doc['tags'] ?? []).map((tag: Doc) => [tag['name'], tag['description']]));
  const schemas: Doc = doc['components']['schemas'];
  const taken = new Set([realPath.slice(1)]);

  for (let n = 0; Object.keys(paths).length < count; n++) {
    const method = syntheticMethodName(n);
    if (taken.has(method)) continue;
    taken.add(method);
    const [scope, entity, action] = method.split('.') as [string, string, Action];
    const operationId = operationIdOf(method);
    const name = pascal(method);
    tags.set(scope, tags.get(scope) ?? `Methods of the \`${scope}\` scope.`);
    schemas[`${name}Params`] = {
      type: 'object',
      description: `Parameters of ${method}.`,
      ...paramsFor(action, entity),
    };
    schemas[`${name}Success`] = {
      type: 'object',
      description: `The success envelope of ${method}.`,
      required: ['result', 'time'],
      properties: { result: resultFor(action, entity), time: ref('ResponseTime') },
    };
    const body = { schema: ref(`${name}Params`) };
    paths[`/${method}`] = {
      post: {
        operationId,
        tags: [scope],
        summary: `${action[0]!.toUpperCase()}${action.slice(1)} (${entity})`,
        description: `Synthetic method ${method} (scope \`${scope}\`), shaped like Bitrix24's REST methods.`,
        requestBody: {
          required: true,
          description: 'The parameters, as JSON or as a PHP-style form.',
          content: { 'application/json': body, 'application/x-www-form-urlencoded': body },
        },
        responses: {
          '200': {
            description: 'Done; `result` is the answer.',
            content: { 'application/json': { schema: ref(`${name}Success`) } },
          },
          ...errorResponses,
        },
      },
    };
  }
  doc['paths'] = paths;
  doc['tags'] = [...tags].map(([name, description]) => ({ name, description }));
  return doc;
}

// Synthetic Bitrix-like contracts of N methods, to show how generation time and bundle size grow
// with the contract: the real (bundled) contract, imbot.chat.add first (and batch), plus made-up
// methods in its style: a path `/scope.entity.action`, parameters in a JSON or form body, a
// `{result, time}` envelope and the shared Bitrix error responses. Deterministic.
import { type Json, loadContract } from '@b24-imbot/schema/model';

const SCOPES = ['im', 'crm', 'tasks', 'disk', 'calendar', 'lists', 'sonet_group', 'catalog', 'sale', 'voximplant',
  'telephony', 'landing', 'entity', 'placement', 'bizproc', 'department', 'timeman', 'documentgenerator', 'biconnector', 'booking'];
const ENTITIES = ['chat', 'message', 'dialog', 'deal', 'lead', 'contact', 'company', 'item', 'task', 'file', 'folder',
  'event', 'section', 'element', 'product', 'order', 'template', 'activity', 'status', 'user', 'robot', 'workflow',
  'comment', 'stage', 'category'];
const ACTIONS = ['add', 'update', 'get', 'list', 'delete'] as const;
type Action = (typeof ACTIONS)[number];

/** The n-th made-up method name (n >= 0), e.g. `im.chat.add`; 2,500 of them. */
export const syntheticMethodName = (n: number): string => {
  const rest = Math.floor(n / ACTIONS.length);
  if (rest >= SCOPES.length * ENTITIES.length) throw new RangeError('too many methods');
  return `${SCOPES[rest % SCOPES.length]}.${ENTITIES[Math.floor(rest / SCOPES.length)]}.${ACTIONS[n % ACTIONS.length]}`;
};

const pascal = (method: string): string => method.split(/[._]/).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
/** `crm.deal.add` -> `crmDealAdd`, as imbot.chat.add is `imbotChatAdd`. */
export const operationIdOf = (method: string): string => pascal(method).replace(/^./, (c) => c.toLowerCase());

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const id = (description: string): Json => ({ type: 'integer', minimum: 1, description, example: 13 });
const text = (description: string): Json => ({ type: 'string', description, example: 'Text' });

const paramsFor = (action: Action, entity: string): Json => {
  const fields = {
    TITLE: text(`Title of the ${entity}.`),
    COLOR: ref('ChatColor'),
    USERS: { type: 'array', minItems: 1, items: ref('UserId'), description: 'Ids of the users involved.', example: [1, 2] },
    ENTITY_ID: id('Numeric identifier of the custom entity.'),
  };
  if (action === 'add') return { required: ['TITLE'], properties: fields };
  if (action === 'update') return { required: ['ID'], properties: { ID: id(`Id of the ${entity}.`), ...fields } };
  if (action === 'list') return { properties: { START: { type: 'integer', minimum: 0, description: 'Offset.', example: 0 } } };
  return { required: ['ID'], properties: { ID: id(`Id of the ${entity}.`) } };
};

const resultFor = (action: Action, entity: string): Json => {
  const item = { type: 'object', required: ['ID'], properties: { ID: id(`Id of the ${entity}.`), TITLE: text(`Title of the ${entity}.`) } };
  if (action === 'add') return id(`Id of the new ${entity}.`);
  if (action === 'get') return { ...item, description: `The ${entity}.` };
  if (action === 'list') return { type: 'array', items: item, description: `A page of ${entity} items.` };
  return { type: 'boolean', description: 'true when done.', example: true };
};

/** The contract with `count` methods, as a bundled OpenAPI document (JSON). */
export function syntheticSchema(count: number): Json {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const doc = structuredClone(loadContract().document);
  const [realPath, realItem] = Object.entries<Json>(doc.paths)[0]!;
  const errors = Object.fromEntries(Object.entries<Json>(realItem.post.responses).filter(([status]) => status !== '200'));
  const success = doc.components.examples.Success.value;
  const paths: Json = { [realPath]: realItem };
  // And `batch`, which every Bitrix24 contract has and the client's typed batch is built on.
  const [batchPath, batchItem] = Object.entries<Json>(doc.paths).find(([, item]) => item.post?.['x-bitrix-max-commands'] !== undefined) ?? [];
  if (batchPath !== undefined && count > 1) paths[batchPath] = batchItem;
  const tags = new Map<string, string>(doc.tags.map((tag: Json) => [tag.name, tag.description]));
  for (let n = 0; Object.keys(paths).length < count; n++) {
    const method = syntheticMethodName(n);
    if (`/${method}` === realPath) continue;
    const [scope, entity, action] = method.split('.') as [string, string, Action];
    const name = pascal(method);
    tags.set(scope, tags.get(scope) ?? `Methods of the \`${scope}\` scope.`);
    doc.components.schemas[`${name}Params`] = { type: 'object', description: `Parameters of ${method}.`, ...paramsFor(action, entity) };
    doc.components.schemas[`${name}Success`] = {
      type: 'object',
      description: `The success envelope of ${method}.`,
      required: ['result', 'time'],
      properties: { result: resultFor(action, entity), time: ref('ResponseTime') },
    };
    const body = { schema: ref(`${name}Params`) };
    const result = action === 'add' ? 7 : action === 'get' ? { ID: 7 } : action === 'list' ? [] : true;
    paths[`/${method}`] = {
      post: {
        operationId: operationIdOf(method),
        tags: [scope],
        summary: `${action} (${entity})`,
        description: `Synthetic method ${method}, shaped like Bitrix24's REST methods.`,
        requestBody: { required: true, description: 'The parameters.', content: { 'application/json': body, 'application/x-www-form-urlencoded': body } },
        responses: {
          '200': {
            description: 'Done.',
            content: { 'application/json': { schema: ref(`${name}Success`), examples: { Success: { summary: 'Done', value: { ...success, result } } } } },
          },
          ...errors,
        },
      },
    };
  }
  doc.info.title = `Bitrix24, ${count} synthetic methods`;
  doc.paths = paths;
  doc.tags = [...tags].map(([name, description]) => ({ name, description }));
  pruneComponents(doc);
  return doc;
}

/** Drops the components that nothing kept refers to (those only the left-out real methods used). */
function pruneComponents(doc: Json): void {
  const used = new Set<string>();
  const visit = (node: Json): void => {
    JSON.stringify(node, (key, value) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !used.has(value)) {
        used.add(value);
        const [, , section, name] = value.split('/');
        visit(doc.components[section!]?.[name!]);
      }
      return value;
    });
  };
  visit({ paths: doc.paths, webhooks: doc.webhooks });
  for (const [section, entries] of Object.entries<Json>(doc.components)) {
    if (section === 'securitySchemes') continue;
    for (const name of Object.keys(entries)) if (!used.has(`#/components/${section}/${name}`)) delete entries[name];
  }
}

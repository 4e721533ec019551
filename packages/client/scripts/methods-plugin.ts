// A hey-api plugin that writes src/gen/methods.gen.ts: the contract's methods by Bitrix name,
// typed with the symbols @hey-api/typescript generated for each operation, and the same
// methods as the tree the client exposes (`imbot.chat.add`), with `@deprecated` where the
// contract deprecates a method. The methods, error codes and deprecations come from the contract
// model; hey-api is asked only for its type symbols. (The events' types are @b24-imbot/core's.)
import { type ContractOperation, loadContract } from '@b24-imbot/schema/model';
import { $, type DefinePlugin, definePluginConfig } from '@hey-api/openapi-ts';

type MethodsPlugin = DefinePlugin<{ readonly name: 'methods' }>;

/** Names the client puts at the root of its tree, next to the methods. */
const RESERVED_ROOTS = new Set(['call', 'events', 'then', 'constructor', '__proto__', 'prototype']);

const docOf = (op: ContractOperation): string[] => [
  ...(op.summary ? [op.summary] : []),
  ...(op.deprecated ? [`@deprecated${op.successor ? ` Use \`${op.successor}\`.` : ''}`] : []),
];

interface Branch {
  op?: ContractOperation;
  children: Map<string, Branch>;
}

const handler: MethodsPlugin['Handler'] = ({ plugin }) => {
  const contract = loadContract();
  const typeSymbol = (operationId: string, role: 'data' | 'responses') =>
    // resourceId first: hey-api intersects the index sets in the filter's key order, so the
    // smallest set first keeps each query short (category first scans every type symbol).
    plugin.querySymbol({ resourceId: operationId, role, resource: 'operation', category: 'type', tool: 'typescript' }) ??
    (() => {
      throw new Error(`methods plugin: @hey-api/typescript wrote no ${role} type for ${operationId}`);
    })();

  plugin.node(
    $.const(plugin.symbol('contractVersion'))
      .export()
      .doc(['The version of the contract (`info.version`) this client was generated from.'])
      .assign($.literal(contract.version)),
  );

  // batch (the operation with `x-bitrix-max-commands`): its name and limit, what the client's
  // typed batch needs at run time (two constants, whatever the size of the contract).
  const batchOps = contract.operations.filter((op) => op.extensions['x-bitrix-max-commands'] !== undefined);
  if (batchOps.length !== 1) throw new Error(`methods plugin: expected one batch operation (x-bitrix-max-commands), found ${batchOps.length}`);
  const [batchOp] = batchOps as [ContractOperation];
  plugin.node(
    $.const(plugin.symbol('batchMethod'))
      .export()
      .doc(['The method that runs several methods in one request (`x-bitrix-max-commands`).'])
      .assign($.literal(batchOp.method)),
  );
  plugin.node(
    $.const(plugin.symbol('batchMaxCommands'))
      .export()
      .doc(['The most commands one batch request runs (`x-bitrix-max-commands`).'])
      .assign($.literal(Number(batchOp.extensions['x-bitrix-max-commands']))),
  );

  const methods = $.type.object();
  const root: Branch = { children: new Map() };
  for (const op of contract.operations) {
    if (RESERVED_ROOTS.has(op.method.split('.')[0]!)) throw new Error(`methods plugin: ${op.method} starts with a reserved name`);
    const codes = [...op.errors.keys()];
    methods.prop(op.method, (p) =>
      p.doc(docOf(op)).type(
        $.type
          .object()
          .prop('params', (q) => q.doc(['The parameters.']).type($.type(typeSymbol(op.operationId, 'data')).idx($.type.literal('body'))))
          .prop('success', (q) =>
            q.doc(['The success envelope: `result` and `time`.']).type($.type(typeSymbol(op.operationId, 'responses')).idx($.type.literal(200))),
          )
          .prop('errorCode', (q) =>
            q.doc(['The error codes the contract gives this method.']).type(codes.length ? $.type.or(...codes.map((code) => $.type.literal(code))) : $.type('never')),
          ),
      ),
    );
    let at = root;
    for (const segment of op.method.split('.')) {
      if (at.op) throw new Error(`methods plugin: ${op.method} nests under the method ${at.op.method}`);
      at = at.children.get(segment) ?? at.children.set(segment, { children: new Map() }).get(segment)!;
    }
    if (at.children.size > 0) throw new Error(`methods plugin: ${op.method} is also a branch of other methods`);
    at.op = op;
  }
  const symbolMethods = plugin.symbol('Methods');
  plugin.node(
    $.type
      .alias(symbolMethods)
      .export()
      .doc(['The types of each method of the contract, by its Bitrix24 name.'])
      .type(methods),
  );

  const tree = (branch: Branch): ReturnType<typeof $.type.object> => {
    const node = $.type.object();
    for (const [segment, child] of branch.children) {
      node.prop(segment, (p) => {
        const prop = p.readonly();
        return child.op
          ? prop.doc(docOf(child.op)).type($.type('F').idx($.type.literal(child.op.method)))
          : prop.type(tree(child));
      });
    }
    return node;
  };
  plugin.node(
    $.type
      .alias(plugin.symbol('MethodTree'))
      .export()
      .doc(['The methods as a tree split on dots (`imbot.chat.add`), each typed by `F[method name]`.'])
      .generic('F', (g) => g.extends($.type('Record').generics($.type.operator().keyof($.type(symbolMethods)), 'unknown')))
      .type(tree(root)),
  );
};

export const methodsPlugin = definePluginConfig({
  config: {},
  dependencies: ['@hey-api/typescript'],
  handler,
  name: 'methods',
} as MethodsPlugin['Config']);

// Edits of a copy of the contract aimed at one operation. A test finds the operation by its path
// and method and reaches what it changes from there, through the operation's local `$ref`s, so
// an edit never catches another operation by a pattern over the whole file (a method added
// later with a parameter of the same name stays as it is). Works on the plain object `yaml`'s
// `parse` gives; write it back with `stringify`.

type Node = Record<string, any>;

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const isRef = (value: unknown): value is { $ref: string } => isObject(value) && typeof value.$ref === 'string';

/** Where a JSON pointer into the same document points (`#/components/schemas/ChatId`). */
const pointee = (document: Node, ref: string): unknown => {
  if (!ref.startsWith('#/')) throw new Error(`contract edit: only local $refs can be followed, not ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), document);
};

export interface OperationEdit {
  /** The operation object itself, `paths[path][method]`. */
  readonly operation: Node;
  /**
   * The node at `keys` below the operation (e.g. `'requestBody', 'content', 'application/json',
   * 'schema'`), with every `$ref` on the way followed: the node is the one the document shares
   * (a component), and editing it edits every user of that component.
   */
  at(...keys: string[]): Node;
  /**
   * The same node, made the operation's own: each `$ref` on the way is replaced, inside the
   * operation, by a copy of what it points at. Editing it changes this operation and nothing
   * else, whoever else uses the components it came from.
   */
  own(...keys: string[]): Node;
}

/** The operation `method` of `path` (`'/imbot.chat.add'`) in a parsed contract, for editing. */
export const editOperation = (document: Node, path: string, method = 'post'): OperationEdit => {
  const item = document.paths?.[path];
  if (isRef(item)) throw new Error(`contract edit: ${path} lives in ${item.$ref}; edit that file`);
  const operation = item?.[method];
  if (!isObject(operation)) throw new Error(`contract edit: no ${method.toUpperCase()} ${path} in the contract`);

  const follow = (node: unknown): unknown => {
    for (let hops = 0; isRef(node); hops += 1) {
      if (hops > 32) throw new Error(`contract edit: a $ref loop at ${node.$ref}`);
      node = pointee(document, node.$ref);
    }
    return node;
  };
  const walk = (keys: string[], own: boolean): Node => {
    let node: unknown = operation;
    for (const [index, key] of keys.entries()) {
      if (!isObject(node) || !(key in node)) {
        throw new Error(`contract edit: ${method.toUpperCase()} ${path} has no ${keys.slice(0, index + 1).join(' > ')}`);
      }
      const next = node[key];
      if (isRef(next) && own) {
        node[key] = structuredClone(follow(next));
        node = node[key];
      } else {
        node = follow(next);
      }
    }
    if (!isObject(node)) throw new Error(`contract edit: ${method.toUpperCase()} ${path} > ${keys.join(' > ')} is not an object`);
    return node;
  };
  return { operation, at: (...keys) => walk(keys, false), own: (...keys) => walk(keys, true) };
};

/**
 * The document without one operation (and without its path, if nothing else is left there), as
 * text: the same before and after an edit that changed that operation only, or added it.
 */
export const outsideOperation = (document: Node, path: string, method = 'post'): string => {
  const copy = structuredClone(document);
  const item = copy.paths?.[path];
  if (isObject(item)) {
    delete item[method];
    if (Object.keys(item).length === 0) delete copy.paths[path];
  }
  return JSON.stringify(copy);
};

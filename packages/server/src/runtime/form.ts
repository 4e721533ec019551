// PHP-style forms (`a=1&USERS[]=1&fields[title]=x`), as a query string or a body, read the way
// PHP's parse_str reads them: a name is decoded first, then taken apart at its brackets; a later
// value replaces an earlier one; `[]` appends after the largest index so far. Every key is data,
// whatever its name (`constructor`, `prototype`, `__proto__` included): objects have no
// prototype, and lists are built from their indexes at the end.
import type { Limits } from './limits.js';
import { invalid } from './failure.js';

/** A PHP array while the form is read: its entries by key, and whether it can still be a list. */
interface PhpArray {
  readonly entries: Record<string, Value>;
  /** For a keyed parameter (see `parseForm`): its keys in the order first sent. */
  readonly order?: string[];
  /** Next index for `[]` (the largest integer key + 1, as PHP counts). */
  next: number;
  /** Every key so far is an index a list may hold (no name, no index over the array limit). */
  list: boolean;
}
type Value = string | PhpArray;

const isArray = (value: Value | undefined): value is PhpArray => typeof value === 'object';

const newArray = (order?: string[]): PhpArray => ({
  entries: Object.create(null) as Record<string, Value>,
  next: 0,
  list: true,
  ...(order === undefined ? {} : { order }),
});

/** The keys of a keyed parameter in the order they were sent (an object's own order puts integer keys first). */
const sentOrder = new WeakMap<object, readonly string[]>();

/** The keys of `value` as sent, for a keyed parameter (of a form, or of a JSON body); `Object.keys` otherwise. */
export const keysAsSent = (value: object): readonly string[] => sentOrder.get(value) ?? Object.keys(value);

/** Records the keys of `value` as sent, where its own order differs (a JSON object with integer keys). */
export const keepSentOrder = (value: object, order: readonly string[]): void => {
  sentOrder.set(value, order);
};

/** `0`, `1`, ... `999999999`: the keys PHP reads as integers (and a list may be made of). */
const indexOf = (key: string): number => {
  const length = key.length;
  if (length === 0 || length > 9) return -1;
  const first = key.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || (first === 0x30 && length > 1)) return -1;
  let index = first - 0x30;
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    index = index * 10 + (c - 0x30);
  }
  return index;
};

const set = (array: PhpArray, key: string, value: Value, arrayLength: number): void => {
  const index = indexOf(key);
  if (index === -1 || index > arrayLength) array.list = false;
  if (index !== -1 && index >= array.next) array.next = index + 1;
  if (array.order !== undefined && !(key in array.entries)) array.order.push(key);
  array.entries[key] = value;
};

const decode = (part: string, what: string): string => {
  // Most names and values need no decoding at all.
  if (part.indexOf('%') === -1 && part.indexOf('+') === -1) return part;
  try {
    return decodeURIComponent(part.indexOf('+') === -1 ? part : part.replace(/\+/g, ' '));
  } catch {
    throw invalid(`Malformed percent-encoding or UTF-8 in ${what}`);
  }
};

/**
 * The bracket parts of a name after its base: `a[b][]` -> ['b', '']. PHP stops at the first
 * part that is not `[...]`, and ignores what follows it. Undefined when the name has none.
 */
const partsOf = (name: string, open: number): string[] | undefined => {
  const parts: string[] = [];
  let at = open;
  while (at < name.length && name.charCodeAt(at) === 0x5b /* [ */) {
    const close = name.indexOf(']', at + 1);
    if (close === -1) break;
    parts.push(name.slice(at + 1, close));
    at = close + 1;
  }
  return parts.length === 0 ? undefined : parts;
};

const assign = (root: PhpArray, name: string, value: string, limits: Limits, keyed?: ReadonlySet<string>): void => {
  const open = name.indexOf('[');
  const parts = open > 0 ? partsOf(name, open) : undefined;
  if (parts === undefined) {
    set(root, name, value, limits.arrayLength);
    return;
  }
  if (parts.length > limits.depth) throw invalid(`The parameter ${name.slice(0, open)} nests deeper than ${limits.depth} levels`);
  let array = root;
  let key = name.slice(0, open);
  for (const part of parts) {
    // A scalar on the way is replaced by an array, as PHP does.
    let inner = array.entries[key];
    if (!isArray(inner)) {
      inner = newArray(array === root && keyed?.has(key) ? [] : undefined);
      set(array, key, inner, limits.arrayLength);
    }
    array = inner;
    key = part === '' ? String(array.next) : part;
  }
  set(array, key, value, limits.arrayLength);
};

/** The parsed form: lists where every key was an index, objects without a prototype elsewhere. */
const finish = (array: PhpArray): unknown => {
  const { entries } = array;
  if (array.list) {
    // Integer keys come out in ascending order: the list in index order, holes closed.
    const list: unknown[] = [];
    for (const key in entries) list.push(isArray(entries[key]) ? finish(entries[key]) : entries[key]);
    if (list.length > 0) return list;
  }
  for (const key in entries) {
    const value = entries[key]!;
    if (isArray(value)) entries[key] = finish(value) as Value;
  }
  return entries;
};

/**
 * Parses a PHP-style form, as a query string or a body. The top-level parameters named in
 * `keyed` keep their keys as sent (`cmd[5]=...&cmd[a]=...` stays keyed 5 and a, never a list),
 * in the order sent (`keysAsSent`): batch's commands, whose keys name their answers.
 */
export const parseForm = (text: string, limits: Limits, keyed?: ReadonlySet<string>): Record<string, unknown> => {
  const root = newArray();
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start) {
      if (++count > limits.parameters) throw invalid(`More than ${limits.parameters} parameters`);
      const equals = text.indexOf('=', start);
      const split = equals !== -1 && equals < end;
      const name = decode(text.slice(start, split ? equals : end), 'a parameter name');
      const value = split ? decode(text.slice(equals + 1, end), 'a parameter value') : '';
      if (name !== '') assign(root, name, value, limits, keyed);
    }
    start = end + 1;
  }
  // The top level is always an object of parameters, never a list.
  for (const key in root.entries) {
    const value = root.entries[key]!;
    if (!isArray(value)) continue;
    if (value.order === undefined) root.entries[key] = finish(value) as Value;
    else {
      // Keyed: an object whatever its keys, its values finished as usual.
      const { entries } = value;
      for (const inner in entries) if (isArray(entries[inner])) entries[inner] = finish(entries[inner]) as Value;
      sentOrder.set(entries, value.order);
      root.entries[key] = entries as unknown as Value;
    }
  }
  return root.entries;
};

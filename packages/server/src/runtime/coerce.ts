// Wire strings read as the contract wants them (form bodies and query strings carry only
// strings; PHP arrays arrive as objects keyed 0, 1, ...). Each coercion plan of the generated
// tables is compiled once into a function; a value that needs nothing is returned as it is (no
// copy), and one that does is copied, never changed in place. Keys of any name are data here:
// a copy is made with own properties only (`__proto__` included), so no prototype changes.
import type { Coercion } from './operation.js';

export type Coercer = (value: unknown) => unknown;

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const integer: Coercer = (value) => (typeof value === 'string' && INTEGER.test(value) ? Number(value) : value);
const number: Coercer = (value) => (typeof value === 'string' && NUMBER.test(value) ? Number(value) : value);
/** What forms send for booleans: PHP's http_build_query writes 1/0; the v2 pages also name Y/N. */
const boolean: Coercer = (value) => {
  if (typeof value !== 'string') return value;
  if (value === 'true' || value === 'Y' || value === '1') return true;
  if (value === 'false' || value === 'N' || value === '0') return false;
  return value;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Sets an own property, whatever its name: `__proto__` as data, not the prototype. */
export const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
};

/** PHP arrays arrive as objects with index keys from JSON (`{"0": 1}`); read them as lists. */
const asList = (value: unknown): unknown => {
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => /^(?:0|[1-9]\d{0,8})$/.test(key))) return value;
  // Integer keys are listed in ascending order already.
  return keys.map((key) => value[key]);
};

/** Each item read by `item`; the same array when none changed. */
const eachItem = (list: readonly unknown[], item: Coercer): readonly unknown[] => {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const before = list[i];
    const after = before === undefined ? before : item(before);
    if (after !== before) (out ??= list.slice())[i] = after;
  }
  return out ?? list;
};

const compileUncached = (how: Coercion): Coercer => {
  if (how === 'integer') return integer;
  if (how === 'number') return number;
  if (how === 'boolean') return boolean;
  if ('literals' in how) {
    const { literals } = how;
    const then = how.then === undefined ? undefined : compile(how.then);
    return (value) => {
      if (typeof value === 'string' && Object.hasOwn(literals, value)) return literals[value];
      return then === undefined ? value : then(value);
    };
  }
  if (!('properties' in how)) {
    const item = how.items === undefined ? undefined : compile(how.items);
    return (value) => {
      const list = asList(value);
      return item !== undefined && Array.isArray(list) ? eachItem(list, item) : list;
    };
  }
  const properties = Object.entries(how.properties).map(([name, inner]) => ({
    name,
    coerce: compile(inner),
    // A name Object.prototype has (`constructor`, `__proto__`) must be an own property to count.
    inherited: name in Object.prototype,
  }));
  const additional = how.additional === undefined ? undefined : compile(how.additional);
  const items = how.items === undefined ? undefined : compile(how.items);
  const empty = Object.entries(how.empty ?? {});
  return (value) => {
    if (Array.isArray(value)) return items === undefined ? value : eachItem(value, items);
    if (!isObject(value)) return value;
    let out: Record<string, unknown> | undefined;
    for (const { name, coerce, inherited } of properties) {
      if (inherited && !Object.hasOwn(value, name)) continue;
      const before = value[name];
      if (before === undefined) continue;
      const after = coerce(before);
      if (after !== before) setOwn((out ??= { ...value }), name, after);
    }
    if (additional !== undefined) {
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(how.properties, key)) continue;
        const before = value[key];
        if (before === undefined) continue;
        const after = additional(before);
        if (after !== before) setOwn((out ??= { ...value }), key, after);
      }
    }
    for (const [name, kind] of empty) {
      const current = out ?? value;
      if (!Object.hasOwn(current, name) || current[name] === undefined) {
        setOwn((out ??= { ...value }), name, kind === 'array' ? [] : {});
      }
    }
    return out ?? value;
  };
};

const compiled = new WeakMap<object, Coercer>();

/** The function for a coercion plan, compiled once per plan object. */
export const compile = (how: Coercion): Coercer => {
  if (typeof how === 'string') return compileUncached(how);
  let coercer = compiled.get(how);
  if (coercer === undefined) {
    coercer = compileUncached(how);
    compiled.set(how, coercer);
  }
  return coercer;
};

/** A wire value read as the contract wants it; anything else is left for the validator to refuse. */
export const coerce = (value: unknown, how: Coercion): unknown => compile(how)(value);

// From the merged parameter bag to the contract's parameters: names are matched (whatever their
// case for v1's UPPER_CASE names), auth is taken out first, unknown names are dropped, wire
// strings become the numbers and booleans the contract wants, and the generated validator has
// the last word.
import { Bitrix24Error, type BitrixErrorCode } from '../errors.js';
import type { Coercion, OperationDefinition, ValidationIssue } from './operation.js';
import { invalid } from './wire.js';

/** Parameters that carry the OAuth token, upper-cased. */
const TOKEN_PARAMS = ['AUTH', 'ACCESS_TOKEN'] as const;

export interface SplitParams {
  /** The token from `auth` or `access_token` (`auth` wins), if a string was sent. */
  readonly token?: string;
  /** The contract's parameters, by the contract's names; unknown names dropped. */
  readonly params: Record<string, unknown>;
}

const canonicalNames = new WeakMap<OperationDefinition, ReadonlyMap<string, string>>();
const namesOf = (op: OperationDefinition): ReadonlyMap<string, string> => {
  let names = canonicalNames.get(op);
  if (!names) {
    names = new Map(op.params.names.map((name) => [op.params.caseInsensitive ? name.toUpperCase() : name, name]));
    canonicalNames.set(op, names);
  }
  return names;
};

/** PHP arrays arrive as objects with index keys from JSON (`{"0": 1}`); read them as lists. */
const asList = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([key]) => /^(?:0|[1-9]\d{0,8})$/.test(key))) return value;
  return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
};

/**
 * Merges query and body (the body wins, as PHP's $_REQUEST does), matches names, takes the
 * token out, and keeps the contract's parameters only.
 */
export const splitParams = (op: OperationDefinition, ...sources: Record<string, unknown>[]): SplitParams => {
  const names = namesOf(op);
  const params: Record<string, unknown> = {};
  const tokens: Partial<Record<(typeof TOKEN_PARAMS)[number], unknown>> = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const upper = key.toUpperCase();
      if ((TOKEN_PARAMS as readonly string[]).includes(upper)) {
        tokens[upper as (typeof TOKEN_PARAMS)[number]] = value;
        continue;
      }
      const name = names.get(op.params.caseInsensitive ? upper : key);
      if (name !== undefined) params[name] = value;
    }
  }
  const token = TOKEN_PARAMS.map((name) => tokens[name]).find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return token === undefined ? { params } : { token, params };
};

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What forms send for booleans: PHP's http_build_query writes 1/0; the v2 pages also name Y/N. */
const TRUE = new Set(['true', 'Y', '1']);
const FALSE = new Set(['false', 'N', '0']);

/** A wire value read as the contract wants it; anything else is left for the validator to refuse. */
export const coerce = (value: unknown, how: Coercion): unknown => {
  if (typeof how === 'object' && 'literals' in how) {
    if (typeof value === 'string' && Object.hasOwn(how.literals, value)) return how.literals[value];
    return how.then === undefined ? value : coerce(value, how.then);
  }
  if (typeof how === 'string') {
    if (typeof value !== 'string') return value;
    if (how === 'boolean') return TRUE.has(value) ? true : FALSE.has(value) ? false : value;
    return (how === 'integer' ? INTEGER : NUMBER).test(value) ? Number(value) : value;
  }
  if ('properties' in how) {
    if (Array.isArray(value)) return how.items === undefined ? value : value.map((item) => coerce(item, how.items!));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [name, item] of Object.entries(out)) {
      const inner = Object.hasOwn(how.properties, name) ? how.properties[name] : how.additional;
      if (inner !== undefined && item !== undefined) out[name] = coerce(item, inner);
    }
    for (const [name, kind] of Object.entries(how.empty ?? {})) {
      if (out[name] === undefined) out[name] = kind === 'array' ? [] : {};
    }
    return out;
  }
  const list = asList(value);
  return Array.isArray(list) && how.items !== undefined ? list.map((item) => coerce(item, how.items!)) : list;
};

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** `/USERS/0` -> `USERS[0]`. */
const paramPath = (issue: ValidationIssue): string => {
  const [head = '', ...rest] = issue.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty) : undefined;
  const path = `${head}${rest.map((part) => `[${part}]`).join('')}`;
  if (missing !== undefined) return path === '' ? missing : `${path}[${missing}]`;
  return path === '' ? 'parameters' : path;
};

/** `USERS[0]: must be integer`, naming the parameter and the rule broken. */
export const describeIssue = (issue: ValidationIssue): string => {
  const where = paramPath(issue);
  switch (issue.keyword) {
    case 'required':
      return `${where}: is required`;
    case 'enum':
      return `${where}: must be one of ${(issue.params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return `${where}: must match the pattern ${String(issue.params.pattern)}`;
    case 'format':
      return `${where}: must be a ${String(issue.params.format)}`;
    default:
      return `${where}: ${issue.message ?? `breaks the rule ${issue.keyword}`}`;
  }
};

/**
 * The value at a dotted path (`fields.code`); `reachable` is false when something on the way is
 * not an object (the validator names that instead). A missing parent is a missing value.
 */
const valueAt = (params: Record<string, unknown>, path: string): { reachable: boolean; value?: unknown } => {
  let value: unknown = params;
  for (const key of path.split('.')) {
    if (value === undefined) return { reachable: true };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reachable: false };
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return { reachable: true, value };
};

/** The page's code for a value that breaks the contract (`x-bitrix-invalid-error` on it or above it), if any. */
const invalidCode = (op: OperationDefinition, issue: ValidationIssue): string | undefined => {
  const codes = op.params.invalidErrors;
  if (!codes || issue.keyword === 'required') return undefined;
  let path = issue.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  for (;;) {
    const code = Object.hasOwn(codes, path) ? codes[path] : undefined;
    if (typeof code === 'string') return code;
    if (code !== undefined && Object.hasOwn(code, issue.keyword)) return code[issue.keyword];
    if (path === '') return undefined;
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  }
};

/**
 * Checks the parameters against the contract: missing or empty values with an
 * `x-bitrix-empty-error` get that code, values with an `x-bitrix-invalid-error` that break the
 * contract get theirs, anything else that breaks it INVALID_FORMAT.
 * Returns a fresh object with numbers read and the contract's defaults applied.
 */
export const validateParams = (op: OperationDefinition, input: Record<string, unknown>): Record<string, unknown> => {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const how = op.params.coerce[name];
    // An empty optional number or boolean is not sent (forms cannot leave a value out).
    if (value === '' && typeof how === 'string') continue;
    params[name] = how === undefined ? value : coerce(value, how);
  }
  for (const [path, code] of Object.entries(op.params.emptyErrors)) {
    const found = valueAt(params, path);
    if (found.reachable && isEmpty(found.value)) throw new Bitrix24Error(code as BitrixErrorCode);
  }
  if (!op.validateParams(params)) {
    const issue = op.validateParams.errors?.[0];
    const code = issue && invalidCode(op, issue);
    if (code !== undefined) throw new Bitrix24Error(code as BitrixErrorCode, describeIssue(issue!));
    throw invalid(issue ? describeIssue(issue) : 'The parameters break the contract');
  }
  return params;
};

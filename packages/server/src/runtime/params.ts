// From the parsed parameter bags to the contract's parameters. Each operation gets a plan at
// start-up (names as sent and as folded, what each name needs read, which codes answer an empty
// or wrong value); a call then looks each name up as it was sent, folds its case only when that
// misses (v1's UPPER_CASE names are matched whatever their case), takes the auth token out,
// drops unknown names, reads wire strings as the contract wants them (copying nothing that needs
// nothing), and leaves the last word to the generated validator.
import { Bitrix24Error, type BitrixErrorCode } from '../errors.js';
import { type Coercer, coerce, compile } from './coerce.js';
import { invalid } from './failure.js';
import type { OperationDefinition, ValidationIssue } from './operation.js';

export { coerce };

type Bag = Readonly<Record<string, unknown>>;

/** What a name on the wire is: a parameter of the operation, or one of the two token parameters. */
interface Name {
  /** The parameter as the contract spells it; for the token parameters, AUTH or ACCESS_TOKEN. */
  readonly name: string;
  readonly kind: 'param' | 'auth' | 'access_token' | 'refused';
  /** A number or a boolean: an empty string is a value left out (forms cannot leave one out). */
  readonly scalar: boolean;
}

/** How one operation's parameters are read: built once, at start-up. */
export interface ParamsPlan {
  readonly op: OperationDefinition;
  /** Names as sent. */
  readonly exact: ReadonlyMap<string, Name>;
  /** Upper-cased names: v1 parameters (matched whatever their case) and the token parameters. */
  readonly folded: ReadonlyMap<string, Name>;
  /** Parameters whose wire strings need reading, with the function that reads them (scalar: a number or a boolean). */
  readonly coerced: ReadonlyArray<{ readonly name: string; readonly coerce: Coercer; readonly scalar: boolean }>;
  /** `x-bitrix-empty-error`: the path of a value and the code for it missing or empty. */
  readonly empty: ReadonlyArray<{ readonly path: readonly string[]; readonly code: string }>;
  /** `x-bitrix-webhook-required`: the credential a webhook call must carry, and the code without it. */
  readonly webhookRequired: ReadonlyArray<{ readonly name: string; readonly code: string }>;
  /** The keys of the last bag read in place (all of them parameters as the contract spells them). */
  lastInPlace?: readonly string[];
}

const plans = new WeakMap<OperationDefinition, ParamsPlan>();

/** The plan of an operation (made once, then kept). */
export const planOf = (op: OperationDefinition): ParamsPlan => {
  let plan = plans.get(op);
  if (plan === undefined) {
    plan = makePlan(op);
    plans.set(op, plan);
  }
  return plan;
};

const makePlan = (op: OperationDefinition): ParamsPlan => {
  const { names, caseInsensitive, coerce: coercions, emptyErrors, webhookRequired } = op.params;
  const exact = new Map<string, Name>();
  const folded = new Map<string, Name>();
  for (const name of names) {
    const how = Object.hasOwn(coercions, name) ? coercions[name] : undefined;
    const entry: Name = { name, kind: 'param', scalar: typeof how === 'string' };
    exact.set(name, entry);
    if (caseInsensitive) folded.set(name.toUpperCase(), entry);
  }
  // The token parameters, in any case, are never parameters of the method (as before the plan:
  // they were taken out first).
  for (const [name, kind] of [['AUTH', 'auth'], ['ACCESS_TOKEN', 'access_token']] as const) {
    const entry: Name = { name, kind, scalar: false };
    exact.set(name, entry);
    exact.set(name.toLowerCase(), entry);
    folded.set(name, entry);
  }
  // A top-level `__proto__` can never name a parameter: refused, as a client sending one is
  // building its parameters wrong (nested keys of that name are data like any other).
  exact.set('__proto__', { name: '__proto__', kind: 'refused', scalar: false });
  return {
    op,
    exact,
    folded,
    coerced: Object.entries(coercions).map(([name, how]) => ({ name, coerce: compile(how), scalar: typeof how === 'string' })),
    empty: Object.entries(emptyErrors).map(([path, code]) => ({ path: path.split('.'), code })),
    webhookRequired: Object.entries(webhookRequired).map(([name, code]) => ({ name, code })),
  };
};

export interface SplitParams {
  /** The token from `auth` or `access_token` (`auth` wins), if a non-empty string was sent. */
  readonly token?: string;
  /** The contract's parameters, by the contract's names; unknown names dropped. */
  readonly params: Record<string, unknown>;
}

const tokenOf = (auth: unknown, accessToken: unknown): string | undefined =>
  typeof auth === 'string' && auth !== '' ? auth : typeof accessToken === 'string' && accessToken !== '' ? accessToken : undefined;

/**
 * The common case, read without a copy: one bag (a JSON body, an ordinary object) every key of
 * which is a parameter spelled as the contract spells it, and no empty number or boolean. Its
 * values are read in place (the bag is the call's own, freshly parsed) and it becomes the
 * parameters. Undefined when the bag is not like that.
 */
const readInPlace = (plan: ParamsPlan, bag: Record<string, unknown>): Record<string, unknown> | undefined => {
  if (Object.getPrototypeOf(bag) !== Object.prototype) return undefined;
  const keys = Object.keys(bag);
  if (!sameKeys(keys, plan.lastInPlace)) {
    const { exact } = plan;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const entry = exact.get(key);
      if (entry === undefined || entry.kind !== 'param' || entry.name !== key) return undefined;
    }
    // Clients send the same names call after call: the next bag with these keys skips the lookups.
    plan.lastInPlace = keys;
  }
  const { coerced } = plan;
  for (let i = 0; i < coerced.length; i++) {
    const { name, coerce, scalar } = coerced[i]!;
    const before = bag[name];
    if (before === undefined) continue;
    // An empty number or boolean is a value not sent: the general way leaves it out.
    if (scalar && before === '') return undefined;
    const after = coerce(before);
    if (after !== before) bag[name] = after;
  }
  return bag;
};

const sameKeys = (keys: readonly string[], known: readonly string[] | undefined): boolean => {
  if (known === undefined || known.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== known[i]) return false;
  return true;
};

/**
 * Merges the bags (a later one wins, as the body over the query in PHP's $_REQUEST), matches
 * names, takes the token out, keeps the contract's parameters only, and reads their wire
 * strings as the contract wants them (numbers, booleans, lists). An empty string for a number
 * or a boolean is a value not sent. The bags are the call's own: one may become the parameters.
 */
export const readParams = (plan: ParamsPlan, sources: readonly Bag[]): SplitParams => {
  // One bag with keys (the other ones empty): perhaps nothing to copy.
  let only: Bag | undefined;
  let withKeys = 0;
  for (let i = 0; i < sources.length; i++) {
    for (const _ in sources[i]) {
      only = sources[i];
      withKeys++;
      break;
    }
  }
  if (withKeys === 1) {
    const params = readInPlace(plan, only as Record<string, unknown>);
    if (params !== undefined) return { params };
  }
  const { exact, folded } = plan;
  const params: Record<string, unknown> = {};
  let auth: unknown;
  let accessToken: unknown;
  for (const source of sources) {
    for (const key of Object.keys(source)) {
      const entry = exact.get(key) ?? folded.get(key.toUpperCase());
      if (entry === undefined) continue;
      const value = source[key];
      if (entry.kind === 'param') {
        if (value === '' && entry.scalar) {
          // Rare: a later empty value cancels an earlier one.
          if (entry.name in params) delete params[entry.name];
        } else params[entry.name] = value;
      } else if (entry.kind === 'auth') auth = value;
      else if (entry.kind === 'access_token') accessToken = value;
      else throw invalid(`Parameter name ${key} is not allowed`);
    }
  }
  for (const { name, coerce } of plan.coerced) {
    const value = params[name];
    if (value !== undefined) params[name] = coerce(value);
  }
  const token = tokenOf(auth, accessToken);
  return token === undefined ? { params } : { token, params };
};

/** `readParams` for an operation, from any number of bags. */
export const splitParams = (op: OperationDefinition, ...sources: Bag[]): SplitParams => readParams(planOf(op), sources);

const isEmpty = (value: unknown): boolean => {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length === 0;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
};

/**
 * The value at a path (`fields.code`); `reachable` false when something on the way is not an
 * object (the validator names that instead). A missing parent is a missing value.
 */
const emptyAt = (params: Record<string, unknown>, path: readonly string[]): boolean => {
  // A parameter itself (the usual case): `params` is the call's own object of parameters.
  if (path.length === 1) return isEmpty(params[path[0]!]);
  let value: unknown = params;
  for (const key of path) {
    if (value === undefined) return true;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return isEmpty(value);
};

/** The parts of an issue's JSON pointer: `/USERS/0` -> ['USERS', '0']. */
const pointerParts = (issue: ValidationIssue): string[] =>
  issue.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

/** `/USERS/0` -> `USERS[0]`. */
const paramPath = (issue: ValidationIssue): string => {
  const [head = '', ...rest] = pointerParts(issue);
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

/** The page's code for a value that breaks the contract (`x-bitrix-invalid-error` on it or above it), if any. */
const invalidCode = (op: OperationDefinition, issue: ValidationIssue): string | undefined => {
  const codes = op.params.invalidErrors;
  if (!codes || issue.keyword === 'required') return undefined;
  let path = pointerParts(issue).join('.');
  for (;;) {
    const code = Object.hasOwn(codes, path) ? codes[path] : undefined;
    if (typeof code === 'string') return code;
    if (code !== undefined && Object.hasOwn(code, issue.keyword)) return code[issue.keyword];
    if (path === '') return undefined;
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  }
};

/**
 * Checks the parameters (as `readParams` gives them, wire strings read) against the contract:
 * a missing or empty value with an `x-bitrix-empty-error` gets that code, a value with an
 * `x-bitrix-invalid-error` that breaks the contract gets that one, anything else that breaks it
 * INVALID_FORMAT. Works on `params` itself (it is the call's own object) and returns it, with
 * the contract's defaults applied.
 */
export const validateParams = (op: OperationDefinition, params: Record<string, unknown>): Record<string, unknown> =>
  checkParams(planOf(op), params);

/** `validateParams` with the operation's plan at hand. */
export const checkParams = (plan: ParamsPlan, params: Record<string, unknown>): Record<string, unknown> => {
  const { op, empty } = plan;
  for (let i = 0; i < empty.length; i++) {
    if (emptyAt(params, empty[i]!.path)) throw new Bitrix24Error(empty[i]!.code as BitrixErrorCode);
  }
  if (!op.validateParams(params)) {
    const issue = op.validateParams.errors?.[0];
    const code = issue && invalidCode(op, issue);
    if (code !== undefined) throw new Bitrix24Error(code as BitrixErrorCode, describeIssue(issue!));
    throw invalid(issue ? describeIssue(issue) : 'The parameters break the contract');
  }
  return params;
};

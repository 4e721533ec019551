// `$result[key][field]...` in a batch command's parameters: an earlier command's answer, at
// any depth (settings/how-to-call-rest-api/batch.md). Replaced in the parsed parameters (after
// the command's query is decoded, so a reference percent-encoded by the client's
// http_build_query is found too) and before coercion and validation, so a reference to a number
// is read as one. A value that is one reference whole becomes the value it names, whatever its
// type; a reference inside a longer text becomes the text of a string or number (PHP's for a
// boolean). A reference to nothing (a command not run yet, failed, or a field it does not have)
// refuses the command: 400 INVALID_FORMAT naming it.
import { setOwn } from './coerce.js';
import { invalid } from './failure.js';

const MARK = '$result[';
/** One reference: the command key, then the path, each in brackets. */
const REFERENCE = /\$result((?:\[[^\]]*\])+)/g;
const WHOLE = /^\$result((?:\[[^\]]*\])+)$/;

/** `[a][b][0]` -> ['a', 'b', '0']. */
const partsOf = (brackets: string): string[] => brackets.slice(1, -1).split('][');

const lookup = (text: string, brackets: string, results: ReadonlyMap<string, unknown>): unknown => {
  const [key, ...path] = partsOf(brackets);
  let value: unknown = results.get(key!);
  let found = results.has(key!);
  for (const part of path) {
    if (!found) break;
    found = value !== null && typeof value === 'object' && Object.hasOwn(value, part);
    value = found ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (!found) throw invalid(`${text}: no such value (a command may refer only to the answers of earlier commands that succeeded)`);
  return value;
};

const replaced = (text: string, results: ReadonlyMap<string, unknown>): unknown => {
  const whole = WHOLE.exec(text);
  // An object or a list is copied: the earlier answer stays as it was sent.
  if (whole) return structuredClone(lookup(text, whole[1]!, results));
  return text.replace(REFERENCE, (reference, brackets: string) => {
    const value = lookup(reference, brackets, results);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? '1' : '';
    throw invalid(`${reference}: a list, an object or null cannot be part of a text`);
  });
};

/** Replaces the references in `value` (a command's own freshly parsed parameters, changed in place). */
const walk = (value: unknown, results: ReadonlyMap<string, unknown>): unknown => {
  if (typeof value === 'string') return value.includes(MARK) ? replaced(value, results) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = walk(value[i], results);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const before = record[key];
    const after = walk(before, results);
    if (after !== before) setOwn(record, key, after);
  }
  return record;
};

/**
 * The command's parameters with every `$result[...]` replaced from `results` (the answers of
 * the commands run so far, by key). The parameters are the command's own, changed in place (a
 * frozen empty bag has nothing to change).
 */
export const withReferences = (params: Record<string, unknown>, results: ReadonlyMap<string, unknown>): Record<string, unknown> =>
  walk(params, results) as Record<string, unknown>;

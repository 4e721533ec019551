// Reading a Bitrix24 REST request off the wire: the URL forms, the query string and the body
// (JSON or PHP-style form), into one parameter bag. Everything here is independent of the
// contract's methods; anything malformed becomes a Bitrix24Error (400 INVALID_FORMAT). Keys of
// any name are data: nothing here reads a parsed object's prototype or writes through one.
import { isUtf8 } from 'node:buffer';
import { invalid } from './failure.js';
import { keepSentOrder, keysAsSent, parseForm as readForm } from './form.js';
import type { Limits } from './limits.js';

export { defaultLimits } from './limits.js';
export { invalid, keysAsSent };

/** No parameters (an empty body, a URL without a query string); never written to. */
const NONE: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);

/** The REST target from the path after the base path: `method[.json][/]` or `userId/code/method[.json][/]`. */
export interface Target {
  readonly method: string;
  readonly webhook?: { readonly userId: string; readonly code: string };
}

export const parseTarget = (rest: string): Target | undefined => {
  // The usual form, one segment (`imbot.chat.add`), without splitting.
  if (rest !== '' && rest.indexOf('/') === -1) return { method: methodName(rest) };
  // A run of slashes counts as one, as the portals' web server merges them: the official JS
  // SDK sends `/rest//method` (its client_endpoint ends in a slash, and it adds one).
  const segments = rest.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return undefined;
  const last = methodName(segments.at(-1)!);
  if (segments.length === 1) return { method: last };
  if (segments.length === 3) return { method: last, webhook: { userId: segments[0]!, code: segments[1]! } };
  return undefined;
};

/** `Imbot.Chat.Add.json` -> `imbot.chat.add`. */
const methodName = (segment: string): string => {
  const lower = segment.toLowerCase();
  return lower.endsWith('.json') ? lower.slice(0, -5) : lower;
};

/** The body as text: strict UTF-8 (one native check, then a plain decode), a leading BOM dropped. */
const decodeUtf8 = (body: Buffer): string => {
  if (!isUtf8(body)) throw invalid('The request body is not valid UTF-8');
  const bom = body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  return body.toString('utf8', bom ? 3 : 0);
};

// Scratch for scanJson, one counter per nesting level (the runtime is single-threaded and
// scanJson calls nothing that could re-enter it).
let commas = new Int32Array(16);
let kinds = new Uint8Array(16);

/** Where the string that starts at `from` ends (its closing quote, escaped ones skipped), -1 if it does not. */
const closingQuote = (text: string, from: number): number => {
  let end = text.indexOf('"', from);
  while (end !== -1) {
    let backslashes = 0;
    for (let j = end - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
};

/** Whether `text` holds at most `most` of `[` and `{` together (then it cannot nest deeper). */
const fewBrackets = (text: string, most: number): boolean => {
  let count = 0;
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) if (++count > most) return false;
  for (let at = text.indexOf('{'); at !== -1; at = text.indexOf('{', at + 1)) if (++count > most) return false;
  return true;
};

/**
 * Scans a JSON text before it is parsed: its nesting must stay within `limits.depth` (so that
 * parsing cannot run deep; refused here), and it returns whether every array and object is
 * surely within its size limit, from the commas at each level (an upper bound: a key given twice
 * counts twice). Strings are jumped over, escaped quotes skipped.
 */
const scanJson = (text: string, limits: Limits): boolean => {
  const maxDepth = limits.depth;
  // Most bodies are short and flat: n items take n - 1 commas, so a text shorter than both size
  // limits holds no array or object over them, and one with few brackets cannot nest deep.
  if (text.length <= limits.arrayLength && text.length <= limits.parameters && text.length <= limits.jsonItems && fewBrackets(text, maxDepth)) {
    return true;
  }
  if (commas.length < maxDepth + 2) {
    commas = new Int32Array(maxDepth + 2);
    kinds = new Uint8Array(maxDepth + 2);
  }
  let depth = 0;
  let withinSizes = true;
  // Commas and opening brackets: one for each item past an array's or object's first, and one
  // for each array and object, so at least the items of all of them together, less one.
  let items = 0;
  const maxItems = limits.jsonItems;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = closingQuote(text, i + 1);
      if (i === -1) return withinSizes; // unterminated: JSON.parse reports it
    } else if (c === 0x2c /* , */) {
      if (++items >= maxItems) throw invalid(`The JSON body holds more than ${maxItems} items in all`);
      // n commas: n + 1 items or keys.
      if (++commas[depth]! >= (kinds[depth] === 0x5b ? limits.arrayLength : limits.parameters)) withinSizes = false;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++items >= maxItems) throw invalid(`The JSON body holds more than ${maxItems} items in all`);
      if (++depth > maxDepth) throw invalid(`The JSON body nests deeper than ${maxDepth} levels`);
      commas[depth] = 0;
      kinds[depth] = c;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return withinSizes;
};

/**
 * Walks parsed input: array lengths and object sizes (depth is bounded already).
 * `path` holds the keys and indexes down to `value`; it is turned into text only for an error.
 */
const checkShape = (value: unknown, limits: Limits, path: Array<string | number> = []): void => {
  if (Array.isArray(value)) {
    if (value.length > limits.arrayLength) {
      throw invalid(`${pathText(path) || 'The body'}: more than ${limits.arrayLength} items`);
    }
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      path.push(index);
      checkShape(item, limits, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > limits.parameters) {
      throw invalid(`${pathText(path) || 'The body'}: more than ${limits.parameters} keys`);
    }
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null || typeof item !== 'object') continue;
      path.push(key);
      checkShape(item, limits, path);
      path.pop();
    }
  }
};

/** `['USERS', 0]` -> `USERS[0]`. */
const pathText = (path: ReadonlyArray<string | number>): string => {
  let text = '';
  for (const part of path) text = typeof part === 'number' || text ? `${text}[${part}]` : part;
  return text;
};

/**
 * Parses a PHP-style form (`a=1&USERS[]=1&USERS[1]=2`), as a query string or a body. Names in
 * `keyed` keep their keys as sent (see form.ts).
 */
export const parseForm = (text: string, limits: Limits, keyed?: ReadonlySet<string>): Record<string, unknown> => {
  if (text === '') return NONE;
  const parsed = readForm(text, limits, keyed);
  checkShape(parsed, limits);
  return parsed;
};

export const parseJson = (text: string, limits: Limits): Record<string, unknown> => {
  const withinSizes = scanJson(text, limits);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('The request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid('The JSON body must be an object of parameters');
  }
  // Only when the scan could not tell: the walk finds what is over, and names it.
  if (!withinSizes) checkShape(parsed, limits);
  return parsed as Record<string, unknown>;
};

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The keys of the object that top-level key `name` holds in a JSON text (one `JSON.parse` took),
 * in the order written, each once; the last `name` counts, as in the parsed object. PHP keeps
 * that order for any key; `JSON.parse` puts integer keys first, in ascending order.
 */
const keysAsWritten = (text: string, name: string): string[] => {
  let keys: string[] = [];
  let depth = 0;
  let target = -1; // the depth inside `name`'s object while it is being read
  let valueOfName = false; // the next value is `name`'s
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = closingQuote(text, i + 1);
      let next = end + 1;
      while (isJsonSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 0x3a /* : */) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (depth === 1 && key === name) valueOfName = true;
        else if (depth === target && !keys.includes(key)) keys.push(key);
      } else valueOfName = false;
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (valueOfName && c === 0x7b && depth === 2) {
        target = 2;
        keys = [];
      }
      valueOfName = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth === target) target = -1;
      depth--;
    } else if (!isJsonSpace(c) && c !== 0x3a && c !== 0x2c) valueOfName = false;
  }
  return keys;
};

/** A JSON body; its parameters named in `keyed` keep their keys in the order written (batch's commands). */
const parseJsonBody = (body: Buffer, limits: Limits, keyed: ReadonlySet<string> | undefined): Record<string, unknown> => {
  const text = decodeUtf8(body);
  const parsed = parseJson(text, limits);
  if (keyed === undefined) return parsed;
  for (const name of keyed) {
    const value = parsed[name];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) keepSentOrder(value, keysAsWritten(text, name));
  }
  return parsed;
};

/** Parses a request body by its Content-Type. An empty body carries no parameters. */
export const parseBody = (
  body: Buffer | undefined,
  contentType: string | undefined,
  limits: Limits,
  keyed?: ReadonlySet<string>,
): Record<string, unknown> => {
  if (body === undefined || body.length === 0) return NONE;
  // The usual header, with nothing to take apart.
  if (contentType === 'application/json') return parseJsonBody(body, limits, keyed);
  const [mediaType = '', ...attributes] = (contentType ?? '').split(';').map((part) => part.trim());
  const type = mediaType.toLowerCase();
  const charset = attributes
    .map((attribute) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(attribute)?.[1]?.toLowerCase())
    .find((value) => value !== undefined);
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) {
    throw invalid(`Unsupported charset ${charset}: send UTF-8`);
  }
  if (type === 'application/json' || /^application\/[^/]+\+json$/.test(type)) {
    return parseJsonBody(body, limits, keyed);
  }
  if (type === 'application/x-www-form-urlencoded') {
    return parseForm(decodeUtf8(body), limits, keyed);
  }
  throw invalid(
    `Unsupported Content-Type ${mediaType === '' ? '(none)' : mediaType}: send application/json or application/x-www-form-urlencoded`,
  );
};

/** The query string of a request URL (after `?`), parsed the PHP way. */
export const parseQuery = (url: string, limits: Limits, keyed?: ReadonlySet<string>): Record<string, unknown> => {
  const at = url.indexOf('?');
  return at === -1 ? NONE : parseForm(url.slice(at + 1), limits, keyed);
};

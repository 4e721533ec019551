// PHP's form encoding, as Bitrix24 writes it: the platform turns null into "" and then runs
// `http_build_query` (event deliveries are built so), and `batch` commands are `method?query` in
// the same encoding.

/** PHP's `urlencode` (RFC 1738): letters, digits and `-_.` kept, space as `+`, every other byte `%XX`. */
const urlencode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

/**
 * `http_build_query` over `data` as the platform calls it: keys nested as `a[b][c]`, list items
 * under their index (`a[0]`), `true`/`false` as `1`/`0`, null as `""` (the platform's own step
 * before encoding), `undefined` left out, and an empty list or object writes nothing. A value
 * with `toJSON` (a Date) is written as JSON would write it.
 */
export const httpBuildQuery = (data: Readonly<Record<string, unknown>>): string => {
  const pairs: string[] = [];
  const walk = (key: string, value: unknown): void => {
    if (value === undefined) return;
    // What JSON would write for it (a Date: its ISO text), as the same params sent as JSON carry.
    if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      walk(key, (value as { toJSON(): unknown }).toJSON());
      return;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
      for (const [inner, item] of entries) walk(`${key}[${inner}]`, item);
      return;
    }
    const text = value === null ? '' : value === true ? '1' : value === false ? '0' : String(value);
    pairs.push(`${urlencode(key)}=${urlencode(text)}`);
  };
  for (const [key, value] of Object.entries(data)) walk(key, value);
  return pairs.join('&');
};

// PHP's http_build_query, written from the PHP manual's rules, as the platform builds event
// deliveries: keys nested as `a[b][c]`, list items under their index (`a[0]`), keys and values
// encoded as `urlencode` does (RFC 1738: letters, digits and `-_.` kept, space as `+`, every
// other byte `%XX` in upper case), `true`/`false` as `1`/`0`, null left out, and an empty array
// writes nothing. `platformForm` first turns null into "" as the events page says the platform
// does ("null" -> `""`).
type Value = unknown;

/** PHP's urlencode: RFC 1738 with `+` for space. */
export const urlencode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

const scalar = (value: Value): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (value === true) return '1';
  if (value === false) return '0';
  return String(value);
};

export const httpBuildQuery = (data: Record<string, Value>): string => {
  const pairs: string[] = [];
  const walk = (key: string, value: Value): void => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
      for (const [inner, item] of entries) walk(`${key}[${inner}]`, item);
      return;
    }
    const text = scalar(value);
    if (text !== undefined) pairs.push(`${urlencode(key)}=${urlencode(text)}`);
  };
  for (const [key, value] of Object.entries(data)) walk(key, value);
  return pairs.join('&');
};

const nullsAsEmpty = (value: Value): Value => {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(nullsAsEmpty);
  if (typeof value === 'object' && value !== undefined) {
    return Object.fromEntries(Object.entries(value as Record<string, Value>).map(([k, v]) => [k, nullsAsEmpty(v)]));
  }
  return value;
};

/** A delivery's body as the platform sends it: null as "", then http_build_query. */
export const platformForm = (data: Record<string, Value>): string => httpBuildQuery(nullsAsEmpty(data) as Record<string, Value>);

/** What a form cannot carry: empty arrays and objects (http_build_query writes nothing for them). */
export const withoutEmpty = (value: Value): Value => {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Value>)
        .filter(([, v]) => !(v !== null && typeof v === 'object' && Object.keys(v).length === 0))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    );
  }
  return value;
};

/** Null values removed (what plain http_build_query, without the platform's "" step, leaves). */
export const withoutNull = (value: Value): Value => {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNull);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Value>)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNull(v)]),
    );
  }
  return value;
};

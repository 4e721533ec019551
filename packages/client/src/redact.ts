// Secrets out of error text. A secret (webhook code, OAuth token) is removed where a secret
// sits: a path segment or a query value of a URL, the value of an `auth` / `access_token`
// parameter, a Bearer credential. Nothing else is touched, so a short or common secret ("s",
// "tok") never alters the portal's prose ("Invalid request credentials").

const URL_IN_TEXT = /\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>`]+/gi;
/** A path segment or query key/value of a URL: the separator, then the part. */
const URL_PART = /([/?&=;])([^/?&=;#\s]+)/g;
/** `auth=VALUE`, `access_token: VALUE`, `"auth":"VALUE"` and `Bearer VALUE` outside URLs. */
const AUTH_VALUE = /(\b(?:auth|access_token)["']?\s*[=:]\s*["']?|\bBearer\s+)([^\s&"',;)]+)/gi;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** A redactor for the given (live) set of secrets. */
export const redactor = (secrets: ReadonlySet<string>) => {
  const isSecret = (part: string): boolean => secrets.has(part) || secrets.has(decode(part));
  return (text: string): string => {
    if (secrets.size === 0 || !text) return text;
    return text
      .replace(URL_IN_TEXT, (url) => url.replace(URL_PART, (whole, separator: string, part: string) => (isSecret(part) ? `${separator}***` : whole)))
      .replace(AUTH_VALUE, (whole, prefix: string, value: string) => (isSecret(value) ? `${prefix}***` : whole));
  };
};

// Secrets out of what gets shown: error text (the client) and request URLs in log lines (a
// server). A secret is removed where a secret sits, never wherever its text occurs, so a short
// or common secret ("s", "tok") never alters the portal's prose ("Invalid request credentials").

const URL_IN_TEXT = /\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>`]+/gi;
/** A path segment or query key/value of a URL: the separator, then the part. */
const URL_PART = /([/?&=;])([^/?&=;#\s]+)/g;
/**
 * `auth=VALUE`, `access_token: VALUE`, `"botToken":"VALUE"` and `Bearer VALUE` outside URLs: the
 * parameters that carry a credential (OAuth's, and imbot.v2's bot token), as in QUERY_VALUE.
 */
const AUTH_VALUE = /(\b(?:auth|access_token|refresh_token|client_secret|botToken)["']?\s*[=:]\s*["']?|\bBearer\s+)([^\s&"',;)]+)/gi;
/** The same parameters in a query string, `auth[...]` forms included. */
const QUERY_VALUE = /([?&](?:auth|access_token|refresh_token|client_secret|botToken)(?:%5B[^=&]*|\[[^=&]*)?=)[^&]*/gi;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/**
 * A redactor for the given (live) set of secrets: each is replaced by `***` where it is a path
 * segment or query value of a URL in the text, the value of a credential parameter (`auth`,
 * `access_token`, `refresh_token`, `client_secret`, `botToken`), or a Bearer credential.
 * `anyCredential` (for log lines, where no prose needs keeping) replaces every value of a
 * credential parameter and every Bearer credential, known or not.
 */
export const redactor = (secrets: ReadonlySet<string>, { anyCredential = false }: { anyCredential?: boolean } = {}) => {
  const isSecret = (part: string): boolean => secrets.has(part) || secrets.has(decode(part));
  return (text: string): string => {
    if ((secrets.size === 0 && !anyCredential) || !text) return text;
    return text
      .replace(URL_IN_TEXT, (url) => url.replace(URL_PART, (whole, separator: string, part: string) => (isSecret(part) ? `${separator}***` : whole)))
      .replace(AUTH_VALUE, (whole, prefix: string, value: string) => (anyCredential || isSecret(value) ? `${prefix}***` : whole));
  };
};

/**
 * A request URL fit for a log line, whatever secrets it holds: the webhook code in
 * `/rest/{userId}/{code}/...` and the values of the credential parameters (`auth`, `access_token`,
 * `refresh_token`, `client_secret`, `botToken`) replaced by `***`.
 */
export const redactUrl = (url: string): string => {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? '' : url.slice(at);
  return (
    path.replace(/^(.*?\/rest\/[^/]+\/)[^/]+(\/[^/]+\/?)$/i, '$1***$2') +
    query.replace(QUERY_VALUE, '$1***')
  );
};

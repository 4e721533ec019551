import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets (webhook codes, tokens, client ids) in constant time: the time taken
 * does not depend on where they differ. Only a difference in length shows, as with any
 * comparison that does not hash (hashing both sides on every request costs more than the rest
 * of the auth check).
 */
export const safeEqual = (given: string, expected: string): boolean => {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
};

/**
 * A request URL fit for a log line: the webhook code in `/rest/{userId}/{code}/...` and the
 * values of `auth` and `access_token` replaced by `***`.
 */
export const redactUrl = (url: string): string => {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? '' : url.slice(at);
  return (
    path.replace(/^(.*?\/rest\/[^/]+\/)[^/]+(\/[^/]+\/?)$/i, '$1***$2') +
    query.replace(/([?&](?:auth|access_token)(?:%5B[^=&]*|\[[^=&]*)?=)[^&]*/gi, '$1***')
  );
};

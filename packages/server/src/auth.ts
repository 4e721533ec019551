import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares two secrets (webhook codes, tokens, client ids) in constant time: the time taken
 * does not depend on where they differ, nor on the expected secret's length.
 */
export const safeEqual = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;

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

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

// Log lines go through @b24-imbot/core's redactUrl (the webhook code, `auth` and `access_token` values as ***).
export { redactUrl } from '@b24-imbot/core';

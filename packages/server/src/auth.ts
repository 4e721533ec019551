/**
 * Compares two secrets (webhook codes, tokens, client ids) in constant time: the time taken
 * does not depend on where they differ. Only a difference in length shows, as with any
 * comparison that does not hash (hashing both sides on every request costs more than the rest
 * of the auth check). Every code unit of `expected` is compared, with no branch on what they
 * hold; no copies are made (node:crypto's timingSafeEqual needs two Buffers a call, which cost
 * six times the comparison itself).
 */
export const safeEqual = (given: string, expected: string): boolean => {
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
};

// Log lines go through @b24-imbot/core's redactUrl (the webhook code, `auth` and `access_token` values as ***).
export { redactUrl } from '@b24-imbot/core';

// Page facts every method page shares, written down by hand, and the few readings this project
// records where a page leaves something open. The per-method fixtures (v2-pages.fixture.ts,
// user-side.fixture.ts) name only what is particular to a page; errors.ts combines them into
// the codes and statuses a method must answer, to compare with what the model reads from the
// contract. Nothing here is read from the contract.

/** One code and the HTTP status it comes with. */
export type CodeStatus = readonly [code: string, status: number];

/**
 * `_includes/system-errors.md`, which every method page includes: the errors "that may occur
 * when calling any method", each with its status.
 */
export const systemErrors: readonly CodeStatus[] = [
  ['INTERNAL_SERVER_ERROR', 500],
  ['ERROR_UNEXPECTED_ANSWER', 500],
  ['QUERY_LIMIT_EXCEEDED', 503],
  ['ERROR_BATCH_METHOD_NOT_ALLOWED', 405],
  ['ERROR_BATCH_LENGTH_EXCEEDED', 400],
  ['NO_AUTH_FOUND', 401],
  ['INVALID_REQUEST', 400],
  ['OVERLOAD_LIMIT', 503],
  ['ACCESS_DENIED', 403],
  ['INVALID_CREDENTIALS', 403],
  ['ERROR_MANIFEST_IS_NOT_AVAILABLE', 404],
  ['insufficient_scope', 403],
  ['expired_token', 401],
  ['user_access_error', 403],
  ['PORTAL_DELETED', 500],
];

/**
 * System errors a method of this contract does not answer, with the reason. Anything else of
 * the table above is expected on every method.
 */
export const systemErrorsNotCarried: Readonly<Record<string, string>> = {
  INVALID_REQUEST: "HTTPS required: the contract's servers are https URLs, a plain-http call is not a call to them",
  // Only `batch` answers these (settings/how-to-call-rest-api/batch.md); user-side.fixture.ts
  // gives them to batch as its own page's codes.
  ERROR_BATCH_METHOD_NOT_ALLOWED: 'a command inside a batch gets it, not the method called alone',
  ERROR_BATCH_LENGTH_EXCEEDED: 'a batch of more than 50 commands gets it, not the method called alone',
};

/**
 * Codes the contract adds to every method beyond the pages, from the wire notes (the v1
 * fixture's `errorCodesByStatus`, page.fixture.ts) and limits.md: an unknown or expired OAuth
 * token, the webhook-code and scope refusals that sources give as 401 as well as 403, an
 * unknown method, and the run-time budget.
 */
export const platformAdditions: readonly CodeStatus[] = [
  ['invalid_token', 401],
  ['INVALID_CREDENTIALS', 401],
  ['insufficient_scope', 401],
  ['ERROR_METHOD_NOT_FOUND', 404],
  ['OPERATION_TIME_LIMIT', 429],
];

/**
 * imbot.v2 only: "2 requests per second per application (HTTP 429)"
 * (api-reference/chat-bots/chat-bots-v2/index.md, limits), with the platform's rate-limit code.
 */
export const imbotV2RateLimit: CodeStatus = ['QUERY_LIMIT_EXCEEDED', 429];

/** This contract's own code for a parameter that breaks it: HTTP 400, on every method that takes parameters. */
export const invalidFormat: CodeStatus = ['INVALID_FORMAT', 400];

/**
 * Most pages give "HTTP Status: 400, 403" above a table of codes without pairing them. The
 * project reads them so: a refusal of access is 403, anything else 400. These are the codes of
 * the pages read in this project that are refusals.
 */
export const refusals: ReadonlySet<string> = new Set([
  'ACCESS_DENIED',
  'BOT_OWNERSHIP_ERROR',
  'FILE_ACCESS_ERROR',
  'MESSAGE_ACCESS_DENIED',
  'BOT_TYPE_NOT_ALLOWED',
  'SCOPE_ERROR',
  'AUTH_ERROR',
  'CANT_EDIT_MESSAGE',
]);

// What the method page (imbot.chat.add) and the wire notes promise, written down once by hand
// so that a change to the contract that drops or retypes any of it fails a test.
// This is the only place outside the contract that restates it, on purpose: it is the check.

export const pageParameters = {
  TYPE: 'string',
  TITLE: 'string',
  DESCRIPTION: 'string',
  COLOR: 'string',
  MESSAGE: 'string',
  USERS: 'array',
  AVATAR: 'string',
  ENTITY_TYPE: 'string',
  ENTITY_ID: 'integer',
  OWNER_ID: 'integer',
  BOT_ID: 'integer',
  CLIENT_ID: 'string',
} as const;

export const requiredParameters = ['USERS'] as const;

export const chatTypes = ['OPEN', 'CHAT'] as const;
export const defaultChatType = 'CHAT';

export const chatColors = [
  'RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK',
  'LIME', 'BROWN', 'AZURE', 'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE',
] as const;

/**
 * Error codes by the HTTP status that carries them (wire notes), with the system errors every
 * method page includes (_includes/system-errors.md) where the contract carries them: 404 and 500.
 */
export const errorCodesByStatus = {
  400: ['USERS_EMPTY', 'WRONG_REQUEST', 'INVALID_FORMAT', 'BOT_ID_ERROR', 'APP_ID_ERROR'],
  401: ['NO_AUTH_FOUND', 'expired_token', 'invalid_token', 'INVALID_CREDENTIALS', 'insufficient_scope'],
  403: ['ACCESS_DENIED', 'INVALID_CREDENTIALS', 'insufficient_scope'],
  404: ['ERROR_METHOD_NOT_FOUND', 'ERROR_MANIFEST_IS_NOT_AVAILABLE'],
  429: ['OPERATION_TIME_LIMIT'],
  500: ['INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'PORTAL_DELETED'],
  503: ['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT'],
} as const;

export const timeFields = {
  required: { start: 'number', finish: 'number', duration: 'number', processing: 'number', date_start: 'string', date_finish: 'string' },
  optional: { operating: 'number', operating_reset_at: 'integer' },
} as const;

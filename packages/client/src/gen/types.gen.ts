// This file is generated from schema/openapi.yaml by @hey-api/openapi-ts (openapi-ts.config.ts). Do not edit.

export type ClientOptions = {
    baseUrl: 'https://{portal}/rest' | 'https://{portal}/rest/{userId}/{webhookCode}' | (string & {});
};

/**
 * Parameters of imbot.chat.add. Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImbotChatAddParams = {
    TYPE?: ChatType;
    /**
     * Chat title. Portals make one up when it is empty or missing.
     */
    TITLE?: string;
    /**
     * Chat description.
     */
    DESCRIPTION?: string;
    COLOR?: ChatColor;
    /**
     * First welcome message in the chat, sent by the bot.
     */
    MESSAGE?: string;
    /**
     * Participants: ids of the users to add to the chat. Required by the page; a missing or empty list is answered with USERS_EMPTY. Today's portals treat it as optional, and answer INVALID_FORMAT for an item that is not a number.
     */
    USERS: Array<UserId>;
    /**
     * Chat avatar: a base64-encoded image, without a `data:` prefix, up to 5000x5000 pixels. The encoding is not enforced: portals drop an image they cannot read without an error, so the page's own example (a placeholder text) is accepted.
     */
    AVATAR?: string;
    /**
     * Identifier of a custom entity (e.g. CHAT, CRM, OPENLINES, CALL), used to find the chat later and to tell the context in the bot's event handlers ONIMBOTMESSAGEADD, ONIMBOTMESSAGEUPDATE and ONIMBOTMESSAGEDELETE.
     */
    ENTITY_TYPE?: string;
    /**
     * Numeric identifier of the entity, used with ENTITY_TYPE to find the chat and in the bot's event handlers. The page makes it numeric; today's portals store it as a string.
     */
    ENTITY_ID?: number;
    /**
     * Id of the chat's owner; may be omitted when the chat is created for the intended user. Deprecated: today's portals ignore it and make the bot the owner.
     *
     * @deprecated
     */
    OWNER_ID?: number;
    /**
     * Id of the bot making the request. May be omitted when the application has only one bot: portals then take the application's first bot.
     */
    BOT_ID?: number;
    /**
     * Not on the method page. The CLIENT_ID used when the bot was registered; required when the method is called through an incoming webhook (without it portals answer 403 ACCESS_DENIED).
     */
    CLIENT_ID?: string;
};

/**
 * OPEN: an open chat anyone may join; CHAT: a regular invitation-only chat. Today's portals treat any value other than OPEN as CHAT.
 */
export type ChatType = 'OPEN' | 'CHAT';

/**
 * Chat colour in the mobile app. Today's portals replace an unknown colour silently.
 */
export type ChatColor = 'RED' | 'GREEN' | 'MINT' | 'LIGHT_BLUE' | 'DARK_BLUE' | 'PURPLE' | 'AQUA' | 'PINK' | 'LIME' | 'BROWN' | 'AZURE' | 'KHAKI' | 'SAND' | 'MARENGO' | 'GRAY' | 'GRAPHITE';

/**
 * A Bitrix24 user id.
 */
export type UserId = number;

/**
 * The new chat's id (CHAT_ID).
 */
export type ChatId = number;

/**
 * The success envelope.
 */
export type ImbotChatAddSuccess = {
    result: ChatId;
    time: ResponseTime;
};

/**
 * Timing of the request on the portal.
 */
export type ResponseTime = {
    /**
     * Unix time the request started, in seconds.
     */
    start: number;
    /**
     * Unix time the request finished, in seconds.
     */
    finish: number;
    /**
     * finish - start, in seconds.
     */
    duration: number;
    /**
     * Time spent running the method, in seconds.
     */
    processing: number;
    /**
     * When the request started.
     */
    date_start: string;
    /**
     * When the request finished.
     */
    date_finish: string;
    /**
     * Run time used by this method in the current rate-limit window, in seconds.
     */
    operating?: number;
    /**
     * Unix time at which `operating` resets.
     */
    operating_reset_at?: number;
};

/**
 * Every error: a code and a text. Errors never carry a `time` object or a Retry-After header.
 */
export type BitrixErrorEnvelope = {
    /**
     * The error code.
     */
    error: string;
    /**
     * What went wrong, in words.
     */
    error_description: string;
};

/**
 * Codes answered with HTTP 400.
 * - USERS_EMPTY: no chat participants provided (page).
 * - WRONG_REQUEST: the chat could not be created (page).
 * - INVALID_FORMAT: a parameter has the wrong type or breaks a rule of this contract.
 * - BOT_ID_ERROR: BOT_ID is unknown, or the application has no bot.
 * - APP_ID_ERROR: the bot belongs to another application or CLIENT_ID.
 *
 */
export type BadRequestErrorCode = 'USERS_EMPTY' | 'WRONG_REQUEST' | 'INVALID_FORMAT' | 'BOT_ID_ERROR' | 'APP_ID_ERROR';

/**
 * Codes answered with HTTP 401.
 * - NO_AUTH_FOUND: no auth data, or wrong auth data.
 * - expired_token: the OAuth token has expired (refresh it and call again).
 * - invalid_token: the OAuth token is unknown.
 * - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
 * - insufficient_scope: the token or webhook lacks the `imbot` scope (401 or 403).
 *
 */
export type UnauthorizedErrorCode = 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * Codes answered with HTTP 403.
 * - ACCESS_DENIED: a webhook call without CLIENT_ID.
 * - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
 * - insufficient_scope: the token or webhook lacks the `imbot` scope (401 or 403).
 *
 */
export type ForbiddenErrorCode = 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * Codes answered with HTTP 404. ERROR_METHOD_NOT_FOUND, the method is unknown.
 */
export type NotFoundErrorCode = 'ERROR_METHOD_NOT_FOUND';

/**
 * Codes answered with HTTP 429. OPERATION_TIME_LIMIT, the method's run-time budget is spent for now.
 */
export type TooManyRequestsErrorCode = 'OPERATION_TIME_LIMIT';

/**
 * Codes answered with HTTP 500.
 */
export type InternalServerErrorCode = 'INTERNAL_SERVER_ERROR';

/**
 * Codes answered with HTTP 503.
 * - QUERY_LIMIT_EXCEEDED: the rate limit is hit. Portals drain a leaky bucket of 50
 * requests at 2 per second (250 at 5 per second on Enterprise plans).
 * - OVERLOAD_LIMIT: the portal blocks REST calls while overloaded.
 *
 */
export type ServiceUnavailableErrorCode = 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';

/**
 * An HTTP 400 error.
 */
export type BadRequestError = BitrixErrorEnvelope & {
    error?: BadRequestErrorCode;
};

/**
 * An HTTP 401 error.
 */
export type UnauthorizedError = BitrixErrorEnvelope & {
    error?: UnauthorizedErrorCode;
};

/**
 * An HTTP 403 error.
 */
export type ForbiddenError = BitrixErrorEnvelope & {
    error?: ForbiddenErrorCode;
};

/**
 * An HTTP 404 error.
 */
export type NotFoundError = BitrixErrorEnvelope & {
    error?: NotFoundErrorCode;
};

/**
 * An HTTP 429 error.
 */
export type TooManyRequestsError = BitrixErrorEnvelope & {
    error?: TooManyRequestsErrorCode;
};

/**
 * An HTTP 500 error.
 */
export type InternalServerError = BitrixErrorEnvelope & {
    error?: InternalServerErrorCode;
};

/**
 * An HTTP 503 error.
 */
export type ServiceUnavailableError = BitrixErrorEnvelope & {
    error?: ServiceUnavailableErrorCode;
};

export type ImbotChatAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`USERS[]=1&USERS[]=2`). Portals also read them from the query string.
     */
    body: ImbotChatAddParams;
    path?: never;
    query?: never;
    url: '/imbot.chat.add';
};

export type ImbotChatAddErrors = {
    /**
     * The parameters are wrong, or the chat could not be created.
     */
    400: BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The call is not allowed.
     */
    403: ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * The method's run-time budget is spent for now.
     */
    429: TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotChatAddError = ImbotChatAddErrors[keyof ImbotChatAddErrors];

export type ImbotChatAddResponses = {
    /**
     * The chat was created; `result` is its id.
     */
    200: ImbotChatAddSuccess;
};

export type ImbotChatAddResponse = ImbotChatAddResponses[keyof ImbotChatAddResponses];

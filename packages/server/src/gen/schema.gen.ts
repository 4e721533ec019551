// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/imbot.chat.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat on behalf of the chat bot
         * @description Creates a group chat on behalf of the chat bot and returns its numeric id (CHAT_ID).
         *     Scope `imbot`; any user may call it.
         *
         *     Parameter names are case-insensitive and any HTTP verb is accepted, with query string and
         *     body merged (see the document's description).
         */
        post: operations["imbotChatAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Parameters of imbot.chat.add. Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImbotChatAddParams: {
            TYPE?: components["schemas"]["ChatType"];
            /**
             * @description Chat title. Portals make one up when it is empty or missing.
             * @example My new private chat
             */
            TITLE?: string;
            /**
             * @description Chat description.
             * @example Very important events
             */
            DESCRIPTION?: string;
            COLOR?: components["schemas"]["ChatColor"];
            /**
             * @description First welcome message in the chat, sent by the bot.
             * @example Welcome!
             */
            MESSAGE?: string;
            /**
             * @description Participants: ids of the users to add to the chat. Required by the page; a missing or empty list is answered with USERS_EMPTY. Today's portals treat it as optional, and answer INVALID_FORMAT for an item that is not a number.
             * @example [
             *       1,
             *       2
             *     ]
             */
            USERS: components["schemas"]["UserId"][];
            /**
             * @description Chat avatar: a base64-encoded image, without a `data:` prefix, up to 5000x5000 pixels. The encoding is not enforced: portals drop an image they cannot read without an error, so the page's own example (a placeholder text) is accepted.
             * @example iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
             */
            AVATAR?: string;
            /**
             * @description Identifier of a custom entity (e.g. CHAT, CRM, OPENLINES, CALL), used to find the chat later and to tell the context in the bot's event handlers ONIMBOTMESSAGEADD, ONIMBOTMESSAGEUPDATE and ONIMBOTMESSAGEDELETE.
             * @example CHAT
             */
            ENTITY_TYPE?: string;
            /**
             * @description Numeric identifier of the entity, used with ENTITY_TYPE to find the chat and in the bot's event handlers. The page makes it numeric; today's portals store it as a string.
             * @example 13
             */
            ENTITY_ID?: number;
            /**
             * @deprecated
             * @description Id of the chat's owner; may be omitted when the chat is created for the intended user. Deprecated: today's portals ignore it and make the bot the owner.
             * @example 39
             */
            OWNER_ID?: number;
            /**
             * @description Id of the bot making the request. May be omitted when the application has only one bot: portals then take the application's first bot.
             * @example 39
             */
            BOT_ID?: number;
            /**
             * @description Not on the method page. The CLIENT_ID used when the bot was registered; required when the method is called through an incoming webhook (without it portals answer 403 ACCESS_DENIED).
             * @example my-bot-client-id
             */
            CLIENT_ID?: string;
        };
        /**
         * @description OPEN: an open chat anyone may join; CHAT: a regular invitation-only chat. Today's portals treat any value other than OPEN as CHAT.
         * @default CHAT
         * @example CHAT
         * @enum {string}
         */
        ChatType: "OPEN" | "CHAT";
        /**
         * @description Chat colour in the mobile app. Today's portals replace an unknown colour silently.
         * @example PINK
         * @enum {string}
         */
        ChatColor: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
        /**
         * @description A Bitrix24 user id.
         * @example 1
         */
        UserId: number;
        /**
         * @description The new chat's id (CHAT_ID).
         * @example 2725
         */
        ChatId: number;
        /** @description The success envelope. */
        ImbotChatAddSuccess: {
            result: components["schemas"]["ChatId"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Timing of the request on the portal. */
        ResponseTime: {
            /**
             * @description Unix time the request started, in seconds.
             * @example 1771928379
             */
            start: number;
            /**
             * @description Unix time the request finished, in seconds.
             * @example 1771928380.102187
             */
            finish: number;
            /**
             * @description finish - start, in seconds.
             * @example 1.102186918258667
             */
            duration: number;
            /**
             * @description Time spent running the method, in seconds.
             * @example 1
             */
            processing: number;
            /**
             * Format: date-time
             * @description When the request started.
             * @example 2026-02-24T13:19:39+01:00
             */
            date_start: string;
            /**
             * Format: date-time
             * @description When the request finished.
             * @example 2026-02-24T13:19:40+01:00
             */
            date_finish: string;
            /**
             * @description Run time used by this method in the current rate-limit window, in seconds.
             * @example 0
             */
            operating?: number;
            /**
             * @description Unix time at which `operating` resets.
             * @example 1771928979
             */
            operating_reset_at?: number;
        };
        /** @description Every error: a code and a text. Errors never carry a `time` object or a Retry-After header. */
        BitrixErrorEnvelope: {
            /** @description The error code. */
            error: string;
            /** @description What went wrong, in words. */
            error_description: string;
        };
        /**
         * @description Codes answered with HTTP 400.
         *     - USERS_EMPTY: no chat participants provided (page).
         *     - WRONG_REQUEST: the chat could not be created (page).
         *     - INVALID_FORMAT: a parameter has the wrong type or breaks a rule of this contract.
         *     - BOT_ID_ERROR: BOT_ID is unknown, or the application has no bot.
         *     - APP_ID_ERROR: the bot belongs to another application or CLIENT_ID.
         * @enum {string}
         */
        BadRequestErrorCode: "USERS_EMPTY" | "WRONG_REQUEST" | "INVALID_FORMAT" | "BOT_ID_ERROR" | "APP_ID_ERROR";
        /**
         * @description Codes answered with HTTP 401.
         *     - NO_AUTH_FOUND: no auth data, or wrong auth data.
         *     - expired_token: the OAuth token has expired (refresh it and call again).
         *     - invalid_token: the OAuth token is unknown.
         *     - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
         *     - insufficient_scope: the token or webhook lacks the `imbot` scope (401 or 403).
         * @enum {string}
         */
        UnauthorizedErrorCode: "NO_AUTH_FOUND" | "expired_token" | "invalid_token" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /**
         * @description Codes answered with HTTP 403.
         *     - ACCESS_DENIED: a webhook call without CLIENT_ID.
         *     - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
         *     - insufficient_scope: the token or webhook lacks the `imbot` scope (401 or 403).
         * @enum {string}
         */
        ForbiddenErrorCode: "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /**
         * @description Codes answered with HTTP 404. ERROR_METHOD_NOT_FOUND, the method is unknown.
         * @enum {string}
         */
        NotFoundErrorCode: "ERROR_METHOD_NOT_FOUND";
        /**
         * @description Codes answered with HTTP 429. OPERATION_TIME_LIMIT, the method's run-time budget is spent for now.
         * @enum {string}
         */
        TooManyRequestsErrorCode: "OPERATION_TIME_LIMIT";
        /**
         * @description Codes answered with HTTP 500.
         * @enum {string}
         */
        InternalServerErrorCode: "INTERNAL_SERVER_ERROR";
        /**
         * @description Codes answered with HTTP 503.
         *     - QUERY_LIMIT_EXCEEDED: the rate limit is hit. Portals drain a leaky bucket of 50
         *       requests at 2 per second (250 at 5 per second on Enterprise plans).
         *     - OVERLOAD_LIMIT: the portal blocks REST calls while overloaded.
         * @enum {string}
         */
        ServiceUnavailableErrorCode: "QUERY_LIMIT_EXCEEDED" | "OVERLOAD_LIMIT";
        /** @description An HTTP 400 error. */
        BadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["BadRequestErrorCode"];
        };
        /** @description An HTTP 401 error. */
        UnauthorizedError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["UnauthorizedErrorCode"];
        };
        /** @description An HTTP 403 error. */
        ForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ForbiddenErrorCode"];
        };
        /** @description An HTTP 404 error. */
        NotFoundError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["NotFoundErrorCode"];
        };
        /** @description An HTTP 429 error. */
        TooManyRequestsError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["TooManyRequestsErrorCode"];
        };
        /** @description An HTTP 500 error. */
        InternalServerError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["InternalServerErrorCode"];
        };
        /** @description An HTTP 503 error. */
        ServiceUnavailableError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ServiceUnavailableErrorCode"];
        };
    };
    responses: {
        /** @description The parameters are wrong, or the chat could not be created. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description No auth data, or the token is expired or unknown. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description The call is not allowed. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description The method is unknown. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description The method's run-time budget is spent for now. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TooManyRequestsError"];
            };
        };
        /** @description The portal failed. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /** @description Rate limit hit, or the portal is overloaded. Retry later with backoff. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    imbotChatAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`USERS[]=1&USERS[]=2`). Portals also read them from the query string. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotChatAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotChatAddParams"];
            };
        };
        responses: {
            /** @description The chat was created; `result` is its id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotChatAddSuccess"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

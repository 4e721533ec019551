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
         * @deprecated
         * @description Creates a group chat on behalf of the chat bot and returns its numeric id (CHAT_ID).
         *     Scope `imbot`; any user may call it.
         *
         *     Parameter names are case-insensitive and any HTTP verb is accepted, with query string and
         *     body merged (see the document's description).
         *
         *     Deprecated: Bitrix24 no longer develops the v1 chat bot methods; new code should call
         *     the successor `imbot.v2.Chat.add` (named in `x-bitrix-successor`).
         */
        post: operations["imbotChatAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Bot.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a chat bot
         * @description Registers a chat bot for the calling application and returns it with its user. Idempotent by
         *     `fields.code`: registering the same code again from the same application returns the existing
         *     bot unchanged (use Bot.update to change it). An application may have at most 100 bots. The
         *     platform subscribes the bot to its events itself. Follows `V2/bots/bot-register.md`.
         *
         *     Unlike the other methods, the bot's token goes in `fields.botToken`: it is chosen here and
         *     required for later calls through an incoming webhook (then it is required here too). The page's
         *     error table names `network` among valid types; the contract follows the bot types table (bot,
         *     supervisor, personal, openline). `webhookUrl` is required when `eventMode` is `webhook`
         *     (BOT_WEBHOOK_URL_REQUIRED); the schema documents this rule without enforcing it. The page's
         *     parameter note and change log BOT-BC-0506-1 reject tokens over 40 characters (from 2026-08-06)
         *     with BOT_TOKEN_INVALID_LENGTH; the page's error table omits that code.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; all of its codes are
         *     answered with 400 here):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_CODE_REQUIRED, BOT_PROPERTIES_REQUIRED,
         *       BOT_CODE_ALREADY_TAKEN (the code belongs to another application), BOT_INVALID_TYPE,
         *       BOT_INVALID_EVENT_MODE, BOT_WEBHOOK_URL_REQUIRED, BOT_INVALID_CALLBACK, BOT_LIMIT_EXCEEDED,
         *       BOT_AVATAR_INCORRECT_TYPE, BOT_AVATAR_INCORRECT_SIZE, BOT_TOKEN_INVALID_LENGTH,
         *       BOT_REGISTER_FAILED, INVALID_FORMAT;
         *     - 403: REST unavailable, rights or scope missing (no bot-ownership check here);
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2BotRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Bot.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a bot's profile, flags, event delivery or token
         * @description Changes a bot the application owns and returns it. Changing `webhookUrl` or `eventMode`
         *     re-creates the bot's event subscriptions. `fields.botToken` rotates the token: the call is
         *     authorised with the old token (top-level `botToken`), the new one takes over at once and the old
         *     one then gets 403 BOT_OWNERSHIP_ERROR. Follows `V2/bots/bot-update.md` and the change log
         *     (BOT-NEW-0501-2). The top-level `botToken` has no length limit here, so a bot registered with a
         *     long token (allowed before 2026-08-06) can still rotate to a short one.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, BOT_INVALID_EVENT_MODE,
         *       BOT_INVALID_CALLBACK, BOT_AVATAR_INCORRECT_TYPE, BOT_AVATAR_INCORRECT_SIZE,
         *       BOT_TOKEN_ROTATION_FAILED (the new token is taken; no reason given), INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`);
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2BotUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Bot.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a bot by id or code
         * @description Returns a bot, found by `botId` or by `code` (one of them is required: else PARAMS_REQUIRED; the
         *     schema documents the rule without enforcing it). The owning application gets the full bot
         *     (moduleId, eventMode, counters), others the public fields. Follows `V2/bots/bot-get.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, PARAMS_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403: REST unavailable, rights or scope missing (the page lists no ownership error);
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2BotGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Bot.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the application's bots
         * @description Returns the calling application's bots (full format), a page at a time. It always succeeds for
         *     an authorised caller: no bots, or an unknown `filter.type`, give an empty list. Follows
         *     `V2/bots/bot-list.md`.
         *
         *     Errors:
         *     - 400 BOT_TOKEN_NOT_SPECIFIED (incoming-webhook call without `botToken`), INVALID_FORMAT;
         *     - 403: REST unavailable, rights or scope missing;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2BotList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Bot.unregister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a bot
         * @description Deletes a bot the application owns, with its event subscriptions (for OAuth applications with
         *     other bots on the same client id, the subscriptions stay until the last bot goes). The bot gets
         *     ONIMBOTV2DELETE as its last event; afterwards its id answers BOT_NOT_FOUND. Follows
         *     `V2/bots/bot-unregister.md`; the answer is `{"result": {"result": true}}` as on the page.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, BOT_UNREGISTER_FAILED,
         *       INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`);
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2BotUnregister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group chat on behalf of the bot
         * @description Creates a group chat with the bot in it and returns the chat and its members. Without
         *     `fields.ownerId` the bot owns the chat. Follows `V2/chats/chat-add.md`; successor of the v1
         *     `imbot.chat.add` (v1: flat upper-case parameters and a bare CHAT_ID; v2: `fields`, camelCase,
         *     colour codes in camelCase, and the whole Chat in the answer). The page requires only `botId`:
         *     `fields` and `fields.userIds` are optional (the v1 page required USERS).
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`) and, for any
         *       method, ACCESS_DENIED when REST is not available;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a chat the bot is in
         * @description Returns a chat (group or personal) in which the bot is a member. Follows `V2/chats/chat-get.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the title, description, colour or avatar of a chat
         * @description Changes any of a chat's title, description, colour and avatar in one call. The bot must be a
         *     member. Follows `V2/chats/chat-update.md`. The page marks `fields` required but none of its
         *     members; the contract asks for at least one.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the bot leave a chat
         * @description Removes the bot from a group chat. Afterwards the bot is not a member: chat methods on this
         *     dialog answer 403 ACCESS_DENIED. Follows `V2/chats/chat-leave.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.setOwner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a chat the bot owns to another user
         * @description Makes another user the owner of a group chat. Only the current owner may do so, so the bot must
         *     own the chat. Follows `V2/chats/chat-set-owner.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member or not the owner of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatSetOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.User.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members to a chat
         * @description Adds users to a group chat. The bot must be a member with the right to add users. Unknown or
         *     inactive users are skipped without an error. Follows `V2/chats/chat-user-add.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member or may not add users;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatUserAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.User.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member from a chat
         * @description Removes one user from a group chat. The bot must be a member with the right to remove users.
         *     Removing someone who is not a member also answers true. Follows `V2/chats/chat-user-delete.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member or may not remove users;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatUserDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.User.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the members of a chat
         * @description Returns the members of a chat the bot is in, as a bare array of users (no wrapping object,
         *     unlike most v2 answers). Follows `V2/chats/chat-user-list.md`. The page offers no offset:
         *     `limit` (1 to 200, default 50) caps the list.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatUserList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Manager.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make members managers of a chat
         * @description Gives users the manager role in a group chat. Users who are not members are skipped without an
         *     error. The bot must own the chat. Follows `V2/chats/chat-manager-add.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, EMPTY_USER_IDS (`userIds` missing
         *       or empty), INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR; ACCESS_DENIED when the bot is not a member or not the owner;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatManagerAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Manager.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the manager role from users
         * @description Takes the manager role from users of a group chat. The bot must own the chat. Follows
         *     `V2/chats/chat-manager-delete.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, EMPTY_USER_IDS (`userIds` missing
         *       or empty), INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR; ACCESS_DENIED when the bot is not a member or not the owner;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatManagerDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.InputAction.notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show that the bot is typing or working
         * @description Shows an activity indicator for the bot in a chat ("typing" by default, or one of the agent
         *     statuses). Follows `V2/ui/chat-input-action-notify.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED when
         *       the bot is not a member of the chat;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatInputActionNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.TextField.enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a chat's text input on or off
         * @description Turns the message input field of a chat on or off (for example while the bot waits for a button
         *     press). Works in group and personal dialogs; only membership is checked (change log
         *     BOT-FIX-0408-5). The chat's `textFieldEnabled` then reads `Y` or `N`. Follows
         *     `V2/ui/chat-text-field-enabled.md`.
         *
         *     Errors (the page gives HTTP 400 and 403 without pairing them with codes; the contract answers
         *     403 for BOT_OWNERSHIP_ERROR and ACCESS_DENIED, 400 for the rest):
         *     - 400 BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, INVALID_FORMAT;
         *     - 403 BOT_OWNERSHIP_ERROR (another application's bot, or a wrong `botToken`); ACCESS_DENIED only
         *       when the bot is not a member of the dialog;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imbotV2ChatTextFieldEnabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Revision.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the REST and client revisions of the portal
         * @description Returns the revision numbers of the portal's REST API and of the messenger's web, mobile and
         *     desktop protocols, so a bot can tell whether a method or field exists before using it (the
         *     change log names the revision of each change). Follows `V2/revision-get.md`.
         *
         *     Any user may call it; it takes no parameters, neither `botId` nor `botToken`. The page
         *     lists no errors of its own, only the platform's auth and limit errors:
         *     - 401/403: no, expired or wrong auth, or no `imbot` scope;
         *     - 429/503: rate limit; 500: portal failure.
         */
        post: operations["imbotV2RevisionGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message as the bot
         * @description Sends a message from the bot to a dialog and returns its id.
         *
         *     Follows `V2/messages/chat-message-send.md`. The page lists no code for an unknown dialog; a
         *     stand-in portal answers ACCESS_DENIED (the bot is not a member).
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - EMPTY_MESSAGE: neither text nor attachments.
         *     - SENDING_FAILED: the portal could not send it.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): the bot is not a member of the chat.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a message of the bot
         * @description Replaces the text, attachments or keyboard of a message the bot sent. System messages (authorId
         *     0) are not the bot's and cannot be edited.
         *
         *     Follows `V2/messages/chat-message-update.md`. The page has no MESSAGE_NOT_FOUND here: a missing
         *     message is ACCESS_DENIED.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): the message is not the bot's, or does not exist.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a message
         * @description Deletes a message: one of the bot's own, or any message when the bot administers the chat.
         *
         *     Follows `V2/messages/chat-message-delete.md`. A missing message is ACCESS_DENIED, as on update.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): not the bot's message and the bot is no chat administrator, or no such
         *       message.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark messages as read by the bot
         * @description Marks the messages of a dialog as read by the bot, up to and including messageId, or all of them
         *     when it is left out. The facts file lists only chatId and lastId in the result; the page also
         *     returns counter and viewedMessages, and the schema follows the page.
         *
         *     Follows `V2/messages/chat-message-read.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - MESSAGE_NOT_FOUND: messageId is unknown or out of reach.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): the bot is not a member of the chat.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get one message
         * @description Returns a message and its author. Only supervisor and personal bots may call it.
         *
         *     Follows `V2/messages/chat-message-get.md`. The page names no code for a missing message or a
         *     chat the bot is not in; the sibling getContext answers MESSAGE_NOT_FOUND and
         *     MESSAGE_ACCESS_DENIED, which a stand-in portal may reuse, but they are not in this list.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - BOT_TYPE_NOT_ALLOWED (403): the bot is neither supervisor nor personal.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.getContext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the messages around one message
         * @description Returns up to `range` messages on each side of a message, oldest first, with their authors. Page
         *     on by calling again with the last (newer) or first (older) id. Only supervisor and personal bots
         *     may call it.
         *
         *     Follows `V2/messages/chat-message-get-context.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - MESSAGE_NOT_FOUND: no such message.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - BOT_TYPE_NOT_ALLOWED (403): the bot is neither supervisor nor personal.
         *     - MESSAGE_ACCESS_DENIED (403): the bot is not in the chat or cannot see its history.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageGetContext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.Reaction.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a reaction as the bot
         * @description Puts a reaction of the bot on a message. The codes are listed on the Reaction.add page.
         *
         *     Follows `V2/messages/chat-message-reaction-add.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - REACTION_NOT_FOUND: the code is not a known reaction.
         *     - REACTION_ALREADY_SET: the bot already has this reaction on the message.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): the bot is not a member of the message's chat.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageReactionAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Chat.Message.Reaction.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a reaction of the bot
         * @description Takes a reaction of the bot off a message. The codes are listed on the Reaction.add page.
         *
         *     Follows `V2/messages/chat-message-reaction-delete.md`. The page names no code for removing a
         *     reaction the bot has not set.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - REACTION_NOT_FOUND: the code is not a known reaction.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): the bot is not a member of the message's chat.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2ChatMessageReactionDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Command.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a slash command
         * @description Registers a command for the bot. Idempotent: registering the same command again for the same bot
         *     and application returns the existing one unchanged (use Command.update to change it). The page's
         *     current form groups the parameters in `fields`; the flat legacy form (until 2026-09-30, change
         *     log BOT-BC-0330-1) is not described.
         *
         *     Follows `V2/commands/command-register.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - COMMAND_REQUIRED: fields.command is missing.
         *     - COMMAND_NAME_INVALID: the command is not a string.
         *     - COMMAND_TITLE_REQUIRED: no title for a visible command.
         *     - COMMAND_REGISTER_FAILED: the portal could not register it.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2CommandRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Command.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a slash command
         * @description Changes a command of the bot and returns it.
         *
         *     Follows `V2/commands/command-update.md`. COMMAND_NAME_EMPTY is what portals answer for an empty
         *     name; this contract's minLength answers INVALID_FORMAT first.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - COMMAND_NOT_FOUND: no such command for this bot.
         *     - COMMAND_NAME_EMPTY: an empty name was given.
         *     - COMMAND_NAME_INVALID: the name is not a string.
         *     - COMMAND_ALREADY_EXISTS: the bot already has a command with that name.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2CommandUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Command.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the bot's commands
         * @description Returns every command of the bot, with title and params in the portal language (change log
         *     BOT-FIX-0408-3: they used to come back empty).
         *
         *     Follows `V2/commands/command-list.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2CommandList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Command.unregister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a slash command
         * @description Deletes a command of the bot.
         *
         *     Follows `V2/commands/command-unregister.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - COMMAND_NOT_FOUND: no such command for this bot.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2CommandUnregister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Command.answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a slash command
         * @description Sends the bot's answer to a command call (ONIMBOTV2COMMANDADD) into the dialog it came from.
         *     messageId plus commandId grant access for the answer, so the bot need not be a member; if it is
         *     not, the answer appears as a system message naming the bot.
         *
         *     Follows `V2/commands/command-answer.md`. The page names no separate code for an unknown command
         *     or message; they end in COMMAND_ANSWER_FAILED.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - COMMAND_ANSWER_FAILED: the answer could not be sent.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2CommandAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.File.upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file into a dialog
         * @description Stores a file on Drive, attaches it to the dialog and posts it as a message from the bot, in one
         *     call.
         *
         *     Follows `V2/files/file-upload.md`. The page names no code for a dialog the bot is not in.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - FILE_EMPTY: name or content missing.
         *     - FILE_INVALID_CONTENT: content is not base64.
         *     - FILE_FOLDER_ERROR: the chat has no usable Drive folder.
         *     - FILE_UPLOAD_FAILED: Drive refused the file.
         *     - FILE_SEND_FAILED: the file was stored but the message failed.
         *     - FILE_TOO_LARGE: over 100 MB.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2FileUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.File.download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a download link for a file
         * @description Returns a one-time link to download a chat file; the link carries its own token and may not work
         *     twice.
         *
         *     Follows `V2/files/file-download.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - FILE_NOT_FOUND: no such file.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - FILE_ACCESS_ERROR (403): the bot may not download it.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2FileDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imbot.v2.Event.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch the bot's events
         * @description Returns the next events of a bot registered with eventMode fetch. Passing `offset` confirms
         *     every event with a lower id, so the next call starts after them: pass the previous answer's
         *     nextOffset (the older lastEventId + 1 form, change log BOT-BC-0325-1, is not described). Only
         *     the application that registered the bot receives its events. The page's own example has an empty
         *     `data`; the examples here use the payloads from V2/events/events.md.
         *
         *     Follows `V2/events/event-get.md`.
         *
         *     Errors (HTTP 400 unless said):
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     - USER_NOT_SUBSCRIBED: withUserEvents without im.v2.Event.subscribe.
         *     - BOT_OWNERSHIP_ERROR (403): another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED (403): REST is not available on the portal's plan.
         *     - SCOPE_ERROR (403): withUserEvents without the im scope.
         *     - AUTH_ERROR (403): withUserEvents and the current user is unknown.
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         *
         *     The page gives "400, 403" without pairing codes and statuses; access refusals are 403 here, the
         *     rest 400.
         */
        post: operations["imbotV2EventGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.message.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message as the calling user
         * @description Sends a message to a dialog as the user behind the call (the webhook's user, or the OAuth
         *     token's user) and returns the new message's id. Scope `im`: this is the user side of a chat,
         *     how a person's message reaches a bot (the bot then gets ONIMBOTV2MESSAGEADD, and
         *     ONIMBOTV2COMMANDADD when the text starts with one of its commands). Follows
         *     `api-reference/chats/messages/im-message-add.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page lists codes without statuses; access refusals are 403 here, the rest 400):
         *     - 400 MESSAGE_EMPTY (no text), USER_ID_EMPTY / CHAT_ID_EMPTY (no recipient), ATTACH_ERROR,
         *       ATTACH_OVERSIZE, KEYBOARD_ERROR, KEYBOARD_OVERSIZE, MENU_ERROR, MENU_OVERSIZE,
         *       PARAMS_ERROR, INVALID_FORMAT (a parameter breaks this contract);
         *     - 403 ACCESS_ERROR: the user may not write to this dialog;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imMessageAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.message.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a message as the calling user
         * @description Changes the text, attachment, keyboard or menu of a message the calling user wrote (the
         *     webhook's user, or the OAuth token's user). Scope `im`: the user side of a chat, how a
         *     person's edit reaches a bot (the bots of the chat that hear it get ONIMBOTV2MESSAGEUPDATE;
         *     an empty MESSAGE deletes the message, and they get ONIMBOTV2MESSAGEDELETE). Follows
         *     `api-reference/chats/messages/im-message-update.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page gives "400, 403" without pairing them with codes; the refusal is 403 here,
         *     the rest 400):
         *     - 400 MESSAGE_ID_ERROR (no or a wrong MESSAGE_ID: no such message, a deleted one, or one in a
         *       chat the user is not in), ATTACH_ERROR, ATTACH_OVERSIZE,
         *       KEYBOARD_ERROR, KEYBOARD_OVERSIZE, MENU_ERROR (the page writes `menu_ERROR`; both are
         *       listed), MENU_OVERSIZE, INVALID_FORMAT (a parameter breaks this contract);
         *     - 403 CANT_EDIT_MESSAGE: not the author, or the time to edit has passed; and the platform's
         *       refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imMessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.message.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a message as the calling user
         * @description Deletes a message: the calling user's own, or any message of a group chat the user
         *     administers. Scope `im`: the user side of a chat, how a person's deletion reaches a bot (the
         *     bots of the chat that hear it get ONIMBOTV2MESSAGEDELETE). Follows
         *     `api-reference/chats/messages/im-message-delete.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page gives "400, 403" without pairing them with codes; the refusal is 403 here,
         *     the rest 400):
         *     - 400 MESSAGE_ID_ERROR (no or a wrong MESSAGE_ID: no such message, a deleted one, or one in
         *       a chat the user is not in), INVALID_FORMAT (a parameter breaks this contract);
         *     - 403 CANT_EDIT_MESSAGE: the user may not delete it (neither its author nor the owner or a
         *       manager of the group chat), or the time to do so has passed; and the platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imMessageDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.message.like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like or unlike a message as the calling user
         * @description Sets or removes the calling user's "like" on a message of a chat the user is in. Scope `im`:
         *     the user side of a chat, how a person's reaction reaches a bot (a bot that hears it gets
         *     ONIMBOTV2REACTIONCHANGE with reaction `like` and action `add` or `delete`). Follows
         *     `api-reference/chats/messages/im-message-like.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page gives HTTP 400):
         *     - 400 MESSAGE_ID_ERROR (no or a wrong MESSAGE_ID: no such message, a deleted one, or one in
         *       a chat the user is not in), WITHOUT_CHANGES (the like was already as asked), INVALID_FORMAT
         *       (a parameter breaks this contract);
         *     - 403: the platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imMessageLike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.message.command": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a bot's command from a message, as a keyboard button press
         * @description Runs a bot's command in the context of a message: what the messenger sends for the calling
         *     user when they press a keyboard button that carries a command (`COMMAND` and
         *     `COMMAND_PARAMS` of the button). Scope `im`: the user side of a chat, how a button press
         *     reaches a bot (the bot gets ONIMBOTV2COMMANDADD with context `keyboard`). Follows
         *     `api-reference/chats/messages/im-message-command.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page gives HTTP 400):
         *     - 400 MESSAGE_ID_ERROR, BOT_ID_ERROR, COMMAND_ERROR (that parameter missing or wrong: no
         *       message the user can see, no such bot), PARAMS_ERROR (the command cannot run: the bot has
         *       no such command, or it is not in the message's chat and the command is not common),
         *       INVALID_FORMAT (a parameter breaks this contract);
         *     - 403: the platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imMessageCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.chat.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a group chat as the calling user
         * @description Makes a group chat owned by the calling user (the webhook's user, or the OAuth token's user),
         *     with the users of USERS in it, and returns its id. Scope `im`: the user side of a chat, how a
         *     person brings a bot into a group chat (a bot among USERS joins it and gets ONIMBOTV2JOINCHAT;
         *     MESSAGE is the user's first message there). Follows `api-reference/chats/im-chat-add.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     The page says the method has no error codes of its own, only the platform's:
         *     - 400 INVALID_FORMAT: a parameter breaks this contract;
         *     - 401, 403, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imChatAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.chat.user.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add users (or bots) to a group chat as the calling user
         * @description Adds the users of USERS to a group chat the calling user is in. Scope `im`: the user side of
         *     a chat, how a person adds a bot to a chat (the bot gets ONIMBOTV2JOINCHAT). Users already in
         *     the chat are left as they are. Follows `api-reference/chats/chat-users/im-chat-user-add.md`.
         *
         *     Parameter names are case-insensitive, as for every UPPER_CASE method.
         *
         *     Errors (the page gives "400, 403" without pairing them with codes; the refusals are 403 here,
         *     the rest 400):
         *     - 400 CHAT_ID_EMPTY (no CHAT_ID), INVALID_FORMAT (a parameter breaks this contract);
         *     - 403 ACCESS_ERROR: the chat takes no members this way (no such group chat, or a personal
         *       dialog); ACCESS_DENIED_EXTEND: the user may not add members to it (not in it); and the
         *       platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imChatUserAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.Event.subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start recording the calling user's events
         * @description Subscribes the calling user (the webhook's user, or the OAuth token's user) to event
         *     recording: from now on the five ONIMV2* events of the user's chats are kept for 24 hours and
         *     returned by im.v2.Event.get (and by imbot.v2.Event.get with withUserEvents). Idempotent: a
         *     repeated call is safe. Scope `im`; no botId or botToken. A user's events reach one
         *     application only: the user has one record of events, whichever application subscribed, and
         *     when two applications subscribe the same user, a call with `offset` confirms and removes the
         *     records for both (the applications take events from each other, as the page warns). Follows
         *     `api-reference/chat-bots/chat-bots-v2/im.v2/events/event-subscribe.md`.
         *
         *     What is recorded (the events page names no exception, so this contract reads it so): every
         *     message added, edited or deleted and every reaction changed in a chat the user is in, the
         *     user's own included (an agent acting for the user sees what the user did elsewhere: check
         *     `message.authorId`); ONIMV2JOINCHAT for each member added to a group chat the user is in,
         *     the user included, but not for one who made the chat (nobody added them) and not for a
         *     personal dialog.
         *
         *     It takes no parameters, and the page lists no errors of its own, only the platform's:
         *     - 401, 403, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2EventSubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.Event.unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop recording the calling user's events
         * @description Ends the calling user's event recording: no new ONIMV2* events are kept. Events already
         *     recorded stay readable through im.v2.Event.get until confirmed with `offset` or 24 hours
         *     old. Idempotent: a repeated call is safe. Scope `im`; no botId or botToken. Follows
         *     `api-reference/chat-bots/chat-bots-v2/im.v2/events/event-unsubscribe.md`.
         *
         *     It takes no parameters, and the page lists no errors of its own, only the platform's:
         *     - 401, 403, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2EventUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.Event.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch the calling user's events (polling)
         * @description Returns the next recorded events of the calling user: ONIMV2MESSAGEADD,
         *     ONIMV2MESSAGEUPDATE, ONIMV2MESSAGEDELETE, ONIMV2REACTIONCHANGE and ONIMV2JOINCHAT. These
         *     events are delivered by polling only, never POSTed (so they are not among the document's
         *     webhooks; each item schema is marked `x-bitrix-delivery: fetch`). Passing `offset` confirms
         *     and removes every event with a lower id: pass the previous answer's nextOffset. Events are
         *     kept 24 hours; without im.v2.Event.subscribe, `events` is empty (and nextOffset is the offset
         *     passed, or 0). After im.v2.Event.unsubscribe the events already recorded stay readable. A user's events reach one
         *     application only (a confirmation by one removes them for all). Scope `im`; no botId or
         *     botToken. A bot's application can also read them beside its bot's events with
         *     imbot.v2.Event.get and withUserEvents. Follows
         *     `api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.md`; the page's example has an
         *     empty `data`, the example here uses the payload of `.../im.v2/events/events.md`.
         *
         *     The page names no errors of its own:
         *     - 400 INVALID_FORMAT: a parameter breaks this contract (limit outside 1 to 1000);
         *     - 401, 403, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2EventGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.File.upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file into a dialog as the calling user
         * @description Stores a file on Drive, attaches it to the dialog and posts it as a message of the calling
         *     user, in one call (a subscribed application then gets ONIMV2MESSAGEADD). Scope `im`; no
         *     botId or botToken: the same on behalf of a bot is imbot.v2.File.upload. Follows
         *     `api-reference/chat-bots/chat-bots-v2/im.v2/files/file-upload.md`; its example answer's file
         *     carries more fields than the File entity lists (status, progress, urls, viewerAttrs,
         *     mediaUrl): they are allowed, the example here keeps the entity's.
         *
         *     Errors (the page gives "400, 403" without pairing them with codes; ACCESS_DENIED is 403
         *     here, the rest 400):
         *     - 400 FILE_EMPTY (no name or content), FILE_INVALID_CONTENT (not base64), CHAT_NOT_FOUND (no
         *       chat for dialogId), FOLDER_ERROR (no usable Drive folder), UPLOAD_FAILED (Drive refused
         *       it), SEND_FAILED (stored, but the message failed), FILE_TOO_LARGE (over 100 MB),
         *       INVALID_FORMAT (a parameter breaks this contract);
         *     - 403 ACCESS_DENIED: no access to the chat; and the platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2FileUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.File.download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a download link for a chat file, as the calling user
         * @description Returns a one-time link to download a file of a dialog the calling user can read; the link
         *     carries its own token and may not work twice. Scope `im`; no botId or botToken: the same on
         *     behalf of a bot is imbot.v2.File.download. Follows
         *     `api-reference/chat-bots/chat-bots-v2/im.v2/files/file-download.md`.
         *
         *     Errors (the page gives "400, 403" without pairing them with codes; ACCESS_DENIED is 403
         *     here, the rest 400):
         *     - 400 FILE_NOT_FOUND (no file with this id), INVALID_FORMAT (a parameter breaks this
         *       contract);
         *     - 403 ACCESS_DENIED: no access to the chat; and the platform's refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2FileDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im.v2.Chat.Bot.sendContext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a context to a bot, as opening its chat through a link does (undocumented)
         * @description Hands a JSON context to a bot for a dialog, as the messenger does when a user opens the
         *     bot's chat through a link with `BOT_CONTEXT` (or the desktop `bx://` link, or
         *     `Messenger.openChatWithBotContext`): the bot then gets ONIMBOTV2CONTEXTGET with this
         *     `context`, its `dialogId`, the chat and the calling user, in its event mode (Event.get or
         *     its webhookUrl). `api-reference/chat-bots/chat-bots-v2/imbot.v2/bot-context.md` names this
         *     REST call as the way to reproduce a context delivery while debugging a bot, without
         *     following a link.
         *
         *     Undocumented (`x-bitrix-undocumented`): the method is named by that page but has no page of
         *     its own. Its parameters (`dialogId`, `context`) are the page's; the rest is this contract's
         *     assumption: scope `im` (the messenger calls it as the user), the answer `result: true` as
         *     the other im.v2 actions give, and the errors below. The page's links name a bot's id; its
         *     event may come from a group chat too (`dialogId` `chat5`): for `chat<id>` of a group chat
         *     the user is in, every bot in that chat gets the event. A personal dialog with the bot that
         *     does not exist yet is opened (the bot gets ONIMBOTV2JOINCHAT first).
         *
         *     Errors (assumed):
         *     - 400 INVALID_FORMAT: a parameter breaks this contract;
         *     - 403 ACCESS_DENIED: the dialog is not with a bot the user may open (not a bot's id, a group
         *       chat the user is not in or without a bot), and the platform's other refusals;
         *     - 401, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["imV2ChatBotSendContext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run up to 50 methods in one request
         * @description Runs a list of commands (`method` or `method?query`) in order in one request and answers
         *     each command's result, error, list total, next page and timing under the command's key. A
         *     command may use an earlier command's answer through `$result[key][field]...`. Scope `basic`;
         *     any user. The auth of the request runs every command. Follows
         *     `settings/how-to-call-rest-api/batch.md`.
         *
         *     At most 50 commands (`x-bitrix-max-commands`), and no `batch` inside a batch (rest 24.0.0
         *     and later). Where the page and the platform disagree: the page's error table gives
         *     ERROR_BATCH_LENGTH_EXCEEDED HTTP 400 and ERROR_BATCH_METHOD_NOT_ALLOWED HTTP 405, while its
         *     text says (and portals do, and SDKs rely on it) that the batch itself answers 200 and the
         *     command over the limit, or the nested batch, ends with that code in `result_error`. The
         *     statuses are listed for a request a server refuses as a whole; the SDKs that map codes to
         *     statuses use the same two.
         *
         *     The answer's five maps are keyed by command key; PHP writes an empty map as `[]`, and the
         *     maps of a list of commands (keys 0, 1, ...) as lists. With `halt` the failing command is the
         *     last one run.
         *
         *     Errors:
         *     - 200 with `result_error`: every failure of a command, with its own method's code.
         *     - 400 ERROR_BATCH_LENGTH_EXCEEDED (see above), INVALID_FORMAT (no `cmd`, or a command that is
         *       not a string);
         *     - 405 ERROR_BATCH_METHOD_NOT_ALLOWED (see above);
         *     - 401, 403, 404, 429, 500, 503: the platform's auth, method, limit and failure errors.
         */
        post: operations["batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    ONIMBOTV2MESSAGEADD: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was sent to the bot (ONIMBOTV2MESSAGEADD)
         * @description ONIMBOTV2MESSAGEADD: A message was sent to the bot (a mention or a one-to-one dialog; supervisor and personal bots get every message of their chats).
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventMessageAdd). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2MessageAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2MESSAGEUPDATE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message in a chat of the bot was edited (ONIMBOTV2MESSAGEUPDATE)
         * @description ONIMBOTV2MESSAGEUPDATE: A message in a chat of the bot was edited. The page gives no example and says the data is shaped like ONIMBOTV2MESSAGEADD; this schema follows that.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventMessageUpdate). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2MessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2MESSAGEDELETE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message in a chat of the bot was deleted (ONIMBOTV2MESSAGEDELETE)
         * @description ONIMBOTV2MESSAGEDELETE: A message in a chat of the bot was deleted; only its id is left. The page gives the field table but no example.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventMessageDelete). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2MessageDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2JOINCHAT: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The bot was added to a chat (ONIMBOTV2JOINCHAT)
         * @description ONIMBOTV2JOINCHAT: The bot was added to a chat; `user` is who added it.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventJoinChat). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2JoinChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2COMMANDADD: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user invoked a command of the bot (ONIMBOTV2COMMANDADD)
         * @description ONIMBOTV2COMMANDADD: A user invoked a command of the bot. A message with several commands gives one event per command. Answer with Command.answer.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventCommandAdd). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2CommandAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2REACTIONCHANGE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reaction on a message of the bot was set or removed (ONIMBOTV2REACTIONCHANGE)
         * @description ONIMBOTV2REACTIONCHANGE: A user added or removed a reaction on a message of the bot.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventReactionChange). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2ReactionChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2CONTEXTGET: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user opened a dialog with the bot passing context (ONIMBOTV2CONTEXTGET)
         * @description ONIMBOTV2CONTEXTGET: A user opened a dialog with the bot passing context data (a link with BOT_CONTEXT, a deep link or the JS API).
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventContextGet). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2ContextGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONIMBOTV2DELETE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The bot was deleted (ONIMBOTV2DELETE)
         * @description ONIMBOTV2DELETE: The bot was deleted; the last event it receives.
         *     The platform POSTs it to the bot's webhookUrl when the bot was registered with eventMode webhook; with eventMode fetch the same `data` comes from imbot.v2.Event.get (ImbotV2EventDelete). Follows `V2/events/events.md`.
         */
        post: operations["onImbotV2Delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONAPPINSTALL: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The application was installed on a portal (ONAPPINSTALL)
         * @description ONAPPINSTALL: the application was installed on a portal (sent once the installation is finished). The delivery brings what an installation store keeps per portal: member_id, domain, client_endpoint, the first OAuth tokens (access_token, refresh_token, expires_in, scope) and the application_token that verifies the portal's later events. Follows `api-reference/common/events/on-app-install.md`.
         */
        post: operations["onAppInstall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ONAPPUNINSTALL: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The application was removed from a portal (ONAPPUNINSTALL)
         * @description ONAPPUNINSTALL: the application was uninstalled from a portal. The delivery names the portal (member_id, domain) and carries its application_token, to verify it against the one saved at install; it brings no OAuth tokens, and the application's access to the portal is already revoked. `data.CLEAN` says whether the user asked to clear the application's data. Follows `api-reference/common/events/on-app-uninstall.md`.
         */
        post: operations["onAppUninstall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        /** @description Parameters of im.message.add (api-reference/chats/messages/im-message-add.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImMessageAddParams: {
            /**
             * @description Where to write: `chat<id>` for a group chat, a user's id (a bot's too) for the personal dialog with that user.
             * @example chat13
             */
            DIALOG_ID: string;
            /**
             * @description The text (BB-codes allowed). Missing or empty: MESSAGE_EMPTY. A text starting with a bot's command (`/help topic`) also invokes the command.
             * @example Message text
             */
            MESSAGE: string;
            /**
             * @description Show the message as a system message.
             * @default N
             * @enum {string}
             */
            SYSTEM: "Y" | "N";
            /**
             * @description Turn links into rich links.
             * @default Y
             * @enum {string}
             */
            URL_PREVIEW: "Y" | "N";
            /** @description An attachment (see the attachments page); kept as given. */
            ATTACH?: unknown;
            /** @description A keyboard (see the keyboards page); kept as given. */
            KEYBOARD?: unknown;
            /** @description A context menu; kept as given. */
            MENU?: unknown;
        };
        /** @description The success envelope of im.message.add. */
        ImMessageAddSuccess: {
            /**
             * @description The new message's id (MESSAGE_ID).
             * @example 11
             */
            result: number;
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of im.message.add (the page lists them without statuses).
         *     - MESSAGE_EMPTY: no text.
         *     - USER_ID_EMPTY: no recipient for a personal dialog.
         *     - CHAT_ID_EMPTY: no recipient chat.
         *     - ATTACH_ERROR, KEYBOARD_ERROR, MENU_ERROR: the object failed validation.
         *     - ATTACH_OVERSIZE, KEYBOARD_OVERSIZE, MENU_OVERSIZE: over 30 KB.
         *     - PARAMS_ERROR: something else went wrong.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImMessageAddBadRequestCode: "MESSAGE_EMPTY" | "USER_ID_EMPTY" | "CHAT_ID_EMPTY" | "ATTACH_ERROR" | "ATTACH_OVERSIZE" | "KEYBOARD_ERROR" | "KEYBOARD_OVERSIZE" | "MENU_ERROR" | "MENU_OVERSIZE" | "PARAMS_ERROR" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.message.add. */
        ImMessageAddBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageAddBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of im.message.add.
         *     - ACCESS_ERROR: the user may not write to this dialog.
         *     - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
         *     - insufficient_scope: the token or webhook lacks the `im` scope (401 or 403).
         * @enum {string}
         */
        ImMessageAddForbiddenCode: "ACCESS_ERROR" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /** @description An HTTP 403 error of im.message.add. */
        ImMessageAddForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageAddForbiddenCode"];
        };
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
         * @description Codes answered with HTTP 404.
         *     - ERROR_METHOD_NOT_FOUND: the method is unknown.
         *     - ERROR_MANIFEST_IS_NOT_AVAILABLE: the manifest is not available (system errors of
         *       every method page).
         * @enum {string}
         */
        NotFoundErrorCode: "ERROR_METHOD_NOT_FOUND" | "ERROR_MANIFEST_IS_NOT_AVAILABLE";
        /**
         * @description Codes answered with HTTP 429. OPERATION_TIME_LIMIT, the method's run-time budget is spent for now.
         * @enum {string}
         */
        TooManyRequestsErrorCode: "OPERATION_TIME_LIMIT";
        /**
         * @description Codes answered with HTTP 500 (system errors of every method page).
         *     - INTERNAL_SERVER_ERROR: the portal failed.
         *     - ERROR_UNEXPECTED_ANSWER: the server returned an unexpected answer.
         *     - PORTAL_DELETED: the portal's public part is closed.
         * @enum {string}
         */
        InternalServerErrorCode: "INTERNAL_SERVER_ERROR" | "ERROR_UNEXPECTED_ANSWER" | "PORTAL_DELETED";
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
        /**
         * @description Id of the bot (its user id), as returned by imbot.v2.Bot.register.
         * @example 456
         */
        BotId: number;
        /**
         * @description The bot's code, unique within the application. Registering again with the same code returns the existing bot.
         * @example support_bot
         */
        BotCode: string;
        /**
         * @description The bot's own secret, chosen at imbot.v2.Bot.register (`fields.botToken`). Required when the call goes through an incoming webhook (without it: 400 BOT_TOKEN_NOT_SPECIFIED; a token that is not this bot's: 403 BOT_OWNERSHIP_ERROR); not needed with OAuth, where the bot is tied to the application. At most 40 characters (change log BOT-BC-0506-1).
         * @example my_bot_token
         */
        BotToken: string;
        /**
         * @description A dialog: `chat<chatId>` for a group chat (`chat5`), or the other user's id as a string for a personal dialog (`"1"`). In a personal dialog it is always the counterpart's id, so the dialogId an event carries is the one to answer to.
         * @example chat5
         */
        DialogId: string;
        /**
         * @description Numeric id of a chat (the number in `chat<id>`).
         * @example 5
         */
        ChatIdV2: number;
        /**
         * @description Id of a message.
         * @example 789
         */
        MessageId: number;
        /**
         * @description Id of a slash command.
         * @example 78
         */
        CommandId: number;
        /**
         * @description Id of a file on the portal's Drive.
         * @example 138
         */
        FileId: number;
        /**
         * @description Ids of users.
         * @example [
         *       1,
         *       2
         *     ]
         */
        UserIds: components["schemas"]["UserIdV2"][];
        /**
         * @description Id of a portal user.
         * @example 1
         */
        UserIdV2: number;
        /**
         * @description How the bot behaves in chats (chat-bots-v2/index.md, bot types):
         *     - bot: answers mentions in group chats and every message in one-to-one dialogs (default);
         *     - supervisor: sees every message of the chats it is in;
         *     - personal: like supervisor, and hidden from search for users without access;
         *     - openline: a bot for Open Channels, otherwise like `bot`.
         *     The error text of BOT_INVALID_TYPE on bot-register.md also names `network`; the contract
         *     follows the bot types table, which does not.
         * @default bot
         * @example bot
         * @enum {string}
         */
        BotType: "bot" | "supervisor" | "personal" | "openline";
        /**
         * @description How the bot gets its events: `fetch` (it polls imbot.v2.Event.get; the default) or `webhook` (the portal POSTs each event to `webhookUrl`).
         * @default fetch
         * @example fetch
         * @enum {string}
         */
        EventMode: "fetch" | "webhook";
        /**
         * @description Background of the bot's chat. Portals turn an unknown value into null (change log BOT-FIX-0408-4); the contract accepts only the listed ones.
         * @example azure
         * @enum {string}
         */
        BotBackgroundId: "azure" | "mint" | "steel" | "slate" | "teal" | "cornflower" | "sky" | "peach" | "frost";
        /**
         * @description A chat or avatar colour, by camelCase code (v1 used upper case, e.g. LIGHT_BLUE). Portals assign a colour themselves when it is missing or unknown; the contract accepts only the listed codes.
         * @example mint
         * @enum {string}
         */
        ChatColorV2: "red" | "green" | "mint" | "lightBlue" | "darkBlue" | "purple" | "aqua" | "pink" | "lime" | "brown" | "azure" | "khaki" | "sand" | "marengo" | "gray" | "graphite";
        /**
         * @description Gender: M or F.
         * @example M
         * @enum {string}
         */
        Gender: "M" | "F";
        /**
         * @description An image as base64, without a `data:...;base64,` prefix. Portals answer BOT_AVATAR_INCORRECT_TYPE / BOT_AVATAR_INCORRECT_SIZE (bots) for something that is not an image or is larger than 5000x5000 pixels; the encoding is documented, not enforced.
         * @example iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
         */
        Base64Image: string;
        /**
         * @description The bot's profile (its user card). `name` is required at registration (else BOT_PROPERTIES_REQUIRED), optional when updating.
         * @example {
         *       "name": "Support Bot",
         *       "workPosition": "AI Assistant"
         *     }
         */
        BotProperties: {
            /**
             * @description Name shown in the chat list and the dialog header.
             * @example Support Bot
             */
            name?: string;
            /**
             * @description Last name.
             * @example Bot
             */
            lastName?: string;
            /**
             * @description Position shown in the profile.
             * @example AI Assistant
             */
            workPosition?: string;
            color?: components["schemas"]["ChatColorV2"];
            gender?: components["schemas"]["Gender"];
            avatar?: components["schemas"]["Base64Image"];
        };
        /**
         * @description The answer of methods that only report success: `result` is itself an object holding a boolean `result` (so the whole body reads `{"result": {"result": true}, "time": ...}`).
         * @example {
         *       "result": true
         *     }
         */
        BooleanResult: {
            /**
             * @description true when the operation succeeded.
             * @example true
             */
            result: boolean;
        };
        /**
         * @description An ISO 8601 date-time, or `false` when there is none.
         * @example 2025-01-15T10:29:00+01:00
         */
        DateTimeOrFalse: string | false;
        /**
         * @description A portal user, as in `user` fields and `users` lists (entities.md, User). In events sent while online, idle, lastActivityDate, mobileLastDate and desktopLastDate are always false. Method pages show shortened users ({id, active, name, bot, type}), so only `id` is required.
         * @example {
         *       "id": 1,
         *       "active": true,
         *       "name": "John Smith",
         *       "firstName": "John",
         *       "lastName": "Smith",
         *       "workPosition": "Developer",
         *       "color": "#df532d",
         *       "avatar": "",
         *       "gender": "M",
         *       "birthday": "",
         *       "extranet": false,
         *       "bot": false,
         *       "connector": false,
         *       "externalAuthId": "default",
         *       "status": "online",
         *       "idle": false,
         *       "lastActivityDate": "2025-01-15T10:29:00+01:00",
         *       "absent": false,
         *       "departments": [
         *         1,
         *         5
         *       ],
         *       "phones": false,
         *       "type": "employee",
         *       "website": "",
         *       "email": "john@example.com"
         *     }
         */
        User: {
            /** @description User id. */
            id: number;
            /** @description Whether the user is active. */
            active?: boolean;
            /** @description Full name. */
            name?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Job title. */
            workPosition?: string;
            /** @description Colour of the avatar placeholder, as HEX (`#df532d`). */
            color?: string;
            /** @description Avatar URL, or an empty string. */
            avatar?: string;
            /** @description M or F (entities.md, User). The pages name no other value; a profile with none set is given as M here. */
            gender?: string;
            /** @description Birthday, or an empty string. The format varies between pages (`15-03`). */
            birthday?: string;
            /** @description Whether the user is an extranet user. */
            extranet?: boolean;
            /** @description Whether the user is a bot. */
            bot?: boolean;
            /** @description Whether the user is an Open Channels connector. */
            connector?: boolean;
            /** @description External authorisation type (`default`, `bot`, `email`, `replica`, ...). */
            externalAuthId?: string;
            /** @description Status (`online`, `dnd`, ...). */
            status?: string;
            idle?: components["schemas"]["DateTimeOrFalse"];
            lastActivityDate?: components["schemas"]["DateTimeOrFalse"];
            mobileLastDate?: components["schemas"]["DateTimeOrFalse"];
            desktopLastDate?: components["schemas"]["DateTimeOrFalse"];
            absent?: components["schemas"]["DateTimeOrFalse"];
            /** @description Ids of the user's departments. */
            departments?: number[];
            /** @description Phone numbers by kind (`personalPhone`, `workPhone`, ...), or false. entities.md says object or false; bot-register.md says array: both are accepted. */
            phones?: Record<string, unknown> | unknown[] | false;
            /** @description Kind of user (`employee`, `extranet`, `email`, `collaber`, `bot`). */
            type?: string;
            /** @description Personal website. */
            website?: string;
            /** @description E-mail address. */
            email?: string;
        };
        /**
         * @description A chat bot (entities.md, Bot). Everyone sees the first eight fields; the owning application also gets moduleId, eventMode and the four counters. Webhook events carry a cut-down bot ({id, code, auth}). The field `appId` was removed (change log BOT-FIX-0501-3).
         * @example {
         *       "id": 456,
         *       "code": "support_bot",
         *       "type": "bot",
         *       "isHidden": false,
         *       "isSupportOpenline": false,
         *       "isReactionsEnabled": true,
         *       "backgroundId": null,
         *       "language": "en",
         *       "moduleId": "rest",
         *       "eventMode": "fetch",
         *       "countMessage": 150,
         *       "countCommand": 3,
         *       "countChat": 12,
         *       "countUser": 45
         *     }
         */
        Bot: {
            /** @description Id of the bot's user. */
            id: number;
            /** @description The bot's code, unique within its application. */
            code: string;
            /**
             * @description The bot's type (see BotType). `network` is listed here too: bots registered through v1 are visible in v2, and the BOT_INVALID_TYPE text names it.
             * @enum {string}
             */
            type?: "bot" | "supervisor" | "personal" | "openline" | "network";
            /** @description Hidden from the contact list. */
            isHidden?: boolean;
            /** @description Works in Open Channels. */
            isSupportOpenline?: boolean;
            /** @description Users may react to its messages. */
            isReactionsEnabled?: boolean;
            /** @description Background of the bot's chat (see BotBackgroundId), or null. */
            backgroundId?: string | null;
            /** @description Default language (`en`, `de`, ...). */
            language?: string;
            /** @description Owner only. Module the bot belongs to (`rest` for applications). */
            moduleId?: string;
            /**
             * @description Owner only. How the bot gets its events (see EventMode). No default here, unlike EventMode's for registration: a bot without eventMode is one another application owns (the brief format), and an answer must not make one up.
             * @enum {string}
             */
            eventMode?: "fetch" | "webhook";
            /** @description Owner only. Number of messages processed. */
            countMessage?: number;
            /** @description Owner only. Number of registered commands. */
            countCommand?: number;
            /** @description Owner only. Number of chats the bot is in. */
            countChat?: number;
            /** @description Owner only. Number of distinct users it talked to. */
            countUser?: number;
        };
        /**
         * @description A chat (entities.md, Chat). Events carry a shorter chat, without role and muteList and without the fields after backgroundId (dateCreate ... public), which only method answers have; so only `id` and `dialogId` are required.
         * @example {
         *       "id": 5,
         *       "dialogId": "chat5",
         *       "name": "Support Chat",
         *       "type": "chat",
         *       "messageType": "C",
         *       "owner": 1,
         *       "color": "#ab7761",
         *       "avatar": "",
         *       "description": "",
         *       "extranet": false,
         *       "role": "member",
         *       "containsCollaber": false,
         *       "diskFolderId": 42,
         *       "textFieldEnabled": "Y",
         *       "backgroundId": null,
         *       "dateCreate": "2025-01-10T09:00:00+01:00",
         *       "lastMessageId": 789,
         *       "managerList": [
         *         1,
         *         3
         *       ],
         *       "messageCount": 42,
         *       "userCounter": 5,
         *       "unreadId": null
         *     }
         */
        Chat: {
            /** @description Chat id. */
            id: number;
            /** @description The chat's dialogId (`chat5`; a user id for a personal dialog). */
            dialogId: string;
            /** @description Title. */
            name?: string;
            /** @description Kind of chat (`chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, `generalChannel`, ...). */
            type?: string;
            /** @description Internal kind (`C` chat, `O` open, `P` private, ...). */
            messageType?: string;
            /** @description Id of the owner. A bot's personal dialog is owned by the bot (events.md, the ONIMBOTV2CONTEXTGET example); the pages are silent on a dialog of two people: whoever opened it. */
            owner?: number;
            /** @description Colour as HEX (`#ab7761`), not the colour code used to set it. */
            color?: string | null;
            /** @description Avatar URL, or an empty string. */
            avatar?: string;
            /** @description Description. */
            description?: string;
            /** @description Whether extranet users are in the chat. */
            extranet?: boolean;
            /**
             * @description The calling bot's role in the chat. Not in events.
             * @enum {string}
             */
            role?: "owner" | "manager" | "member" | "guest" | "none";
            /** @description Whether collaborators are in the chat. */
            containsCollaber?: boolean;
            /** @description Ids of users who muted the chat. Not in events. */
            muteList?: number[];
            /** @description Kind of linked object (`LINES` for Open Channels, ...), or an empty string. */
            entityType?: string;
            /** @description Id of the linked object, or an empty string. */
            entityId?: string;
            /** @description Extra data of the linked object (1). */
            entityData1?: string;
            /** @description Extra data of the linked object (2). */
            entityData2?: string;
            /** @description Extra data of the linked object (3). */
            entityData3?: string;
            /** @description Link to the external object. */
            entityLink?: Record<string, unknown>;
            /** @description Drive folder of the chat's files. */
            diskFolderId?: number | null;
            /** @description What the calling bot may do in the chat. */
            permissions?: Record<string, unknown>;
            /** @description Parent chat of a thread. */
            parentChatId?: number | null;
            /** @description Parent message of a thread. */
            parentMessageId?: number | null;
            /** @description Whether the chat was just created. */
            isNew?: boolean;
            /**
             * @description Whether the input field is on, as `Y` or `N` (a string, unlike the v2 booleans; see imbot.v2.Chat.TextField.enabled).
             * @enum {string}
             */
            textFieldEnabled?: "Y" | "N";
            /** @description Background id, or null. */
            backgroundId?: string | null;
            /**
             * Format: date-time
             * @description Answers only. When the chat was created.
             */
            dateCreate?: string | null;
            /** @description Answers only. Id of the last message. */
            lastMessageId?: number | null;
            /** @description Answers only. Id of the last message the bot read. */
            lastId?: number | null;
            /** @description Answers only. Ids of the chat's managers. */
            managerList?: number[];
            /** @description Answers only. Number of messages. */
            messageCount?: number;
            /** @description Answers only. Number of members. */
            userCounter?: number;
            /** @description Answers only. First unread message. */
            unreadId?: number | null;
            /** @description Answers only. Views of the last message, as a JSON text. */
            lastMessageViews?: string;
            /** @description Answers only. Id of the marked message. */
            markedId?: number | null;
            /** @description Answers only. Public access settings (an empty string when none). */
            public?: Record<string, unknown> | string;
        };
        /**
         * @description Where a forwarded message came from.
         * @example {
         *       "id": 700,
         *       "userId": 1,
         *       "chatId": 3,
         *       "date": "2025-01-14T09:00:00+01:00"
         *     }
         */
        MessageForward: {
            /** @description Id of the original message. */
            id?: number;
            /** @description Author of the original message. */
            userId?: number;
            /** @description Chat of the original message. */
            chatId?: number;
            /** @description When the original was written. */
            date?: string | null;
        };
        /**
         * @description A message (entities.md, Message). Texts over 20,000 characters are cut and end in ` (...)`. `unread` and `viewed` come only in method answers.
         * @example {
         *       "id": 789,
         *       "chatId": 5,
         *       "authorId": 1,
         *       "date": "2025-01-15T10:30:00+01:00",
         *       "text": "Hello bot!",
         *       "isSystem": false,
         *       "uuid": "",
         *       "forward": null,
         *       "params": {},
         *       "viewedByOthers": false
         *     }
         */
        Message: {
            /** @description Message id. */
            id: number;
            /** @description Id of its chat. */
            chatId: number;
            /** @description Id of the author; 0 for a system message. */
            authorId?: number;
            /**
             * Format: date-time
             * @description When it was written.
             */
            date?: string | null;
            /** @description The text (BB codes allowed). */
            text?: string;
            /** @description Whether it is a system message. */
            isSystem?: boolean;
            /** @description Client UUID for de-duplication, or an empty string. */
            uuid?: string;
            /** @description Origin of a forwarded message, or null. */
            forward?: components["schemas"]["MessageForward"] | null;
            /** @description Further data (attach, keyboard, files, ...). No page shows reactions here: they are not in a message's params (ONIMBOTV2REACTIONCHANGE tells about them). */
            params?: Record<string, unknown>;
            /** @description Whether another member has read it. */
            viewedByOthers?: boolean;
            /** @description Answers only. Unread for the calling bot. */
            unread?: boolean;
            /** @description Answers only. Seen by the calling bot. */
            viewed?: boolean;
        };
        /**
         * @description A file in a chat (entities.md, File), as returned by imbot.v2.File.upload.
         * @example {
         *       "id": 138,
         *       "chatId": 5,
         *       "date": "2025-01-15T10:30:00+01:00",
         *       "type": "file",
         *       "name": "report.pdf",
         *       "extension": "pdf",
         *       "size": 35341,
         *       "image": false,
         *       "authorId": 1,
         *       "authorName": "John Smith",
         *       "isTranscribable": false,
         *       "isVideoNote": false,
         *       "isVoiceNote": false
         *     }
         */
        File: {
            /** @description Id of the file on Drive. */
            id: number;
            /** @description Id of its chat. */
            chatId?: number;
            /**
             * Format: date-time
             * @description When it was uploaded.
             */
            date?: string | null;
            /**
             * @description Kind of content.
             * @enum {string}
             */
            type?: "file" | "image" | "video" | "audio";
            /** @description File name with extension. */
            name?: string;
            /** @description Extension, lower case. */
            extension?: string;
            /** @description Size in bytes. */
            size?: number;
            /** @description Preview size of an image, or false. */
            image?: {
                /** @description Width in pixels. */
                width?: number;
                /** @description Height in pixels. */
                height?: number;
            } | false;
            /** @description Who uploaded it. */
            authorId?: number;
            /** @description Name of who uploaded it. */
            authorName?: string;
            /** @description Whether it can be transcribed. */
            isTranscribable?: boolean;
            /** @description Whether it is a video note. */
            isVideoNote?: boolean;
            /** @description Whether it is a voice message. */
            isVoiceNote?: boolean;
        };
        /**
         * @description A slash command of a bot (entities.md, Command). title, params, category and context come only in method answers, in the portal's language.
         * @example {
         *       "id": 78,
         *       "botId": 456,
         *       "command": "/help",
         *       "common": false,
         *       "hidden": false,
         *       "extranetSupport": false,
         *       "title": "Show help",
         *       "params": "[query]",
         *       "category": "Support Bot",
         *       "context": "chat"
         *     }
         */
        Command: {
            /** @description Command id. */
            id: number;
            /** @description Id of the bot that owns it. */
            botId?: number;
            /** @description The command with its leading slash (`/help`). */
            command: string;
            /** @description Available in every chat (true) or only where the bot is (false). */
            common?: boolean;
            /** @description Left out of the suggestion list. */
            hidden?: boolean;
            /** @description Available to extranet users. */
            extranetSupport?: boolean;
            /** @description Answers only. Title. */
            title?: string;
            /** @description Answers only. Description of its parameters. */
            params?: string;
            /** @description Answers only. Name of the owning bot. */
            category?: string;
            /** @description Answers only. Where it was called from. */
            context?: string;
        };
        /**
         * @description The HTTP 400 codes every bot-scoped v2 method can answer.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - BOT_ID_REQUIRED: `botId` is missing.
         *     - BOT_NOT_FOUND: no bot has this id.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        V2BadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "INVALID_FORMAT";
        /**
         * @description The HTTP 403 codes of the bot-scoped v2 methods.
         *     - BOT_OWNERSHIP_ERROR: the bot belongs to another application, or `botToken` is not this
         *       bot's (a rotated-out token too).
         *     - ACCESS_DENIED: the bot may not act on this chat (not a member, or lacks the role), or,
         *       for any method, REST is not available on the portal's plan.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the `imbot` scope.
         * @enum {string}
         */
        V2ForbiddenCode: "BOT_OWNERSHIP_ERROR" | "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /**
         * @description The HTTP 403 codes of the v2 methods that do not act for one owned bot (Bot.register,
         *     Bot.get, Bot.list, Revision.get).
         *     - ACCESS_DENIED: REST is not available on the portal's plan.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the `imbot` scope.
         * @enum {string}
         */
        V2PlatformForbiddenCode: "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /**
         * @description The HTTP 429 codes of the v2 methods.
         *     - QUERY_LIMIT_EXCEEDED: over 2 requests per second for the application. The v2 overview
         *       (chat-bots-v2/index.md, limits) gives HTTP 429 but no code; QUERY_LIMIT_EXCEEDED is the
         *       platform's rate-limit code (which the general limits page answers with 503), so the
         *       contract lists it under both. Branch on the code, not the status.
         *     - OPERATION_TIME_LIMIT: the method's run-time budget is spent for now (limits.md).
         * @enum {string}
         */
        V2TooManyRequestsCode: "QUERY_LIMIT_EXCEEDED" | "OPERATION_TIME_LIMIT";
        /**
         * @description Sort direction.
         * @example ASC
         * @enum {string}
         */
        SortDirection: "ASC" | "DESC";
        /**
         * @description Which activity the indicator names (V2/ui/chat-input-action-notify.md): thinking, searching, generating, analysing, processing, translating, connecting, checking, calculating, reading documents or composing. Without it the usual "typing" indicator shows.
         * @example IMBOT_AGENT_ACTION_THINKING
         * @enum {string}
         */
        InputActionStatusCode: "IMBOT_AGENT_ACTION_THINKING" | "IMBOT_AGENT_ACTION_SEARCHING" | "IMBOT_AGENT_ACTION_GENERATING" | "IMBOT_AGENT_ACTION_ANALYZING" | "IMBOT_AGENT_ACTION_PROCESSING" | "IMBOT_AGENT_ACTION_TRANSLATING" | "IMBOT_AGENT_ACTION_CONNECTING" | "IMBOT_AGENT_ACTION_CHECKING" | "IMBOT_AGENT_ACTION_CALCULATING" | "IMBOT_AGENT_ACTION_READING_DOCS" | "IMBOT_AGENT_ACTION_COMPOSING";
        /** @description An HTTP 400 error of a bot-scoped v2 method without codes of its own. */
        V2BadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["V2BadRequestCode"];
        };
        /** @description An HTTP 403 error of a bot-scoped v2 method. */
        V2ForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["V2ForbiddenCode"];
        };
        /** @description An HTTP 403 error of Bot.register, Bot.get, Bot.list and Revision.get. */
        V2PlatformForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["V2PlatformForbiddenCode"];
        };
        /** @description An HTTP 429 error of a v2 method. */
        V2TooManyRequestsError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["V2TooManyRequestsCode"];
        };
        /** @description imbot.v2.Revision.get takes no parameters. */
        ImbotV2RevisionGetParams: Record<string, unknown>;
        /** @description The success envelope of imbot.v2.Revision.get. */
        ImbotV2RevisionGetSuccess: {
            /** @description Revision numbers. */
            result: {
                /** @description Revision of the REST API; the one to compare with the change log. */
                rest: number;
                /** @description Revision of the messenger's web client protocol. */
                web: number;
                /** @description Revision of the mobile client protocol. */
                mobile: number;
                /** @description Revision of the desktop application protocol. */
                desktop: number;
            };
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Bot.register. */
        ImbotV2BotRegisterParams: {
            /** @description The bot to register. */
            fields: {
                code: components["schemas"]["BotCode"];
                botToken?: components["schemas"]["BotToken"];
                /** @description The bot's profile; `name` is required (missing: BOT_PROPERTIES_REQUIRED). */
                properties: components["schemas"]["BotProperties"] & {
                    /** @description Required at registration (missing or empty: BOT_PROPERTIES_REQUIRED). */
                    name: string;
                };
                type?: components["schemas"]["BotType"];
                eventMode?: components["schemas"]["EventMode"];
                /**
                 * Format: uri
                 * @description Where the portal POSTs events; required when `eventMode` is `webhook` (BOT_WEBHOOK_URL_REQUIRED). Not a URL: BOT_INVALID_CALLBACK.
                 * @example https://bot.example.com/bitrix/events
                 */
                webhookUrl?: string;
                /**
                 * @description Hide the bot from the contact list.
                 * @default false
                 * @example false
                 */
                isHidden: boolean;
                /**
                 * @description Let users react to its messages.
                 * @default true
                 * @example true
                 */
                isReactionsEnabled: boolean;
                /**
                 * @description Let it work in Open Channels (type `openline`).
                 * @default false
                 * @example false
                 */
                isSupportOpenline: boolean;
                backgroundId?: components["schemas"]["BotBackgroundId"];
            };
        };
        /** @description The success envelope of imbot.v2.Bot.register. */
        ImbotV2BotRegisterSuccess: {
            /** @description The bot and the users linked to it. */
            result: {
                bot: components["schemas"]["Bot"];
                /** @description The bot's user and related users. */
                users: components["schemas"]["User"][];
            };
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Bot.register.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `fields.botToken`.
         *     - BOT_CODE_REQUIRED: `fields.code` is missing.
         *     - BOT_PROPERTIES_REQUIRED: `fields.properties` (with `name`) is missing.
         *     - BOT_CODE_ALREADY_TAKEN: another application has a bot with this code.
         *     - BOT_INVALID_TYPE: `fields.type` is not a known type.
         *     - BOT_INVALID_EVENT_MODE: `fields.eventMode` is neither fetch nor webhook.
         *     - BOT_WEBHOOK_URL_REQUIRED: `eventMode` is webhook but `webhookUrl` is missing.
         *     - BOT_INVALID_CALLBACK: `webhookUrl` is not acceptable.
         *     - BOT_LIMIT_EXCEEDED: the application already has 100 bots.
         *     - BOT_AVATAR_INCORRECT_TYPE: the avatar is not an image.
         *     - BOT_AVATAR_INCORRECT_SIZE: the avatar is larger than 5000x5000 pixels.
         *     - BOT_TOKEN_INVALID_LENGTH: `fields.botToken` is longer than 40 characters.
         *     - BOT_REGISTER_FAILED: the portal could not register the bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2BotRegisterBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_CODE_REQUIRED" | "BOT_PROPERTIES_REQUIRED" | "BOT_CODE_ALREADY_TAKEN" | "BOT_INVALID_TYPE" | "BOT_INVALID_EVENT_MODE" | "BOT_WEBHOOK_URL_REQUIRED" | "BOT_INVALID_CALLBACK" | "BOT_LIMIT_EXCEEDED" | "BOT_AVATAR_INCORRECT_TYPE" | "BOT_AVATAR_INCORRECT_SIZE" | "BOT_TOKEN_INVALID_LENGTH" | "BOT_REGISTER_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Bot.register. */
        ImbotV2BotRegisterBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2BotRegisterBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Bot.update. */
        ImbotV2BotUpdateParams: {
            botId: components["schemas"]["BotId"];
            /**
             * @description The bot's current token (webhook calls). No 40-character limit here: a bot registered earlier with a longer token authorises its rotation with it.
             * @example my_bot_token
             */
            botToken?: string;
            /** @description What to change. */
            fields: {
                properties?: components["schemas"]["BotProperties"];
                /**
                 * @description Hide the bot from the contact list.
                 * @example false
                 */
                isHidden?: boolean;
                /**
                 * @description Let users react to its messages.
                 * @example true
                 */
                isReactionsEnabled?: boolean;
                /**
                 * @description Let it work in Open Channels (type `openline`).
                 * @example false
                 */
                isSupportOpenline?: boolean;
                /** @description Background id, or null for the user's own background. */
                backgroundId?: components["schemas"]["BotBackgroundId"] | null;
                eventMode?: components["schemas"]["EventMode"];
                /**
                 * Format: uri
                 * @description New event URL (webhook mode). Not a URL: BOT_INVALID_CALLBACK.
                 * @example https://bot.example.com/bitrix/events
                 */
                webhookUrl?: string;
                botToken?: components["schemas"]["BotToken"];
            };
        };
        /** @description The success envelope of imbot.v2.Bot.update. */
        ImbotV2BotUpdateSuccess: {
            /** @description The bot and the users linked to it. */
            result: {
                bot: components["schemas"]["Bot"];
                /** @description The bot's user and related users. */
                users: components["schemas"]["User"][];
            };
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Bot.update.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - BOT_ID_REQUIRED: `botId` is missing.
         *     - BOT_NOT_FOUND: no bot has this id.
         *     - BOT_INVALID_EVENT_MODE: `fields.eventMode` is neither fetch nor webhook.
         *     - BOT_INVALID_CALLBACK: `fields.webhookUrl` is not acceptable.
         *     - BOT_AVATAR_INCORRECT_TYPE: the avatar is not an image.
         *     - BOT_AVATAR_INCORRECT_SIZE: the avatar is larger than 5000x5000 pixels.
         *     - BOT_TOKEN_ROTATION_FAILED: the new token could not be set (the reason is not disclosed).
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2BotUpdateBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "BOT_INVALID_EVENT_MODE" | "BOT_INVALID_CALLBACK" | "BOT_AVATAR_INCORRECT_TYPE" | "BOT_AVATAR_INCORRECT_SIZE" | "BOT_TOKEN_ROTATION_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Bot.update. */
        ImbotV2BotUpdateBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2BotUpdateBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Bot.get: `botId` or `code`. */
        ImbotV2BotGetParams: {
            botId?: components["schemas"]["BotId"];
            code?: components["schemas"]["BotCode"];
            botToken?: components["schemas"]["BotToken"];
        };
        /** @description The success envelope of imbot.v2.Bot.get. */
        ImbotV2BotGetSuccess: {
            /** @description The bot and the users linked to it. */
            result: {
                bot: components["schemas"]["Bot"];
                /** @description The bot's user and related users. */
                users: components["schemas"]["User"][];
            };
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Bot.get.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - PARAMS_REQUIRED: neither `botId` nor `code` is given.
         *     - BOT_NOT_FOUND: no bot has this id or code.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2BotGetBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "PARAMS_REQUIRED" | "BOT_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Bot.get. */
        ImbotV2BotGetBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2BotGetBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Bot.list. */
        ImbotV2BotListParams: {
            botToken?: components["schemas"]["BotToken"];
            /** @description Filter. */
            filter?: {
                /**
                 * @description Only bots of this type (see BotType); an unknown type gives an empty list.
                 * @example bot
                 */
                type?: string;
            };
            /**
             * @description Bots per page.
             * @default 50
             * @example 50
             */
            limit: number;
            /**
             * @description How many bots to skip.
             * @default 0
             * @example 0
             */
            offset: number;
        };
        /** @description The success envelope of imbot.v2.Bot.list. */
        ImbotV2BotListSuccess: {
            /** @description A page of bots. */
            result: {
                /** @description The bots. */
                bots: components["schemas"]["Bot"][];
                /** @description The bots' users. */
                users: components["schemas"]["User"][];
                /** @description Whether another page follows. */
                hasNextPage: boolean;
            };
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Bot.list.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2BotListBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Bot.list. */
        ImbotV2BotListBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2BotListBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Bot.unregister. */
        ImbotV2BotUnregisterParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
        };
        /** @description The success envelope of imbot.v2.Bot.unregister. */
        ImbotV2BotUnregisterSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Bot.unregister.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - BOT_ID_REQUIRED: `botId` is missing.
         *     - BOT_NOT_FOUND: no bot has this id.
         *     - BOT_UNREGISTER_FAILED: the portal could not delete the bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2BotUnregisterBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "BOT_UNREGISTER_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Bot.unregister. */
        ImbotV2BotUnregisterBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2BotUnregisterBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.add. */
        ImbotV2ChatAddParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            /** @description The new chat. */
            fields?: {
                /**
                 * @description Title.
                 * @example Support Chat
                 */
                title?: string;
                /**
                 * @description Description.
                 * @example Questions about orders
                 */
                description?: string;
                color?: components["schemas"]["ChatColorV2"];
                avatar?: components["schemas"]["Base64Image"];
                userIds?: components["schemas"]["UserIds"];
                /**
                 * @description Owner of the chat; the bot when missing.
                 * @example 1
                 */
                ownerId?: number;
                /**
                 * @description First message, sent by the bot.
                 * @example Welcome!
                 */
                message?: string;
            };
        };
        /** @description The success envelope of imbot.v2.Chat.add. */
        ImbotV2ChatAddSuccess: {
            /** @description The new chat and its members. */
            result: {
                chat: components["schemas"]["Chat"];
                /** @description Members of the chat. */
                users: components["schemas"]["User"][];
            };
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.get. */
        ImbotV2ChatGetParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
        };
        /** @description The success envelope of imbot.v2.Chat.get. */
        ImbotV2ChatGetSuccess: {
            /** @description The chat. */
            result: {
                chat: components["schemas"]["Chat"];
            };
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.update. */
        ImbotV2ChatUpdateParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            /** @description What to change. */
            fields: {
                /**
                 * @description New title.
                 * @example Support Chat (EU)
                 */
                title?: string;
                /**
                 * @description New description.
                 * @example Orders from Europe
                 */
                description?: string;
                color?: components["schemas"]["ChatColorV2"];
                avatar?: components["schemas"]["Base64Image"];
            };
        };
        /** @description The success envelope of imbot.v2.Chat.update. */
        ImbotV2ChatUpdateSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.leave. */
        ImbotV2ChatLeaveParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
        };
        /** @description The success envelope of imbot.v2.Chat.leave. */
        ImbotV2ChatLeaveSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.setOwner. */
        ImbotV2ChatSetOwnerParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            /**
             * @description The new owner.
             * @example 1
             */
            userId: number;
        };
        /** @description The success envelope of imbot.v2.Chat.setOwner. */
        ImbotV2ChatSetOwnerSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.User.add. */
        ImbotV2ChatUserAddParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            userIds: components["schemas"]["UserIds"];
        };
        /** @description The success envelope of imbot.v2.Chat.User.add. */
        ImbotV2ChatUserAddSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.User.delete. */
        ImbotV2ChatUserDeleteParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            /**
             * @description The user to remove.
             * @example 3
             */
            userId: number;
        };
        /** @description The success envelope of imbot.v2.Chat.User.delete. */
        ImbotV2ChatUserDeleteSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.User.list. */
        ImbotV2ChatUserListParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            /**
             * @description Sort order: a field (`id`, `lastSendMessageId`, `userId`) and ASC or DESC.
             * @example {
             *       "id": "ASC"
             *     }
             */
            order?: {
                id?: components["schemas"]["SortDirection"];
                lastSendMessageId?: components["schemas"]["SortDirection"];
                userId?: components["schemas"]["SortDirection"];
            };
            /**
             * @description How many members at most.
             * @default 50
             * @example 50
             */
            limit: number;
        };
        /** @description The success envelope of imbot.v2.Chat.User.list. */
        ImbotV2ChatUserListSuccess: {
            /** @description The members. */
            result: components["schemas"]["User"][];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.Manager.add. */
        ImbotV2ChatManagerAddParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            userIds: components["schemas"]["UserIds"];
        };
        /** @description The success envelope of imbot.v2.Chat.Manager.add. */
        ImbotV2ChatManagerAddSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Manager.add.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - BOT_ID_REQUIRED: `botId` is missing.
         *     - BOT_NOT_FOUND: no bot has this id.
         *     - EMPTY_USER_IDS: `userIds` is missing or empty.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatManagerAddBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "EMPTY_USER_IDS" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Manager.add. */
        ImbotV2ChatManagerAddBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatManagerAddBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Manager.delete. */
        ImbotV2ChatManagerDeleteParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            userIds: components["schemas"]["UserIds"];
        };
        /** @description The success envelope of imbot.v2.Chat.Manager.delete. */
        ImbotV2ChatManagerDeleteSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Manager.delete.
         *     - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
         *     - BOT_ID_REQUIRED: `botId` is missing.
         *     - BOT_NOT_FOUND: no bot has this id.
         *     - EMPTY_USER_IDS: `userIds` is missing or empty.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatManagerDeleteBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "EMPTY_USER_IDS" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Manager.delete. */
        ImbotV2ChatManagerDeleteBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatManagerDeleteBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.InputAction.notify. */
        ImbotV2ChatInputActionNotifyParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            statusMessageCode?: components["schemas"]["InputActionStatusCode"];
            /**
             * @description Seconds to show it; the portal picks when missing.
             * @example 30
             */
            duration?: number;
        };
        /** @description The success envelope of imbot.v2.Chat.InputAction.notify. */
        ImbotV2ChatInputActionNotifySuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.TextField.enabled. */
        ImbotV2ChatTextFieldEnabledParams: {
            botId: components["schemas"]["BotId"];
            botToken?: components["schemas"]["BotToken"];
            dialogId: components["schemas"]["DialogId"];
            /**
             * @description true to turn the field on, false to turn it off.
             * @default true
             * @example false
             */
            enabled: boolean;
        };
        /** @description The success envelope of imbot.v2.Chat.TextField.enabled. */
        ImbotV2ChatTextFieldEnabledSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description Message text (BB codes allowed), at most 20,000 characters: the limit of the chat-bots-v2 overview and the method pages. The send page says portals cut a longer text and append " (...)"; this contract rejects it (INVALID_FORMAT) so nothing is lost silently.
         * @example Hello from bot!
         */
        ImbotV2MessageText: string;
        /**
         * @description One keyboard button (V2/messages/message-keyboards.md). Keys are upper case as on the page. A button needs TEXT and one action (LINK, COMMAND, ACTION with ACTION_VALUE, or APP_ID); a button with only TYPE NEWLINE starts a new row. The schema does not enforce those combinations: portals decide.
         * @example {
         *       "TEXT": "Open",
         *       "LINK": "https://example.com",
         *       "BG_COLOR_TOKEN": "primary"
         *     }
         */
        ImbotV2KeyboardButton: {
            /** @description Caption. */
            TEXT?: string;
            /**
             * @description NEWLINE puts the next buttons on a new row.
             * @enum {string}
             */
            TYPE?: "NEWLINE";
            /** @description http(s) URL or a relative path starting with /. */
            LINK?: string;
            /** @description Bot command run on press (ONIMBOTV2COMMANDADD, context keyboard). */
            COMMAND?: string;
            /** @description Parameters for COMMAND. */
            COMMAND_PARAMS?: string;
            /**
             * @description Client-side action.
             * @enum {string}
             */
            ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
            /** @description Text, phone number or dialog id for ACTION. */
            ACTION_VALUE?: string;
            /** @description Chat application to open (deprecated by the page). */
            APP_ID?: number;
            /** @description Launch parameters for APP_ID (deprecated by the page). */
            APP_PARAMS?: string;
            /**
             * @description Y: disable a COMMAND button after one press. Default N.
             * @enum {string}
             */
            BLOCK?: "Y" | "N";
            /**
             * @description Y: the button is inactive. Default N.
             * @enum {string}
             */
            DISABLED?: "Y" | "N";
            /**
             * @description Where to show it. Default ALL.
             * @enum {string}
             */
            CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
            /**
             * @description Inline or full-width. Default BLOCK.
             * @enum {string}
             */
            DISPLAY?: "LINE" | "BLOCK";
            /** @description Width in pixels. */
            WIDTH?: number;
            /** @description Background colour, hex. */
            BG_COLOR?: string;
            /**
             * @description Background colour token. Default base.
             * @enum {string}
             */
            BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** @description Text colour, hex. */
            TEXT_COLOR?: string;
            /** @description Background colour when inactive. */
            OFF_BG_COLOR?: string;
            /** @description Text colour when inactive. */
            OFF_TEXT_COLOR?: string;
        };
        /** @description Buttons under a message: the short form (an array of buttons) or the full form (an object with BUTTONS and, for updates, the BOT_ID that routes the button commands). The method pages type it as an array; the keyboards page documents both forms. */
        ImbotV2Keyboard: components["schemas"]["ImbotV2KeyboardButton"][] | {
            /** @description Bot that receives the button commands. */
            BOT_ID?: number;
            BUTTONS: components["schemas"]["ImbotV2KeyboardButton"][];
        };
        /** @description Rich attachment (V2/messages/attachments/index.md): the full form, an object with ID, COLOR_TOKEN, COLOR and BLOCKS, or the short form, an array of blocks. Each block is an object with one key naming its type (MESSAGE, LINK, USER, GRID, IMAGE, FILE, DELIMITER). The method pages type it as an array; the attachments page documents both forms. Blocks are not checked further here. */
        ImbotV2Attach: Record<string, unknown>[] | {
            /** @description Attachment id. */
            ID?: number;
            /** @description Colour token, e.g. primary, secondary, alert, base. */
            COLOR_TOKEN?: string;
            /** @description Colour, hex. */
            COLOR?: string;
            BLOCKS?: Record<string, unknown>[];
        };
        /**
         * @description The 48 reaction codes listed on V2/messages/chat-message-reaction-add.md. The page warns the list may change without notice.
         * @example like
         * @enum {string}
         */
        ImbotV2KnownReactionCode: "like" | "dislike" | "faceWithTearsOfJoy" | "redHeart" | "neutralFace" | "fire" | "cry" | "slightlySmilingFace" | "winkingFace" | "laugh" | "kiss" | "wonder" | "slightlyFrowningFace" | "loudlyCryingFace" | "faceWithStuckOutTongue" | "faceWithStuckOutTongueAndWinkingEye" | "smilingFaceWithSunglasses" | "confusedFace" | "flushedFace" | "thinkingFace" | "angry" | "smilingFaceWithHorns" | "faceWithThermometer" | "facepalm" | "poo" | "flexedBiceps" | "clappingHands" | "raisedHand" | "smilingFaceWithHeartEyes" | "smilingFaceWithHearts" | "pleadingFace" | "relievedFace" | "foldedHands" | "okHand" | "signHorns" | "loveYouGesture" | "clownFace" | "partyingFace" | "questionMark" | "exclamationMark" | "lightBulb" | "bomb" | "sleepingSymbol" | "crossMark" | "whiteHeavyCheckMark" | "eyes" | "handshake" | "hundredPoints";
        /** @description A reaction code: one of the known codes, or another non-empty string. Not a closed enum on purpose: the list may change, and portals answer an unknown code with REACTION_NOT_FOUND (a stand-in portal should do the same for codes outside ImbotV2KnownReactionCode), not INVALID_FORMAT. */
        ImbotV2ReactionCode: components["schemas"]["ImbotV2KnownReactionCode"] | string;
        /**
         * @description Command name without the leading slash, e.g. help. Responses and events show it with the slash (/help).
         * @example help
         */
        ImbotV2CommandName: string;
        /**
         * @description Text per language: keys are two-letter lower-case language codes (en, de, ...).
         * @example {
         *       "en": "Help",
         *       "de": "Hilfe"
         *     }
         */
        ImbotV2LocalizedText: {
            [key: string]: string;
        };
        /**
         * @description Changes to a per-language text: a string sets that language, null removes it, a language left out keeps its text.
         * @example {
         *       "de": "Neu",
         *       "en": null
         *     }
         */
        ImbotV2LocalizedTextPatch: {
            [key: string]: string | null;
        };
        /** @description The bot as webhook deliveries carry it: only id, code and the OAuth tokens for calls back (V2/events/events.md, bot format). Event.get (fetch mode) carries the full Bot instead. */
        ImbotV2EventWebhookBot: {
            id: components["schemas"]["BotId"];
            /** @description The bot code. */
            code: string;
            /** @description OAuth data for calling back as this bot (access_token, expires, domain, application_token, ...). Verify deliveries with the top-level auth, not this one. */
            auth?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The bot an event is for: the full Bot in fetch mode (Event.get), id/code/auth in webhook mode. */
        ImbotV2EventBot: components["schemas"]["Bot"] | components["schemas"]["ImbotV2EventWebhookBot"];
        /**
         * @description The portal language, e.g. en or de.
         * @example en
         */
        ImbotV2EventLanguage: string;
        /** @description The command a user invoked (ONIMBOTV2COMMANDADD). */
        ImbotV2EventCommand: {
            id: components["schemas"]["CommandId"];
            /** @description The command with its slash, e.g. /help. */
            command: string;
            /** @description Text after the command. */
            params?: string;
            /**
             * @description How it was invoked: typed, a keyboard button, or the context menu.
             * @enum {string}
             */
            context?: "textarea" | "keyboard" | "menu";
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `data` of ONIMBOTV2MESSAGEADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "message": {
         *         "id": 789,
         *         "chatId": 5,
         *         "authorId": 1,
         *         "date": "2025-01-15T10:30:00+02:00",
         *         "text": "Hello bot!",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": false
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Support Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventMessageAddData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2MESSAGEADD: A message was sent to the bot (a mention or a one-to-one dialog; supervisor and personal bots get every message of their chats). */
        ImbotV2EventMessageAdd: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2MESSAGEADD";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventMessageAddData"];
        };
        /**
         * @description `data` of ONIMBOTV2MESSAGEUPDATE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "message": {
         *         "id": 789,
         *         "chatId": 5,
         *         "authorId": 1,
         *         "date": "2025-01-15T10:30:00+02:00",
         *         "text": "Hello bot! (edited)",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": false
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Support Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventMessageUpdateData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2MESSAGEUPDATE: A message in a chat of the bot was edited. The page gives no example and says the data is shaped like ONIMBOTV2MESSAGEADD; this schema follows that. */
        ImbotV2EventMessageUpdate: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2MESSAGEUPDATE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventMessageUpdateData"];
        };
        /**
         * @description `data` of ONIMBOTV2MESSAGEDELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "messageId": 789,
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Support Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventMessageDeleteData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            messageId: components["schemas"]["MessageId"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2MESSAGEDELETE: A message in a chat of the bot was deleted; only its id is left. The page gives the field table but no example. */
        ImbotV2EventMessageDelete: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2MESSAGEDELETE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventMessageDeleteData"];
        };
        /**
         * @description `data` of ONIMBOTV2JOINCHAT (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "dialogId": "chat5",
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Project Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventJoinChatData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            dialogId: components["schemas"]["DialogId"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2JOINCHAT: The bot was added to a chat; `user` is who added it. */
        ImbotV2EventJoinChat: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2JOINCHAT";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventJoinChatData"];
        };
        /**
         * @description `data` of ONIMBOTV2COMMANDADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "command": {
         *         "id": 78,
         *         "command": "/help",
         *         "params": "topic",
         *         "context": "textarea"
         *       },
         *       "message": {
         *         "id": 790,
         *         "chatId": 5,
         *         "authorId": 1,
         *         "date": "2025-01-15T10:30:00+02:00",
         *         "text": "/help topic",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": false
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Support Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventCommandAddData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            command: components["schemas"]["ImbotV2EventCommand"];
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2COMMANDADD: A user invoked a command of the bot. A message with several commands gives one event per command. Answer with Command.answer. */
        ImbotV2EventCommandAdd: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2COMMANDADD";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventCommandAddData"];
        };
        /**
         * @description `data` of ONIMBOTV2REACTIONCHANGE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "reaction": "like",
         *       "action": "add",
         *       "message": {
         *         "id": 791,
         *         "chatId": 5,
         *         "authorId": 456,
         *         "date": "2025-01-15T10:30:00+02:00",
         *         "text": "Hello! How can I help?",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": true
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "type": "chat",
         *         "name": "Support Chat",
         *         "entityType": "",
         *         "owner": 1,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventReactionChangeData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            reaction: components["schemas"]["ImbotV2ReactionCode"];
            /**
             * @description add: the reaction was set; delete: removed.
             * @enum {string}
             */
            action: "add" | "delete";
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2REACTIONCHANGE: A user added or removed a reaction on a message of the bot. */
        ImbotV2EventReactionChange: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2REACTIONCHANGE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventReactionChangeData"];
        };
        /**
         * @description `data` of ONIMBOTV2CONTEXTGET (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       },
         *       "dialogId": "1",
         *       "context": {
         *         "entityId": 164,
         *         "entityType": "task",
         *         "source": "link"
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "1",
         *         "type": "private",
         *         "name": "",
         *         "entityType": "",
         *         "owner": 456,
         *         "avatar": "",
         *         "color": "#ab7761"
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImbotV2EventContextGetData: {
            bot: components["schemas"]["ImbotV2EventBot"];
            dialogId: components["schemas"]["DialogId"];
            /** @description Whatever the caller passed when opening the dialog. */
            context: {
                [key: string]: unknown;
            };
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImbotV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2CONTEXTGET: A user opened a dialog with the bot passing context data (a link with BOT_CONTEXT, a deep link or the JS API). */
        ImbotV2EventContextGet: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2CONTEXTGET";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventContextGetData"];
        };
        /**
         * @description `data` of ONIMBOTV2DELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "bot": {
         *         "id": 456,
         *         "code": "support_bot",
         *         "type": "bot",
         *         "isHidden": false,
         *         "isSupportOpenline": false,
         *         "isReactionsEnabled": true,
         *         "backgroundId": null,
         *         "language": "en",
         *         "moduleId": "rest",
         *         "eventMode": "fetch",
         *         "countMessage": 150,
         *         "countCommand": 3,
         *         "countChat": 12,
         *         "countUser": 45
         *       }
         *     }
         */
        ImbotV2EventDeleteData: {
            bot: components["schemas"]["ImbotV2EventBot"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMBOTV2DELETE: The bot was deleted; the last event it receives. */
        ImbotV2EventDelete: {
            /** @description Queue id of the event; Event.get confirms ids below `offset`. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMBOTV2DELETE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImbotV2EventDeleteData"];
        };
        /** @description One bot event from Event.get, told apart by `type`. Only the eight ONIMBOTV2* bot events are described; user events (ONIMV2*, returned with withUserEvents) are not part of this contract. */
        ImbotV2Event: components["schemas"]["ImbotV2EventMessageAdd"] | components["schemas"]["ImbotV2EventMessageUpdate"] | components["schemas"]["ImbotV2EventMessageDelete"] | components["schemas"]["ImbotV2EventJoinChat"] | components["schemas"]["ImbotV2EventCommandAdd"] | components["schemas"]["ImbotV2EventReactionChange"] | components["schemas"]["ImbotV2EventContextGet"] | components["schemas"]["ImbotV2EventDelete"];
        /** @description The top-level `auth` of a webhook delivery (api-reference/events/index.md): the portal and the application token. Verify a delivery by comparing application_token with the one saved at install, in constant time (api-reference/events/safe-event-handlers.md); not data.bot.auth. An application also gets OAuth tokens here when the event came from a user; an outgoing webhook only the keys below. */
        ImbotV2EventAuth: {
            /** @description Proves the delivery comes from the portal. */
            application_token: string;
            /** @description The portal's host name. */
            domain?: string;
            /** @description The portal's REST base URL. */
            client_endpoint?: string;
            /** @description The OAuth server's REST base URL. */
            server_endpoint?: string;
            /** @description Id of the portal. */
            member_id?: string;
            /** @description OAuth token of the user behind the event, when there is one. */
            access_token?: string;
            /** @description Seconds until access_token expires. */
            expires_in?: number;
            /** @description The scope of the subscription. */
            scope?: string;
            /** @description Application status (L local, F free, D demo, T trial, P paid). */
            status?: string;
            /** @description Only with some events (OnAppInstall). */
            refresh_token?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2MESSAGEADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEADD). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventMessageAddDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2MESSAGEADD";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventMessageAddData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2MESSAGEUPDATE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEUPDATE). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventMessageUpdateDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2MESSAGEUPDATE";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventMessageUpdateData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2MESSAGEDELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEDELETE). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventMessageDeleteDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2MESSAGEDELETE";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventMessageDeleteData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2JOINCHAT: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2JOINCHAT). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventJoinChatDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2JOINCHAT";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventJoinChatData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2COMMANDADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2COMMANDADD). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventCommandAddDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2COMMANDADD";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventCommandAddData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2REACTIONCHANGE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2REACTIONCHANGE). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventReactionChangeDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2REACTIONCHANGE";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventReactionChangeData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2CONTEXTGET: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2CONTEXTGET). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventContextGetDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2CONTEXTGET";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventContextGetData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook delivery of ONIMBOTV2DELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2DELETE). `data` is the same schema Event.get returns for this event. */
        ImbotV2EventDeleteDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONIMBOTV2DELETE";
            /** @description Id of the subscription that delivered it. */
            event_handler_id?: number;
            data: components["schemas"]["ImbotV2EventDeleteData"];
            /** @description When the queue sent it, in Unix seconds. */
            ts: number;
            auth: components["schemas"]["ImbotV2EventAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description Parameters of imbot.v2.Chat.Message.send. */
        ImbotV2ChatMessageSendParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The dialog: chat{id} for a group chat, the user id for a one-to-one dialog. */
            dialogId: components["schemas"]["DialogId"];
            /** @description The message. It needs text or an attachment (else EMPTY_MESSAGE). */
            fields?: {
                /** @description Text, at most 20,000 characters. */
                message?: components["schemas"]["ImbotV2MessageText"];
                attach?: components["schemas"]["ImbotV2Attach"];
                keyboard?: components["schemas"]["ImbotV2Keyboard"];
                /**
                 * @description Send as a system message (authorId 0; the bot cannot edit it later). JSON booleans; portals also read "Y"/"N".
                 * @default false
                 */
                system: boolean;
                /**
                 * @description Show link previews. JSON booleans; portals also read "Y"/"N".
                 * @default true
                 */
                urlPreview: boolean;
                /** @description Id of the message this one replies to. */
                replyId?: number;
                /**
                 * Format: uuid
                 * @description UUID of a message template.
                 */
                templateId?: string;
                /** @description Messages to forward, as {uuid: messageId}: the keys are any UUIDs the caller picks, answered back in uuidMap with the new ids. Up to 100, only from chats the bot is in. */
                forwardIds?: {
                    [key: string]: number;
                };
                /** @description Not in the page's table; named by the change log (BOT-FIX-0402-2): do not pass the message to an Open Channel connector. JSON booleans; portals also read "Y"/"N". */
                skipConnector?: boolean;
                /** @description Not in the page's table; named by the change log (BOT-FIX-0402-2): pass the message to the connector without notifying. JSON booleans; portals also read "Y"/"N". */
                silentConnector?: boolean;
            };
        };
        /**
         * @description What imbot.v2.Chat.Message.send returns.
         * @example {
         *       "id": 789,
         *       "uuidMap": {}
         *     }
         */
        ImbotV2ChatMessageSendResult: {
            /** @description Id of the new message. */
            id: components["schemas"]["MessageId"];
            /** @description For forwarded messages: the caller's UUID -> the new message id. */
            uuidMap: {
                [key: string]: number;
            };
        };
        /** @description Success envelope of imbot.v2.Chat.Message.send. */
        ImbotV2ChatMessageSendSuccess: {
            result: components["schemas"]["ImbotV2ChatMessageSendResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Message.send.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - EMPTY_MESSAGE: neither text nor attachments.
         *     - SENDING_FAILED: the portal could not send it.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatMessageSendBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "EMPTY_MESSAGE" | "SENDING_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Message.send. */
        ImbotV2ChatMessageSendBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageSendBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.update. */
        ImbotV2ChatMessageUpdateParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message to edit. */
            messageId: components["schemas"]["MessageId"];
            /** @description What to change; fields left out stay. */
            fields: {
                /** @description New text, at most 20,000 characters. */
                message?: components["schemas"]["ImbotV2MessageText"];
                attach?: components["schemas"]["ImbotV2Attach"];
                /** @description New keyboard, or the string "N" to remove it. */
                keyboard?: components["schemas"]["ImbotV2Keyboard"] | "N";
                /**
                 * @description Show link previews. This page types it as the string Y/N (default Y) where send takes a boolean; both forms are accepted.
                 * @enum {unknown}
                 */
                urlPreview?: true | false | "Y" | "N";
            };
        };
        /** @description Success envelope of imbot.v2.Chat.Message.update. */
        ImbotV2ChatMessageUpdateSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.delete. */
        ImbotV2ChatMessageDeleteParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message to delete. */
            messageId: components["schemas"]["MessageId"];
            /**
             * @description true: remove the record for good; false (default): mark it deleted. JSON booleans; portals also read "Y"/"N".
             * @default false
             */
            complete: boolean;
        };
        /** @description Success envelope of imbot.v2.Chat.Message.delete. */
        ImbotV2ChatMessageDeleteSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.read. */
        ImbotV2ChatMessageReadParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The dialog: chat{id} for a group chat, the user id for a one-to-one dialog. */
            dialogId: components["schemas"]["DialogId"];
            /** @description Read up to and including this message; left out: the whole dialog. */
            messageId?: components["schemas"]["MessageId"];
        };
        /**
         * @description What imbot.v2.Chat.Message.read returns.
         * @example {
         *       "chatId": 5,
         *       "lastId": 789,
         *       "counter": 0,
         *       "viewedMessages": [
         *         785,
         *         786,
         *         789
         *       ]
         *     }
         */
        ImbotV2ChatMessageReadResult: {
            /** @description The chat id. */
            chatId: number;
            /** @description Id of the last message now read. */
            lastId: number;
            /** @description Messages still unread. */
            counter?: number;
            /** @description Ids of the messages this call marked read. */
            viewedMessages?: number[];
        };
        /** @description Success envelope of imbot.v2.Chat.Message.read. */
        ImbotV2ChatMessageReadSuccess: {
            result: components["schemas"]["ImbotV2ChatMessageReadResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Message.read.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - MESSAGE_NOT_FOUND: messageId is unknown or out of reach.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatMessageReadBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "MESSAGE_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Message.read. */
        ImbotV2ChatMessageReadBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageReadBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.get. */
        ImbotV2ChatMessageGetParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message to read. */
            messageId: components["schemas"]["MessageId"];
        };
        /**
         * @description What imbot.v2.Chat.Message.get returns.
         * @example {
         *       "message": {
         *         "id": 789,
         *         "chatId": 5,
         *         "authorId": 1,
         *         "date": "2026-03-19T14:30:00+02:00",
         *         "text": "Hello! How are you?",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": true
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "bot": false,
         *         "type": "employee"
         *       }
         *     }
         */
        ImbotV2ChatMessageGetResult: {
            message: components["schemas"]["Message"];
            /** @description The author. */
            user: components["schemas"]["User"];
        };
        /** @description Success envelope of imbot.v2.Chat.Message.get. */
        ImbotV2ChatMessageGetSuccess: {
            result: components["schemas"]["ImbotV2ChatMessageGetResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 403 codes of imbot.v2.Chat.Message.get.
         *     - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED: REST is not available on the portal's plan.
         *     - BOT_TYPE_NOT_ALLOWED: the bot is neither supervisor nor personal.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the imbot scope.
         * @enum {string}
         */
        ImbotV2ChatMessageGetForbiddenCode: "BOT_OWNERSHIP_ERROR" | "ACCESS_DENIED" | "BOT_TYPE_NOT_ALLOWED" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /** @description An HTTP 403 error of imbot.v2.Chat.Message.get. */
        ImbotV2ChatMessageGetForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageGetForbiddenCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.getContext. */
        ImbotV2ChatMessageGetContextParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message in the middle. */
            messageId: components["schemas"]["MessageId"];
            /**
             * @description Messages on each side, 1 to 50.
             * @default 50
             */
            range: number;
        };
        /**
         * @description What imbot.v2.Chat.Message.getContext returns.
         * @example {
         *       "messages": [
         *         {
         *           "id": 785,
         *           "chatId": 5,
         *           "authorId": 1,
         *           "date": "2026-03-19T14:25:00+02:00",
         *           "text": "Good afternoon!",
         *           "isSystem": false,
         *           "uuid": "",
         *           "forward": null,
         *           "params": {},
         *           "viewedByOthers": true
         *         },
         *         {
         *           "id": 789,
         *           "chatId": 5,
         *           "authorId": 2,
         *           "date": "2026-03-19T14:30:00+02:00",
         *           "text": "Hi! How are you?",
         *           "isSystem": false,
         *           "uuid": "",
         *           "forward": null,
         *           "params": {},
         *           "viewedByOthers": true
         *         }
         *       ],
         *       "users": [
         *         {
         *           "id": 1,
         *           "active": true,
         *           "name": "John Smith",
         *           "bot": false,
         *           "type": "employee"
         *         },
         *         {
         *           "id": 2,
         *           "active": true,
         *           "name": "Anna Davis",
         *           "bot": false,
         *           "type": "employee"
         *         }
         *       ],
         *       "hasPrevPage": false,
         *       "hasNextPage": true
         *     }
         */
        ImbotV2ChatMessageGetContextResult: {
            /** @description Oldest first. */
            messages: components["schemas"]["Message"][];
            /** @description Authors of the messages. */
            users: components["schemas"]["User"][];
            /** @description Older messages exist. */
            hasPrevPage: boolean;
            /** @description Newer messages exist. */
            hasNextPage: boolean;
        };
        /** @description Success envelope of imbot.v2.Chat.Message.getContext. */
        ImbotV2ChatMessageGetContextSuccess: {
            result: components["schemas"]["ImbotV2ChatMessageGetContextResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Message.getContext.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - MESSAGE_NOT_FOUND: no such message.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatMessageGetContextBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "MESSAGE_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Message.getContext. */
        ImbotV2ChatMessageGetContextBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageGetContextBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of imbot.v2.Chat.Message.getContext.
         *     - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED: REST is not available on the portal's plan.
         *     - BOT_TYPE_NOT_ALLOWED: the bot is neither supervisor nor personal.
         *     - MESSAGE_ACCESS_DENIED: the bot is not in the chat or cannot see its history.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the imbot scope.
         * @enum {string}
         */
        ImbotV2ChatMessageGetContextForbiddenCode: "BOT_OWNERSHIP_ERROR" | "ACCESS_DENIED" | "BOT_TYPE_NOT_ALLOWED" | "MESSAGE_ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /** @description An HTTP 403 error of imbot.v2.Chat.Message.getContext. */
        ImbotV2ChatMessageGetContextForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageGetContextForbiddenCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.Reaction.add. */
        ImbotV2ChatMessageReactionAddParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message. */
            messageId: components["schemas"]["MessageId"];
            /** @description The reaction code, e.g. like. */
            reaction: components["schemas"]["ImbotV2ReactionCode"];
        };
        /** @description Success envelope of imbot.v2.Chat.Message.Reaction.add. */
        ImbotV2ChatMessageReactionAddSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Message.Reaction.add.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - REACTION_NOT_FOUND: the code is not a known reaction.
         *     - REACTION_ALREADY_SET: the bot already has this reaction on the message.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatMessageReactionAddBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "REACTION_NOT_FOUND" | "REACTION_ALREADY_SET" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Message.Reaction.add. */
        ImbotV2ChatMessageReactionAddBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageReactionAddBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Chat.Message.Reaction.delete. */
        ImbotV2ChatMessageReactionDeleteParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The message. */
            messageId: components["schemas"]["MessageId"];
            /** @description The reaction code, e.g. like. */
            reaction: components["schemas"]["ImbotV2ReactionCode"];
        };
        /** @description Success envelope of imbot.v2.Chat.Message.Reaction.delete. */
        ImbotV2ChatMessageReactionDeleteSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Chat.Message.Reaction.delete.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - REACTION_NOT_FOUND: the code is not a known reaction.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2ChatMessageReactionDeleteBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "REACTION_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Chat.Message.Reaction.delete. */
        ImbotV2ChatMessageReactionDeleteBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2ChatMessageReactionDeleteBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Command.register. */
        ImbotV2CommandRegisterParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The command. */
            fields: {
                /** @description The command, without the slash. Missing or empty: COMMAND_REQUIRED; not a string: COMMAND_NAME_INVALID (V2/commands/command-register.md). */
                command: components["schemas"]["ImbotV2CommandName"];
                /** @description Title per language; needed unless hidden (else COMMAND_TITLE_REQUIRED). */
                title?: components["schemas"]["ImbotV2LocalizedText"];
                /** @description Parameter hint per language. */
                params?: components["schemas"]["ImbotV2LocalizedText"];
                /**
                 * @description true: usable in every chat; false: only in the bot's dialog and chats it is in. JSON booleans; portals also read "Y"/"N".
                 * @default false
                 */
                common: boolean;
                /**
                 * @description Hide from the command list. JSON booleans; portals also read "Y"/"N".
                 * @default false
                 */
                hidden: boolean;
                /**
                 * @description Available to extranet users. JSON booleans; portals also read "Y"/"N".
                 * @default false
                 */
                extranetSupport: boolean;
            };
        };
        /**
         * @description What imbot.v2.Command.register returns.
         * @example {
         *       "command": {
         *         "id": 42,
         *         "botId": 456,
         *         "command": "/help",
         *         "common": false,
         *         "hidden": false,
         *         "extranetSupport": false
         *       }
         *     }
         */
        ImbotV2CommandRegisterResult: {
            command: components["schemas"]["Command"];
        };
        /** @description Success envelope of imbot.v2.Command.register. */
        ImbotV2CommandRegisterSuccess: {
            result: components["schemas"]["ImbotV2CommandRegisterResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Command.register.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - COMMAND_REQUIRED: fields.command is missing.
         *     - COMMAND_NAME_INVALID: the command is not a string.
         *     - COMMAND_TITLE_REQUIRED: no title for a visible command.
         *     - COMMAND_REGISTER_FAILED: the portal could not register it.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2CommandRegisterBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "COMMAND_REQUIRED" | "COMMAND_NAME_INVALID" | "COMMAND_TITLE_REQUIRED" | "COMMAND_REGISTER_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Command.register. */
        ImbotV2CommandRegisterBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2CommandRegisterBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Command.update. */
        ImbotV2CommandUpdateParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The command to change. */
            commandId: components["schemas"]["CommandId"];
            /** @description What to change; fields left out stay. */
            fields: {
                /** @description New name, without the slash. Empty: COMMAND_NAME_EMPTY; not a string: COMMAND_NAME_INVALID (V2/commands/command-update.md). */
                command?: components["schemas"]["ImbotV2CommandName"];
                /** @description Title changes per language. */
                title?: components["schemas"]["ImbotV2LocalizedTextPatch"];
                /** @description Hint changes per language; only languages also given in title apply. */
                params?: components["schemas"]["ImbotV2LocalizedTextPatch"];
                /** @description Usable in every chat. JSON booleans; portals also read "Y"/"N". */
                common?: boolean;
                /** @description Hide from the command list. JSON booleans; portals also read "Y"/"N". */
                hidden?: boolean;
                /** @description Available to extranet users. JSON booleans; portals also read "Y"/"N". */
                extranetSupport?: boolean;
            };
        };
        /**
         * @description What imbot.v2.Command.update returns.
         * @example {
         *       "command": {
         *         "id": 42,
         *         "botId": 456,
         *         "command": "/help",
         *         "common": false,
         *         "hidden": false,
         *         "extranetSupport": false
         *       }
         *     }
         */
        ImbotV2CommandUpdateResult: {
            command: components["schemas"]["Command"];
        };
        /** @description Success envelope of imbot.v2.Command.update. */
        ImbotV2CommandUpdateSuccess: {
            result: components["schemas"]["ImbotV2CommandUpdateResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Command.update.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - COMMAND_NOT_FOUND: no such command for this bot.
         *     - COMMAND_NAME_EMPTY: an empty name was given.
         *     - COMMAND_NAME_INVALID: the name is not a string.
         *     - COMMAND_ALREADY_EXISTS: the bot already has a command with that name.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2CommandUpdateBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "COMMAND_NOT_FOUND" | "COMMAND_NAME_EMPTY" | "COMMAND_NAME_INVALID" | "COMMAND_ALREADY_EXISTS" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Command.update. */
        ImbotV2CommandUpdateBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2CommandUpdateBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Command.list. */
        ImbotV2CommandListParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
        };
        /**
         * @description What imbot.v2.Command.list returns.
         * @example {
         *       "commands": [
         *         {
         *           "id": 42,
         *           "botId": 456,
         *           "command": "/help",
         *           "title": "Show Help",
         *           "params": "request text",
         *           "common": false,
         *           "hidden": false,
         *           "extranetSupport": false,
         *           "category": "My Bot",
         *           "context": ""
         *         }
         *       ]
         *     }
         */
        ImbotV2CommandListResult: {
            commands: components["schemas"]["Command"][];
        };
        /** @description Success envelope of imbot.v2.Command.list. */
        ImbotV2CommandListSuccess: {
            result: components["schemas"]["ImbotV2CommandListResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of imbot.v2.Command.unregister. */
        ImbotV2CommandUnregisterParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The command to delete. */
            commandId: components["schemas"]["CommandId"];
        };
        /** @description Success envelope of imbot.v2.Command.unregister. */
        ImbotV2CommandUnregisterSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Command.unregister.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - COMMAND_NOT_FOUND: no such command for this bot.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2CommandUnregisterBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "COMMAND_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Command.unregister. */
        ImbotV2CommandUnregisterBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2CommandUnregisterBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.Command.answer. */
        ImbotV2CommandAnswerParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The command called (data.command.id). */
            commandId: components["schemas"]["CommandId"];
            /** @description The message holding the command (data.message.id). */
            messageId: components["schemas"]["MessageId"];
            /** @description The dialog the command came from (data.chat.dialogId). */
            dialogId: components["schemas"]["DialogId"];
            /** @description The answer. */
            fields?: {
                /** @description Text, at most 20,000 characters. */
                message?: components["schemas"]["ImbotV2MessageText"];
                attach?: components["schemas"]["ImbotV2Attach"];
                keyboard?: components["schemas"]["ImbotV2Keyboard"];
                /**
                 * @description Send as a system message. JSON booleans; portals also read "Y"/"N".
                 * @default false
                 */
                system: boolean;
                /**
                 * @description Show link previews. JSON booleans; portals also read "Y"/"N".
                 * @default true
                 */
                urlPreview: boolean;
            };
        };
        /** @description Success envelope of imbot.v2.Command.answer. */
        ImbotV2CommandAnswerSuccess: {
            result: components["schemas"]["BooleanResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Command.answer.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - COMMAND_ANSWER_FAILED: the answer could not be sent.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2CommandAnswerBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "COMMAND_ANSWER_FAILED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Command.answer. */
        ImbotV2CommandAnswerBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2CommandAnswerBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.File.upload. */
        ImbotV2FileUploadParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The dialog: chat{id} for a group chat, the user id for a one-to-one dialog. */
            dialogId: components["schemas"]["DialogId"];
            /** @description The file. */
            fields: {
                /** @description File name with extension. Missing or empty: FILE_EMPTY. */
                name: string;
                /** @description The file's bytes in base64, without a data: prefix. Missing or empty: FILE_EMPTY. Files are limited to 100 MB (read as 100 x 1024 x 1024 = 104,857,600 bytes), which is 139,810,136 base64 characters (ceil(bytes / 3) * 4); a longer text is FILE_TOO_LARGE. The alphabet is not checked here: portals answer FILE_INVALID_CONTENT for text that is not base64. */
                content: string;
                /** @description Text posted with the file. */
                message?: components["schemas"]["ImbotV2MessageText"];
            };
        };
        /**
         * @description What imbot.v2.File.upload returns.
         * @example {
         *       "file": {
         *         "id": 138,
         *         "chatId": 5,
         *         "name": "report.pdf",
         *         "extension": "pdf",
         *         "size": 35341
         *       },
         *       "messageId": 123,
         *       "chatId": 5,
         *       "dialogId": "chat5"
         *     }
         */
        ImbotV2FileUploadResult: {
            file: components["schemas"]["File"];
            /** @description The message carrying the file. */
            messageId: components["schemas"]["MessageId"];
            /** @description The chat id. */
            chatId?: number;
            dialogId?: components["schemas"]["DialogId"];
        };
        /** @description Success envelope of imbot.v2.File.upload. */
        ImbotV2FileUploadSuccess: {
            result: components["schemas"]["ImbotV2FileUploadResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.File.upload.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - FILE_EMPTY: name or content missing.
         *     - FILE_INVALID_CONTENT: content is not base64.
         *     - FILE_FOLDER_ERROR: the chat has no usable Drive folder.
         *     - FILE_UPLOAD_FAILED: Drive refused the file.
         *     - FILE_SEND_FAILED: the file was stored but the message failed.
         *     - FILE_TOO_LARGE: over 100 MB.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2FileUploadBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "FILE_EMPTY" | "FILE_INVALID_CONTENT" | "FILE_FOLDER_ERROR" | "FILE_UPLOAD_FAILED" | "FILE_SEND_FAILED" | "FILE_TOO_LARGE" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.File.upload. */
        ImbotV2FileUploadBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2FileUploadBadRequestCode"];
        };
        /** @description Parameters of imbot.v2.File.download. */
        ImbotV2FileDownloadParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description The file on Drive (File.id, e.g. from File.upload). */
            fileId: components["schemas"]["FileId"];
        };
        /**
         * @description What imbot.v2.File.download returns.
         * @example {
         *       "downloadUrl": "https://example.bitrix24.com/rest/download.json?token=imbot%7CaW"
         *     }
         */
        ImbotV2FileDownloadResult: {
            /**
             * Format: uri
             * @description One-time download link.
             */
            downloadUrl: string;
        };
        /** @description Success envelope of imbot.v2.File.download. */
        ImbotV2FileDownloadSuccess: {
            result: components["schemas"]["ImbotV2FileDownloadResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.File.download.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - FILE_NOT_FOUND: no such file.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2FileDownloadBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "FILE_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.File.download. */
        ImbotV2FileDownloadBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2FileDownloadBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of imbot.v2.File.download.
         *     - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED: REST is not available on the portal's plan.
         *     - FILE_ACCESS_ERROR: the bot may not download it.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the imbot scope.
         * @enum {string}
         */
        ImbotV2FileDownloadForbiddenCode: "BOT_OWNERSHIP_ERROR" | "ACCESS_DENIED" | "FILE_ACCESS_ERROR" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /** @description An HTTP 403 error of imbot.v2.File.download. */
        ImbotV2FileDownloadForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2FileDownloadForbiddenCode"];
        };
        /** @description Parameters of imbot.v2.Event.get. */
        ImbotV2EventGetParams: {
            /** @description Id of the bot acting. Missing: BOT_ID_REQUIRED. */
            botId: components["schemas"]["BotId"];
            /** @description The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out. */
            botToken?: components["schemas"]["BotToken"];
            /** @description Confirms the events with lower ids; left out on the first call. */
            offset?: number;
            /**
             * @description Most events to return, 1 to 1000.
             * @default 100
             */
            limit: number;
            /**
             * @description Also return the current user's ONIMV2* events (needs the im scope and im.v2.Event.subscribe; without a subscription USER_NOT_SUBSCRIBED). They come with the bot's, by event id (see ImbotV2EventGetItem), and one offset confirms both; the current user is the call's (the webhook's user, the token's user). JSON booleans; portals also read "Y"/"N".
             * @default false
             */
            withUserEvents: boolean;
        };
        /**
         * @description What imbot.v2.Event.get returns.
         * @example {
         *       "events": [
         *         {
         *           "eventId": 1001,
         *           "type": "ONIMBOTV2MESSAGEADD",
         *           "date": "2025-01-15T10:30:00+02:00",
         *           "data": {
         *             "bot": {
         *               "id": 456,
         *               "code": "support_bot",
         *               "type": "bot",
         *               "isHidden": false,
         *               "isSupportOpenline": false,
         *               "isReactionsEnabled": true,
         *               "backgroundId": null,
         *               "language": "en",
         *               "moduleId": "rest",
         *               "eventMode": "fetch",
         *               "countMessage": 150,
         *               "countCommand": 3,
         *               "countChat": 12,
         *               "countUser": 45
         *             },
         *             "message": {
         *               "id": 789,
         *               "chatId": 5,
         *               "authorId": 1,
         *               "date": "2025-01-15T10:30:00+02:00",
         *               "text": "Hello bot!",
         *               "isSystem": false,
         *               "uuid": "",
         *               "forward": null,
         *               "params": {},
         *               "viewedByOthers": false
         *             },
         *             "chat": {
         *               "id": 5,
         *               "dialogId": "chat5",
         *               "type": "chat",
         *               "name": "Support Chat",
         *               "entityType": "",
         *               "owner": 1,
         *               "avatar": "",
         *               "color": "#ab7761"
         *             },
         *             "user": {
         *               "id": 1,
         *               "active": true,
         *               "name": "John Smith",
         *               "firstName": "John",
         *               "lastName": "Smith",
         *               "workPosition": "Developer",
         *               "color": "#df532d",
         *               "avatar": "",
         *               "gender": "M",
         *               "birthday": "",
         *               "extranet": false,
         *               "bot": false,
         *               "connector": false,
         *               "externalAuthId": "default",
         *               "status": "online",
         *               "idle": false,
         *               "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *               "absent": false,
         *               "departments": [
         *                 1
         *               ],
         *               "phones": false,
         *               "type": "employee"
         *             },
         *             "language": "en"
         *           }
         *         },
         *         {
         *           "eventId": 1002,
         *           "type": "ONIMBOTV2COMMANDADD",
         *           "date": "2025-01-15T10:30:00+02:00",
         *           "data": {
         *             "bot": {
         *               "id": 456,
         *               "code": "support_bot",
         *               "type": "bot",
         *               "isHidden": false,
         *               "isSupportOpenline": false,
         *               "isReactionsEnabled": true,
         *               "backgroundId": null,
         *               "language": "en",
         *               "moduleId": "rest",
         *               "eventMode": "fetch",
         *               "countMessage": 150,
         *               "countCommand": 3,
         *               "countChat": 12,
         *               "countUser": 45
         *             },
         *             "command": {
         *               "id": 78,
         *               "command": "/help",
         *               "params": "topic",
         *               "context": "textarea"
         *             },
         *             "message": {
         *               "id": 790,
         *               "chatId": 5,
         *               "authorId": 1,
         *               "date": "2025-01-15T10:30:00+02:00",
         *               "text": "/help topic",
         *               "isSystem": false,
         *               "uuid": "",
         *               "forward": null,
         *               "params": {},
         *               "viewedByOthers": false
         *             },
         *             "chat": {
         *               "id": 5,
         *               "dialogId": "chat5",
         *               "type": "chat",
         *               "name": "Support Chat",
         *               "entityType": "",
         *               "owner": 1,
         *               "avatar": "",
         *               "color": "#ab7761"
         *             },
         *             "user": {
         *               "id": 1,
         *               "active": true,
         *               "name": "John Smith",
         *               "firstName": "John",
         *               "lastName": "Smith",
         *               "workPosition": "Developer",
         *               "color": "#df532d",
         *               "avatar": "",
         *               "gender": "M",
         *               "birthday": "",
         *               "extranet": false,
         *               "bot": false,
         *               "connector": false,
         *               "externalAuthId": "default",
         *               "status": "online",
         *               "idle": false,
         *               "lastActivityDate": "2025-01-15T10:29:00+02:00",
         *               "absent": false,
         *               "departments": [
         *                 1
         *               ],
         *               "phones": false,
         *               "type": "employee"
         *             },
         *             "language": "en"
         *           }
         *         }
         *       ],
         *       "nextOffset": 1003,
         *       "hasMore": false
         *     }
         */
        ImbotV2EventGetResult: {
            /** @description Oldest first. */
            events: components["schemas"]["ImbotV2Event"][];
            /** @description Pass as offset next time; keep it even when no events came. */
            nextOffset: number;
            /** @description More events are waiting: call again soon. */
            hasMore: boolean;
        };
        /** @description Success envelope of imbot.v2.Event.get. */
        ImbotV2EventGetSuccess: {
            result: components["schemas"]["ImbotV2EventGetResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of imbot.v2.Event.get.
         *     - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
         *     - BOT_ID_REQUIRED: botId missing.
         *     - BOT_NOT_FOUND: no such bot.
         *     - USER_NOT_SUBSCRIBED: withUserEvents without im.v2.Event.subscribe.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImbotV2EventGetBadRequestCode: "BOT_TOKEN_NOT_SPECIFIED" | "BOT_ID_REQUIRED" | "BOT_NOT_FOUND" | "USER_NOT_SUBSCRIBED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of imbot.v2.Event.get. */
        ImbotV2EventGetBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2EventGetBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of imbot.v2.Event.get.
         *     - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
         *     - ACCESS_DENIED: REST is not available on the portal's plan.
         *     - SCOPE_ERROR: withUserEvents without the im scope.
         *     - AUTH_ERROR: withUserEvents and the current user is unknown.
         *     - INVALID_CREDENTIALS: the calling user lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the imbot scope.
         * @enum {string}
         */
        ImbotV2EventGetForbiddenCode: "BOT_OWNERSHIP_ERROR" | "ACCESS_DENIED" | "SCOPE_ERROR" | "AUTH_ERROR" | "INVALID_CREDENTIALS" | "insufficient_scope";
        /** @description An HTTP 403 error of imbot.v2.Event.get. */
        ImbotV2EventGetForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImbotV2EventGetForbiddenCode"];
        };
        /**
         * @description One command: a method name, alone or followed by `?` and its parameters as a URL-encoded query, nested as PHP writes them (`imbot.v2.Chat.Message.send?botId=456&dialogId=chat5&fields[message]=Hi`). A value may take an earlier command's answer as `$result[key][field]...`, at any depth (`$result[get_user][UF_DEPARTMENT][0]`; a list method's answer is a list, so `$result[users][0][ID]`). Commands run in order, so only earlier keys can be named. Inside a form body (`cmd[key]=...`) the command is therefore URL-encoded twice; in a JSON body it is a plain string.
         * @example imbot.v2.Chat.get?botId=456&dialogId=chat5
         */
        BatchCommand: string;
        /**
         * @description The commands, by key: an object with your own keys (`{"get_user": "user.current"}`) or a list (numeric keys 0, 1, ..., as PHP sends `cmd[0]=...&cmd[1]=...`). The key names the command in every map of the answer and in `$result[key]` references. At most 50 commands (`x-bitrix-max-commands` on the operation): the page says commands past the 50th end with ERROR_BATCH_LENGTH_EXCEEDED. A nested `batch` command ends with ERROR_BATCH_METHOD_NOT_ALLOWED (rest 24.0.0 and later).
         * @example {
         *       "bot": "imbot.v2.Bot.get?botId=456",
         *       "chat": "imbot.v2.Chat.get?botId=$result[bot][bot][id]&dialogId=chat5"
         *     }
         */
        BatchCommands: {
            [key: string]: components["schemas"]["BatchCommand"];
        } | components["schemas"]["BatchCommand"][];
        /** @description Parameters of batch (settings/how-to-call-rest-api/batch.md). The auth of the batch request (`auth`, or the webhook in the URL) runs every command: commands carry no auth of their own. */
        BatchParams: {
            /**
             * @description Stop at the first failing command: the failing command is the last one run, and later commands appear in no map of the answer. Default false: run them all and collect the failures in result_error. Forms send `1`/`0` (read as true/false). The page and the official JS SDK also send the numbers 1 and 0 in JSON bodies, which PHP portals read as booleans; this contract types halt as a boolean, so a JSON number is outside it.
             * @default false
             * @example false
             */
            halt: boolean;
            cmd: components["schemas"]["BatchCommands"];
        };
        /** @description A failed command, under its key in result_error: the error the method would have answered alone (the status is not kept), or ERROR_BATCH_LENGTH_EXCEEDED (past the 50th command), ERROR_BATCH_METHOD_NOT_ALLOWED (a nested batch), ERROR_METHOD_NOT_FOUND (an unknown method). */
        BatchCommandError: {
            /**
             * @description The error code, as the command's own method gives it.
             * @example BOT_NOT_FOUND
             */
            error: string;
            /**
             * @description What went wrong, in words (may be empty).
             * @example Bot not found
             */
            error_description: string;
        };
        /** @description The five maps of a batch answer, each keyed by command key (settings/how-to-call-rest-api/batch.md, Result object). PHP writes a map as a JSON list when its keys are 0, 1, ... in order, so an empty map is `[]` (never `{}`), and the maps of a list of commands may be lists too: read each map by key either way. */
        BatchResult: {
            /** @description What each successful command returned (its method's `result`), by command key. */
            result: {
                [key: string]: unknown;
            } | unknown[];
            /** @description The failed commands, by key. Empty (`[]`) when none failed. */
            result_error: {
                [key: string]: components["schemas"]["BatchCommandError"];
            } | components["schemas"]["BatchCommandError"][];
            /** @description For list methods, the number of records found, by command key. */
            result_total: {
                [key: string]: number;
            } | number[];
            /** @description For list methods with a further page, the `start` value of that page, by command key; only commands that have a next page are there. */
            result_next: {
                [key: string]: number;
            } | number[];
            /** @description The timing of each command that ran, by command key. */
            result_time: {
                [key: string]: components["schemas"]["ResponseTime"];
            } | components["schemas"]["ResponseTime"][];
        };
        /** @description The success envelope of batch. The batch answers 200 even when commands failed: their errors are in result.result_error. */
        BatchSuccess: {
            result: components["schemas"]["BatchResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of batch.
         *     - ERROR_BATCH_LENGTH_EXCEEDED: more than 50 commands. The page's error table gives it HTTP
         *       400; its text says the commands past the 50th end with it, in result_error of a 200 answer.
         *     - INVALID_FORMAT: a parameter breaks this contract (no `cmd`, or a command that is not a
         *       string).
         * @enum {string}
         */
        BatchBadRequestCode: "ERROR_BATCH_LENGTH_EXCEEDED" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of batch. */
        BatchBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["BatchBadRequestCode"];
        };
        /**
         * @description HTTP 405 codes of batch. ERROR_BATCH_METHOD_NOT_ALLOWED: a method that may not run inside a batch (a nested batch; the page also names file uploads and downloads without naming the methods). The page's error table gives it HTTP 405; its text says the command ends with it, in result_error of a 200 answer.
         * @enum {string}
         */
        BatchMethodNotAllowedCode: "ERROR_BATCH_METHOD_NOT_ALLOWED";
        /** @description An HTTP 405 error of batch. */
        BatchMethodNotAllowedError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["BatchMethodNotAllowedCode"];
        };
        /**
         * @description HTTP 403 codes the platform answers for any method (_includes/system-errors.md).
         *     - ACCESS_DENIED: REST is available only on commercial plans.
         *     - INVALID_CREDENTIALS: the user behind the token or webhook lacks the rights.
         *     - insufficient_scope: the token or webhook lacks the method's scope.
         *     - user_access_error: the application is installed, but the administrator limited it to
         *       other users.
         * @enum {string}
         */
        RestForbiddenCode: "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope" | "user_access_error";
        /** @description An HTTP 403 error the platform answers for any method. */
        RestForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["RestForbiddenCode"];
        };
        /**
         * @description Id of the message (im.message.add returns it). Missing or empty: MESSAGE_ID_ERROR.
         * @example 11
         */
        ImMessageIdParam: number;
        /** @description Parameters of im.message.update (api-reference/chats/messages/im-message-update.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. A parameter left out leaves that part of the message as it is. */
        ImMessageUpdateParams: {
            MESSAGE_ID: components["schemas"]["ImMessageIdParam"];
            /**
             * @description The new text (BB-codes allowed). An empty text deletes the message (the bots then get ONIMBOTV2MESSAGEDELETE, not an update).
             * @example Edited text
             */
            MESSAGE?: string;
            /** @description A new attachment (see the attachments page), or `N` or an empty value to remove it; kept as given. */
            ATTACH?: unknown;
            /** @description New buttons (see the keyboards page), or `N` or an empty value to remove them; kept as given. */
            KEYBOARD?: unknown;
            /** @description New context menu items, or `N` or an empty value to remove them; kept as given. */
            MENU?: unknown;
            /**
             * @description Turn links into rich links.
             * @example Y
             * @enum {string}
             */
            URL_PREVIEW?: "Y" | "N";
            /**
             * @description Mark the message as edited. The page says it applies when ATTACH changes; a changed MESSAGE may show the mark even with N.
             * @default Y
             * @example Y
             * @enum {string}
             */
            IS_EDITED: "Y" | "N";
        };
        /** @description Parameters of im.message.delete (api-reference/chats/messages/im-message-delete.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImMessageDeleteParams: {
            MESSAGE_ID: components["schemas"]["ImMessageIdParam"];
        };
        /** @description Parameters of im.message.like (api-reference/chats/messages/im-message-like.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImMessageLikeParams: {
            MESSAGE_ID: components["schemas"]["ImMessageIdParam"];
            /**
             * @description auto: set the like when there is none, remove it when there is; plus: set it; minus: remove it. A plus or minus that changes nothing is WITHOUT_CHANGES.
             * @default auto
             * @example plus
             * @enum {string}
             */
            ACTION: "auto" | "plus" | "minus";
        };
        /** @description Parameters of im.message.command (api-reference/chats/messages/im-message-command.md): what a messenger sends when a user presses a keyboard button that runs a bot command. Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImMessageCommandParams: {
            /** @description The message whose keyboard was pressed (the command runs in its context). Missing or empty: MESSAGE_ID_ERROR. */
            MESSAGE_ID: components["schemas"]["ImMessageIdParam"];
            /**
             * @description Id of the bot whose command runs. Missing or empty: BOT_ID_ERROR.
             * @example 456
             */
            BOT_ID: number;
            /**
             * @description The command as the bot registered it (without the slash: `help`). Missing or empty: COMMAND_ERROR.
             * @example help
             */
            COMMAND: string;
            /**
             * @description The command's parameter text.
             * @example topic
             */
            COMMAND_PARAMS?: string;
        };
        /** @description The success envelope of the user-side methods (im.message.*, im.v2.*) that answer only whether they did it: `result` is true. */
        ImBooleanSuccess: {
            /**
             * @description true when it was done.
             * @example true
             */
            result: boolean;
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of im.message.update (the page gives "400, 403" without pairing them with
         *     codes; the refusal CANT_EDIT_MESSAGE is 403 here, the rest 400).
         *     - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
         *     - ATTACH_ERROR, KEYBOARD_ERROR, MENU_ERROR: the object failed validation. The page writes
         *       the last one `menu_ERROR`; im-message-add.md writes `MENU_ERROR`: both are listed.
         *     - ATTACH_OVERSIZE, KEYBOARD_OVERSIZE, MENU_OVERSIZE: over the size limit.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImMessageUpdateBadRequestCode: "MESSAGE_ID_ERROR" | "ATTACH_ERROR" | "ATTACH_OVERSIZE" | "KEYBOARD_ERROR" | "KEYBOARD_OVERSIZE" | "menu_ERROR" | "MENU_ERROR" | "MENU_OVERSIZE" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.message.update. */
        ImMessageUpdateBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageUpdateBadRequestCode"];
        };
        /**
         * @description HTTP 400 codes of im.message.delete.
         *     - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImMessageDeleteBadRequestCode: "MESSAGE_ID_ERROR" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.message.delete. */
        ImMessageDeleteBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageDeleteBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of im.message.update and im.message.delete.
         *     - CANT_EDIT_MESSAGE: the user may not change this message (not its author, nor an
         *       administrator of the chat for a deletion), or the time to change it has passed.
         *     - ACCESS_DENIED, INVALID_CREDENTIALS, insufficient_scope, user_access_error: the platform's
         *       refusals (see RestForbiddenCode).
         * @enum {string}
         */
        ImMessageEditForbiddenCode: "CANT_EDIT_MESSAGE" | "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope" | "user_access_error";
        /** @description An HTTP 403 error of im.message.update or im.message.delete. */
        ImMessageEditForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageEditForbiddenCode"];
        };
        /**
         * @description HTTP 400 codes of im.message.like.
         *     - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
         *     - WITHOUT_CHANGES: the like was already as asked (plus on a liked message, minus on one
         *       without a like).
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImMessageLikeBadRequestCode: "MESSAGE_ID_ERROR" | "WITHOUT_CHANGES" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.message.like. */
        ImMessageLikeBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageLikeBadRequestCode"];
        };
        /**
         * @description HTTP 400 codes of im.message.command.
         *     - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
         *     - BOT_ID_ERROR: BOT_ID is missing or wrong.
         *     - COMMAND_ERROR: COMMAND is missing.
         *     - PARAMS_ERROR: the command's parameters are wrong.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImMessageCommandBadRequestCode: "MESSAGE_ID_ERROR" | "BOT_ID_ERROR" | "COMMAND_ERROR" | "PARAMS_ERROR" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.message.command. */
        ImMessageCommandBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImMessageCommandBadRequestCode"];
        };
        /** @description Parameters of im.chat.add (api-reference/chats/im-chat-add.md). None is required: without any, the calling user gets a closed chat with a made-up title, alone in it and its owner. Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImChatAddParams: {
            /**
             * @description Ids of the users to add (a bot's id adds the bot, which gets ONIMBOTV2JOINCHAT). The calling user is added as the owner anyway.
             * @example [
             *       103,
             *       547
             *     ]
             */
            USERS?: components["schemas"]["UserId"][];
            TYPE?: components["schemas"]["ChatType"];
            /**
             * @description The chat's title. Left out, the portal makes one up.
             * @example Deal Chat
             */
            TITLE?: string;
            /**
             * @description The chat's description.
             * @example Discussing the deal here
             */
            DESCRIPTION?: string;
            COLOR?: components["schemas"]["ChatColor"];
            /**
             * @description The chat's first message, written by the calling user.
             * @example Welcome to the deal chat
             */
            MESSAGE?: string;
            /** @description The chat's avatar, a base64 image of at most 5000x5000 pixels. */
            AVATAR?: string;
            /**
             * @description Type of the object the chat is bound to (`CRM`, `TASKS`, `CALENDAR`, ...; the page lists them, and modules may add others).
             * @example CRM
             */
            ENTITY_TYPE?: string;
            /**
             * @description Id of the object within ENTITY_TYPE, as a string (`DEAL|1663` for CRM).
             * @example DEAL|1663
             */
            ENTITY_ID?: string;
            /** @description Code of BitrixGPT's main role in the chat (`copilot_assistant`). */
            COPILOT_MAIN_ROLE?: string;
        };
        /** @description The success envelope of im.chat.add. */
        ImChatAddSuccess: {
            /**
             * @description The new chat's id (its dialogId is `chat<id>`).
             * @example 1417
             */
            result: number;
            time: components["schemas"]["ResponseTime"];
        };
        /** @description Parameters of im.chat.user.add (api-reference/chats/chat-users/im-chat-user-add.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. */
        ImChatUserAddParams: {
            /**
             * @description Id of the chat (im.chat.add returns it). Missing or empty: CHAT_ID_EMPTY.
             * @example 2935
             */
            CHAT_ID: number;
            /**
             * @description Ids of the users to add (a bot's id adds the bot, which gets ONIMBOTV2JOINCHAT).
             * @example [
             *       99,
             *       1271
             *     ]
             */
            USERS: components["schemas"]["UserId"][];
            /**
             * @description Hide the chat's earlier messages from the added users: Y (the default) or N.
             * @default Y
             * @example N
             * @enum {string}
             */
            HIDE_HISTORY: "Y" | "N";
        };
        /**
         * @description HTTP 400 codes of im.chat.user.add (the page gives "400, 403" without pairing them with
         *     codes; the refusals ACCESS_ERROR and ACCESS_DENIED_EXTEND are 403 here, the rest 400).
         *     - CHAT_ID_EMPTY: CHAT_ID is missing.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImChatUserAddBadRequestCode: "CHAT_ID_EMPTY" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.chat.user.add. */
        ImChatUserAddBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImChatUserAddBadRequestCode"];
        };
        /**
         * @description HTTP 403 codes of im.chat.user.add.
         *     - ACCESS_ERROR: the chat takes no new members this way ("Action unavailable", "It is
         *       forbidden to add users to this chat"): no such group chat, or a personal dialog.
         *     - ACCESS_DENIED_EXTEND: the user may not add members to this chat (not in it).
         *     - ACCESS_DENIED, INVALID_CREDENTIALS, insufficient_scope, user_access_error: the platform's
         *       refusals (see RestForbiddenCode).
         * @enum {string}
         */
        ImChatUserAddForbiddenCode: "ACCESS_ERROR" | "ACCESS_DENIED_EXTEND" | "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "insufficient_scope" | "user_access_error";
        /** @description An HTTP 403 error of im.chat.user.add. */
        ImChatUserAddForbiddenError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImChatUserAddForbiddenCode"];
        };
        /** @description im.v2.Event.subscribe takes no parameters. */
        ImV2EventSubscribeParams: Record<string, unknown>;
        /** @description im.v2.Event.unsubscribe takes no parameters. */
        ImV2EventUnsubscribeParams: Record<string, unknown>;
        /** @description Parameters of im.v2.Event.get (IMV2/events/event-get.md). */
        ImV2EventGetParams: {
            /**
             * @description Confirms (and removes) the events with lower ids, and returns events from this id on: pass the previous answer's nextOffset. Left out on the first call.
             * @example 2001
             */
            offset?: number;
            /**
             * @description Most events to return, 1 to 1000.
             * @default 100
             * @example 100
             */
            limit: number;
        };
        /**
         * @description The portal's language (`en`, `de`, ...).
         * @example en
         */
        ImV2EventLanguage: string;
        /**
         * @description `data` of ONIMV2MESSAGEADD (IMV2/events/events.md): a new message in a chat the subscribed user is in. `chat` comes without role and muteList, `user` (the author) without network, botData and avatarHr, and its online fields are false. No `auth` (polling). Extra properties are allowed: payloads carry fields the page does not list.
         * @example {
         *       "message": {
         *         "id": 5012,
         *         "chatId": 5,
         *         "authorId": 1,
         *         "date": "2025-01-15T10:30:00+02:00",
         *         "text": "Hello everyone!",
         *         "isSystem": false,
         *         "uuid": "",
         *         "forward": null,
         *         "params": {},
         *         "viewedByOthers": false
         *       },
         *       "chat": {
         *         "id": 5,
         *         "dialogId": "chat5",
         *         "name": "Project Chat",
         *         "type": "chat",
         *         "messageType": "C",
         *         "owner": 1,
         *         "color": "#ab7761",
         *         "avatar": "",
         *         "description": "",
         *         "extranet": false,
         *         "containsCollaber": false,
         *         "entityType": "",
         *         "entityId": "",
         *         "entityData1": "",
         *         "entityData2": "",
         *         "entityData3": "",
         *         "entityLink": {},
         *         "diskFolderId": 42,
         *         "permissions": {},
         *         "parentChatId": 0,
         *         "parentMessageId": 0,
         *         "isNew": false,
         *         "textFieldEnabled": "Y",
         *         "backgroundId": null
         *       },
         *       "user": {
         *         "id": 1,
         *         "active": true,
         *         "name": "John Smith",
         *         "firstName": "John",
         *         "lastName": "Smith",
         *         "workPosition": "Developer",
         *         "color": "#df532d",
         *         "avatar": "",
         *         "gender": "M",
         *         "birthday": "",
         *         "extranet": false,
         *         "bot": false,
         *         "connector": false,
         *         "externalAuthId": "default",
         *         "status": "online",
         *         "idle": false,
         *         "lastActivityDate": false,
         *         "mobileLastDate": false,
         *         "desktopLastDate": false,
         *         "absent": false,
         *         "departments": [
         *           1
         *         ],
         *         "phones": false,
         *         "website": "",
         *         "email": "john@example.com",
         *         "type": "employee"
         *       },
         *       "language": "en"
         *     }
         */
        ImV2EventMessageAddData: {
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of ONIMV2MESSAGEUPDATE (IMV2/events/events.md): a message was edited; the page says the data is shaped as ONIMV2MESSAGEADD's, `message` holding the new text. Extra properties are allowed. */
        ImV2EventMessageUpdateData: {
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of ONIMV2MESSAGEDELETE (IMV2/events/events.md): a message was deleted. `user` is the message's author, as the page says. Extra properties are allowed. */
        ImV2EventMessageDeleteData: {
            messageId: components["schemas"]["MessageId"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of ONIMV2REACTIONCHANGE (IMV2/events/events.md): a reaction to a message was added or removed; `user` is who changed it. Extra properties are allowed. */
        ImV2EventReactionChangeData: {
            reaction: components["schemas"]["ImbotV2ReactionCode"];
            /**
             * @description add: the reaction was set; delete: removed.
             * @enum {string}
             */
            action: "add" | "delete";
            message: components["schemas"]["Message"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of ONIMV2JOINCHAT (IMV2/events/events.md): a participant was added to a chat; `user` is the one added. Extra properties are allowed. */
        ImV2EventJoinChatData: {
            dialogId: components["schemas"]["DialogId"];
            chat: components["schemas"]["Chat"];
            user: components["schemas"]["User"];
            language: components["schemas"]["ImV2EventLanguage"];
        } & {
            [key: string]: unknown;
        };
        /** @description ONIMV2MESSAGEADD, as Event.get returns it: a new message in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`): im.v2.Event.get, or imbot.v2.Event.get with withUserEvents. */
        ImV2EventMessageAdd: {
            /** @description Queue id of the event; pass the last one + 1 (nextOffset) as offset to confirm it. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMV2MESSAGEADD";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImV2EventMessageAddData"];
        };
        /** @description ONIMV2MESSAGEUPDATE, as Event.get returns it: a message was edited in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`). */
        ImV2EventMessageUpdate: {
            /** @description Queue id of the event. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMV2MESSAGEUPDATE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImV2EventMessageUpdateData"];
        };
        /** @description ONIMV2MESSAGEDELETE, as Event.get returns it: a message was deleted in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`). */
        ImV2EventMessageDelete: {
            /** @description Queue id of the event. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMV2MESSAGEDELETE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImV2EventMessageDeleteData"];
        };
        /** @description ONIMV2REACTIONCHANGE, as Event.get returns it: a reaction to a message was added or removed in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`). */
        ImV2EventReactionChange: {
            /** @description Queue id of the event. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMV2REACTIONCHANGE";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImV2EventReactionChangeData"];
        };
        /** @description ONIMV2JOINCHAT, as Event.get returns it: a participant was added to a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`). */
        ImV2EventJoinChat: {
            /** @description Queue id of the event. */
            eventId: number;
            /**
             * @description The event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ONIMV2JOINCHAT";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            date: string;
            data: components["schemas"]["ImV2EventJoinChatData"];
        };
        /** @description One user event from im.v2.Event.get, told apart by `type`: the five ONIMV2* events (IMV2/events/index.md). They arrive by polling only, so they are not among the webhooks. */
        ImV2Event: components["schemas"]["ImV2EventMessageAdd"] | components["schemas"]["ImV2EventMessageUpdate"] | components["schemas"]["ImV2EventMessageDelete"] | components["schemas"]["ImV2EventReactionChange"] | components["schemas"]["ImV2EventJoinChat"];
        /** @description What im.v2.Event.get returns. Without a subscription `events` is empty. */
        ImV2EventGetResult: {
            /** @description Oldest first. */
            events: components["schemas"]["ImV2Event"][];
            /** @description Pass as offset next time; keep it even when no events came. */
            nextOffset: number;
            /** @description More events are waiting: call again soon. */
            hasMore: boolean;
        };
        /** @description The success envelope of im.v2.Event.get. */
        ImV2EventGetSuccess: {
            result: components["schemas"]["ImV2EventGetResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /** @description One event from imbot.v2.Event.get called with withUserEvents: a bot event (ONIMBOTV2*, the members of ImbotV2Event) or one of the calling user's events (ONIMV2*, the members of ImV2Event, polling only), told apart by `type` (V2/events/event-get.md, combined fetch). */
        ImbotV2EventGetItem: components["schemas"]["ImbotV2EventMessageAdd"] | components["schemas"]["ImbotV2EventMessageUpdate"] | components["schemas"]["ImbotV2EventMessageDelete"] | components["schemas"]["ImbotV2EventJoinChat"] | components["schemas"]["ImbotV2EventCommandAdd"] | components["schemas"]["ImbotV2EventReactionChange"] | components["schemas"]["ImbotV2EventContextGet"] | components["schemas"]["ImbotV2EventDelete"] | components["schemas"]["ImV2EventMessageAdd"] | components["schemas"]["ImV2EventMessageUpdate"] | components["schemas"]["ImV2EventMessageDelete"] | components["schemas"]["ImV2EventReactionChange"] | components["schemas"]["ImV2EventJoinChat"];
        /** @description What imbot.v2.Event.get returns when called with withUserEvents: the bot's events and the calling user's ONIMV2* events in one queue. */
        ImbotV2EventGetWithUserEventsResult: {
            /** @description Oldest first. */
            events: components["schemas"]["ImbotV2EventGetItem"][];
            /** @description Pass as offset next time; keep it even when no events came. */
            nextOffset: number;
            /** @description More events are waiting: call again soon. */
            hasMore: boolean;
        };
        /** @description The success envelope of imbot.v2.Event.get called with withUserEvents. */
        ImbotV2EventGetWithUserEventsSuccess: {
            result: components["schemas"]["ImbotV2EventGetWithUserEventsResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of the user-side methods whose pages name no codes of their own (im.v2.Event.get, im.v2.Chat.Bot.sendContext, im.chat.add). INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImV2BadRequestCode: "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.v2.Event.get, im.v2.Chat.Bot.sendContext or im.chat.add. */
        ImV2BadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImV2BadRequestCode"];
        };
        /** @description Parameters of im.v2.File.upload (IMV2/files/file-upload.md). */
        ImV2FileUploadParams: {
            /** @description The dialog: chat{id} for a group chat, the other user's id for a personal one. */
            dialogId: components["schemas"]["DialogId"];
            /** @description The file, and the text sent with it. */
            fields: {
                /**
                 * @description File name with extension. Missing or empty: FILE_EMPTY.
                 * @example report.txt
                 */
                name: string;
                /**
                 * @description The file's bytes in base64, without a `data:` prefix. Missing or empty: FILE_EMPTY. At most 100 MB (read as 100 x 1024 x 1024 bytes: 139,810,136 base64 characters); a longer text is FILE_TOO_LARGE, as the page names it. Text that is not base64 is the portal's FILE_INVALID_CONTENT.
                 * @example SGVsbG8sIHdvcmxkIQ==
                 */
                content: string;
                /** @description Text of the message sent with the file. */
                message?: components["schemas"]["ImbotV2MessageText"];
            };
        };
        /** @description What im.v2.File.upload returns. */
        ImV2FileUploadResult: {
            file: components["schemas"]["File"];
            /** @description The message carrying the file. */
            messageId: components["schemas"]["MessageId"];
            /** @description The chat id. */
            chatId: number;
            dialogId: components["schemas"]["DialogId"];
        };
        /** @description The success envelope of im.v2.File.upload. */
        ImV2FileUploadSuccess: {
            result: components["schemas"]["ImV2FileUploadResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of im.v2.File.upload (the page gives "400, 403" without pairing them with
         *     codes; ACCESS_DENIED is 403 here, the rest 400).
         *     - FILE_EMPTY: no file name or content.
         *     - FILE_INVALID_CONTENT: the content is not base64.
         *     - CHAT_NOT_FOUND: no chat for dialogId.
         *     - FOLDER_ERROR: the chat's Drive folder could not be had.
         *     - UPLOAD_FAILED: Drive refused the file.
         *     - SEND_FAILED: the file was stored but the message failed.
         *     - FILE_TOO_LARGE: over 100 MB.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         *     The im.v2 page's codes differ from imbot.v2.File.upload's (FOLDER_ERROR, not
         *     FILE_FOLDER_ERROR; UPLOAD_FAILED, SEND_FAILED): each method keeps its own page's.
         * @enum {string}
         */
        ImV2FileUploadBadRequestCode: "FILE_EMPTY" | "FILE_INVALID_CONTENT" | "CHAT_NOT_FOUND" | "FOLDER_ERROR" | "UPLOAD_FAILED" | "SEND_FAILED" | "FILE_TOO_LARGE" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.v2.File.upload. */
        ImV2FileUploadBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImV2FileUploadBadRequestCode"];
        };
        /** @description Parameters of im.v2.File.download (IMV2/files/file-download.md). */
        ImV2FileDownloadParams: {
            /** @description The dialog the file was sent to. */
            dialogId: components["schemas"]["DialogId"];
            /** @description The file on Drive (File.id, e.g. from im.v2.File.upload). */
            fileId: components["schemas"]["FileId"];
        };
        /** @description What im.v2.File.download returns. */
        ImV2FileDownloadResult: {
            /**
             * Format: uri
             * @description A one-time download link; it carries its own token and may not work twice.
             */
            downloadUrl: string;
        };
        /** @description The success envelope of im.v2.File.download. */
        ImV2FileDownloadSuccess: {
            result: components["schemas"]["ImV2FileDownloadResult"];
            time: components["schemas"]["ResponseTime"];
        };
        /**
         * @description HTTP 400 codes of im.v2.File.download (ACCESS_DENIED is 403 here).
         *     - FILE_NOT_FOUND: no file with this id.
         *     - INVALID_FORMAT: a parameter breaks this contract.
         * @enum {string}
         */
        ImV2FileDownloadBadRequestCode: "FILE_NOT_FOUND" | "INVALID_FORMAT";
        /** @description An HTTP 400 error of im.v2.File.download. */
        ImV2FileDownloadBadRequestError: components["schemas"]["BitrixErrorEnvelope"] & {
            error?: components["schemas"]["ImV2FileDownloadBadRequestCode"];
        };
        /** @description Parameters of im.v2.Chat.Bot.sendContext, as V2/bot-context.md names them (the method has no page of its own). */
        ImV2ChatBotSendContextParams: {
            /** @description The dialog with the bot: the bot's user id (a personal dialog), or `chat<id>` for a group chat the bot is in. The bot's ONIMBOTV2CONTEXTGET carries the dialog as its own side sees it (the calling user's id in a personal dialog). */
            dialogId: components["schemas"]["DialogId"];
            /**
             * @description Any JSON object; the bot receives it as ONIMBOTV2CONTEXTGET's `context`. Over a form its values arrive as strings (`context[taskId]=456`).
             * @example {
             *       "action": "openTask",
             *       "taskId": 456
             *     }
             */
            context: Record<string, unknown>;
        };
        /** @description `data` of ONAPPINSTALL (api-reference/common/events/on-app-install.md): the installed application. Extra properties are allowed. */
        AppInstallData: {
            /**
             * @description The installed version of the application.
             * @example 1.0.0
             */
            VERSION: string;
            /**
             * @description Whether the application is active.
             * @example Y
             * @enum {string}
             */
            ACTIVE: "Y" | "N";
            /**
             * @description Whether the installation is finished: N until the application reports it is.
             * @example Y
             * @enum {string}
             */
            INSTALLED: "Y" | "N";
            /**
             * @description The portal's language (`en`, `de`, ...).
             * @example de
             */
            LANGUAGE_ID: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The `auth` of ONAPPINSTALL: the portal, the first OAuth tokens of the installation and the application token. Keep all of them per portal (member_id): application_token verifies every later event of this portal (api-reference/events/safe-event-handlers.md); access_token lives an hour and refresh_token 180 days, and each renewal at server_endpoint returns a new refresh_token (settings/oauth/index.md). Extra properties are allowed. */
        AppInstallAuth: {
            /**
             * @description The portal's host name.
             * @example some-domain.bitrix24.com
             */
            domain: string;
            /**
             * @description The application's scopes, separated by spaces (or commas).
             * @example imbot
             */
            scope: string;
            /**
             * @description The OAuth 2.0 access token for REST calls to this portal; lives an hour.
             * @example s6p6eclrvim6da22ft9ch94ekreb52lv
             */
            access_token: string;
            /**
             * @description The token that renews access_token; lives 180 days.
             * @example 4s386p3q0tr8dy89xvmt96234v3dljg8
             */
            refresh_token: string;
            /**
             * @description Seconds until access_token expires.
             * @example 3600
             */
            expires_in: number;
            /**
             * @description The OAuth server's REST base URL, where tokens are renewed.
             * @example https://oauth.bitrix.info/rest/
             */
            server_endpoint: string;
            /**
             * @description The application's status: L local, F free, D demo, T trial, P paid (a market application).
             * @example F
             */
            status: string;
            /**
             * @description The portal's REST base URL; method names are appended to it.
             * @example https://some-domain.bitrix24.com/rest/
             */
            client_endpoint: string;
            /**
             * @description The portal's unique id; stays when its address changes.
             * @example a223c6b3710f85df22e9377d6c4f7553
             */
            member_id: string;
            /**
             * @description Proves later deliveries of this portal come from it; save it at install.
             * @example 51856fefc120afa4b628cc82d3935cce
             */
            application_token: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A delivery of ONAPPINSTALL: the platform POSTs it as a PHP-style form to the application's install handler once the installation is done. */
        AppInstallDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONAPPINSTALL";
            /** @description Id of the handler that delivered it (api-reference/events/index.md). */
            event_handler_id?: number;
            data: components["schemas"]["AppInstallData"];
            /** @description When the queue sent it, in Unix seconds (a string on the wire, as every value of the form). */
            ts: number;
            auth: components["schemas"]["AppInstallAuth"];
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of ONAPPUNINSTALL (api-reference/common/events/on-app-uninstall.md). Extra properties are allowed. */
        AppUninstallData: {
            /**
             * @description The portal's language (`en`, `de`, ...).
             * @example de
             */
            LANGUAGE_ID: string;
            /**
             * @description 1 when the user chose to clear the application's data at uninstall, else 0.
             * @example 1
             * @enum {integer}
             */
            CLEAN: 0 | 1;
        } & {
            [key: string]: unknown;
        };
        /** @description The `auth` of ONAPPUNINSTALL: the portal and the application token, no OAuth tokens (the application's access is revoked at uninstall). Extra properties are allowed. */
        AppUninstallAuth: {
            /**
             * @description The portal's host name.
             * @example some-domain.bitrix24.com
             */
            domain: string;
            /**
             * @description The OAuth server's REST base URL.
             * @example https://oauth.bitrix.info/rest/
             */
            server_endpoint: string;
            /**
             * @description The portal's REST base URL.
             * @example https://some-domain.bitrix24.com/rest/
             */
            client_endpoint: string;
            /**
             * @description The portal's unique id; the installation to remove.
             * @example a223c6b3710f85df22e9377d6c4f7553
             */
            member_id: string;
            /**
             * @description The portal's application token saved at install; verify the delivery with it.
             * @example 51856fefc120afa4b628cc82d3935cce
             */
            application_token: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A delivery of ONAPPUNINSTALL: the platform POSTs it as a PHP-style form when the application is uninstalled from a portal. */
        AppUninstallDelivery: {
            /**
             * @description The event name, upper case.
             * @constant
             */
            event: "ONAPPUNINSTALL";
            /** @description Id of the handler that delivered it (api-reference/events/index.md). */
            event_handler_id?: number;
            data: components["schemas"]["AppUninstallData"];
            /** @description When the queue sent it, in Unix seconds (a string on the wire, as every value of the form). */
            ts: number;
            auth: components["schemas"]["AppUninstallAuth"];
        } & {
            [key: string]: unknown;
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
        /** @description A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract. */
        V2BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2BadRequestError"];
            };
        };
        /** @description The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat. */
        V2Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2ForbiddenError"];
            };
        };
        /** @description REST is not available, or the caller lacks rights or the imbot scope. */
        V2PlatformForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2PlatformForbiddenError"];
            };
        };
        /** @description Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially. */
        V2TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2TooManyRequestsError"];
            };
        };
        /** @description The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users. */
        RestForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RestForbiddenError"];
            };
        };
        /** @description The user may not change this message (or the time to do so has passed), or the platform refused the call. */
        ImMessageEditForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImMessageEditForbiddenError"];
            };
        };
        /** @description The user has no access to the chat, or the platform refused the call. */
        ImV2ChatForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RestForbiddenError"];
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
    imbotV2BotRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2BotRegisterParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2BotRegisterParams"];
            };
        };
        responses: {
            /** @description The bot (new, or the existing one with this code). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotRegisterSuccess"];
                };
            };
            /** @description A field is missing or wrong, the code is taken, or the bot limit is reached. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotRegisterBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2PlatformForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2BotUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2BotUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2BotUpdateParams"];
            };
        };
        responses: {
            /** @description The changed bot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotUpdateSuccess"];
                };
            };
            /** @description A parameter is missing or wrong, the bot does not exist, or the token rotation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotUpdateBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2BotGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2BotGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2BotGetParams"];
            };
        };
        responses: {
            /** @description The bot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotGetSuccess"];
                };
            };
            /** @description Neither botId nor code is given, or no such bot. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotGetBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2PlatformForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2BotList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2BotListParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2BotListParams"];
            };
        };
        responses: {
            /** @description A page of bots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotListSuccess"];
                };
            };
            /** @description A webhook call without botToken, or a parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotListBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2PlatformForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2BotUnregister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2BotUnregisterParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2BotUnregisterParams"];
            };
        };
        responses: {
            /** @description The bot was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotUnregisterSuccess"];
                };
            };
            /** @description A parameter is missing or wrong, the bot does not exist, or deleting failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2BotUnregisterBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatAddParams"];
            };
        };
        responses: {
            /** @description The chat was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatAddSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatGetParams"];
            };
        };
        responses: {
            /** @description The chat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatGetSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatUpdateParams"];
            };
        };
        responses: {
            /** @description The chat was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatUpdateSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatLeave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatLeaveParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatLeaveParams"];
            };
        };
        responses: {
            /** @description The bot left the chat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatLeaveSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatSetOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatSetOwnerParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatSetOwnerParams"];
            };
        };
        responses: {
            /** @description The owner was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatSetOwnerSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatUserAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatUserAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatUserAddParams"];
            };
        };
        responses: {
            /** @description The users were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatUserAddSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatUserDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatUserDeleteParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatUserDeleteParams"];
            };
        };
        responses: {
            /** @description The user is no longer a member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatUserDeleteSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatUserList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatUserListParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatUserListParams"];
            };
        };
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatUserListSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatManagerAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatManagerAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatManagerAddParams"];
            };
        };
        responses: {
            /** @description The managers were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatManagerAddSuccess"];
                };
            };
            /** @description A required parameter is missing or wrong, or the bot does not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatManagerAddBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatManagerDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatManagerDeleteParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatManagerDeleteParams"];
            };
        };
        responses: {
            /** @description The managers were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatManagerDeleteSuccess"];
                };
            };
            /** @description A required parameter is missing or wrong, or the bot does not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatManagerDeleteBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatInputActionNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatInputActionNotifyParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatInputActionNotifyParams"];
            };
        };
        responses: {
            /** @description The indicator was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatInputActionNotifySuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatTextFieldEnabled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`fields[title]=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatTextFieldEnabledParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatTextFieldEnabledParams"];
            };
        };
        responses: {
            /** @description The setting was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatTextFieldEnabledSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2RevisionGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No parameters; send an empty object (or an empty form). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2RevisionGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2RevisionGetParams"];
            };
        };
        responses: {
            /** @description The revisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2RevisionGetSuccess"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2PlatformForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageSendParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageSendParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageSendSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageSendBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageUpdateParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageUpdateSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageDeleteParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageDeleteParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageDeleteSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageReadParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageReadParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReadSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReadBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageGetParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageGetSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The bot is not this application's, or access is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageGetForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageGetContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageGetContextParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageGetContextParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageGetContextSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageGetContextBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The bot is not this application's, or access is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageGetContextForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageReactionAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageReactionAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageReactionAddParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReactionAddSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReactionAddBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2ChatMessageReactionDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2ChatMessageReactionDeleteParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2ChatMessageReactionDeleteParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReactionDeleteSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2ChatMessageReactionDeleteBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2CommandRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2CommandRegisterParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2CommandRegisterParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandRegisterSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandRegisterBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2CommandUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2CommandUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2CommandUpdateParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandUpdateSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandUpdateBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2CommandList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2CommandListParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2CommandListParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandListSuccess"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2CommandUnregister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2CommandUnregisterParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2CommandUnregisterParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandUnregisterSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandUnregisterBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2CommandAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2CommandAnswerParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2CommandAnswerParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandAnswerSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2CommandAnswerBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2FileUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2FileUploadParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2FileUploadParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2FileUploadSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2FileUploadBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2FileDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2FileDownloadParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2FileDownloadParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2FileDownloadSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2FileDownloadBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The bot is not this application's, or access is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2FileDownloadForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imbotV2EventGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImbotV2EventGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventGetParams"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2EventGetSuccess"] | components["schemas"]["ImbotV2EventGetWithUserEventsSuccess"];
                };
            };
            /** @description The parameters are wrong, or the portal refused the call. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2EventGetBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The bot is not this application's, or access is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImbotV2EventGetForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imMessageAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`DIALOG_ID=chat13&MESSAGE=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImMessageAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImMessageAddParams"];
            };
        };
        responses: {
            /** @description Sent; `result` is the new message's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageAddSuccess"];
                };
            };
            /** @description The message is empty or malformed, or names no recipient. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageAddBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The user may not write to this dialog. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageAddForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imMessageUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&MESSAGE=...`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImMessageUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImMessageUpdateParams"];
            };
        };
        responses: {
            /** @description Updated; `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description No or a wrong message id, or a malformed attachment, keyboard or menu. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageUpdateBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ImMessageEditForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imMessageDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImMessageDeleteParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImMessageDeleteParams"];
            };
        };
        responses: {
            /** @description Deleted; `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description No or a wrong message id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageDeleteBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ImMessageEditForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imMessageLike: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&ACTION=plus`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImMessageLikeParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImMessageLikeParams"];
            };
        };
        responses: {
            /** @description Done; `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description No or a wrong message id, or nothing to change. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageLikeBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imMessageCommand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&BOT_ID=456&COMMAND=help&COMMAND_PARAMS=topic`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImMessageCommandParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImMessageCommandParams"];
            };
        };
        responses: {
            /** @description The command ran; `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description A parameter is missing or wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImMessageCommandBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imChatAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`USERS[]=103&USERS[]=547&TITLE=...`); an empty body makes a chat of the calling user alone. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImChatAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImChatAddParams"];
            };
        };
        responses: {
            /** @description Made; `result` is the new chat's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImChatAddSuccess"];
                };
            };
            /** @description A parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imChatUserAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`CHAT_ID=2935&USERS[]=99`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImChatUserAddParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImChatUserAddParams"];
            };
        };
        responses: {
            /** @description Added; `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description No chat id, or a parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImChatUserAddBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The chat takes no members this way, the user may not add any, or the platform refused the call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImChatUserAddForbiddenError"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2EventSubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No parameters; send an empty object (or an empty form). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2EventSubscribeParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2EventSubscribeParams"];
            };
        };
        responses: {
            /** @description Subscribed (or already subscribed); `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2EventUnsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No parameters; send an empty object (or an empty form). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2EventUnsubscribeParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2EventUnsubscribeParams"];
            };
        };
        responses: {
            /** @description Unsubscribed (or was not subscribed); `result` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2EventGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2EventGetParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2EventGetParams"];
            };
        };
        responses: {
            /** @description The next events, oldest first, and the offset to pass next. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2EventGetSuccess"];
                };
            };
            /** @description A parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2FileUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2FileUploadParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2FileUploadParams"];
            };
        };
        responses: {
            /** @description Uploaded and posted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2FileUploadSuccess"];
                };
            };
            /** @description The file is missing, malformed or too large, or the portal could not take it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2FileUploadBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ImV2ChatForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2FileDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2FileDownloadParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2FileDownloadParams"];
            };
        };
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2FileDownloadSuccess"];
                };
            };
            /** @description No such file, or a parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2FileDownloadBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ImV2ChatForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imV2ChatBotSendContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON or as a PHP-style form (`dialogId=1459503&context[pairCode]=13bd812901b295c50adbc`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImV2ChatBotSendContextParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ImV2ChatBotSendContextParams"];
            };
        };
        responses: {
            /** @description Handed to the bot; `result` is true (assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImBooleanSuccess"];
                };
            };
            /** @description A parameter breaks the contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImV2BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ImV2ChatForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parameters, as JSON (commands as plain strings) or as a PHP-style form (`halt=0&cmd[get_user]=user.current&cmd[next]=...`, each command URL-encoded once more). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchParams"];
                "application/x-www-form-urlencoded": components["schemas"]["BatchParams"];
            };
        };
        responses: {
            /** @description The commands ran (some may have failed): their answers, errors, totals, next pages and timings by command key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSuccess"];
                };
            };
            /** @description The batch is malformed, or (a server that refuses it as a whole) too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RestForbidden"];
            404: components["responses"]["NotFound"];
            /** @description A command may not run inside a batch (a server that refuses the batch as a whole). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchMethodNotAllowedError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onImbotV2MessageAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventMessageAddDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2MessageUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventMessageUpdateDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2MessageDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventMessageDeleteDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2JoinChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventJoinChatDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2CommandAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventCommandAddDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2ReactionChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventReactionChangeDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2ContextGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventContextGetDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onImbotV2Delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImbotV2EventDeleteDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it logs any other answer and does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. The platform does not retry. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onAppInstall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=ONAPPINSTALL&data[VERSION]=1.0.0&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema (ts and expires_in as integers). */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AppInstallDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a malformed or oversized body, or a delivery seen before. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
    onAppUninstall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery, as `http_build_query` writes it: `event=ONAPPUNINSTALL&data[CLEAN]=1&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema (ts and CLEAN as integers). */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AppUninstallDelivery"];
            };
        };
        responses: {
            /** @description Acknowledged. The platform expects HTTP 200; it does not send the event again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused by the receiver: a wrong application token, a malformed or oversized body, or a delivery seen before. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitrixErrorEnvelope"];
                };
            };
        };
    };
}

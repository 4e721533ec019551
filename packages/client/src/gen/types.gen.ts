// This file is generated from schema/openapi.yaml by @hey-api/openapi-ts (openapi-ts.config.ts). Do not edit.

export type ClientOptions = {
    baseUrl: 'https://{portal}/rest' | 'https://{portal}/rest/{userId}/{webhookCode}' | (string & {});
};

export type Webhooks = OnImbotV2MessageAddWebhookRequest | OnImbotV2MessageUpdateWebhookRequest | OnImbotV2MessageDeleteWebhookRequest | OnImbotV2JoinChatWebhookRequest | OnImbotV2CommandAddWebhookRequest | OnImbotV2ReactionChangeWebhookRequest | OnImbotV2ContextGetWebhookRequest | OnImbotV2DeleteWebhookRequest | OnAppInstallWebhookRequest | OnAppUninstallWebhookRequest;

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
 * Parameters of im.message.add (api-reference/chats/messages/im-message-add.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImMessageAddParams = {
    /**
     * Where to write: `chat<id>` for a group chat, a user's id (a bot's too) for the personal dialog with that user.
     */
    DIALOG_ID: string;
    /**
     * The text (BB-codes allowed). Missing or empty: MESSAGE_EMPTY. A text starting with a bot's command (`/help topic`) also invokes the command.
     */
    MESSAGE: string;
    /**
     * Show the message as a system message.
     */
    SYSTEM?: 'Y' | 'N';
    /**
     * Turn links into rich links.
     */
    URL_PREVIEW?: 'Y' | 'N';
    /**
     * An attachment (see the attachments page); kept as given.
     */
    ATTACH?: unknown;
    /**
     * A keyboard (see the keyboards page); kept as given.
     */
    KEYBOARD?: unknown;
    /**
     * A context menu; kept as given.
     */
    MENU?: unknown;
};

/**
 * The success envelope of im.message.add.
 */
export type ImMessageAddSuccess = {
    /**
     * The new message's id (MESSAGE_ID).
     */
    result: number;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of im.message.add (the page lists them without statuses).
 * - MESSAGE_EMPTY: no text.
 * - USER_ID_EMPTY: no recipient for a personal dialog.
 * - CHAT_ID_EMPTY: no recipient chat.
 * - ATTACH_ERROR, KEYBOARD_ERROR, MENU_ERROR: the object failed validation.
 * - ATTACH_OVERSIZE, KEYBOARD_OVERSIZE, MENU_OVERSIZE: over 30 KB.
 * - PARAMS_ERROR: something else went wrong.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImMessageAddBadRequestCode = 'MESSAGE_EMPTY' | 'USER_ID_EMPTY' | 'CHAT_ID_EMPTY' | 'ATTACH_ERROR' | 'ATTACH_OVERSIZE' | 'KEYBOARD_ERROR' | 'KEYBOARD_OVERSIZE' | 'MENU_ERROR' | 'MENU_OVERSIZE' | 'PARAMS_ERROR' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.message.add.
 */
export type ImMessageAddBadRequestError = BitrixErrorEnvelope & {
    error?: ImMessageAddBadRequestCode;
};

/**
 * HTTP 403 codes of im.message.add.
 * - ACCESS_ERROR: the user may not write to this dialog.
 * - INVALID_CREDENTIALS: the webhook code is wrong (sources differ between 401 and 403).
 * - insufficient_scope: the token or webhook lacks the `im` scope (401 or 403).
 *
 */
export type ImMessageAddForbiddenCode = 'ACCESS_ERROR' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * An HTTP 403 error of im.message.add.
 */
export type ImMessageAddForbiddenError = BitrixErrorEnvelope & {
    error?: ImMessageAddForbiddenCode;
};

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
 * Codes answered with HTTP 404.
 * - ERROR_METHOD_NOT_FOUND: the method is unknown.
 * - ERROR_MANIFEST_IS_NOT_AVAILABLE: the manifest is not available (system errors of
 * every method page).
 *
 */
export type NotFoundErrorCode = 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE';

/**
 * Codes answered with HTTP 429. OPERATION_TIME_LIMIT, the method's run-time budget is spent for now.
 */
export type TooManyRequestsErrorCode = 'OPERATION_TIME_LIMIT';

/**
 * Codes answered with HTTP 500 (system errors of every method page).
 * - INTERNAL_SERVER_ERROR: the portal failed.
 * - ERROR_UNEXPECTED_ANSWER: the server returned an unexpected answer.
 * - PORTAL_DELETED: the portal's public part is closed.
 *
 */
export type InternalServerErrorCode = 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED';

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

/**
 * Id of the bot (its user id), as returned by imbot.v2.Bot.register.
 */
export type BotId = number;

/**
 * The bot's code, unique within the application. Registering again with the same code returns the existing bot.
 */
export type BotCode = string;

/**
 * The bot's own secret, chosen at imbot.v2.Bot.register (`fields.botToken`). Required when the call goes through an incoming webhook (without it: 400 BOT_TOKEN_NOT_SPECIFIED; a token that is not this bot's: 403 BOT_OWNERSHIP_ERROR); not needed with OAuth, where the bot is tied to the application. At most 40 characters (change log BOT-BC-0506-1).
 */
export type BotToken = string;

/**
 * A dialog: `chat<chatId>` for a group chat (`chat5`), or the other user's id as a string for a personal dialog (`"1"`). In a personal dialog it is always the counterpart's id, so the dialogId an event carries is the one to answer to.
 */
export type DialogId = string;

/**
 * Numeric id of a chat (the number in `chat<id>`).
 */
export type ChatIdV2 = number;

/**
 * Id of a message.
 */
export type MessageId = number;

/**
 * Id of a slash command.
 */
export type CommandId = number;

/**
 * Id of a file on the portal's Drive.
 */
export type FileId = number;

/**
 * Ids of users.
 */
export type UserIds = Array<UserIdV2>;

/**
 * Id of a portal user.
 */
export type UserIdV2 = number;

/**
 * How the bot behaves in chats (chat-bots-v2/index.md, bot types):
 * - bot: answers mentions in group chats and every message in one-to-one dialogs (default);
 * - supervisor: sees every message of the chats it is in;
 * - personal: like supervisor, and hidden from search for users without access;
 * - openline: a bot for Open Channels, otherwise like `bot`.
 * The error text of BOT_INVALID_TYPE on bot-register.md also names `network`; the contract
 * follows the bot types table, which does not.
 *
 */
export type BotType = 'bot' | 'supervisor' | 'personal' | 'openline';

/**
 * How the bot gets its events: `fetch` (it polls imbot.v2.Event.get; the default) or `webhook` (the portal POSTs each event to `webhookUrl`).
 */
export type EventMode = 'fetch' | 'webhook';

/**
 * Background of the bot's chat. Portals turn an unknown value into null (change log BOT-FIX-0408-4); the contract accepts only the listed ones.
 */
export type BotBackgroundId = 'azure' | 'mint' | 'steel' | 'slate' | 'teal' | 'cornflower' | 'sky' | 'peach' | 'frost';

/**
 * A chat or avatar colour, by camelCase code (v1 used upper case, e.g. LIGHT_BLUE). Portals assign a colour themselves when it is missing or unknown; the contract accepts only the listed codes.
 */
export type ChatColorV2 = 'red' | 'green' | 'mint' | 'lightBlue' | 'darkBlue' | 'purple' | 'aqua' | 'pink' | 'lime' | 'brown' | 'azure' | 'khaki' | 'sand' | 'marengo' | 'gray' | 'graphite';

/**
 * Gender: M or F.
 */
export type Gender = 'M' | 'F';

/**
 * An image as base64, without a `data:...;base64,` prefix. Portals answer BOT_AVATAR_INCORRECT_TYPE / BOT_AVATAR_INCORRECT_SIZE (bots) for something that is not an image or is larger than 5000x5000 pixels; the encoding is documented, not enforced.
 */
export type Base64Image = string;

/**
 * The bot's profile (its user card). `name` is required at registration (else BOT_PROPERTIES_REQUIRED), optional when updating.
 */
export type BotProperties = {
    /**
     * Name shown in the chat list and the dialog header.
     */
    name?: string;
    /**
     * Last name.
     */
    lastName?: string;
    /**
     * Position shown in the profile.
     */
    workPosition?: string;
    color?: ChatColorV2;
    gender?: Gender;
    avatar?: Base64Image;
};

/**
 * The answer of methods that only report success: `result` is itself an object holding a boolean `result` (so the whole body reads `{"result": {"result": true}, "time": ...}`).
 */
export type BooleanResult = {
    /**
     * true when the operation succeeded.
     */
    result: boolean;
};

/**
 * An ISO 8601 date-time, or `false` when there is none.
 */
export type DateTimeOrFalse = string | false;

/**
 * A portal user, as in `user` fields and `users` lists (entities.md, User). In events sent while online, idle, lastActivityDate, mobileLastDate and desktopLastDate are always false. Method pages show shortened users ({id, active, name, bot, type}), so only `id` is required.
 */
export type User = {
    /**
     * User id.
     */
    id: number;
    /**
     * Whether the user is active.
     */
    active?: boolean;
    /**
     * Full name.
     */
    name?: string;
    /**
     * First name.
     */
    firstName?: string;
    /**
     * Last name.
     */
    lastName?: string;
    /**
     * Job title.
     */
    workPosition?: string;
    /**
     * Colour of the avatar placeholder, as HEX (`#df532d`).
     */
    color?: string;
    /**
     * Avatar URL, or an empty string.
     */
    avatar?: string;
    /**
     * M or F (entities.md, User). The pages name no other value; a profile with none set is given as M here.
     */
    gender?: string;
    /**
     * Birthday, or an empty string. The format varies between pages (`15-03`).
     */
    birthday?: string;
    /**
     * Whether the user is an extranet user.
     */
    extranet?: boolean;
    /**
     * Whether the user is a bot.
     */
    bot?: boolean;
    /**
     * Whether the user is an Open Channels connector.
     */
    connector?: boolean;
    /**
     * External authorisation type (`default`, `bot`, `email`, `replica`, ...).
     */
    externalAuthId?: string;
    /**
     * Status (`online`, `dnd`, ...).
     */
    status?: string;
    idle?: DateTimeOrFalse;
    lastActivityDate?: DateTimeOrFalse;
    mobileLastDate?: DateTimeOrFalse;
    desktopLastDate?: DateTimeOrFalse;
    absent?: DateTimeOrFalse;
    /**
     * Ids of the user's departments.
     */
    departments?: Array<number>;
    /**
     * Phone numbers by kind (`personalPhone`, `workPhone`, ...), or false. entities.md says object or false; bot-register.md says array: both are accepted.
     */
    phones?: {
        [key: string]: unknown;
    } | Array<unknown> | false;
    /**
     * Kind of user (`employee`, `extranet`, `email`, `collaber`, `bot`).
     */
    type?: string;
    /**
     * Personal website.
     */
    website?: string;
    /**
     * E-mail address.
     */
    email?: string;
};

/**
 * A chat bot (entities.md, Bot). Everyone sees the first eight fields; the owning application also gets moduleId, eventMode and the four counters. Webhook events carry a cut-down bot ({id, code, auth}). The field `appId` was removed (change log BOT-FIX-0501-3).
 */
export type Bot = {
    /**
     * Id of the bot's user.
     */
    id: number;
    /**
     * The bot's code, unique within its application.
     */
    code: string;
    /**
     * The bot's type (see BotType). `network` is listed here too: bots registered through v1 are visible in v2, and the BOT_INVALID_TYPE text names it.
     */
    type?: 'bot' | 'supervisor' | 'personal' | 'openline' | 'network';
    /**
     * Hidden from the contact list.
     */
    isHidden?: boolean;
    /**
     * Works in Open Channels.
     */
    isSupportOpenline?: boolean;
    /**
     * Users may react to its messages.
     */
    isReactionsEnabled?: boolean;
    /**
     * Background of the bot's chat (see BotBackgroundId), or null.
     */
    backgroundId?: string | null;
    /**
     * Default language (`en`, `de`, ...).
     */
    language?: string;
    /**
     * Owner only. Module the bot belongs to (`rest` for applications).
     */
    moduleId?: string;
    /**
     * Owner only. How the bot gets its events (see EventMode). No default here, unlike EventMode's for registration: a bot without eventMode is one another application owns (the brief format), and an answer must not make one up.
     */
    eventMode?: 'fetch' | 'webhook';
    /**
     * Owner only. Number of messages processed.
     */
    countMessage?: number;
    /**
     * Owner only. Number of registered commands.
     */
    countCommand?: number;
    /**
     * Owner only. Number of chats the bot is in.
     */
    countChat?: number;
    /**
     * Owner only. Number of distinct users it talked to.
     */
    countUser?: number;
};

/**
 * A chat (entities.md, Chat). Events carry a shorter chat, without role and muteList and without the fields after backgroundId (dateCreate ... public), which only method answers have; so only `id` and `dialogId` are required.
 */
export type Chat = {
    /**
     * Chat id.
     */
    id: number;
    /**
     * The chat's dialogId (`chat5`; a user id for a personal dialog).
     */
    dialogId: string;
    /**
     * Title.
     */
    name?: string;
    /**
     * Kind of chat (`chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, `generalChannel`, ...).
     */
    type?: string;
    /**
     * Internal kind (`C` chat, `O` open, `P` private, ...).
     */
    messageType?: string;
    /**
     * Id of the owner. A bot's personal dialog is owned by the bot (events.md, the ONIMBOTV2CONTEXTGET example); the pages are silent on a dialog of two people: whoever opened it.
     */
    owner?: number;
    /**
     * Colour as HEX (`#ab7761`), not the colour code used to set it.
     */
    color?: string | null;
    /**
     * Avatar URL, or an empty string.
     */
    avatar?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Whether extranet users are in the chat.
     */
    extranet?: boolean;
    /**
     * The calling bot's role in the chat. Not in events.
     */
    role?: 'owner' | 'manager' | 'member' | 'guest' | 'none';
    /**
     * Whether collaborators are in the chat.
     */
    containsCollaber?: boolean;
    /**
     * Ids of users who muted the chat. Not in events.
     */
    muteList?: Array<number>;
    /**
     * Kind of linked object (`LINES` for Open Channels, ...), or an empty string.
     */
    entityType?: string;
    /**
     * Id of the linked object, or an empty string.
     */
    entityId?: string;
    /**
     * Extra data of the linked object (1).
     */
    entityData1?: string;
    /**
     * Extra data of the linked object (2).
     */
    entityData2?: string;
    /**
     * Extra data of the linked object (3).
     */
    entityData3?: string;
    /**
     * Link to the external object.
     */
    entityLink?: {
        [key: string]: unknown;
    };
    /**
     * Drive folder of the chat's files.
     */
    diskFolderId?: number | null;
    /**
     * What the calling bot may do in the chat.
     */
    permissions?: {
        [key: string]: unknown;
    };
    /**
     * Parent chat of a thread.
     */
    parentChatId?: number | null;
    /**
     * Parent message of a thread.
     */
    parentMessageId?: number | null;
    /**
     * Whether the chat was just created.
     */
    isNew?: boolean;
    /**
     * Whether the input field is on, as `Y` or `N` (a string, unlike the v2 booleans; see imbot.v2.Chat.TextField.enabled).
     */
    textFieldEnabled?: 'Y' | 'N';
    /**
     * Background id, or null.
     */
    backgroundId?: string | null;
    /**
     * Answers only. When the chat was created.
     */
    dateCreate?: string | null;
    /**
     * Answers only. Id of the last message.
     */
    lastMessageId?: number | null;
    /**
     * Answers only. Id of the last message the bot read.
     */
    lastId?: number | null;
    /**
     * Answers only. Ids of the chat's managers.
     */
    managerList?: Array<number>;
    /**
     * Answers only. Number of messages.
     */
    messageCount?: number;
    /**
     * Answers only. Number of members.
     */
    userCounter?: number;
    /**
     * Answers only. First unread message.
     */
    unreadId?: number | null;
    /**
     * Answers only. Views of the last message, as a JSON text.
     */
    lastMessageViews?: string;
    /**
     * Answers only. Id of the marked message.
     */
    markedId?: number | null;
    /**
     * Answers only. Public access settings (an empty string when none).
     */
    public?: {
        [key: string]: unknown;
    } | string;
};

/**
 * Where a forwarded message came from.
 */
export type MessageForward = {
    /**
     * Id of the original message.
     */
    id?: number;
    /**
     * Author of the original message.
     */
    userId?: number;
    /**
     * Chat of the original message.
     */
    chatId?: number;
    /**
     * When the original was written.
     */
    date?: string | null;
};

/**
 * A message (entities.md, Message). Texts over 20,000 characters are cut and end in ` (...)`. `unread` and `viewed` come only in method answers.
 */
export type Message = {
    /**
     * Message id.
     */
    id: number;
    /**
     * Id of its chat.
     */
    chatId: number;
    /**
     * Id of the author; 0 for a system message.
     */
    authorId?: number;
    /**
     * When it was written.
     */
    date?: string | null;
    /**
     * The text (BB codes allowed).
     */
    text?: string;
    /**
     * Whether it is a system message.
     */
    isSystem?: boolean;
    /**
     * Client UUID for de-duplication, or an empty string.
     */
    uuid?: string;
    /**
     * Origin of a forwarded message, or null.
     */
    forward?: MessageForward | null;
    /**
     * Further data (attach, keyboard, files, ...). No page shows reactions here: they are not in a message's params (ONIMBOTV2REACTIONCHANGE tells about them).
     */
    params?: {
        [key: string]: unknown;
    };
    /**
     * Whether another member has read it.
     */
    viewedByOthers?: boolean;
    /**
     * Answers only. Unread for the calling bot.
     */
    unread?: boolean;
    /**
     * Answers only. Seen by the calling bot.
     */
    viewed?: boolean;
};

/**
 * A file in a chat (entities.md, File), as returned by imbot.v2.File.upload.
 */
export type File = {
    /**
     * Id of the file on Drive.
     */
    id: number;
    /**
     * Id of its chat.
     */
    chatId?: number;
    /**
     * When it was uploaded.
     */
    date?: string | null;
    /**
     * Kind of content.
     */
    type?: 'file' | 'image' | 'video' | 'audio';
    /**
     * File name with extension.
     */
    name?: string;
    /**
     * Extension, lower case.
     */
    extension?: string;
    /**
     * Size in bytes.
     */
    size?: number;
    /**
     * Preview size of an image, or false.
     */
    image?: {
        /**
         * Width in pixels.
         */
        width?: number;
        /**
         * Height in pixels.
         */
        height?: number;
    } | false;
    /**
     * Who uploaded it.
     */
    authorId?: number;
    /**
     * Name of who uploaded it.
     */
    authorName?: string;
    /**
     * Whether it can be transcribed.
     */
    isTranscribable?: boolean;
    /**
     * Whether it is a video note.
     */
    isVideoNote?: boolean;
    /**
     * Whether it is a voice message.
     */
    isVoiceNote?: boolean;
};

/**
 * A slash command of a bot (entities.md, Command). title, params, category and context come only in method answers, in the portal's language.
 */
export type Command = {
    /**
     * Command id.
     */
    id: number;
    /**
     * Id of the bot that owns it.
     */
    botId?: number;
    /**
     * The command with its leading slash (`/help`).
     */
    command: string;
    /**
     * Available in every chat (true) or only where the bot is (false).
     */
    common?: boolean;
    /**
     * Left out of the suggestion list.
     */
    hidden?: boolean;
    /**
     * Available to extranet users.
     */
    extranetSupport?: boolean;
    /**
     * Answers only. Title.
     */
    title?: string;
    /**
     * Answers only. Description of its parameters.
     */
    params?: string;
    /**
     * Answers only. Name of the owning bot.
     */
    category?: string;
    /**
     * Answers only. Where it was called from.
     */
    context?: string;
};

/**
 * The HTTP 400 codes every bot-scoped v2 method can answer.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - BOT_ID_REQUIRED: `botId` is missing.
 * - BOT_NOT_FOUND: no bot has this id.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type V2BadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * The HTTP 403 codes of the bot-scoped v2 methods.
 * - BOT_OWNERSHIP_ERROR: the bot belongs to another application, or `botToken` is not this
 * bot's (a rotated-out token too).
 * - ACCESS_DENIED: the bot may not act on this chat (not a member, or lacks the role), or,
 * for any method, REST is not available on the portal's plan.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the `imbot` scope.
 *
 */
export type V2ForbiddenCode = 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * The HTTP 403 codes of the v2 methods that do not act for one owned bot (Bot.register,
 * Bot.get, Bot.list, Revision.get).
 * - ACCESS_DENIED: REST is not available on the portal's plan.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the `imbot` scope.
 *
 */
export type V2PlatformForbiddenCode = 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * The HTTP 429 codes of the v2 methods.
 * - QUERY_LIMIT_EXCEEDED: over 2 requests per second for the application. The v2 overview
 * (chat-bots-v2/index.md, limits) gives HTTP 429 but no code; QUERY_LIMIT_EXCEEDED is the
 * platform's rate-limit code (which the general limits page answers with 503), so the
 * contract lists it under both. Branch on the code, not the status.
 * - OPERATION_TIME_LIMIT: the method's run-time budget is spent for now (limits.md).
 *
 */
export type V2TooManyRequestsCode = 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT';

/**
 * Sort direction.
 */
export type SortDirection = 'ASC' | 'DESC';

/**
 * Which activity the indicator names (V2/ui/chat-input-action-notify.md): thinking, searching, generating, analysing, processing, translating, connecting, checking, calculating, reading documents or composing. Without it the usual "typing" indicator shows.
 */
export type InputActionStatusCode = 'IMBOT_AGENT_ACTION_THINKING' | 'IMBOT_AGENT_ACTION_SEARCHING' | 'IMBOT_AGENT_ACTION_GENERATING' | 'IMBOT_AGENT_ACTION_ANALYZING' | 'IMBOT_AGENT_ACTION_PROCESSING' | 'IMBOT_AGENT_ACTION_TRANSLATING' | 'IMBOT_AGENT_ACTION_CONNECTING' | 'IMBOT_AGENT_ACTION_CHECKING' | 'IMBOT_AGENT_ACTION_CALCULATING' | 'IMBOT_AGENT_ACTION_READING_DOCS' | 'IMBOT_AGENT_ACTION_COMPOSING';

/**
 * An HTTP 400 error of a bot-scoped v2 method without codes of its own.
 */
export type V2BadRequestError = BitrixErrorEnvelope & {
    error?: V2BadRequestCode;
};

/**
 * An HTTP 403 error of a bot-scoped v2 method.
 */
export type V2ForbiddenError = BitrixErrorEnvelope & {
    error?: V2ForbiddenCode;
};

/**
 * An HTTP 403 error of Bot.register, Bot.get, Bot.list and Revision.get.
 */
export type V2PlatformForbiddenError = BitrixErrorEnvelope & {
    error?: V2PlatformForbiddenCode;
};

/**
 * An HTTP 429 error of a v2 method.
 */
export type V2TooManyRequestsError = BitrixErrorEnvelope & {
    error?: V2TooManyRequestsCode;
};

/**
 * imbot.v2.Revision.get takes no parameters.
 */
export type ImbotV2RevisionGetParams = {
    [key: string]: unknown;
};

/**
 * The success envelope of imbot.v2.Revision.get.
 */
export type ImbotV2RevisionGetSuccess = {
    /**
     * Revision numbers.
     */
    result: {
        /**
         * Revision of the REST API; the one to compare with the change log.
         */
        rest: number;
        /**
         * Revision of the messenger's web client protocol.
         */
        web: number;
        /**
         * Revision of the mobile client protocol.
         */
        mobile: number;
        /**
         * Revision of the desktop application protocol.
         */
        desktop: number;
    };
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Bot.register.
 */
export type ImbotV2BotRegisterParams = {
    /**
     * The bot to register.
     */
    fields: {
        code: BotCode;
        botToken?: BotToken;
        /**
         * The bot's profile; `name` is required (missing: BOT_PROPERTIES_REQUIRED).
         */
        properties: BotProperties & {
            /**
             * Required at registration (missing or empty: BOT_PROPERTIES_REQUIRED).
             */
            name: string;
        };
        type?: BotType;
        eventMode?: EventMode;
        /**
         * Where the portal POSTs events; required when `eventMode` is `webhook` (BOT_WEBHOOK_URL_REQUIRED). Not a URL: BOT_INVALID_CALLBACK.
         */
        webhookUrl?: string;
        /**
         * Hide the bot from the contact list.
         */
        isHidden?: boolean;
        /**
         * Let users react to its messages.
         */
        isReactionsEnabled?: boolean;
        /**
         * Let it work in Open Channels (type `openline`).
         */
        isSupportOpenline?: boolean;
        backgroundId?: BotBackgroundId;
    };
};

/**
 * The success envelope of imbot.v2.Bot.register.
 */
export type ImbotV2BotRegisterSuccess = {
    /**
     * The bot and the users linked to it.
     */
    result: {
        bot: Bot;
        /**
         * The bot's user and related users.
         */
        users: Array<User>;
    };
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Bot.register.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `fields.botToken`.
 * - BOT_CODE_REQUIRED: `fields.code` is missing.
 * - BOT_PROPERTIES_REQUIRED: `fields.properties` (with `name`) is missing.
 * - BOT_CODE_ALREADY_TAKEN: another application has a bot with this code.
 * - BOT_INVALID_TYPE: `fields.type` is not a known type.
 * - BOT_INVALID_EVENT_MODE: `fields.eventMode` is neither fetch nor webhook.
 * - BOT_WEBHOOK_URL_REQUIRED: `eventMode` is webhook but `webhookUrl` is missing.
 * - BOT_INVALID_CALLBACK: `webhookUrl` is not acceptable.
 * - BOT_LIMIT_EXCEEDED: the application already has 100 bots.
 * - BOT_AVATAR_INCORRECT_TYPE: the avatar is not an image.
 * - BOT_AVATAR_INCORRECT_SIZE: the avatar is larger than 5000x5000 pixels.
 * - BOT_TOKEN_INVALID_LENGTH: `fields.botToken` is longer than 40 characters.
 * - BOT_REGISTER_FAILED: the portal could not register the bot.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2BotRegisterBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_CODE_REQUIRED' | 'BOT_PROPERTIES_REQUIRED' | 'BOT_CODE_ALREADY_TAKEN' | 'BOT_INVALID_TYPE' | 'BOT_INVALID_EVENT_MODE' | 'BOT_WEBHOOK_URL_REQUIRED' | 'BOT_INVALID_CALLBACK' | 'BOT_LIMIT_EXCEEDED' | 'BOT_AVATAR_INCORRECT_TYPE' | 'BOT_AVATAR_INCORRECT_SIZE' | 'BOT_TOKEN_INVALID_LENGTH' | 'BOT_REGISTER_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Bot.register.
 */
export type ImbotV2BotRegisterBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2BotRegisterBadRequestCode;
};

/**
 * Parameters of imbot.v2.Bot.update.
 */
export type ImbotV2BotUpdateParams = {
    botId: BotId;
    /**
     * The bot's current token (webhook calls). No 40-character limit here: a bot registered earlier with a longer token authorises its rotation with it.
     */
    botToken?: string;
    /**
     * What to change.
     */
    fields: {
        properties?: BotProperties;
        /**
         * Hide the bot from the contact list.
         */
        isHidden?: boolean;
        /**
         * Let users react to its messages.
         */
        isReactionsEnabled?: boolean;
        /**
         * Let it work in Open Channels (type `openline`).
         */
        isSupportOpenline?: boolean;
        /**
         * Background id, or null for the user's own background.
         */
        backgroundId?: BotBackgroundId | null;
        eventMode?: EventMode;
        /**
         * New event URL (webhook mode). Not a URL: BOT_INVALID_CALLBACK.
         */
        webhookUrl?: string;
        botToken?: BotToken;
    };
};

/**
 * The success envelope of imbot.v2.Bot.update.
 */
export type ImbotV2BotUpdateSuccess = {
    /**
     * The bot and the users linked to it.
     */
    result: {
        bot: Bot;
        /**
         * The bot's user and related users.
         */
        users: Array<User>;
    };
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Bot.update.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - BOT_ID_REQUIRED: `botId` is missing.
 * - BOT_NOT_FOUND: no bot has this id.
 * - BOT_INVALID_EVENT_MODE: `fields.eventMode` is neither fetch nor webhook.
 * - BOT_INVALID_CALLBACK: `fields.webhookUrl` is not acceptable.
 * - BOT_AVATAR_INCORRECT_TYPE: the avatar is not an image.
 * - BOT_AVATAR_INCORRECT_SIZE: the avatar is larger than 5000x5000 pixels.
 * - BOT_TOKEN_ROTATION_FAILED: the new token could not be set (the reason is not disclosed).
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2BotUpdateBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'BOT_INVALID_EVENT_MODE' | 'BOT_INVALID_CALLBACK' | 'BOT_AVATAR_INCORRECT_TYPE' | 'BOT_AVATAR_INCORRECT_SIZE' | 'BOT_TOKEN_ROTATION_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Bot.update.
 */
export type ImbotV2BotUpdateBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2BotUpdateBadRequestCode;
};

/**
 * Parameters of imbot.v2.Bot.get: `botId` or `code`.
 */
export type ImbotV2BotGetParams = {
    botId?: BotId;
    code?: BotCode;
    botToken?: BotToken;
};

/**
 * The success envelope of imbot.v2.Bot.get.
 */
export type ImbotV2BotGetSuccess = {
    /**
     * The bot and the users linked to it.
     */
    result: {
        bot: Bot;
        /**
         * The bot's user and related users.
         */
        users: Array<User>;
    };
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Bot.get.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - PARAMS_REQUIRED: neither `botId` nor `code` is given.
 * - BOT_NOT_FOUND: no bot has this id or code.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2BotGetBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'PARAMS_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Bot.get.
 */
export type ImbotV2BotGetBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2BotGetBadRequestCode;
};

/**
 * Parameters of imbot.v2.Bot.list.
 */
export type ImbotV2BotListParams = {
    botToken?: BotToken;
    /**
     * Filter.
     */
    filter?: {
        /**
         * Only bots of this type (see BotType); an unknown type gives an empty list.
         */
        type?: string;
    };
    /**
     * Bots per page.
     */
    limit?: number;
    /**
     * How many bots to skip.
     */
    offset?: number;
};

/**
 * The success envelope of imbot.v2.Bot.list.
 */
export type ImbotV2BotListSuccess = {
    /**
     * A page of bots.
     */
    result: {
        /**
         * The bots.
         */
        bots: Array<Bot>;
        /**
         * The bots' users.
         */
        users: Array<User>;
        /**
         * Whether another page follows.
         */
        hasNextPage: boolean;
    };
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Bot.list.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2BotListBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Bot.list.
 */
export type ImbotV2BotListBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2BotListBadRequestCode;
};

/**
 * Parameters of imbot.v2.Bot.unregister.
 */
export type ImbotV2BotUnregisterParams = {
    botId: BotId;
    botToken?: BotToken;
};

/**
 * The success envelope of imbot.v2.Bot.unregister.
 */
export type ImbotV2BotUnregisterSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Bot.unregister.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - BOT_ID_REQUIRED: `botId` is missing.
 * - BOT_NOT_FOUND: no bot has this id.
 * - BOT_UNREGISTER_FAILED: the portal could not delete the bot.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2BotUnregisterBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'BOT_UNREGISTER_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Bot.unregister.
 */
export type ImbotV2BotUnregisterBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2BotUnregisterBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.add.
 */
export type ImbotV2ChatAddParams = {
    botId: BotId;
    botToken?: BotToken;
    /**
     * The new chat.
     */
    fields?: {
        /**
         * Title.
         */
        title?: string;
        /**
         * Description.
         */
        description?: string;
        color?: ChatColorV2;
        avatar?: Base64Image;
        userIds?: UserIds;
        /**
         * Owner of the chat; the bot when missing.
         */
        ownerId?: number;
        /**
         * First message, sent by the bot.
         */
        message?: string;
    };
};

/**
 * The success envelope of imbot.v2.Chat.add.
 */
export type ImbotV2ChatAddSuccess = {
    /**
     * The new chat and its members.
     */
    result: {
        chat: Chat;
        /**
         * Members of the chat.
         */
        users: Array<User>;
    };
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.get.
 */
export type ImbotV2ChatGetParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
};

/**
 * The success envelope of imbot.v2.Chat.get.
 */
export type ImbotV2ChatGetSuccess = {
    /**
     * The chat.
     */
    result: {
        chat: Chat;
    };
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.update.
 */
export type ImbotV2ChatUpdateParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    /**
     * What to change.
     */
    fields: {
        /**
         * New title.
         */
        title?: string;
        /**
         * New description.
         */
        description?: string;
        color?: ChatColorV2;
        avatar?: Base64Image;
    };
};

/**
 * The success envelope of imbot.v2.Chat.update.
 */
export type ImbotV2ChatUpdateSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.leave.
 */
export type ImbotV2ChatLeaveParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
};

/**
 * The success envelope of imbot.v2.Chat.leave.
 */
export type ImbotV2ChatLeaveSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.setOwner.
 */
export type ImbotV2ChatSetOwnerParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    /**
     * The new owner.
     */
    userId: number;
};

/**
 * The success envelope of imbot.v2.Chat.setOwner.
 */
export type ImbotV2ChatSetOwnerSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.User.add.
 */
export type ImbotV2ChatUserAddParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    userIds: UserIds;
};

/**
 * The success envelope of imbot.v2.Chat.User.add.
 */
export type ImbotV2ChatUserAddSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.User.delete.
 */
export type ImbotV2ChatUserDeleteParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    /**
     * The user to remove.
     */
    userId: number;
};

/**
 * The success envelope of imbot.v2.Chat.User.delete.
 */
export type ImbotV2ChatUserDeleteSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.User.list.
 */
export type ImbotV2ChatUserListParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    /**
     * Sort order: a field (`id`, `lastSendMessageId`, `userId`) and ASC or DESC.
     */
    order?: {
        id?: SortDirection;
        lastSendMessageId?: SortDirection;
        userId?: SortDirection;
    };
    /**
     * How many members at most.
     */
    limit?: number;
};

/**
 * The success envelope of imbot.v2.Chat.User.list.
 */
export type ImbotV2ChatUserListSuccess = {
    /**
     * The members.
     */
    result: Array<User>;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.Manager.add.
 */
export type ImbotV2ChatManagerAddParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    userIds: UserIds;
};

/**
 * The success envelope of imbot.v2.Chat.Manager.add.
 */
export type ImbotV2ChatManagerAddSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Manager.add.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - BOT_ID_REQUIRED: `botId` is missing.
 * - BOT_NOT_FOUND: no bot has this id.
 * - EMPTY_USER_IDS: `userIds` is missing or empty.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatManagerAddBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_USER_IDS' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Manager.add.
 */
export type ImbotV2ChatManagerAddBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatManagerAddBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.Manager.delete.
 */
export type ImbotV2ChatManagerDeleteParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    userIds: UserIds;
};

/**
 * The success envelope of imbot.v2.Chat.Manager.delete.
 */
export type ImbotV2ChatManagerDeleteSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Manager.delete.
 * - BOT_TOKEN_NOT_SPECIFIED: an incoming-webhook call without `botToken`.
 * - BOT_ID_REQUIRED: `botId` is missing.
 * - BOT_NOT_FOUND: no bot has this id.
 * - EMPTY_USER_IDS: `userIds` is missing or empty.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatManagerDeleteBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_USER_IDS' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Manager.delete.
 */
export type ImbotV2ChatManagerDeleteBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatManagerDeleteBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.InputAction.notify.
 */
export type ImbotV2ChatInputActionNotifyParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    statusMessageCode?: InputActionStatusCode;
    /**
     * Seconds to show it; the portal picks when missing.
     */
    duration?: number;
};

/**
 * The success envelope of imbot.v2.Chat.InputAction.notify.
 */
export type ImbotV2ChatInputActionNotifySuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.TextField.enabled.
 */
export type ImbotV2ChatTextFieldEnabledParams = {
    botId: BotId;
    botToken?: BotToken;
    dialogId: DialogId;
    /**
     * true to turn the field on, false to turn it off.
     */
    enabled?: boolean;
};

/**
 * The success envelope of imbot.v2.Chat.TextField.enabled.
 */
export type ImbotV2ChatTextFieldEnabledSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Message text (BB codes allowed), at most 20,000 characters: the limit of the chat-bots-v2 overview and the method pages. The send page says portals cut a longer text and append " (...)"; this contract rejects it (INVALID_FORMAT) so nothing is lost silently.
 */
export type ImbotV2MessageText = string;

/**
 * One keyboard button (V2/messages/message-keyboards.md). Keys are upper case as on the page. A button needs TEXT and one action (LINK, COMMAND, ACTION with ACTION_VALUE, or APP_ID); a button with only TYPE NEWLINE starts a new row. The schema does not enforce those combinations: portals decide.
 */
export type ImbotV2KeyboardButton = {
    /**
     * Caption.
     */
    TEXT?: string;
    /**
     * NEWLINE puts the next buttons on a new row.
     */
    TYPE?: 'NEWLINE';
    /**
     * http(s) URL or a relative path starting with /.
     */
    LINK?: string;
    /**
     * Bot command run on press (ONIMBOTV2COMMANDADD, context keyboard).
     */
    COMMAND?: string;
    /**
     * Parameters for COMMAND.
     */
    COMMAND_PARAMS?: string;
    /**
     * Client-side action.
     */
    ACTION?: 'PUT' | 'SEND' | 'COPY' | 'CALL' | 'DIALOG';
    /**
     * Text, phone number or dialog id for ACTION.
     */
    ACTION_VALUE?: string;
    /**
     * Chat application to open (deprecated by the page).
     */
    APP_ID?: number;
    /**
     * Launch parameters for APP_ID (deprecated by the page).
     */
    APP_PARAMS?: string;
    /**
     * Y: disable a COMMAND button after one press. Default N.
     */
    BLOCK?: 'Y' | 'N';
    /**
     * Y: the button is inactive. Default N.
     */
    DISABLED?: 'Y' | 'N';
    /**
     * Where to show it. Default ALL.
     */
    CONTEXT?: 'MOBILE' | 'DESKTOP' | 'ALL';
    /**
     * Inline or full-width. Default BLOCK.
     */
    DISPLAY?: 'LINE' | 'BLOCK';
    /**
     * Width in pixels.
     */
    WIDTH?: number;
    /**
     * Background colour, hex.
     */
    BG_COLOR?: string;
    /**
     * Background colour token. Default base.
     */
    BG_COLOR_TOKEN?: 'primary' | 'secondary' | 'alert' | 'base';
    /**
     * Text colour, hex.
     */
    TEXT_COLOR?: string;
    /**
     * Background colour when inactive.
     */
    OFF_BG_COLOR?: string;
    /**
     * Text colour when inactive.
     */
    OFF_TEXT_COLOR?: string;
};

/**
 * Buttons under a message: the short form (an array of buttons) or the full form (an object with BUTTONS and, for updates, the BOT_ID that routes the button commands). The method pages type it as an array; the keyboards page documents both forms.
 */
export type ImbotV2Keyboard = Array<ImbotV2KeyboardButton> | {
    /**
     * Bot that receives the button commands.
     */
    BOT_ID?: number;
    BUTTONS: Array<ImbotV2KeyboardButton>;
};

/**
 * Rich attachment (V2/messages/attachments/index.md): the full form, an object with ID, COLOR_TOKEN, COLOR and BLOCKS, or the short form, an array of blocks. Each block is an object with one key naming its type (MESSAGE, LINK, USER, GRID, IMAGE, FILE, DELIMITER). The method pages type it as an array; the attachments page documents both forms. Blocks are not checked further here.
 */
export type ImbotV2Attach = Array<{
    [key: string]: unknown;
}> | {
    /**
     * Attachment id.
     */
    ID?: number;
    /**
     * Colour token, e.g. primary, secondary, alert, base.
     */
    COLOR_TOKEN?: string;
    /**
     * Colour, hex.
     */
    COLOR?: string;
    BLOCKS?: Array<{
        [key: string]: unknown;
    }>;
};

/**
 * The 48 reaction codes listed on V2/messages/chat-message-reaction-add.md. The page warns the list may change without notice.
 */
export type ImbotV2KnownReactionCode = 'like' | 'dislike' | 'faceWithTearsOfJoy' | 'redHeart' | 'neutralFace' | 'fire' | 'cry' | 'slightlySmilingFace' | 'winkingFace' | 'laugh' | 'kiss' | 'wonder' | 'slightlyFrowningFace' | 'loudlyCryingFace' | 'faceWithStuckOutTongue' | 'faceWithStuckOutTongueAndWinkingEye' | 'smilingFaceWithSunglasses' | 'confusedFace' | 'flushedFace' | 'thinkingFace' | 'angry' | 'smilingFaceWithHorns' | 'faceWithThermometer' | 'facepalm' | 'poo' | 'flexedBiceps' | 'clappingHands' | 'raisedHand' | 'smilingFaceWithHeartEyes' | 'smilingFaceWithHearts' | 'pleadingFace' | 'relievedFace' | 'foldedHands' | 'okHand' | 'signHorns' | 'loveYouGesture' | 'clownFace' | 'partyingFace' | 'questionMark' | 'exclamationMark' | 'lightBulb' | 'bomb' | 'sleepingSymbol' | 'crossMark' | 'whiteHeavyCheckMark' | 'eyes' | 'handshake' | 'hundredPoints';

/**
 * A reaction code: one of the known codes, or another non-empty string. Not a closed enum on purpose: the list may change, and portals answer an unknown code with REACTION_NOT_FOUND (a stand-in portal should do the same for codes outside ImbotV2KnownReactionCode), not INVALID_FORMAT.
 */
export type ImbotV2ReactionCode = ImbotV2KnownReactionCode | string;

/**
 * Command name without the leading slash, e.g. help. Responses and events show it with the slash (/help).
 */
export type ImbotV2CommandName = string;

/**
 * Text per language: keys are two-letter lower-case language codes (en, de, ...).
 */
export type ImbotV2LocalizedText = {
    [key: string]: string;
};

/**
 * Changes to a per-language text: a string sets that language, null removes it, a language left out keeps its text.
 */
export type ImbotV2LocalizedTextPatch = {
    [key: string]: string | null;
};

/**
 * The bot as webhook deliveries carry it: only id, code and the OAuth tokens for calls back (V2/events/events.md, bot format). Event.get (fetch mode) carries the full Bot instead.
 */
export type ImbotV2EventWebhookBot = {
    id: BotId;
    /**
     * The bot code.
     */
    code: string;
    /**
     * OAuth data for calling back as this bot (access_token, expires, domain, application_token, ...). Verify deliveries with the top-level auth, not this one.
     */
    auth?: {
        [key: string]: unknown;
    };
    [key: string]: unknown;
};

/**
 * The bot an event is for: the full Bot in fetch mode (Event.get), id/code/auth in webhook mode.
 */
export type ImbotV2EventBot = Bot | ImbotV2EventWebhookBot;

/**
 * The portal language, e.g. en or de.
 */
export type ImbotV2EventLanguage = string;

/**
 * The command a user invoked (ONIMBOTV2COMMANDADD).
 */
export type ImbotV2EventCommand = {
    id: CommandId;
    /**
     * The command with its slash, e.g. /help.
     */
    command: string;
    /**
     * Text after the command.
     */
    params?: string;
    /**
     * How it was invoked: typed, a keyboard button, or the context menu.
     */
    context?: 'textarea' | 'keyboard' | 'menu';
    [key: string]: unknown;
};

/**
 * `data` of ONIMBOTV2MESSAGEADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventMessageAddData = {
    bot: ImbotV2EventBot;
    message: Message;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2MESSAGEADD: A message was sent to the bot (a mention or a one-to-one dialog; supervisor and personal bots get every message of their chats).
 */
export type ImbotV2EventMessageAdd = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2MESSAGEADD';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventMessageAddData;
};

/**
 * `data` of ONIMBOTV2MESSAGEUPDATE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventMessageUpdateData = {
    bot: ImbotV2EventBot;
    message: Message;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2MESSAGEUPDATE: A message in a chat of the bot was edited. The page gives no example and says the data is shaped like ONIMBOTV2MESSAGEADD; this schema follows that.
 */
export type ImbotV2EventMessageUpdate = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2MESSAGEUPDATE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventMessageUpdateData;
};

/**
 * `data` of ONIMBOTV2MESSAGEDELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventMessageDeleteData = {
    bot: ImbotV2EventBot;
    messageId: MessageId;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2MESSAGEDELETE: A message in a chat of the bot was deleted; only its id is left. The page gives the field table but no example.
 */
export type ImbotV2EventMessageDelete = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2MESSAGEDELETE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventMessageDeleteData;
};

/**
 * `data` of ONIMBOTV2JOINCHAT (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventJoinChatData = {
    bot: ImbotV2EventBot;
    dialogId: DialogId;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2JOINCHAT: The bot was added to a chat; `user` is who added it.
 */
export type ImbotV2EventJoinChat = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2JOINCHAT';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventJoinChatData;
};

/**
 * `data` of ONIMBOTV2COMMANDADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventCommandAddData = {
    bot: ImbotV2EventBot;
    command: ImbotV2EventCommand;
    message: Message;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2COMMANDADD: A user invoked a command of the bot. A message with several commands gives one event per command. Answer with Command.answer.
 */
export type ImbotV2EventCommandAdd = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2COMMANDADD';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventCommandAddData;
};

/**
 * `data` of ONIMBOTV2REACTIONCHANGE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventReactionChangeData = {
    bot: ImbotV2EventBot;
    reaction: ImbotV2ReactionCode;
    /**
     * add: the reaction was set; delete: removed.
     */
    action: 'add' | 'delete';
    message: Message;
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2REACTIONCHANGE: A user added or removed a reaction on a message of the bot.
 */
export type ImbotV2EventReactionChange = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2REACTIONCHANGE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventReactionChangeData;
};

/**
 * `data` of ONIMBOTV2CONTEXTGET (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventContextGetData = {
    bot: ImbotV2EventBot;
    dialogId: DialogId;
    /**
     * Whatever the caller passed when opening the dialog.
     */
    context: {
        [key: string]: unknown;
    };
    chat: Chat;
    user: User;
    language: ImbotV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2CONTEXTGET: A user opened a dialog with the bot passing context data (a link with BOT_CONTEXT, a deep link or the JS API).
 */
export type ImbotV2EventContextGet = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2CONTEXTGET';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventContextGetData;
};

/**
 * `data` of ONIMBOTV2DELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImbotV2EventDeleteData = {
    bot: ImbotV2EventBot;
    [key: string]: unknown;
};

/**
 * ONIMBOTV2DELETE: The bot was deleted; the last event it receives.
 */
export type ImbotV2EventDelete = {
    /**
     * Queue id of the event; Event.get confirms ids below `offset`.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMBOTV2DELETE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImbotV2EventDeleteData;
};

/**
 * One bot event from Event.get, told apart by `type`. Only the eight ONIMBOTV2* bot events are described; user events (ONIMV2*, returned with withUserEvents) are not part of this contract.
 */
export type ImbotV2Event = ({
    type: 'ONIMBOTV2MESSAGEADD';
} & ImbotV2EventMessageAdd) | ({
    type: 'ONIMBOTV2MESSAGEUPDATE';
} & ImbotV2EventMessageUpdate) | ({
    type: 'ONIMBOTV2MESSAGEDELETE';
} & ImbotV2EventMessageDelete) | ({
    type: 'ONIMBOTV2JOINCHAT';
} & ImbotV2EventJoinChat) | ({
    type: 'ONIMBOTV2COMMANDADD';
} & ImbotV2EventCommandAdd) | ({
    type: 'ONIMBOTV2REACTIONCHANGE';
} & ImbotV2EventReactionChange) | ({
    type: 'ONIMBOTV2CONTEXTGET';
} & ImbotV2EventContextGet) | ({
    type: 'ONIMBOTV2DELETE';
} & ImbotV2EventDelete);

/**
 * The top-level `auth` of a webhook delivery (api-reference/events/index.md): the portal and the application token. Verify a delivery by comparing application_token with the one saved at install, in constant time (api-reference/events/safe-event-handlers.md); not data.bot.auth. An application also gets OAuth tokens here when the event came from a user; an outgoing webhook only the keys below.
 */
export type ImbotV2EventAuth = {
    /**
     * Proves the delivery comes from the portal.
     */
    application_token: string;
    /**
     * The portal's host name.
     */
    domain?: string;
    /**
     * The portal's REST base URL.
     */
    client_endpoint?: string;
    /**
     * The OAuth server's REST base URL.
     */
    server_endpoint?: string;
    /**
     * Id of the portal.
     */
    member_id?: string;
    /**
     * OAuth token of the user behind the event, when there is one.
     */
    access_token?: string;
    /**
     * Seconds until access_token expires.
     */
    expires_in?: number;
    /**
     * The scope of the subscription.
     */
    scope?: string;
    /**
     * Application status (L local, F free, D demo, T trial, P paid).
     */
    status?: string;
    /**
     * Only with some events (OnAppInstall).
     */
    refresh_token?: string;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2MESSAGEADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEADD). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventMessageAddDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2MESSAGEADD';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventMessageAddData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2MESSAGEUPDATE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEUPDATE). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventMessageUpdateDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2MESSAGEUPDATE';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventMessageUpdateData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2MESSAGEDELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEDELETE). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventMessageDeleteDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2MESSAGEDELETE';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventMessageDeleteData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2JOINCHAT: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2JOINCHAT). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventJoinChatDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2JOINCHAT';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventJoinChatData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2COMMANDADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2COMMANDADD). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventCommandAddDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2COMMANDADD';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventCommandAddData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2REACTIONCHANGE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2REACTIONCHANGE). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventReactionChangeDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2REACTIONCHANGE';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventReactionChangeData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2CONTEXTGET: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2CONTEXTGET). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventContextGetDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2CONTEXTGET';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventContextGetData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * A webhook delivery of ONIMBOTV2DELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2DELETE). `data` is the same schema Event.get returns for this event.
 */
export type ImbotV2EventDeleteDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONIMBOTV2DELETE';
    /**
     * Id of the subscription that delivered it.
     */
    event_handler_id?: number;
    data: ImbotV2EventDeleteData;
    /**
     * When the queue sent it, in Unix seconds.
     */
    ts: number;
    auth: ImbotV2EventAuth;
    [key: string]: unknown;
};

/**
 * Parameters of imbot.v2.Chat.Message.send.
 */
export type ImbotV2ChatMessageSendParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The dialog: chat{id} for a group chat, the user id for a one-to-one dialog.
     */
    dialogId: DialogId;
    /**
     * The message. It needs text or an attachment (else EMPTY_MESSAGE).
     */
    fields?: {
        /**
         * Text, at most 20,000 characters.
         */
        message?: ImbotV2MessageText;
        attach?: ImbotV2Attach;
        keyboard?: ImbotV2Keyboard;
        /**
         * Send as a system message (authorId 0; the bot cannot edit it later). JSON booleans; portals also read "Y"/"N".
         */
        system?: boolean;
        /**
         * Show link previews. JSON booleans; portals also read "Y"/"N".
         */
        urlPreview?: boolean;
        /**
         * Id of the message this one replies to.
         */
        replyId?: number;
        /**
         * UUID of a message template.
         */
        templateId?: string;
        /**
         * Messages to forward, as {uuid: messageId}: the keys are any UUIDs the caller picks, answered back in uuidMap with the new ids. Up to 100, only from chats the bot is in.
         */
        forwardIds?: {
            [key: string]: number;
        };
        /**
         * Not in the page's table; named by the change log (BOT-FIX-0402-2): do not pass the message to an Open Channel connector. JSON booleans; portals also read "Y"/"N".
         */
        skipConnector?: boolean;
        /**
         * Not in the page's table; named by the change log (BOT-FIX-0402-2): pass the message to the connector without notifying. JSON booleans; portals also read "Y"/"N".
         */
        silentConnector?: boolean;
    };
};

/**
 * What imbot.v2.Chat.Message.send returns.
 */
export type ImbotV2ChatMessageSendResult = {
    /**
     * Id of the new message.
     */
    id: MessageId;
    /**
     * For forwarded messages: the caller's UUID -> the new message id.
     */
    uuidMap: {
        [key: string]: number;
    };
};

/**
 * Success envelope of imbot.v2.Chat.Message.send.
 */
export type ImbotV2ChatMessageSendSuccess = {
    result: ImbotV2ChatMessageSendResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Message.send.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - EMPTY_MESSAGE: neither text nor attachments.
 * - SENDING_FAILED: the portal could not send it.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatMessageSendBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_MESSAGE' | 'SENDING_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Message.send.
 */
export type ImbotV2ChatMessageSendBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageSendBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.Message.update.
 */
export type ImbotV2ChatMessageUpdateParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message to edit.
     */
    messageId: MessageId;
    /**
     * What to change; fields left out stay.
     */
    fields: {
        /**
         * New text, at most 20,000 characters.
         */
        message?: ImbotV2MessageText;
        attach?: ImbotV2Attach;
        /**
         * New keyboard, or the string "N" to remove it.
         */
        keyboard?: ImbotV2Keyboard | 'N';
        /**
         * Show link previews. This page types it as the string Y/N (default Y) where send takes a boolean; both forms are accepted.
         */
        urlPreview?: true | false | 'Y' | 'N';
    };
};

/**
 * Success envelope of imbot.v2.Chat.Message.update.
 */
export type ImbotV2ChatMessageUpdateSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.Message.delete.
 */
export type ImbotV2ChatMessageDeleteParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message to delete.
     */
    messageId: MessageId;
    /**
     * true: remove the record for good; false (default): mark it deleted. JSON booleans; portals also read "Y"/"N".
     */
    complete?: boolean;
};

/**
 * Success envelope of imbot.v2.Chat.Message.delete.
 */
export type ImbotV2ChatMessageDeleteSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Chat.Message.read.
 */
export type ImbotV2ChatMessageReadParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The dialog: chat{id} for a group chat, the user id for a one-to-one dialog.
     */
    dialogId: DialogId;
    /**
     * Read up to and including this message; left out: the whole dialog.
     */
    messageId?: MessageId;
};

/**
 * What imbot.v2.Chat.Message.read returns.
 */
export type ImbotV2ChatMessageReadResult = {
    /**
     * The chat id.
     */
    chatId: number;
    /**
     * Id of the last message now read.
     */
    lastId: number;
    /**
     * Messages still unread.
     */
    counter?: number;
    /**
     * Ids of the messages this call marked read.
     */
    viewedMessages?: Array<number>;
};

/**
 * Success envelope of imbot.v2.Chat.Message.read.
 */
export type ImbotV2ChatMessageReadSuccess = {
    result: ImbotV2ChatMessageReadResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Message.read.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - MESSAGE_NOT_FOUND: messageId is unknown or out of reach.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatMessageReadBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'MESSAGE_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Message.read.
 */
export type ImbotV2ChatMessageReadBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageReadBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.Message.get.
 */
export type ImbotV2ChatMessageGetParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message to read.
     */
    messageId: MessageId;
};

/**
 * What imbot.v2.Chat.Message.get returns.
 */
export type ImbotV2ChatMessageGetResult = {
    message: Message;
    /**
     * The author.
     */
    user: User;
};

/**
 * Success envelope of imbot.v2.Chat.Message.get.
 */
export type ImbotV2ChatMessageGetSuccess = {
    result: ImbotV2ChatMessageGetResult;
    time: ResponseTime;
};

/**
 * HTTP 403 codes of imbot.v2.Chat.Message.get.
 * - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
 * - ACCESS_DENIED: REST is not available on the portal's plan.
 * - BOT_TYPE_NOT_ALLOWED: the bot is neither supervisor nor personal.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the imbot scope.
 *
 */
export type ImbotV2ChatMessageGetForbiddenCode = 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'BOT_TYPE_NOT_ALLOWED' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * An HTTP 403 error of imbot.v2.Chat.Message.get.
 */
export type ImbotV2ChatMessageGetForbiddenError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageGetForbiddenCode;
};

/**
 * Parameters of imbot.v2.Chat.Message.getContext.
 */
export type ImbotV2ChatMessageGetContextParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message in the middle.
     */
    messageId: MessageId;
    /**
     * Messages on each side, 1 to 50.
     */
    range?: number;
};

/**
 * What imbot.v2.Chat.Message.getContext returns.
 */
export type ImbotV2ChatMessageGetContextResult = {
    /**
     * Oldest first.
     */
    messages: Array<Message>;
    /**
     * Authors of the messages.
     */
    users: Array<User>;
    /**
     * Older messages exist.
     */
    hasPrevPage: boolean;
    /**
     * Newer messages exist.
     */
    hasNextPage: boolean;
};

/**
 * Success envelope of imbot.v2.Chat.Message.getContext.
 */
export type ImbotV2ChatMessageGetContextSuccess = {
    result: ImbotV2ChatMessageGetContextResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Message.getContext.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - MESSAGE_NOT_FOUND: no such message.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatMessageGetContextBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'MESSAGE_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Message.getContext.
 */
export type ImbotV2ChatMessageGetContextBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageGetContextBadRequestCode;
};

/**
 * HTTP 403 codes of imbot.v2.Chat.Message.getContext.
 * - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
 * - ACCESS_DENIED: REST is not available on the portal's plan.
 * - BOT_TYPE_NOT_ALLOWED: the bot is neither supervisor nor personal.
 * - MESSAGE_ACCESS_DENIED: the bot is not in the chat or cannot see its history.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the imbot scope.
 *
 */
export type ImbotV2ChatMessageGetContextForbiddenCode = 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'BOT_TYPE_NOT_ALLOWED' | 'MESSAGE_ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * An HTTP 403 error of imbot.v2.Chat.Message.getContext.
 */
export type ImbotV2ChatMessageGetContextForbiddenError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageGetContextForbiddenCode;
};

/**
 * Parameters of imbot.v2.Chat.Message.Reaction.add.
 */
export type ImbotV2ChatMessageReactionAddParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message.
     */
    messageId: MessageId;
    /**
     * The reaction code, e.g. like.
     */
    reaction: ImbotV2ReactionCode;
};

/**
 * Success envelope of imbot.v2.Chat.Message.Reaction.add.
 */
export type ImbotV2ChatMessageReactionAddSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Message.Reaction.add.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - REACTION_NOT_FOUND: the code is not a known reaction.
 * - REACTION_ALREADY_SET: the bot already has this reaction on the message.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatMessageReactionAddBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'REACTION_NOT_FOUND' | 'REACTION_ALREADY_SET' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Message.Reaction.add.
 */
export type ImbotV2ChatMessageReactionAddBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageReactionAddBadRequestCode;
};

/**
 * Parameters of imbot.v2.Chat.Message.Reaction.delete.
 */
export type ImbotV2ChatMessageReactionDeleteParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The message.
     */
    messageId: MessageId;
    /**
     * The reaction code, e.g. like.
     */
    reaction: ImbotV2ReactionCode;
};

/**
 * Success envelope of imbot.v2.Chat.Message.Reaction.delete.
 */
export type ImbotV2ChatMessageReactionDeleteSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Chat.Message.Reaction.delete.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - REACTION_NOT_FOUND: the code is not a known reaction.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2ChatMessageReactionDeleteBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'REACTION_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Chat.Message.Reaction.delete.
 */
export type ImbotV2ChatMessageReactionDeleteBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2ChatMessageReactionDeleteBadRequestCode;
};

/**
 * Parameters of imbot.v2.Command.register.
 */
export type ImbotV2CommandRegisterParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The command.
     */
    fields: {
        /**
         * The command, without the slash. Missing or empty: COMMAND_REQUIRED; not a string: COMMAND_NAME_INVALID (V2/commands/command-register.md).
         */
        command: ImbotV2CommandName;
        /**
         * Title per language; needed unless hidden (else COMMAND_TITLE_REQUIRED).
         */
        title?: ImbotV2LocalizedText;
        /**
         * Parameter hint per language.
         */
        params?: ImbotV2LocalizedText;
        /**
         * true: usable in every chat; false: only in the bot's dialog and chats it is in. JSON booleans; portals also read "Y"/"N".
         */
        common?: boolean;
        /**
         * Hide from the command list. JSON booleans; portals also read "Y"/"N".
         */
        hidden?: boolean;
        /**
         * Available to extranet users. JSON booleans; portals also read "Y"/"N".
         */
        extranetSupport?: boolean;
    };
};

/**
 * What imbot.v2.Command.register returns.
 */
export type ImbotV2CommandRegisterResult = {
    command: Command;
};

/**
 * Success envelope of imbot.v2.Command.register.
 */
export type ImbotV2CommandRegisterSuccess = {
    result: ImbotV2CommandRegisterResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Command.register.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - COMMAND_REQUIRED: fields.command is missing.
 * - COMMAND_NAME_INVALID: the command is not a string.
 * - COMMAND_TITLE_REQUIRED: no title for a visible command.
 * - COMMAND_REGISTER_FAILED: the portal could not register it.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2CommandRegisterBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_REQUIRED' | 'COMMAND_NAME_INVALID' | 'COMMAND_TITLE_REQUIRED' | 'COMMAND_REGISTER_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Command.register.
 */
export type ImbotV2CommandRegisterBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2CommandRegisterBadRequestCode;
};

/**
 * Parameters of imbot.v2.Command.update.
 */
export type ImbotV2CommandUpdateParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The command to change.
     */
    commandId: CommandId;
    /**
     * What to change; fields left out stay.
     */
    fields: {
        /**
         * New name, without the slash. Empty: COMMAND_NAME_EMPTY; not a string: COMMAND_NAME_INVALID (V2/commands/command-update.md).
         */
        command?: ImbotV2CommandName;
        /**
         * Title changes per language.
         */
        title?: ImbotV2LocalizedTextPatch;
        /**
         * Hint changes per language; only languages also given in title apply.
         */
        params?: ImbotV2LocalizedTextPatch;
        /**
         * Usable in every chat. JSON booleans; portals also read "Y"/"N".
         */
        common?: boolean;
        /**
         * Hide from the command list. JSON booleans; portals also read "Y"/"N".
         */
        hidden?: boolean;
        /**
         * Available to extranet users. JSON booleans; portals also read "Y"/"N".
         */
        extranetSupport?: boolean;
    };
};

/**
 * What imbot.v2.Command.update returns.
 */
export type ImbotV2CommandUpdateResult = {
    command: Command;
};

/**
 * Success envelope of imbot.v2.Command.update.
 */
export type ImbotV2CommandUpdateSuccess = {
    result: ImbotV2CommandUpdateResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Command.update.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - COMMAND_NOT_FOUND: no such command for this bot.
 * - COMMAND_NAME_EMPTY: an empty name was given.
 * - COMMAND_NAME_INVALID: the name is not a string.
 * - COMMAND_ALREADY_EXISTS: the bot already has a command with that name.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2CommandUpdateBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_NOT_FOUND' | 'COMMAND_NAME_EMPTY' | 'COMMAND_NAME_INVALID' | 'COMMAND_ALREADY_EXISTS' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Command.update.
 */
export type ImbotV2CommandUpdateBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2CommandUpdateBadRequestCode;
};

/**
 * Parameters of imbot.v2.Command.list.
 */
export type ImbotV2CommandListParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
};

/**
 * What imbot.v2.Command.list returns.
 */
export type ImbotV2CommandListResult = {
    commands: Array<Command>;
};

/**
 * Success envelope of imbot.v2.Command.list.
 */
export type ImbotV2CommandListSuccess = {
    result: ImbotV2CommandListResult;
    time: ResponseTime;
};

/**
 * Parameters of imbot.v2.Command.unregister.
 */
export type ImbotV2CommandUnregisterParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The command to delete.
     */
    commandId: CommandId;
};

/**
 * Success envelope of imbot.v2.Command.unregister.
 */
export type ImbotV2CommandUnregisterSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Command.unregister.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - COMMAND_NOT_FOUND: no such command for this bot.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2CommandUnregisterBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Command.unregister.
 */
export type ImbotV2CommandUnregisterBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2CommandUnregisterBadRequestCode;
};

/**
 * Parameters of imbot.v2.Command.answer.
 */
export type ImbotV2CommandAnswerParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The command called (data.command.id).
     */
    commandId: CommandId;
    /**
     * The message holding the command (data.message.id).
     */
    messageId: MessageId;
    /**
     * The dialog the command came from (data.chat.dialogId).
     */
    dialogId: DialogId;
    /**
     * The answer.
     */
    fields?: {
        /**
         * Text, at most 20,000 characters.
         */
        message?: ImbotV2MessageText;
        attach?: ImbotV2Attach;
        keyboard?: ImbotV2Keyboard;
        /**
         * Send as a system message. JSON booleans; portals also read "Y"/"N".
         */
        system?: boolean;
        /**
         * Show link previews. JSON booleans; portals also read "Y"/"N".
         */
        urlPreview?: boolean;
    };
};

/**
 * Success envelope of imbot.v2.Command.answer.
 */
export type ImbotV2CommandAnswerSuccess = {
    result: BooleanResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Command.answer.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - COMMAND_ANSWER_FAILED: the answer could not be sent.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2CommandAnswerBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_ANSWER_FAILED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Command.answer.
 */
export type ImbotV2CommandAnswerBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2CommandAnswerBadRequestCode;
};

/**
 * Parameters of imbot.v2.File.upload.
 */
export type ImbotV2FileUploadParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The dialog: chat{id} for a group chat, the user id for a one-to-one dialog.
     */
    dialogId: DialogId;
    /**
     * The file.
     */
    fields: {
        /**
         * File name with extension. Missing or empty: FILE_EMPTY.
         */
        name: string;
        /**
         * The file's bytes in base64, without a data: prefix. Missing or empty: FILE_EMPTY. Files are limited to 100 MB (read as 100 x 1024 x 1024 = 104,857,600 bytes), which is 139,810,136 base64 characters (ceil(bytes / 3) * 4); a longer text is FILE_TOO_LARGE. The alphabet is not checked here: portals answer FILE_INVALID_CONTENT for text that is not base64.
         */
        content: string;
        /**
         * Text posted with the file.
         */
        message?: ImbotV2MessageText;
    };
};

/**
 * What imbot.v2.File.upload returns.
 */
export type ImbotV2FileUploadResult = {
    file: File;
    /**
     * The message carrying the file.
     */
    messageId: MessageId;
    /**
     * The chat id.
     */
    chatId?: number;
    dialogId?: DialogId;
};

/**
 * Success envelope of imbot.v2.File.upload.
 */
export type ImbotV2FileUploadSuccess = {
    result: ImbotV2FileUploadResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.File.upload.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - FILE_EMPTY: name or content missing.
 * - FILE_INVALID_CONTENT: content is not base64.
 * - FILE_FOLDER_ERROR: the chat has no usable Drive folder.
 * - FILE_UPLOAD_FAILED: Drive refused the file.
 * - FILE_SEND_FAILED: the file was stored but the message failed.
 * - FILE_TOO_LARGE: over 100 MB.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2FileUploadBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'FILE_EMPTY' | 'FILE_INVALID_CONTENT' | 'FILE_FOLDER_ERROR' | 'FILE_UPLOAD_FAILED' | 'FILE_SEND_FAILED' | 'FILE_TOO_LARGE' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.File.upload.
 */
export type ImbotV2FileUploadBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2FileUploadBadRequestCode;
};

/**
 * Parameters of imbot.v2.File.download.
 */
export type ImbotV2FileDownloadParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * The file on Drive (File.id, e.g. from File.upload).
     */
    fileId: FileId;
};

/**
 * What imbot.v2.File.download returns.
 */
export type ImbotV2FileDownloadResult = {
    /**
     * One-time download link.
     */
    downloadUrl: string;
};

/**
 * Success envelope of imbot.v2.File.download.
 */
export type ImbotV2FileDownloadSuccess = {
    result: ImbotV2FileDownloadResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.File.download.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - FILE_NOT_FOUND: no such file.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2FileDownloadBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'FILE_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.File.download.
 */
export type ImbotV2FileDownloadBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2FileDownloadBadRequestCode;
};

/**
 * HTTP 403 codes of imbot.v2.File.download.
 * - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
 * - ACCESS_DENIED: REST is not available on the portal's plan.
 * - FILE_ACCESS_ERROR: the bot may not download it.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the imbot scope.
 *
 */
export type ImbotV2FileDownloadForbiddenCode = 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'FILE_ACCESS_ERROR' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * An HTTP 403 error of imbot.v2.File.download.
 */
export type ImbotV2FileDownloadForbiddenError = BitrixErrorEnvelope & {
    error?: ImbotV2FileDownloadForbiddenCode;
};

/**
 * Parameters of imbot.v2.Event.get.
 */
export type ImbotV2EventGetParams = {
    /**
     * Id of the bot acting. Missing: BOT_ID_REQUIRED.
     */
    botId: BotId;
    /**
     * The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out.
     */
    botToken?: BotToken;
    /**
     * Confirms the events with lower ids; left out on the first call.
     */
    offset?: number;
    /**
     * Most events to return, 1 to 1000.
     */
    limit?: number;
    /**
     * Also return the current user's ONIMV2* events (needs the im scope and im.v2.Event.subscribe; without a subscription USER_NOT_SUBSCRIBED). They come with the bot's, by event id (see ImbotV2EventGetItem), and one offset confirms both; the current user is the call's (the webhook's user, the token's user). JSON booleans; portals also read "Y"/"N".
     */
    withUserEvents?: boolean;
};

/**
 * What imbot.v2.Event.get returns.
 */
export type ImbotV2EventGetResult = {
    /**
     * Oldest first.
     */
    events: Array<ImbotV2Event>;
    /**
     * Pass as offset next time; keep it even when no events came.
     */
    nextOffset: number;
    /**
     * More events are waiting: call again soon.
     */
    hasMore: boolean;
};

/**
 * Success envelope of imbot.v2.Event.get.
 */
export type ImbotV2EventGetSuccess = {
    result: ImbotV2EventGetResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of imbot.v2.Event.get.
 * - BOT_TOKEN_NOT_SPECIFIED: a webhook call without botToken.
 * - BOT_ID_REQUIRED: botId missing.
 * - BOT_NOT_FOUND: no such bot.
 * - USER_NOT_SUBSCRIBED: withUserEvents without im.v2.Event.subscribe.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImbotV2EventGetBadRequestCode = 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'USER_NOT_SUBSCRIBED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of imbot.v2.Event.get.
 */
export type ImbotV2EventGetBadRequestError = BitrixErrorEnvelope & {
    error?: ImbotV2EventGetBadRequestCode;
};

/**
 * HTTP 403 codes of imbot.v2.Event.get.
 * - BOT_OWNERSHIP_ERROR: another application's bot, or a botToken that is not this bot's.
 * - ACCESS_DENIED: REST is not available on the portal's plan.
 * - SCOPE_ERROR: withUserEvents without the im scope.
 * - AUTH_ERROR: withUserEvents and the current user is unknown.
 * - INVALID_CREDENTIALS: the calling user lacks the rights.
 * - insufficient_scope: the token or webhook lacks the imbot scope.
 *
 */
export type ImbotV2EventGetForbiddenCode = 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'SCOPE_ERROR' | 'AUTH_ERROR' | 'INVALID_CREDENTIALS' | 'insufficient_scope';

/**
 * An HTTP 403 error of imbot.v2.Event.get.
 */
export type ImbotV2EventGetForbiddenError = BitrixErrorEnvelope & {
    error?: ImbotV2EventGetForbiddenCode;
};

/**
 * One command: a method name, alone or followed by `?` and its parameters as a URL-encoded query, nested as PHP writes them (`imbot.v2.Chat.Message.send?botId=456&dialogId=chat5&fields[message]=Hi`). A value may take an earlier command's answer as `$result[key][field]...`, at any depth (`$result[get_user][UF_DEPARTMENT][0]`; a list method's answer is a list, so `$result[users][0][ID]`). Commands run in order, so only earlier keys can be named. Inside a form body (`cmd[key]=...`) the command is therefore URL-encoded twice; in a JSON body it is a plain string.
 */
export type BatchCommand = string;

/**
 * The commands, by key: an object with your own keys (`{"get_user": "user.current"}`) or a list (numeric keys 0, 1, ..., as PHP sends `cmd[0]=...&cmd[1]=...`). The key names the command in every map of the answer and in `$result[key]` references. At most 50 commands (`x-bitrix-max-commands` on the operation): the page says commands past the 50th end with ERROR_BATCH_LENGTH_EXCEEDED. A nested `batch` command ends with ERROR_BATCH_METHOD_NOT_ALLOWED (rest 24.0.0 and later).
 */
export type BatchCommands = {
    [key: string]: BatchCommand;
} | Array<BatchCommand>;

/**
 * Parameters of batch (settings/how-to-call-rest-api/batch.md). The auth of the batch request (`auth`, or the webhook in the URL) runs every command: commands carry no auth of their own.
 */
export type BatchParams = {
    /**
     * Stop at the first failing command: the failing command is the last one run, and later commands appear in no map of the answer. Default false: run them all and collect the failures in result_error. Forms send `1`/`0` (read as true/false). The page and the official JS SDK also send the numbers 1 and 0 in JSON bodies, which PHP portals read as booleans; this contract types halt as a boolean, so a JSON number is outside it.
     */
    halt?: boolean;
    cmd: BatchCommands;
};

/**
 * A failed command, under its key in result_error: the error the method would have answered alone (the status is not kept), or ERROR_BATCH_LENGTH_EXCEEDED (past the 50th command), ERROR_BATCH_METHOD_NOT_ALLOWED (a nested batch), ERROR_METHOD_NOT_FOUND (an unknown method).
 */
export type BatchCommandError = {
    /**
     * The error code, as the command's own method gives it.
     */
    error: string;
    /**
     * What went wrong, in words (may be empty).
     */
    error_description: string;
};

/**
 * The five maps of a batch answer, each keyed by command key (settings/how-to-call-rest-api/batch.md, Result object). PHP writes a map as a JSON list when its keys are 0, 1, ... in order, so an empty map is `[]` (never `{}`), and the maps of a list of commands may be lists too: read each map by key either way.
 */
export type BatchResult = {
    /**
     * What each successful command returned (its method's `result`), by command key.
     */
    result: {
        [key: string]: unknown;
    } | Array<unknown>;
    /**
     * The failed commands, by key. Empty (`[]`) when none failed.
     */
    result_error: {
        [key: string]: BatchCommandError;
    } | Array<BatchCommandError>;
    /**
     * For list methods, the number of records found, by command key.
     */
    result_total: {
        [key: string]: number;
    } | Array<number>;
    /**
     * For list methods with a further page, the `start` value of that page, by command key; only commands that have a next page are there.
     */
    result_next: {
        [key: string]: number;
    } | Array<number>;
    /**
     * The timing of each command that ran, by command key.
     */
    result_time: {
        [key: string]: ResponseTime;
    } | Array<ResponseTime>;
};

/**
 * The success envelope of batch. The batch answers 200 even when commands failed: their errors are in result.result_error.
 */
export type BatchSuccess = {
    result: BatchResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of batch.
 * - ERROR_BATCH_LENGTH_EXCEEDED: more than 50 commands. The page's error table gives it HTTP
 * 400; its text says the commands past the 50th end with it, in result_error of a 200 answer.
 * - INVALID_FORMAT: a parameter breaks this contract (no `cmd`, or a command that is not a
 * string).
 *
 */
export type BatchBadRequestCode = 'ERROR_BATCH_LENGTH_EXCEEDED' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of batch.
 */
export type BatchBadRequestError = BitrixErrorEnvelope & {
    error?: BatchBadRequestCode;
};

/**
 * HTTP 405 codes of batch. ERROR_BATCH_METHOD_NOT_ALLOWED: a method that may not run inside a batch (a nested batch; the page also names file uploads and downloads without naming the methods). The page's error table gives it HTTP 405; its text says the command ends with it, in result_error of a 200 answer.
 */
export type BatchMethodNotAllowedCode = 'ERROR_BATCH_METHOD_NOT_ALLOWED';

/**
 * An HTTP 405 error of batch.
 */
export type BatchMethodNotAllowedError = BitrixErrorEnvelope & {
    error?: BatchMethodNotAllowedCode;
};

/**
 * HTTP 403 codes the platform answers for any method (_includes/system-errors.md).
 * - ACCESS_DENIED: REST is available only on commercial plans.
 * - INVALID_CREDENTIALS: the user behind the token or webhook lacks the rights.
 * - insufficient_scope: the token or webhook lacks the method's scope.
 * - user_access_error: the application is installed, but the administrator limited it to
 * other users.
 *
 */
export type RestForbiddenCode = 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'user_access_error';

/**
 * An HTTP 403 error the platform answers for any method.
 */
export type RestForbiddenError = BitrixErrorEnvelope & {
    error?: RestForbiddenCode;
};

/**
 * Id of the message (im.message.add returns it). Missing or empty: MESSAGE_ID_ERROR.
 */
export type ImMessageIdParam = number;

/**
 * Parameters of im.message.update (api-reference/chats/messages/im-message-update.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals. A parameter left out leaves that part of the message as it is.
 */
export type ImMessageUpdateParams = {
    MESSAGE_ID: ImMessageIdParam;
    /**
     * The new text (BB-codes allowed). An empty text deletes the message (the bots then get ONIMBOTV2MESSAGEDELETE, not an update).
     */
    MESSAGE?: string;
    /**
     * A new attachment (see the attachments page), or `N` or an empty value to remove it; kept as given.
     */
    ATTACH?: unknown;
    /**
     * New buttons (see the keyboards page), or `N` or an empty value to remove them; kept as given.
     */
    KEYBOARD?: unknown;
    /**
     * New context menu items, or `N` or an empty value to remove them; kept as given.
     */
    MENU?: unknown;
    /**
     * Turn links into rich links.
     */
    URL_PREVIEW?: 'Y' | 'N';
    /**
     * Mark the message as edited. The page says it applies when ATTACH changes; a changed MESSAGE may show the mark even with N.
     */
    IS_EDITED?: 'Y' | 'N';
};

/**
 * Parameters of im.message.delete (api-reference/chats/messages/im-message-delete.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImMessageDeleteParams = {
    MESSAGE_ID: ImMessageIdParam;
};

/**
 * Parameters of im.message.like (api-reference/chats/messages/im-message-like.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImMessageLikeParams = {
    MESSAGE_ID: ImMessageIdParam;
    /**
     * auto: set the like when there is none, remove it when there is; plus: set it; minus: remove it. A plus or minus that changes nothing is WITHOUT_CHANGES.
     */
    ACTION?: 'auto' | 'plus' | 'minus';
};

/**
 * Parameters of im.message.command (api-reference/chats/messages/im-message-command.md): what a messenger sends when a user presses a keyboard button that runs a bot command. Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImMessageCommandParams = {
    /**
     * The message whose keyboard was pressed (the command runs in its context). Missing or empty: MESSAGE_ID_ERROR.
     */
    MESSAGE_ID: ImMessageIdParam;
    /**
     * Id of the bot whose command runs. Missing or empty: BOT_ID_ERROR.
     */
    BOT_ID: number;
    /**
     * The command as the bot registered it (without the slash: `help`). Missing or empty: COMMAND_ERROR.
     */
    COMMAND: string;
    /**
     * The command's parameter text.
     */
    COMMAND_PARAMS?: string;
};

/**
 * The success envelope of the user-side methods (im.message.*, im.v2.*) that answer only whether they did it: `result` is true.
 */
export type ImBooleanSuccess = {
    /**
     * true when it was done.
     */
    result: boolean;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of im.message.update (the page gives "400, 403" without pairing them with
 * codes; the refusal CANT_EDIT_MESSAGE is 403 here, the rest 400).
 * - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
 * - ATTACH_ERROR, KEYBOARD_ERROR, MENU_ERROR: the object failed validation. The page writes
 * the last one `menu_ERROR`; im-message-add.md writes `MENU_ERROR`: both are listed.
 * - ATTACH_OVERSIZE, KEYBOARD_OVERSIZE, MENU_OVERSIZE: over the size limit.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImMessageUpdateBadRequestCode = 'MESSAGE_ID_ERROR' | 'ATTACH_ERROR' | 'ATTACH_OVERSIZE' | 'KEYBOARD_ERROR' | 'KEYBOARD_OVERSIZE' | 'menu_ERROR' | 'MENU_ERROR' | 'MENU_OVERSIZE' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.message.update.
 */
export type ImMessageUpdateBadRequestError = BitrixErrorEnvelope & {
    error?: ImMessageUpdateBadRequestCode;
};

/**
 * HTTP 400 codes of im.message.delete.
 * - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImMessageDeleteBadRequestCode = 'MESSAGE_ID_ERROR' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.message.delete.
 */
export type ImMessageDeleteBadRequestError = BitrixErrorEnvelope & {
    error?: ImMessageDeleteBadRequestCode;
};

/**
 * HTTP 403 codes of im.message.update and im.message.delete.
 * - CANT_EDIT_MESSAGE: the user may not change this message (not its author, nor an
 * administrator of the chat for a deletion), or the time to change it has passed.
 * - ACCESS_DENIED, INVALID_CREDENTIALS, insufficient_scope, user_access_error: the platform's
 * refusals (see RestForbiddenCode).
 *
 */
export type ImMessageEditForbiddenCode = 'CANT_EDIT_MESSAGE' | 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'user_access_error';

/**
 * An HTTP 403 error of im.message.update or im.message.delete.
 */
export type ImMessageEditForbiddenError = BitrixErrorEnvelope & {
    error?: ImMessageEditForbiddenCode;
};

/**
 * HTTP 400 codes of im.message.like.
 * - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
 * - WITHOUT_CHANGES: the like was already as asked (plus on a liked message, minus on one
 * without a like).
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImMessageLikeBadRequestCode = 'MESSAGE_ID_ERROR' | 'WITHOUT_CHANGES' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.message.like.
 */
export type ImMessageLikeBadRequestError = BitrixErrorEnvelope & {
    error?: ImMessageLikeBadRequestCode;
};

/**
 * HTTP 400 codes of im.message.command.
 * - MESSAGE_ID_ERROR: MESSAGE_ID is missing or wrong.
 * - BOT_ID_ERROR: BOT_ID is missing or wrong.
 * - COMMAND_ERROR: COMMAND is missing.
 * - PARAMS_ERROR: the command's parameters are wrong.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImMessageCommandBadRequestCode = 'MESSAGE_ID_ERROR' | 'BOT_ID_ERROR' | 'COMMAND_ERROR' | 'PARAMS_ERROR' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.message.command.
 */
export type ImMessageCommandBadRequestError = BitrixErrorEnvelope & {
    error?: ImMessageCommandBadRequestCode;
};

/**
 * Parameters of im.chat.add (api-reference/chats/im-chat-add.md). None is required: without any, the calling user gets a closed chat with a made-up title, alone in it and its owner. Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImChatAddParams = {
    /**
     * Ids of the users to add (a bot's id adds the bot, which gets ONIMBOTV2JOINCHAT). The calling user is added as the owner anyway.
     */
    USERS?: Array<UserId>;
    TYPE?: ChatType;
    /**
     * The chat's title. Left out, the portal makes one up.
     */
    TITLE?: string;
    /**
     * The chat's description.
     */
    DESCRIPTION?: string;
    COLOR?: ChatColor;
    /**
     * The chat's first message, written by the calling user.
     */
    MESSAGE?: string;
    /**
     * The chat's avatar, a base64 image of at most 5000x5000 pixels.
     */
    AVATAR?: string;
    /**
     * Type of the object the chat is bound to (`CRM`, `TASKS`, `CALENDAR`, ...; the page lists them, and modules may add others).
     */
    ENTITY_TYPE?: string;
    /**
     * Id of the object within ENTITY_TYPE, as a string (`DEAL|1663` for CRM).
     */
    ENTITY_ID?: string;
    /**
     * Code of BitrixGPT's main role in the chat (`copilot_assistant`).
     */
    COPILOT_MAIN_ROLE?: string;
};

/**
 * The success envelope of im.chat.add.
 */
export type ImChatAddSuccess = {
    /**
     * The new chat's id (its dialogId is `chat<id>`).
     */
    result: number;
    time: ResponseTime;
};

/**
 * Parameters of im.chat.user.add (api-reference/chats/chat-users/im-chat-user-add.md). Names are case-insensitive on the wire; unknown parameters are ignored by portals.
 */
export type ImChatUserAddParams = {
    /**
     * Id of the chat (im.chat.add returns it). Missing or empty: CHAT_ID_EMPTY.
     */
    CHAT_ID: number;
    /**
     * Ids of the users to add (a bot's id adds the bot, which gets ONIMBOTV2JOINCHAT).
     */
    USERS: Array<UserId>;
    /**
     * Hide the chat's earlier messages from the added users: Y (the default) or N.
     */
    HIDE_HISTORY?: 'Y' | 'N';
};

/**
 * HTTP 400 codes of im.chat.user.add (the page gives "400, 403" without pairing them with
 * codes; the refusals ACCESS_ERROR and ACCESS_DENIED_EXTEND are 403 here, the rest 400).
 * - CHAT_ID_EMPTY: CHAT_ID is missing.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImChatUserAddBadRequestCode = 'CHAT_ID_EMPTY' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.chat.user.add.
 */
export type ImChatUserAddBadRequestError = BitrixErrorEnvelope & {
    error?: ImChatUserAddBadRequestCode;
};

/**
 * HTTP 403 codes of im.chat.user.add.
 * - ACCESS_ERROR: the chat takes no new members this way ("Action unavailable", "It is
 * forbidden to add users to this chat"): no such group chat, or a personal dialog.
 * - ACCESS_DENIED_EXTEND: the user may not add members to this chat (not in it).
 * - ACCESS_DENIED, INVALID_CREDENTIALS, insufficient_scope, user_access_error: the platform's
 * refusals (see RestForbiddenCode).
 *
 */
export type ImChatUserAddForbiddenCode = 'ACCESS_ERROR' | 'ACCESS_DENIED_EXTEND' | 'ACCESS_DENIED' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'user_access_error';

/**
 * An HTTP 403 error of im.chat.user.add.
 */
export type ImChatUserAddForbiddenError = BitrixErrorEnvelope & {
    error?: ImChatUserAddForbiddenCode;
};

/**
 * im.v2.Event.subscribe takes no parameters.
 */
export type ImV2EventSubscribeParams = {
    [key: string]: unknown;
};

/**
 * im.v2.Event.unsubscribe takes no parameters.
 */
export type ImV2EventUnsubscribeParams = {
    [key: string]: unknown;
};

/**
 * Parameters of im.v2.Event.get (IMV2/events/event-get.md).
 */
export type ImV2EventGetParams = {
    /**
     * Confirms (and removes) the events with lower ids, and returns events from this id on: pass the previous answer's nextOffset. Left out on the first call.
     */
    offset?: number;
    /**
     * Most events to return, 1 to 1000.
     */
    limit?: number;
};

/**
 * The portal's language (`en`, `de`, ...).
 */
export type ImV2EventLanguage = string;

/**
 * `data` of ONIMV2MESSAGEADD (IMV2/events/events.md): a new message in a chat the subscribed user is in. `chat` comes without role and muteList, `user` (the author) without network, botData and avatarHr, and its online fields are false. No `auth` (polling). Extra properties are allowed: payloads carry fields the page does not list.
 */
export type ImV2EventMessageAddData = {
    message: Message;
    chat: Chat;
    user: User;
    language: ImV2EventLanguage;
    [key: string]: unknown;
};

/**
 * `data` of ONIMV2MESSAGEUPDATE (IMV2/events/events.md): a message was edited; the page says the data is shaped as ONIMV2MESSAGEADD's, `message` holding the new text. Extra properties are allowed.
 */
export type ImV2EventMessageUpdateData = {
    message: Message;
    chat: Chat;
    user: User;
    language: ImV2EventLanguage;
    [key: string]: unknown;
};

/**
 * `data` of ONIMV2MESSAGEDELETE (IMV2/events/events.md): a message was deleted. `user` is the message's author, as the page says. Extra properties are allowed.
 */
export type ImV2EventMessageDeleteData = {
    messageId: MessageId;
    chat: Chat;
    user: User;
    language: ImV2EventLanguage;
    [key: string]: unknown;
};

/**
 * `data` of ONIMV2REACTIONCHANGE (IMV2/events/events.md): a reaction to a message was added or removed; `user` is who changed it. Extra properties are allowed.
 */
export type ImV2EventReactionChangeData = {
    reaction: ImbotV2ReactionCode;
    /**
     * add: the reaction was set; delete: removed.
     */
    action: 'add' | 'delete';
    message: Message;
    chat: Chat;
    user: User;
    language: ImV2EventLanguage;
    [key: string]: unknown;
};

/**
 * `data` of ONIMV2JOINCHAT (IMV2/events/events.md): a participant was added to a chat; `user` is the one added. Extra properties are allowed.
 */
export type ImV2EventJoinChatData = {
    dialogId: DialogId;
    chat: Chat;
    user: User;
    language: ImV2EventLanguage;
    [key: string]: unknown;
};

/**
 * ONIMV2MESSAGEADD, as Event.get returns it: a new message in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`): im.v2.Event.get, or imbot.v2.Event.get with withUserEvents.
 */
export type ImV2EventMessageAdd = {
    /**
     * Queue id of the event; pass the last one + 1 (nextOffset) as offset to confirm it.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMV2MESSAGEADD';
    /**
     * When the event happened.
     */
    date: string;
    data: ImV2EventMessageAddData;
};

/**
 * ONIMV2MESSAGEUPDATE, as Event.get returns it: a message was edited in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`).
 */
export type ImV2EventMessageUpdate = {
    /**
     * Queue id of the event.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMV2MESSAGEUPDATE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImV2EventMessageUpdateData;
};

/**
 * ONIMV2MESSAGEDELETE, as Event.get returns it: a message was deleted in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`).
 */
export type ImV2EventMessageDelete = {
    /**
     * Queue id of the event.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMV2MESSAGEDELETE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImV2EventMessageDeleteData;
};

/**
 * ONIMV2REACTIONCHANGE, as Event.get returns it: a reaction to a message was added or removed in a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`).
 */
export type ImV2EventReactionChange = {
    /**
     * Queue id of the event.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMV2REACTIONCHANGE';
    /**
     * When the event happened.
     */
    date: string;
    data: ImV2EventReactionChangeData;
};

/**
 * ONIMV2JOINCHAT, as Event.get returns it: a participant was added to a chat the subscribed user is in. Polling only (`x-bitrix-delivery: fetch`).
 */
export type ImV2EventJoinChat = {
    /**
     * Queue id of the event.
     */
    eventId: number;
    /**
     * The event type.
     */
    type: 'ONIMV2JOINCHAT';
    /**
     * When the event happened.
     */
    date: string;
    data: ImV2EventJoinChatData;
};

/**
 * One user event from im.v2.Event.get, told apart by `type`: the five ONIMV2* events (IMV2/events/index.md). They arrive by polling only, so they are not among the webhooks.
 */
export type ImV2Event = ({
    type: 'ONIMV2MESSAGEADD';
} & ImV2EventMessageAdd) | ({
    type: 'ONIMV2MESSAGEUPDATE';
} & ImV2EventMessageUpdate) | ({
    type: 'ONIMV2MESSAGEDELETE';
} & ImV2EventMessageDelete) | ({
    type: 'ONIMV2REACTIONCHANGE';
} & ImV2EventReactionChange) | ({
    type: 'ONIMV2JOINCHAT';
} & ImV2EventJoinChat);

/**
 * What im.v2.Event.get returns. Without a subscription `events` is empty.
 */
export type ImV2EventGetResult = {
    /**
     * Oldest first.
     */
    events: Array<ImV2Event>;
    /**
     * Pass as offset next time; keep it even when no events came.
     */
    nextOffset: number;
    /**
     * More events are waiting: call again soon.
     */
    hasMore: boolean;
};

/**
 * The success envelope of im.v2.Event.get.
 */
export type ImV2EventGetSuccess = {
    result: ImV2EventGetResult;
    time: ResponseTime;
};

/**
 * One event from imbot.v2.Event.get called with withUserEvents: a bot event (ONIMBOTV2*, the members of ImbotV2Event) or one of the calling user's events (ONIMV2*, the members of ImV2Event, polling only), told apart by `type` (V2/events/event-get.md, combined fetch).
 */
export type ImbotV2EventGetItem = ({
    type: 'ONIMBOTV2MESSAGEADD';
} & ImbotV2EventMessageAdd) | ({
    type: 'ONIMBOTV2MESSAGEUPDATE';
} & ImbotV2EventMessageUpdate) | ({
    type: 'ONIMBOTV2MESSAGEDELETE';
} & ImbotV2EventMessageDelete) | ({
    type: 'ONIMBOTV2JOINCHAT';
} & ImbotV2EventJoinChat) | ({
    type: 'ONIMBOTV2COMMANDADD';
} & ImbotV2EventCommandAdd) | ({
    type: 'ONIMBOTV2REACTIONCHANGE';
} & ImbotV2EventReactionChange) | ({
    type: 'ONIMBOTV2CONTEXTGET';
} & ImbotV2EventContextGet) | ({
    type: 'ONIMBOTV2DELETE';
} & ImbotV2EventDelete) | ({
    type: 'ONIMV2MESSAGEADD';
} & ImV2EventMessageAdd) | ({
    type: 'ONIMV2MESSAGEUPDATE';
} & ImV2EventMessageUpdate) | ({
    type: 'ONIMV2MESSAGEDELETE';
} & ImV2EventMessageDelete) | ({
    type: 'ONIMV2REACTIONCHANGE';
} & ImV2EventReactionChange) | ({
    type: 'ONIMV2JOINCHAT';
} & ImV2EventJoinChat);

/**
 * What imbot.v2.Event.get returns when called with withUserEvents: the bot's events and the calling user's ONIMV2* events in one queue.
 */
export type ImbotV2EventGetWithUserEventsResult = {
    /**
     * Oldest first.
     */
    events: Array<ImbotV2EventGetItem>;
    /**
     * Pass as offset next time; keep it even when no events came.
     */
    nextOffset: number;
    /**
     * More events are waiting: call again soon.
     */
    hasMore: boolean;
};

/**
 * The success envelope of imbot.v2.Event.get called with withUserEvents.
 */
export type ImbotV2EventGetWithUserEventsSuccess = {
    result: ImbotV2EventGetWithUserEventsResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of the user-side methods whose pages name no codes of their own (im.v2.Event.get, im.v2.Chat.Bot.sendContext, im.chat.add). INVALID_FORMAT: a parameter breaks this contract.
 */
export type ImV2BadRequestCode = 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.v2.Event.get, im.v2.Chat.Bot.sendContext or im.chat.add.
 */
export type ImV2BadRequestError = BitrixErrorEnvelope & {
    error?: ImV2BadRequestCode;
};

/**
 * Parameters of im.v2.File.upload (IMV2/files/file-upload.md).
 */
export type ImV2FileUploadParams = {
    /**
     * The dialog: chat{id} for a group chat, the other user's id for a personal one.
     */
    dialogId: DialogId;
    /**
     * The file, and the text sent with it.
     */
    fields: {
        /**
         * File name with extension. Missing or empty: FILE_EMPTY.
         */
        name: string;
        /**
         * The file's bytes in base64, without a `data:` prefix. Missing or empty: FILE_EMPTY. At most 100 MB (read as 100 x 1024 x 1024 bytes: 139,810,136 base64 characters); a longer text is FILE_TOO_LARGE, as the page names it. Text that is not base64 is the portal's FILE_INVALID_CONTENT.
         */
        content: string;
        /**
         * Text of the message sent with the file.
         */
        message?: ImbotV2MessageText;
    };
};

/**
 * What im.v2.File.upload returns.
 */
export type ImV2FileUploadResult = {
    file: File;
    /**
     * The message carrying the file.
     */
    messageId: MessageId;
    /**
     * The chat id.
     */
    chatId: number;
    dialogId: DialogId;
};

/**
 * The success envelope of im.v2.File.upload.
 */
export type ImV2FileUploadSuccess = {
    result: ImV2FileUploadResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of im.v2.File.upload (the page gives "400, 403" without pairing them with
 * codes; ACCESS_DENIED is 403 here, the rest 400).
 * - FILE_EMPTY: no file name or content.
 * - FILE_INVALID_CONTENT: the content is not base64.
 * - CHAT_NOT_FOUND: no chat for dialogId.
 * - FOLDER_ERROR: the chat's Drive folder could not be had.
 * - UPLOAD_FAILED: Drive refused the file.
 * - SEND_FAILED: the file was stored but the message failed.
 * - FILE_TOO_LARGE: over 100 MB.
 * - INVALID_FORMAT: a parameter breaks this contract.
 * The im.v2 page's codes differ from imbot.v2.File.upload's (FOLDER_ERROR, not
 * FILE_FOLDER_ERROR; UPLOAD_FAILED, SEND_FAILED): each method keeps its own page's.
 *
 */
export type ImV2FileUploadBadRequestCode = 'FILE_EMPTY' | 'FILE_INVALID_CONTENT' | 'CHAT_NOT_FOUND' | 'FOLDER_ERROR' | 'UPLOAD_FAILED' | 'SEND_FAILED' | 'FILE_TOO_LARGE' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.v2.File.upload.
 */
export type ImV2FileUploadBadRequestError = BitrixErrorEnvelope & {
    error?: ImV2FileUploadBadRequestCode;
};

/**
 * Parameters of im.v2.File.download (IMV2/files/file-download.md).
 */
export type ImV2FileDownloadParams = {
    /**
     * The dialog the file was sent to.
     */
    dialogId: DialogId;
    /**
     * The file on Drive (File.id, e.g. from im.v2.File.upload).
     */
    fileId: FileId;
};

/**
 * What im.v2.File.download returns.
 */
export type ImV2FileDownloadResult = {
    /**
     * A one-time download link; it carries its own token and may not work twice.
     */
    downloadUrl: string;
};

/**
 * The success envelope of im.v2.File.download.
 */
export type ImV2FileDownloadSuccess = {
    result: ImV2FileDownloadResult;
    time: ResponseTime;
};

/**
 * HTTP 400 codes of im.v2.File.download (ACCESS_DENIED is 403 here).
 * - FILE_NOT_FOUND: no file with this id.
 * - INVALID_FORMAT: a parameter breaks this contract.
 *
 */
export type ImV2FileDownloadBadRequestCode = 'FILE_NOT_FOUND' | 'INVALID_FORMAT';

/**
 * An HTTP 400 error of im.v2.File.download.
 */
export type ImV2FileDownloadBadRequestError = BitrixErrorEnvelope & {
    error?: ImV2FileDownloadBadRequestCode;
};

/**
 * Parameters of im.v2.Chat.Bot.sendContext, as V2/bot-context.md names them (the method has no page of its own).
 */
export type ImV2ChatBotSendContextParams = {
    /**
     * The dialog with the bot: the bot's user id (a personal dialog), or `chat<id>` for a group chat the bot is in. The bot's ONIMBOTV2CONTEXTGET carries the dialog as its own side sees it (the calling user's id in a personal dialog).
     */
    dialogId: DialogId;
    /**
     * Any JSON object; the bot receives it as ONIMBOTV2CONTEXTGET's `context`. Over a form its values arrive as strings (`context[taskId]=456`).
     */
    context: {
        [key: string]: unknown;
    };
};

/**
 * `data` of ONAPPINSTALL (api-reference/common/events/on-app-install.md): the installed application. Extra properties are allowed.
 */
export type AppInstallData = {
    /**
     * The installed version of the application.
     */
    VERSION: string;
    /**
     * Whether the application is active.
     */
    ACTIVE: 'Y' | 'N';
    /**
     * Whether the installation is finished: N until the application reports it is.
     */
    INSTALLED: 'Y' | 'N';
    /**
     * The portal's language (`en`, `de`, ...).
     */
    LANGUAGE_ID: string;
    [key: string]: unknown;
};

/**
 * The `auth` of ONAPPINSTALL: the portal, the first OAuth tokens of the installation and the application token. Keep all of them per portal (member_id): application_token verifies every later event of this portal (api-reference/events/safe-event-handlers.md); access_token lives an hour and refresh_token 180 days, and each renewal at server_endpoint returns a new refresh_token (settings/oauth/index.md). Extra properties are allowed.
 */
export type AppInstallAuth = {
    /**
     * The portal's host name.
     */
    domain: string;
    /**
     * The application's scopes, separated by spaces (or commas).
     */
    scope: string;
    /**
     * The OAuth 2.0 access token for REST calls to this portal; lives an hour.
     */
    access_token: string;
    /**
     * The token that renews access_token; lives 180 days.
     */
    refresh_token: string;
    /**
     * Seconds until access_token expires.
     */
    expires_in: number;
    /**
     * The OAuth server's REST base URL, where tokens are renewed.
     */
    server_endpoint: string;
    /**
     * The application's status: L local, F free, D demo, T trial, P paid (a market application).
     */
    status: string;
    /**
     * The portal's REST base URL; method names are appended to it.
     */
    client_endpoint: string;
    /**
     * The portal's unique id; stays when its address changes.
     */
    member_id: string;
    /**
     * Proves later deliveries of this portal come from it; save it at install.
     */
    application_token: string;
    [key: string]: unknown;
};

/**
 * A delivery of ONAPPINSTALL: the platform POSTs it as a PHP-style form to the application's install handler once the installation is done.
 */
export type AppInstallDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONAPPINSTALL';
    /**
     * Id of the handler that delivered it (api-reference/events/index.md).
     */
    event_handler_id?: number;
    data: AppInstallData;
    /**
     * When the queue sent it, in Unix seconds (a string on the wire, as every value of the form).
     */
    ts: number;
    auth: AppInstallAuth;
    [key: string]: unknown;
};

/**
 * `data` of ONAPPUNINSTALL (api-reference/common/events/on-app-uninstall.md). Extra properties are allowed.
 */
export type AppUninstallData = {
    /**
     * The portal's language (`en`, `de`, ...).
     */
    LANGUAGE_ID: string;
    /**
     * 1 when the user chose to clear the application's data at uninstall, else 0.
     */
    CLEAN: 0 | 1;
    [key: string]: unknown;
};

/**
 * The `auth` of ONAPPUNINSTALL: the portal and the application token, no OAuth tokens (the application's access is revoked at uninstall). Extra properties are allowed.
 */
export type AppUninstallAuth = {
    /**
     * The portal's host name.
     */
    domain: string;
    /**
     * The OAuth server's REST base URL.
     */
    server_endpoint: string;
    /**
     * The portal's REST base URL.
     */
    client_endpoint: string;
    /**
     * The portal's unique id; the installation to remove.
     */
    member_id: string;
    /**
     * The portal's application token saved at install; verify the delivery with it.
     */
    application_token: string;
    [key: string]: unknown;
};

/**
 * A delivery of ONAPPUNINSTALL: the platform POSTs it as a PHP-style form when the application is uninstalled from a portal.
 */
export type AppUninstallDelivery = {
    /**
     * The event name, upper case.
     */
    event: 'ONAPPUNINSTALL';
    /**
     * Id of the handler that delivered it (api-reference/events/index.md).
     */
    event_handler_id?: number;
    data: AppUninstallData;
    /**
     * When the queue sent it, in Unix seconds (a string on the wire, as every value of the form).
     */
    ts: number;
    auth: AppUninstallAuth;
    [key: string]: unknown;
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

export type ImbotV2BotRegisterData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2BotRegisterParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Bot.register';
};

export type ImbotV2BotRegisterErrors = {
    /**
     * A field is missing or wrong, the code is taken, or the bot limit is reached.
     */
    400: ImbotV2BotRegisterBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * REST is not available, or the caller lacks rights or the imbot scope.
     */
    403: V2PlatformForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2BotRegisterError = ImbotV2BotRegisterErrors[keyof ImbotV2BotRegisterErrors];

export type ImbotV2BotRegisterResponses = {
    /**
     * The bot (new, or the existing one with this code).
     */
    200: ImbotV2BotRegisterSuccess;
};

export type ImbotV2BotRegisterResponse = ImbotV2BotRegisterResponses[keyof ImbotV2BotRegisterResponses];

export type ImbotV2BotUpdateData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2BotUpdateParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Bot.update';
};

export type ImbotV2BotUpdateErrors = {
    /**
     * A parameter is missing or wrong, the bot does not exist, or the token rotation failed.
     */
    400: ImbotV2BotUpdateBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2BotUpdateError = ImbotV2BotUpdateErrors[keyof ImbotV2BotUpdateErrors];

export type ImbotV2BotUpdateResponses = {
    /**
     * The changed bot.
     */
    200: ImbotV2BotUpdateSuccess;
};

export type ImbotV2BotUpdateResponse = ImbotV2BotUpdateResponses[keyof ImbotV2BotUpdateResponses];

export type ImbotV2BotGetData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2BotGetParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Bot.get';
};

export type ImbotV2BotGetErrors = {
    /**
     * Neither botId nor code is given, or no such bot.
     */
    400: ImbotV2BotGetBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * REST is not available, or the caller lacks rights or the imbot scope.
     */
    403: V2PlatformForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2BotGetError = ImbotV2BotGetErrors[keyof ImbotV2BotGetErrors];

export type ImbotV2BotGetResponses = {
    /**
     * The bot.
     */
    200: ImbotV2BotGetSuccess;
};

export type ImbotV2BotGetResponse = ImbotV2BotGetResponses[keyof ImbotV2BotGetResponses];

export type ImbotV2BotListData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2BotListParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Bot.list';
};

export type ImbotV2BotListErrors = {
    /**
     * A webhook call without botToken, or a parameter breaks the contract.
     */
    400: ImbotV2BotListBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * REST is not available, or the caller lacks rights or the imbot scope.
     */
    403: V2PlatformForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2BotListError = ImbotV2BotListErrors[keyof ImbotV2BotListErrors];

export type ImbotV2BotListResponses = {
    /**
     * A page of bots.
     */
    200: ImbotV2BotListSuccess;
};

export type ImbotV2BotListResponse = ImbotV2BotListResponses[keyof ImbotV2BotListResponses];

export type ImbotV2BotUnregisterData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2BotUnregisterParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Bot.unregister';
};

export type ImbotV2BotUnregisterErrors = {
    /**
     * A parameter is missing or wrong, the bot does not exist, or deleting failed.
     */
    400: ImbotV2BotUnregisterBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2BotUnregisterError = ImbotV2BotUnregisterErrors[keyof ImbotV2BotUnregisterErrors];

export type ImbotV2BotUnregisterResponses = {
    /**
     * The bot was deleted.
     */
    200: ImbotV2BotUnregisterSuccess;
};

export type ImbotV2BotUnregisterResponse = ImbotV2BotUnregisterResponses[keyof ImbotV2BotUnregisterResponses];

export type ImbotV2ChatAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatAddParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.add';
};

export type ImbotV2ChatAddErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatAddError = ImbotV2ChatAddErrors[keyof ImbotV2ChatAddErrors];

export type ImbotV2ChatAddResponses = {
    /**
     * The chat was created.
     */
    200: ImbotV2ChatAddSuccess;
};

export type ImbotV2ChatAddResponse = ImbotV2ChatAddResponses[keyof ImbotV2ChatAddResponses];

export type ImbotV2ChatGetData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatGetParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.get';
};

export type ImbotV2ChatGetErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatGetError = ImbotV2ChatGetErrors[keyof ImbotV2ChatGetErrors];

export type ImbotV2ChatGetResponses = {
    /**
     * The chat.
     */
    200: ImbotV2ChatGetSuccess;
};

export type ImbotV2ChatGetResponse = ImbotV2ChatGetResponses[keyof ImbotV2ChatGetResponses];

export type ImbotV2ChatUpdateData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatUpdateParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.update';
};

export type ImbotV2ChatUpdateErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatUpdateError = ImbotV2ChatUpdateErrors[keyof ImbotV2ChatUpdateErrors];

export type ImbotV2ChatUpdateResponses = {
    /**
     * The chat was changed.
     */
    200: ImbotV2ChatUpdateSuccess;
};

export type ImbotV2ChatUpdateResponse = ImbotV2ChatUpdateResponses[keyof ImbotV2ChatUpdateResponses];

export type ImbotV2ChatLeaveData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatLeaveParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.leave';
};

export type ImbotV2ChatLeaveErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatLeaveError = ImbotV2ChatLeaveErrors[keyof ImbotV2ChatLeaveErrors];

export type ImbotV2ChatLeaveResponses = {
    /**
     * The bot left the chat.
     */
    200: ImbotV2ChatLeaveSuccess;
};

export type ImbotV2ChatLeaveResponse = ImbotV2ChatLeaveResponses[keyof ImbotV2ChatLeaveResponses];

export type ImbotV2ChatSetOwnerData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatSetOwnerParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.setOwner';
};

export type ImbotV2ChatSetOwnerErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatSetOwnerError = ImbotV2ChatSetOwnerErrors[keyof ImbotV2ChatSetOwnerErrors];

export type ImbotV2ChatSetOwnerResponses = {
    /**
     * The owner was changed.
     */
    200: ImbotV2ChatSetOwnerSuccess;
};

export type ImbotV2ChatSetOwnerResponse = ImbotV2ChatSetOwnerResponses[keyof ImbotV2ChatSetOwnerResponses];

export type ImbotV2ChatUserAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatUserAddParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.User.add';
};

export type ImbotV2ChatUserAddErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatUserAddError = ImbotV2ChatUserAddErrors[keyof ImbotV2ChatUserAddErrors];

export type ImbotV2ChatUserAddResponses = {
    /**
     * The users were added.
     */
    200: ImbotV2ChatUserAddSuccess;
};

export type ImbotV2ChatUserAddResponse = ImbotV2ChatUserAddResponses[keyof ImbotV2ChatUserAddResponses];

export type ImbotV2ChatUserDeleteData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatUserDeleteParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.User.delete';
};

export type ImbotV2ChatUserDeleteErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatUserDeleteError = ImbotV2ChatUserDeleteErrors[keyof ImbotV2ChatUserDeleteErrors];

export type ImbotV2ChatUserDeleteResponses = {
    /**
     * The user is no longer a member.
     */
    200: ImbotV2ChatUserDeleteSuccess;
};

export type ImbotV2ChatUserDeleteResponse = ImbotV2ChatUserDeleteResponses[keyof ImbotV2ChatUserDeleteResponses];

export type ImbotV2ChatUserListData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatUserListParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.User.list';
};

export type ImbotV2ChatUserListErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatUserListError = ImbotV2ChatUserListErrors[keyof ImbotV2ChatUserListErrors];

export type ImbotV2ChatUserListResponses = {
    /**
     * The members.
     */
    200: ImbotV2ChatUserListSuccess;
};

export type ImbotV2ChatUserListResponse = ImbotV2ChatUserListResponses[keyof ImbotV2ChatUserListResponses];

export type ImbotV2ChatManagerAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatManagerAddParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Manager.add';
};

export type ImbotV2ChatManagerAddErrors = {
    /**
     * A required parameter is missing or wrong, or the bot does not exist.
     */
    400: ImbotV2ChatManagerAddBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatManagerAddError = ImbotV2ChatManagerAddErrors[keyof ImbotV2ChatManagerAddErrors];

export type ImbotV2ChatManagerAddResponses = {
    /**
     * The managers were added.
     */
    200: ImbotV2ChatManagerAddSuccess;
};

export type ImbotV2ChatManagerAddResponse = ImbotV2ChatManagerAddResponses[keyof ImbotV2ChatManagerAddResponses];

export type ImbotV2ChatManagerDeleteData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatManagerDeleteParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Manager.delete';
};

export type ImbotV2ChatManagerDeleteErrors = {
    /**
     * A required parameter is missing or wrong, or the bot does not exist.
     */
    400: ImbotV2ChatManagerDeleteBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatManagerDeleteError = ImbotV2ChatManagerDeleteErrors[keyof ImbotV2ChatManagerDeleteErrors];

export type ImbotV2ChatManagerDeleteResponses = {
    /**
     * The managers were removed.
     */
    200: ImbotV2ChatManagerDeleteSuccess;
};

export type ImbotV2ChatManagerDeleteResponse = ImbotV2ChatManagerDeleteResponses[keyof ImbotV2ChatManagerDeleteResponses];

export type ImbotV2ChatInputActionNotifyData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatInputActionNotifyParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.InputAction.notify';
};

export type ImbotV2ChatInputActionNotifyErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatInputActionNotifyError = ImbotV2ChatInputActionNotifyErrors[keyof ImbotV2ChatInputActionNotifyErrors];

export type ImbotV2ChatInputActionNotifyResponses = {
    /**
     * The indicator was sent.
     */
    200: ImbotV2ChatInputActionNotifySuccess;
};

export type ImbotV2ChatInputActionNotifyResponse = ImbotV2ChatInputActionNotifyResponses[keyof ImbotV2ChatInputActionNotifyResponses];

export type ImbotV2ChatTextFieldEnabledData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`fields[title]=...`).
     */
    body: ImbotV2ChatTextFieldEnabledParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.TextField.enabled';
};

export type ImbotV2ChatTextFieldEnabledErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatTextFieldEnabledError = ImbotV2ChatTextFieldEnabledErrors[keyof ImbotV2ChatTextFieldEnabledErrors];

export type ImbotV2ChatTextFieldEnabledResponses = {
    /**
     * The setting was changed.
     */
    200: ImbotV2ChatTextFieldEnabledSuccess;
};

export type ImbotV2ChatTextFieldEnabledResponse = ImbotV2ChatTextFieldEnabledResponses[keyof ImbotV2ChatTextFieldEnabledResponses];

export type ImbotV2RevisionGetData = {
    /**
     * No parameters; send an empty object (or an empty form).
     */
    body: ImbotV2RevisionGetParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Revision.get';
};

export type ImbotV2RevisionGetErrors = {
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * REST is not available, or the caller lacks rights or the imbot scope.
     */
    403: V2PlatformForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2RevisionGetError = ImbotV2RevisionGetErrors[keyof ImbotV2RevisionGetErrors];

export type ImbotV2RevisionGetResponses = {
    /**
     * The revisions.
     */
    200: ImbotV2RevisionGetSuccess;
};

export type ImbotV2RevisionGetResponse = ImbotV2RevisionGetResponses[keyof ImbotV2RevisionGetResponses];

export type ImbotV2ChatMessageSendData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageSendParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.send';
};

export type ImbotV2ChatMessageSendErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2ChatMessageSendBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageSendError = ImbotV2ChatMessageSendErrors[keyof ImbotV2ChatMessageSendErrors];

export type ImbotV2ChatMessageSendResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageSendSuccess;
};

export type ImbotV2ChatMessageSendResponse = ImbotV2ChatMessageSendResponses[keyof ImbotV2ChatMessageSendResponses];

export type ImbotV2ChatMessageUpdateData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageUpdateParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.update';
};

export type ImbotV2ChatMessageUpdateErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageUpdateError = ImbotV2ChatMessageUpdateErrors[keyof ImbotV2ChatMessageUpdateErrors];

export type ImbotV2ChatMessageUpdateResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageUpdateSuccess;
};

export type ImbotV2ChatMessageUpdateResponse = ImbotV2ChatMessageUpdateResponses[keyof ImbotV2ChatMessageUpdateResponses];

export type ImbotV2ChatMessageDeleteData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageDeleteParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.delete';
};

export type ImbotV2ChatMessageDeleteErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageDeleteError = ImbotV2ChatMessageDeleteErrors[keyof ImbotV2ChatMessageDeleteErrors];

export type ImbotV2ChatMessageDeleteResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageDeleteSuccess;
};

export type ImbotV2ChatMessageDeleteResponse = ImbotV2ChatMessageDeleteResponses[keyof ImbotV2ChatMessageDeleteResponses];

export type ImbotV2ChatMessageReadData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageReadParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.read';
};

export type ImbotV2ChatMessageReadErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2ChatMessageReadBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageReadError = ImbotV2ChatMessageReadErrors[keyof ImbotV2ChatMessageReadErrors];

export type ImbotV2ChatMessageReadResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageReadSuccess;
};

export type ImbotV2ChatMessageReadResponse = ImbotV2ChatMessageReadResponses[keyof ImbotV2ChatMessageReadResponses];

export type ImbotV2ChatMessageGetData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageGetParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.get';
};

export type ImbotV2ChatMessageGetErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not this application's, or access is refused.
     */
    403: ImbotV2ChatMessageGetForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageGetError = ImbotV2ChatMessageGetErrors[keyof ImbotV2ChatMessageGetErrors];

export type ImbotV2ChatMessageGetResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageGetSuccess;
};

export type ImbotV2ChatMessageGetResponse = ImbotV2ChatMessageGetResponses[keyof ImbotV2ChatMessageGetResponses];

export type ImbotV2ChatMessageGetContextData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageGetContextParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.getContext';
};

export type ImbotV2ChatMessageGetContextErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2ChatMessageGetContextBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not this application's, or access is refused.
     */
    403: ImbotV2ChatMessageGetContextForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageGetContextError = ImbotV2ChatMessageGetContextErrors[keyof ImbotV2ChatMessageGetContextErrors];

export type ImbotV2ChatMessageGetContextResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageGetContextSuccess;
};

export type ImbotV2ChatMessageGetContextResponse = ImbotV2ChatMessageGetContextResponses[keyof ImbotV2ChatMessageGetContextResponses];

export type ImbotV2ChatMessageReactionAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageReactionAddParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.Reaction.add';
};

export type ImbotV2ChatMessageReactionAddErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2ChatMessageReactionAddBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageReactionAddError = ImbotV2ChatMessageReactionAddErrors[keyof ImbotV2ChatMessageReactionAddErrors];

export type ImbotV2ChatMessageReactionAddResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageReactionAddSuccess;
};

export type ImbotV2ChatMessageReactionAddResponse = ImbotV2ChatMessageReactionAddResponses[keyof ImbotV2ChatMessageReactionAddResponses];

export type ImbotV2ChatMessageReactionDeleteData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2ChatMessageReactionDeleteParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Chat.Message.Reaction.delete';
};

export type ImbotV2ChatMessageReactionDeleteErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2ChatMessageReactionDeleteBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2ChatMessageReactionDeleteError = ImbotV2ChatMessageReactionDeleteErrors[keyof ImbotV2ChatMessageReactionDeleteErrors];

export type ImbotV2ChatMessageReactionDeleteResponses = {
    /**
     * Done.
     */
    200: ImbotV2ChatMessageReactionDeleteSuccess;
};

export type ImbotV2ChatMessageReactionDeleteResponse = ImbotV2ChatMessageReactionDeleteResponses[keyof ImbotV2ChatMessageReactionDeleteResponses];

export type ImbotV2CommandRegisterData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2CommandRegisterParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Command.register';
};

export type ImbotV2CommandRegisterErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2CommandRegisterBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2CommandRegisterError = ImbotV2CommandRegisterErrors[keyof ImbotV2CommandRegisterErrors];

export type ImbotV2CommandRegisterResponses = {
    /**
     * Done.
     */
    200: ImbotV2CommandRegisterSuccess;
};

export type ImbotV2CommandRegisterResponse = ImbotV2CommandRegisterResponses[keyof ImbotV2CommandRegisterResponses];

export type ImbotV2CommandUpdateData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2CommandUpdateParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Command.update';
};

export type ImbotV2CommandUpdateErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2CommandUpdateBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2CommandUpdateError = ImbotV2CommandUpdateErrors[keyof ImbotV2CommandUpdateErrors];

export type ImbotV2CommandUpdateResponses = {
    /**
     * Done.
     */
    200: ImbotV2CommandUpdateSuccess;
};

export type ImbotV2CommandUpdateResponse = ImbotV2CommandUpdateResponses[keyof ImbotV2CommandUpdateResponses];

export type ImbotV2CommandListData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2CommandListParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Command.list';
};

export type ImbotV2CommandListErrors = {
    /**
     * A shared parameter is missing or wrong (botToken on a webhook call, botId), the bot does not exist, or a parameter breaks the contract.
     */
    400: V2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2CommandListError = ImbotV2CommandListErrors[keyof ImbotV2CommandListErrors];

export type ImbotV2CommandListResponses = {
    /**
     * Done.
     */
    200: ImbotV2CommandListSuccess;
};

export type ImbotV2CommandListResponse = ImbotV2CommandListResponses[keyof ImbotV2CommandListResponses];

export type ImbotV2CommandUnregisterData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2CommandUnregisterParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Command.unregister';
};

export type ImbotV2CommandUnregisterErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2CommandUnregisterBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2CommandUnregisterError = ImbotV2CommandUnregisterErrors[keyof ImbotV2CommandUnregisterErrors];

export type ImbotV2CommandUnregisterResponses = {
    /**
     * Done.
     */
    200: ImbotV2CommandUnregisterSuccess;
};

export type ImbotV2CommandUnregisterResponse = ImbotV2CommandUnregisterResponses[keyof ImbotV2CommandUnregisterResponses];

export type ImbotV2CommandAnswerData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2CommandAnswerParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Command.answer';
};

export type ImbotV2CommandAnswerErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2CommandAnswerBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2CommandAnswerError = ImbotV2CommandAnswerErrors[keyof ImbotV2CommandAnswerErrors];

export type ImbotV2CommandAnswerResponses = {
    /**
     * Done.
     */
    200: ImbotV2CommandAnswerSuccess;
};

export type ImbotV2CommandAnswerResponse = ImbotV2CommandAnswerResponses[keyof ImbotV2CommandAnswerResponses];

export type ImbotV2FileUploadData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2FileUploadParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.File.upload';
};

export type ImbotV2FileUploadErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2FileUploadBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not the caller's (or botToken is wrong), or the bot may not act on this chat.
     */
    403: V2ForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2FileUploadError = ImbotV2FileUploadErrors[keyof ImbotV2FileUploadErrors];

export type ImbotV2FileUploadResponses = {
    /**
     * Done.
     */
    200: ImbotV2FileUploadSuccess;
};

export type ImbotV2FileUploadResponse = ImbotV2FileUploadResponses[keyof ImbotV2FileUploadResponses];

export type ImbotV2FileDownloadData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2FileDownloadParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.File.download';
};

export type ImbotV2FileDownloadErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2FileDownloadBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not this application's, or access is refused.
     */
    403: ImbotV2FileDownloadForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2FileDownloadError = ImbotV2FileDownloadErrors[keyof ImbotV2FileDownloadErrors];

export type ImbotV2FileDownloadResponses = {
    /**
     * Done.
     */
    200: ImbotV2FileDownloadSuccess;
};

export type ImbotV2FileDownloadResponse = ImbotV2FileDownloadResponses[keyof ImbotV2FileDownloadResponses];

export type ImbotV2EventGetData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImbotV2EventGetParams;
    path?: never;
    query?: never;
    url: '/imbot.v2.Event.get';
};

export type ImbotV2EventGetErrors = {
    /**
     * The parameters are wrong, or the portal refused the call.
     */
    400: ImbotV2EventGetBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The bot is not this application's, or access is refused.
     */
    403: ImbotV2EventGetForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * Over the v2 rate limit (2 requests per second per application) or the method's run-time budget. Back off exponentially.
     */
    429: V2TooManyRequestsError;
    /**
     * The portal failed.
     */
    500: InternalServerError;
    /**
     * Rate limit hit, or the portal is overloaded. Retry later with backoff.
     */
    503: ServiceUnavailableError;
};

export type ImbotV2EventGetError = ImbotV2EventGetErrors[keyof ImbotV2EventGetErrors];

export type ImbotV2EventGetResponses = {
    /**
     * With withUserEvents, the calling user's ONIMV2* events come in the same queue.
     */
    200: ImbotV2EventGetSuccess | ImbotV2EventGetWithUserEventsSuccess;
};

export type ImbotV2EventGetResponse = ImbotV2EventGetResponses[keyof ImbotV2EventGetResponses];

export type ImMessageAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`DIALOG_ID=chat13&MESSAGE=...`).
     */
    body: ImMessageAddParams;
    path?: never;
    query?: never;
    url: '/im.message.add';
};

export type ImMessageAddErrors = {
    /**
     * The message is empty or malformed, or names no recipient.
     */
    400: ImMessageAddBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user may not write to this dialog.
     */
    403: ImMessageAddForbiddenError;
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

export type ImMessageAddError = ImMessageAddErrors[keyof ImMessageAddErrors];

export type ImMessageAddResponses = {
    /**
     * Sent; `result` is the new message's id.
     */
    200: ImMessageAddSuccess;
};

export type ImMessageAddResponse = ImMessageAddResponses[keyof ImMessageAddResponses];

export type ImMessageUpdateData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&MESSAGE=...`).
     */
    body: ImMessageUpdateParams;
    path?: never;
    query?: never;
    url: '/im.message.update';
};

export type ImMessageUpdateErrors = {
    /**
     * No or a wrong message id, or a malformed attachment, keyboard or menu.
     */
    400: ImMessageUpdateBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user may not change this message (or the time to do so has passed), or the platform refused the call.
     */
    403: ImMessageEditForbiddenError;
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

export type ImMessageUpdateError = ImMessageUpdateErrors[keyof ImMessageUpdateErrors];

export type ImMessageUpdateResponses = {
    /**
     * Updated; `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImMessageUpdateResponse = ImMessageUpdateResponses[keyof ImMessageUpdateResponses];

export type ImMessageDeleteData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11`).
     */
    body: ImMessageDeleteParams;
    path?: never;
    query?: never;
    url: '/im.message.delete';
};

export type ImMessageDeleteErrors = {
    /**
     * No or a wrong message id.
     */
    400: ImMessageDeleteBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user may not change this message (or the time to do so has passed), or the platform refused the call.
     */
    403: ImMessageEditForbiddenError;
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

export type ImMessageDeleteError = ImMessageDeleteErrors[keyof ImMessageDeleteErrors];

export type ImMessageDeleteResponses = {
    /**
     * Deleted; `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImMessageDeleteResponse = ImMessageDeleteResponses[keyof ImMessageDeleteResponses];

export type ImMessageLikeData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&ACTION=plus`).
     */
    body: ImMessageLikeParams;
    path?: never;
    query?: never;
    url: '/im.message.like';
};

export type ImMessageLikeErrors = {
    /**
     * No or a wrong message id, or nothing to change.
     */
    400: ImMessageLikeBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImMessageLikeError = ImMessageLikeErrors[keyof ImMessageLikeErrors];

export type ImMessageLikeResponses = {
    /**
     * Done; `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImMessageLikeResponse = ImMessageLikeResponses[keyof ImMessageLikeResponses];

export type ImMessageCommandData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`MESSAGE_ID=11&BOT_ID=456&COMMAND=help&COMMAND_PARAMS=topic`).
     */
    body: ImMessageCommandParams;
    path?: never;
    query?: never;
    url: '/im.message.command';
};

export type ImMessageCommandErrors = {
    /**
     * A parameter is missing or wrong.
     */
    400: ImMessageCommandBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImMessageCommandError = ImMessageCommandErrors[keyof ImMessageCommandErrors];

export type ImMessageCommandResponses = {
    /**
     * The command ran; `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImMessageCommandResponse = ImMessageCommandResponses[keyof ImMessageCommandResponses];

export type ImChatAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`USERS[]=103&USERS[]=547&TITLE=...`); an empty body makes a chat of the calling user alone.
     */
    body: ImChatAddParams;
    path?: never;
    query?: never;
    url: '/im.chat.add';
};

export type ImChatAddErrors = {
    /**
     * A parameter breaks the contract.
     */
    400: ImV2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImChatAddError = ImChatAddErrors[keyof ImChatAddErrors];

export type ImChatAddResponses = {
    /**
     * Made; `result` is the new chat's id.
     */
    200: ImChatAddSuccess;
};

export type ImChatAddResponse = ImChatAddResponses[keyof ImChatAddResponses];

export type ImChatUserAddData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`CHAT_ID=2935&USERS[]=99`).
     */
    body: ImChatUserAddParams;
    path?: never;
    query?: never;
    url: '/im.chat.user.add';
};

export type ImChatUserAddErrors = {
    /**
     * No chat id, or a parameter breaks the contract.
     */
    400: ImChatUserAddBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The chat takes no members this way, the user may not add any, or the platform refused the call.
     */
    403: ImChatUserAddForbiddenError;
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

export type ImChatUserAddError = ImChatUserAddErrors[keyof ImChatUserAddErrors];

export type ImChatUserAddResponses = {
    /**
     * Added; `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImChatUserAddResponse = ImChatUserAddResponses[keyof ImChatUserAddResponses];

export type ImV2EventSubscribeData = {
    /**
     * No parameters; send an empty object (or an empty form).
     */
    body: ImV2EventSubscribeParams;
    path?: never;
    query?: never;
    url: '/im.v2.Event.subscribe';
};

export type ImV2EventSubscribeErrors = {
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImV2EventSubscribeError = ImV2EventSubscribeErrors[keyof ImV2EventSubscribeErrors];

export type ImV2EventSubscribeResponses = {
    /**
     * Subscribed (or already subscribed); `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImV2EventSubscribeResponse = ImV2EventSubscribeResponses[keyof ImV2EventSubscribeResponses];

export type ImV2EventUnsubscribeData = {
    /**
     * No parameters; send an empty object (or an empty form).
     */
    body: ImV2EventUnsubscribeParams;
    path?: never;
    query?: never;
    url: '/im.v2.Event.unsubscribe';
};

export type ImV2EventUnsubscribeErrors = {
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImV2EventUnsubscribeError = ImV2EventUnsubscribeErrors[keyof ImV2EventUnsubscribeErrors];

export type ImV2EventUnsubscribeResponses = {
    /**
     * Unsubscribed (or was not subscribed); `result` is true.
     */
    200: ImBooleanSuccess;
};

export type ImV2EventUnsubscribeResponse = ImV2EventUnsubscribeResponses[keyof ImV2EventUnsubscribeResponses];

export type ImV2EventGetData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImV2EventGetParams;
    path?: never;
    query?: never;
    url: '/im.v2.Event.get';
};

export type ImV2EventGetErrors = {
    /**
     * A parameter breaks the contract.
     */
    400: ImV2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
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

export type ImV2EventGetError = ImV2EventGetErrors[keyof ImV2EventGetErrors];

export type ImV2EventGetResponses = {
    /**
     * The next events, oldest first, and the offset to pass next.
     */
    200: ImV2EventGetSuccess;
};

export type ImV2EventGetResponse = ImV2EventGetResponses[keyof ImV2EventGetResponses];

export type ImV2FileUploadData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImV2FileUploadParams;
    path?: never;
    query?: never;
    url: '/im.v2.File.upload';
};

export type ImV2FileUploadErrors = {
    /**
     * The file is missing, malformed or too large, or the portal could not take it.
     */
    400: ImV2FileUploadBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user has no access to the chat, or the platform refused the call.
     */
    403: RestForbiddenError;
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

export type ImV2FileUploadError = ImV2FileUploadErrors[keyof ImV2FileUploadErrors];

export type ImV2FileUploadResponses = {
    /**
     * Uploaded and posted.
     */
    200: ImV2FileUploadSuccess;
};

export type ImV2FileUploadResponse = ImV2FileUploadResponses[keyof ImV2FileUploadResponses];

export type ImV2FileDownloadData = {
    /**
     * The parameters, as JSON or as a PHP-style form.
     */
    body: ImV2FileDownloadParams;
    path?: never;
    query?: never;
    url: '/im.v2.File.download';
};

export type ImV2FileDownloadErrors = {
    /**
     * No such file, or a parameter breaks the contract.
     */
    400: ImV2FileDownloadBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user has no access to the chat, or the platform refused the call.
     */
    403: RestForbiddenError;
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

export type ImV2FileDownloadError = ImV2FileDownloadErrors[keyof ImV2FileDownloadErrors];

export type ImV2FileDownloadResponses = {
    /**
     * The link.
     */
    200: ImV2FileDownloadSuccess;
};

export type ImV2FileDownloadResponse = ImV2FileDownloadResponses[keyof ImV2FileDownloadResponses];

export type ImV2ChatBotSendContextData = {
    /**
     * The parameters, as JSON or as a PHP-style form (`dialogId=1459503&context[pairCode]=13bd812901b295c50adbc`).
     */
    body: ImV2ChatBotSendContextParams;
    path?: never;
    query?: never;
    url: '/im.v2.Chat.Bot.sendContext';
};

export type ImV2ChatBotSendContextErrors = {
    /**
     * A parameter breaks the contract.
     */
    400: ImV2BadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The user has no access to the chat, or the platform refused the call.
     */
    403: RestForbiddenError;
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

export type ImV2ChatBotSendContextError = ImV2ChatBotSendContextErrors[keyof ImV2ChatBotSendContextErrors];

export type ImV2ChatBotSendContextResponses = {
    /**
     * Handed to the bot; `result` is true (assumed).
     */
    200: ImBooleanSuccess;
};

export type ImV2ChatBotSendContextResponse = ImV2ChatBotSendContextResponses[keyof ImV2ChatBotSendContextResponses];

export type BatchData = {
    /**
     * The parameters, as JSON (commands as plain strings) or as a PHP-style form (`halt=0&cmd[get_user]=user.current&cmd[next]=...`, each command URL-encoded once more).
     */
    body: BatchParams;
    path?: never;
    query?: never;
    url: '/batch';
};

export type BatchErrors = {
    /**
     * The batch is malformed, or (a server that refuses it as a whole) too long.
     */
    400: BatchBadRequestError;
    /**
     * No auth data, or the token is expired or unknown.
     */
    401: UnauthorizedError;
    /**
     * The platform refused the call: REST is not on the portal's plan, the user lacks the rights or the scope, or the application is limited to other users.
     */
    403: RestForbiddenError;
    /**
     * The method is unknown.
     */
    404: NotFoundError;
    /**
     * A command may not run inside a batch (a server that refuses the batch as a whole).
     */
    405: BatchMethodNotAllowedError;
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

export type BatchError = BatchErrors[keyof BatchErrors];

export type BatchResponses = {
    /**
     * The commands ran (some may have failed): their answers, errors, totals, next pages and timings by command key.
     */
    200: BatchSuccess;
};

export type BatchResponse = BatchResponses[keyof BatchResponses];

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2MessageAddWebhookPayload = ImbotV2EventMessageAddDelivery;

export type OnImbotV2MessageAddWebhookRequest = {
    body: OnImbotV2MessageAddWebhookPayload;
    key: 'ONIMBOTV2MESSAGEADD';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2MessageUpdateWebhookPayload = ImbotV2EventMessageUpdateDelivery;

export type OnImbotV2MessageUpdateWebhookRequest = {
    body: OnImbotV2MessageUpdateWebhookPayload;
    key: 'ONIMBOTV2MESSAGEUPDATE';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2MessageDeleteWebhookPayload = ImbotV2EventMessageDeleteDelivery;

export type OnImbotV2MessageDeleteWebhookRequest = {
    body: OnImbotV2MessageDeleteWebhookPayload;
    key: 'ONIMBOTV2MESSAGEDELETE';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2JoinChatWebhookPayload = ImbotV2EventJoinChatDelivery;

export type OnImbotV2JoinChatWebhookRequest = {
    body: OnImbotV2JoinChatWebhookPayload;
    key: 'ONIMBOTV2JOINCHAT';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2CommandAddWebhookPayload = ImbotV2EventCommandAddDelivery;

export type OnImbotV2CommandAddWebhookRequest = {
    body: OnImbotV2CommandAddWebhookPayload;
    key: 'ONIMBOTV2COMMANDADD';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2ReactionChangeWebhookPayload = ImbotV2EventReactionChangeDelivery;

export type OnImbotV2ReactionChangeWebhookRequest = {
    body: OnImbotV2ReactionChangeWebhookPayload;
    key: 'ONIMBOTV2REACTIONCHANGE';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2ContextGetWebhookPayload = ImbotV2EventContextGetDelivery;

export type OnImbotV2ContextGetWebhookRequest = {
    body: OnImbotV2ContextGetWebhookPayload;
    key: 'ONIMBOTV2CONTEXTGET';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=...&data[bot][id]=456&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema: integers from digits, booleans from "1"/"0", null from "" where the schema allows null, false from "0" where a value may be false.
 */
export type OnImbotV2DeleteWebhookPayload = ImbotV2EventDeleteDelivery;

export type OnImbotV2DeleteWebhookRequest = {
    body: OnImbotV2DeleteWebhookPayload;
    key: 'ONIMBOTV2DELETE';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=ONAPPINSTALL&data[VERSION]=1.0.0&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema (ts and expires_in as integers).
 */
export type OnAppInstallWebhookPayload = AppInstallDelivery;

export type OnAppInstallWebhookRequest = {
    body: OnAppInstallWebhookPayload;
    key: 'ONAPPINSTALL';
    path?: never;
    query?: never;
};

/**
 * The delivery, as `http_build_query` writes it: `event=ONAPPUNINSTALL&data[CLEAN]=1&...&auth[application_token]=...`. Every scalar arrives as a string and is read by this schema (ts and CLEAN as integers).
 */
export type OnAppUninstallWebhookPayload = AppUninstallDelivery;

export type OnAppUninstallWebhookRequest = {
    body: OnAppUninstallWebhookPayload;
    key: 'ONAPPUNINSTALL';
    path?: never;
    query?: never;
};

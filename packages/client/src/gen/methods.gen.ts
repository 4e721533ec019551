// This file is generated from schema/openapi.yaml by @hey-api/openapi-ts (openapi-ts.config.ts). Do not edit.

import type { BatchData, BatchResponses, ImbotChatAddData, ImbotChatAddResponses, ImbotV2BotGetData, ImbotV2BotGetResponses, ImbotV2BotListData, ImbotV2BotListResponses, ImbotV2BotRegisterData, ImbotV2BotRegisterResponses, ImbotV2BotUnregisterData, ImbotV2BotUnregisterResponses, ImbotV2BotUpdateData, ImbotV2BotUpdateResponses, ImbotV2ChatAddData, ImbotV2ChatAddResponses, ImbotV2ChatGetData, ImbotV2ChatGetResponses, ImbotV2ChatInputActionNotifyData, ImbotV2ChatInputActionNotifyResponses, ImbotV2ChatLeaveData, ImbotV2ChatLeaveResponses, ImbotV2ChatManagerAddData, ImbotV2ChatManagerAddResponses, ImbotV2ChatManagerDeleteData, ImbotV2ChatManagerDeleteResponses, ImbotV2ChatMessageDeleteData, ImbotV2ChatMessageDeleteResponses, ImbotV2ChatMessageGetContextData, ImbotV2ChatMessageGetContextResponses, ImbotV2ChatMessageGetData, ImbotV2ChatMessageGetResponses, ImbotV2ChatMessageReactionAddData, ImbotV2ChatMessageReactionAddResponses, ImbotV2ChatMessageReactionDeleteData, ImbotV2ChatMessageReactionDeleteResponses, ImbotV2ChatMessageReadData, ImbotV2ChatMessageReadResponses, ImbotV2ChatMessageSendData, ImbotV2ChatMessageSendResponses, ImbotV2ChatMessageUpdateData, ImbotV2ChatMessageUpdateResponses, ImbotV2ChatSetOwnerData, ImbotV2ChatSetOwnerResponses, ImbotV2ChatTextFieldEnabledData, ImbotV2ChatTextFieldEnabledResponses, ImbotV2ChatUpdateData, ImbotV2ChatUpdateResponses, ImbotV2ChatUserAddData, ImbotV2ChatUserAddResponses, ImbotV2ChatUserDeleteData, ImbotV2ChatUserDeleteResponses, ImbotV2ChatUserListData, ImbotV2ChatUserListResponses, ImbotV2CommandAnswerData, ImbotV2CommandAnswerResponses, ImbotV2CommandListData, ImbotV2CommandListResponses, ImbotV2CommandRegisterData, ImbotV2CommandRegisterResponses, ImbotV2CommandUnregisterData, ImbotV2CommandUnregisterResponses, ImbotV2CommandUpdateData, ImbotV2CommandUpdateResponses, ImbotV2EventGetData, ImbotV2EventGetResponses, ImbotV2FileDownloadData, ImbotV2FileDownloadResponses, ImbotV2FileUploadData, ImbotV2FileUploadResponses, ImbotV2RevisionGetData, ImbotV2RevisionGetResponses, ImChatAddData, ImChatAddResponses, ImChatUserAddData, ImChatUserAddResponses, ImMessageAddData, ImMessageAddResponses, ImMessageCommandData, ImMessageCommandResponses, ImMessageDeleteData, ImMessageDeleteResponses, ImMessageLikeData, ImMessageLikeResponses, ImMessageUpdateData, ImMessageUpdateResponses, ImV2ChatBotSendContextData, ImV2ChatBotSendContextResponses, ImV2EventGetData, ImV2EventGetResponses, ImV2EventSubscribeData, ImV2EventSubscribeResponses, ImV2EventUnsubscribeData, ImV2EventUnsubscribeResponses, ImV2FileDownloadData, ImV2FileDownloadResponses, ImV2FileUploadData, ImV2FileUploadResponses } from './types.gen.js';

/**
 * The version of the contract (`info.version`) this client was generated from.
 */
export const contractVersion = '3.0.0';

/**
 * The method that runs several methods in one request (`x-bitrix-max-commands`).
 */
export const batchMethod = 'batch';

/**
 * The most commands one batch request runs (`x-bitrix-max-commands`).
 */
export const batchMaxCommands = 50;

/**
 * The types of each method of the contract, by its Bitrix24 name.
 */
export type Methods = {
    /**
     * Create a chat on behalf of the chat bot
     * @deprecated Use `imbot.v2.Chat.add`.
     */
    'imbot.chat.add': {
        /**
         * The parameters.
         */
        params: ImbotChatAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotChatAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'USERS_EMPTY' | 'WRONG_REQUEST' | 'INVALID_FORMAT' | 'BOT_ID_ERROR' | 'APP_ID_ERROR' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Register a chat bot
     */
    'imbot.v2.Bot.register': {
        /**
         * The parameters.
         */
        params: ImbotV2BotRegisterData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2BotRegisterResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_CODE_REQUIRED' | 'BOT_PROPERTIES_REQUIRED' | 'BOT_CODE_ALREADY_TAKEN' | 'BOT_INVALID_TYPE' | 'BOT_INVALID_EVENT_MODE' | 'BOT_WEBHOOK_URL_REQUIRED' | 'BOT_INVALID_CALLBACK' | 'BOT_LIMIT_EXCEEDED' | 'BOT_AVATAR_INCORRECT_TYPE' | 'BOT_AVATAR_INCORRECT_SIZE' | 'BOT_TOKEN_INVALID_LENGTH' | 'BOT_REGISTER_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Change a bot's profile, flags, event delivery or token
     */
    'imbot.v2.Bot.update': {
        /**
         * The parameters.
         */
        params: ImbotV2BotUpdateData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2BotUpdateResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'BOT_INVALID_EVENT_MODE' | 'BOT_INVALID_CALLBACK' | 'BOT_AVATAR_INCORRECT_TYPE' | 'BOT_AVATAR_INCORRECT_SIZE' | 'BOT_TOKEN_ROTATION_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get a bot by id or code
     */
    'imbot.v2.Bot.get': {
        /**
         * The parameters.
         */
        params: ImbotV2BotGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2BotGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'PARAMS_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * List the application's bots
     */
    'imbot.v2.Bot.list': {
        /**
         * The parameters.
         */
        params: ImbotV2BotListData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2BotListResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Delete a bot
     */
    'imbot.v2.Bot.unregister': {
        /**
         * The parameters.
         */
        params: ImbotV2BotUnregisterData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2BotUnregisterResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'BOT_UNREGISTER_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Create a group chat on behalf of the bot
     */
    'imbot.v2.Chat.add': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get a chat the bot is in
     */
    'imbot.v2.Chat.get': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Change the title, description, colour or avatar of a chat
     */
    'imbot.v2.Chat.update': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatUpdateData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatUpdateResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Make the bot leave a chat
     */
    'imbot.v2.Chat.leave': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatLeaveData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatLeaveResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Hand a chat the bot owns to another user
     */
    'imbot.v2.Chat.setOwner': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatSetOwnerData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatSetOwnerResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Add members to a chat
     */
    'imbot.v2.Chat.User.add': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatUserAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatUserAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Remove a member from a chat
     */
    'imbot.v2.Chat.User.delete': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatUserDeleteData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatUserDeleteResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * List the members of a chat
     */
    'imbot.v2.Chat.User.list': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatUserListData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatUserListResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Make members managers of a chat
     */
    'imbot.v2.Chat.Manager.add': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatManagerAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatManagerAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_USER_IDS' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Take the manager role from users
     */
    'imbot.v2.Chat.Manager.delete': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatManagerDeleteData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatManagerDeleteResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_USER_IDS' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Show that the bot is typing or working
     */
    'imbot.v2.Chat.InputAction.notify': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatInputActionNotifyData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatInputActionNotifyResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Turn a chat's text input on or off
     */
    'imbot.v2.Chat.TextField.enabled': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatTextFieldEnabledData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatTextFieldEnabledResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get the REST and client revisions of the portal
     */
    'imbot.v2.Revision.get': {
        /**
         * The parameters.
         */
        params: ImbotV2RevisionGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2RevisionGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Send a message as the bot
     */
    'imbot.v2.Chat.Message.send': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageSendData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageSendResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'EMPTY_MESSAGE' | 'SENDING_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Edit a message of the bot
     */
    'imbot.v2.Chat.Message.update': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageUpdateData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageUpdateResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Delete a message
     */
    'imbot.v2.Chat.Message.delete': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageDeleteData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageDeleteResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Mark messages as read by the bot
     */
    'imbot.v2.Chat.Message.read': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageReadData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageReadResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'MESSAGE_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get one message
     */
    'imbot.v2.Chat.Message.get': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'BOT_TYPE_NOT_ALLOWED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get the messages around one message
     */
    'imbot.v2.Chat.Message.getContext': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageGetContextData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageGetContextResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'MESSAGE_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'BOT_TYPE_NOT_ALLOWED' | 'MESSAGE_ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Add a reaction as the bot
     */
    'imbot.v2.Chat.Message.Reaction.add': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageReactionAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageReactionAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'REACTION_NOT_FOUND' | 'REACTION_ALREADY_SET' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Remove a reaction of the bot
     */
    'imbot.v2.Chat.Message.Reaction.delete': {
        /**
         * The parameters.
         */
        params: ImbotV2ChatMessageReactionDeleteData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2ChatMessageReactionDeleteResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'REACTION_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Register a slash command
     */
    'imbot.v2.Command.register': {
        /**
         * The parameters.
         */
        params: ImbotV2CommandRegisterData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2CommandRegisterResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_REQUIRED' | 'COMMAND_NAME_INVALID' | 'COMMAND_TITLE_REQUIRED' | 'COMMAND_REGISTER_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Change a slash command
     */
    'imbot.v2.Command.update': {
        /**
         * The parameters.
         */
        params: ImbotV2CommandUpdateData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2CommandUpdateResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_NOT_FOUND' | 'COMMAND_NAME_EMPTY' | 'COMMAND_NAME_INVALID' | 'COMMAND_ALREADY_EXISTS' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * List the bot's commands
     */
    'imbot.v2.Command.list': {
        /**
         * The parameters.
         */
        params: ImbotV2CommandListData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2CommandListResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Delete a slash command
     */
    'imbot.v2.Command.unregister': {
        /**
         * The parameters.
         */
        params: ImbotV2CommandUnregisterData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2CommandUnregisterResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Answer a slash command
     */
    'imbot.v2.Command.answer': {
        /**
         * The parameters.
         */
        params: ImbotV2CommandAnswerData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2CommandAnswerResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'COMMAND_ANSWER_FAILED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Upload a file into a dialog
     */
    'imbot.v2.File.upload': {
        /**
         * The parameters.
         */
        params: ImbotV2FileUploadData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2FileUploadResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'FILE_EMPTY' | 'FILE_INVALID_CONTENT' | 'FILE_FOLDER_ERROR' | 'FILE_UPLOAD_FAILED' | 'FILE_SEND_FAILED' | 'FILE_TOO_LARGE' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get a download link for a file
     */
    'imbot.v2.File.download': {
        /**
         * The parameters.
         */
        params: ImbotV2FileDownloadData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2FileDownloadResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'FILE_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'FILE_ACCESS_ERROR' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Fetch the bot's events
     */
    'imbot.v2.Event.get': {
        /**
         * The parameters.
         */
        params: ImbotV2EventGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImbotV2EventGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'BOT_TOKEN_NOT_SPECIFIED' | 'BOT_ID_REQUIRED' | 'BOT_NOT_FOUND' | 'USER_NOT_SUBSCRIBED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'BOT_OWNERSHIP_ERROR' | 'ACCESS_DENIED' | 'SCOPE_ERROR' | 'AUTH_ERROR' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'QUERY_LIMIT_EXCEEDED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Send a message as the calling user
     */
    'im.message.add': {
        /**
         * The parameters.
         */
        params: ImMessageAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImMessageAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'MESSAGE_EMPTY' | 'USER_ID_EMPTY' | 'CHAT_ID_EMPTY' | 'ATTACH_ERROR' | 'ATTACH_OVERSIZE' | 'KEYBOARD_ERROR' | 'KEYBOARD_OVERSIZE' | 'MENU_ERROR' | 'MENU_OVERSIZE' | 'PARAMS_ERROR' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_ERROR' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Edit a message as the calling user
     */
    'im.message.update': {
        /**
         * The parameters.
         */
        params: ImMessageUpdateData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImMessageUpdateResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'MESSAGE_ID_ERROR' | 'ATTACH_ERROR' | 'ATTACH_OVERSIZE' | 'KEYBOARD_ERROR' | 'KEYBOARD_OVERSIZE' | 'menu_ERROR' | 'MENU_ERROR' | 'MENU_OVERSIZE' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'CANT_EDIT_MESSAGE' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Delete a message as the calling user
     */
    'im.message.delete': {
        /**
         * The parameters.
         */
        params: ImMessageDeleteData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImMessageDeleteResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'MESSAGE_ID_ERROR' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'CANT_EDIT_MESSAGE' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Like or unlike a message as the calling user
     */
    'im.message.like': {
        /**
         * The parameters.
         */
        params: ImMessageLikeData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImMessageLikeResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'MESSAGE_ID_ERROR' | 'WITHOUT_CHANGES' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Run a bot's command from a message, as a keyboard button press
     */
    'im.message.command': {
        /**
         * The parameters.
         */
        params: ImMessageCommandData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImMessageCommandResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'MESSAGE_ID_ERROR' | 'BOT_ID_ERROR' | 'COMMAND_ERROR' | 'PARAMS_ERROR' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Make a group chat as the calling user
     */
    'im.chat.add': {
        /**
         * The parameters.
         */
        params: ImChatAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImChatAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Add users (or bots) to a group chat as the calling user
     */
    'im.chat.user.add': {
        /**
         * The parameters.
         */
        params: ImChatUserAddData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImChatUserAddResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'CHAT_ID_EMPTY' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_ERROR' | 'ACCESS_DENIED_EXTEND' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Start recording the calling user's events
     */
    'im.v2.Event.subscribe': {
        /**
         * The parameters.
         */
        params: ImV2EventSubscribeData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2EventSubscribeResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Stop recording the calling user's events
     */
    'im.v2.Event.unsubscribe': {
        /**
         * The parameters.
         */
        params: ImV2EventUnsubscribeData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2EventUnsubscribeResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Fetch the calling user's events (polling)
     */
    'im.v2.Event.get': {
        /**
         * The parameters.
         */
        params: ImV2EventGetData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2EventGetResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Upload a file into a dialog as the calling user
     */
    'im.v2.File.upload': {
        /**
         * The parameters.
         */
        params: ImV2FileUploadData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2FileUploadResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'FILE_EMPTY' | 'FILE_INVALID_CONTENT' | 'CHAT_NOT_FOUND' | 'FOLDER_ERROR' | 'UPLOAD_FAILED' | 'SEND_FAILED' | 'FILE_TOO_LARGE' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Get a download link for a chat file, as the calling user
     */
    'im.v2.File.download': {
        /**
         * The parameters.
         */
        params: ImV2FileDownloadData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2FileDownloadResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'FILE_NOT_FOUND' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Send a context to a bot, as opening its chat through a link does (undocumented)
     */
    'im.v2.Chat.Bot.sendContext': {
        /**
         * The parameters.
         */
        params: ImV2ChatBotSendContextData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: ImV2ChatBotSendContextResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
    /**
     * Run up to 50 methods in one request
     */
    batch: {
        /**
         * The parameters.
         */
        params: BatchData['body'];
        /**
         * The success envelope: `result` and `time`.
         */
        success: BatchResponses[200];
        /**
         * The error codes the contract gives this method.
         */
        errorCode: 'ERROR_BATCH_LENGTH_EXCEEDED' | 'INVALID_FORMAT' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'user_access_error' | 'ERROR_METHOD_NOT_FOUND' | 'ERROR_MANIFEST_IS_NOT_AVAILABLE' | 'ERROR_BATCH_METHOD_NOT_ALLOWED' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'ERROR_UNEXPECTED_ANSWER' | 'PORTAL_DELETED' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
    };
};

/**
 * The methods as a tree split on dots (`imbot.chat.add`), each typed by `F[method name]`.
 */
export type MethodTree<F extends Record<keyof Methods, unknown>> = {
    readonly imbot: {
        readonly chat: {
            /**
             * Create a chat on behalf of the chat bot
             * @deprecated Use `imbot.v2.Chat.add`.
             */
            readonly add: F['imbot.chat.add'];
        };
        readonly v2: {
            readonly Bot: {
                /**
                 * Register a chat bot
                 */
                readonly register: F['imbot.v2.Bot.register'];
                /**
                 * Change a bot's profile, flags, event delivery or token
                 */
                readonly update: F['imbot.v2.Bot.update'];
                /**
                 * Get a bot by id or code
                 */
                readonly get: F['imbot.v2.Bot.get'];
                /**
                 * List the application's bots
                 */
                readonly list: F['imbot.v2.Bot.list'];
                /**
                 * Delete a bot
                 */
                readonly unregister: F['imbot.v2.Bot.unregister'];
            };
            readonly Chat: {
                /**
                 * Create a group chat on behalf of the bot
                 */
                readonly add: F['imbot.v2.Chat.add'];
                /**
                 * Get a chat the bot is in
                 */
                readonly get: F['imbot.v2.Chat.get'];
                /**
                 * Change the title, description, colour or avatar of a chat
                 */
                readonly update: F['imbot.v2.Chat.update'];
                /**
                 * Make the bot leave a chat
                 */
                readonly leave: F['imbot.v2.Chat.leave'];
                /**
                 * Hand a chat the bot owns to another user
                 */
                readonly setOwner: F['imbot.v2.Chat.setOwner'];
                readonly User: {
                    /**
                     * Add members to a chat
                     */
                    readonly add: F['imbot.v2.Chat.User.add'];
                    /**
                     * Remove a member from a chat
                     */
                    readonly delete: F['imbot.v2.Chat.User.delete'];
                    /**
                     * List the members of a chat
                     */
                    readonly list: F['imbot.v2.Chat.User.list'];
                };
                readonly Manager: {
                    /**
                     * Make members managers of a chat
                     */
                    readonly add: F['imbot.v2.Chat.Manager.add'];
                    /**
                     * Take the manager role from users
                     */
                    readonly delete: F['imbot.v2.Chat.Manager.delete'];
                };
                readonly InputAction: {
                    /**
                     * Show that the bot is typing or working
                     */
                    readonly notify: F['imbot.v2.Chat.InputAction.notify'];
                };
                readonly TextField: {
                    /**
                     * Turn a chat's text input on or off
                     */
                    readonly enabled: F['imbot.v2.Chat.TextField.enabled'];
                };
                readonly Message: {
                    /**
                     * Send a message as the bot
                     */
                    readonly send: F['imbot.v2.Chat.Message.send'];
                    /**
                     * Edit a message of the bot
                     */
                    readonly update: F['imbot.v2.Chat.Message.update'];
                    /**
                     * Delete a message
                     */
                    readonly delete: F['imbot.v2.Chat.Message.delete'];
                    /**
                     * Mark messages as read by the bot
                     */
                    readonly read: F['imbot.v2.Chat.Message.read'];
                    /**
                     * Get one message
                     */
                    readonly get: F['imbot.v2.Chat.Message.get'];
                    /**
                     * Get the messages around one message
                     */
                    readonly getContext: F['imbot.v2.Chat.Message.getContext'];
                    readonly Reaction: {
                        /**
                         * Add a reaction as the bot
                         */
                        readonly add: F['imbot.v2.Chat.Message.Reaction.add'];
                        /**
                         * Remove a reaction of the bot
                         */
                        readonly delete: F['imbot.v2.Chat.Message.Reaction.delete'];
                    };
                };
            };
            readonly Revision: {
                /**
                 * Get the REST and client revisions of the portal
                 */
                readonly get: F['imbot.v2.Revision.get'];
            };
            readonly Command: {
                /**
                 * Register a slash command
                 */
                readonly register: F['imbot.v2.Command.register'];
                /**
                 * Change a slash command
                 */
                readonly update: F['imbot.v2.Command.update'];
                /**
                 * List the bot's commands
                 */
                readonly list: F['imbot.v2.Command.list'];
                /**
                 * Delete a slash command
                 */
                readonly unregister: F['imbot.v2.Command.unregister'];
                /**
                 * Answer a slash command
                 */
                readonly answer: F['imbot.v2.Command.answer'];
            };
            readonly File: {
                /**
                 * Upload a file into a dialog
                 */
                readonly upload: F['imbot.v2.File.upload'];
                /**
                 * Get a download link for a file
                 */
                readonly download: F['imbot.v2.File.download'];
            };
            readonly Event: {
                /**
                 * Fetch the bot's events
                 */
                readonly get: F['imbot.v2.Event.get'];
            };
        };
    };
    readonly im: {
        readonly message: {
            /**
             * Send a message as the calling user
             */
            readonly add: F['im.message.add'];
            /**
             * Edit a message as the calling user
             */
            readonly update: F['im.message.update'];
            /**
             * Delete a message as the calling user
             */
            readonly delete: F['im.message.delete'];
            /**
             * Like or unlike a message as the calling user
             */
            readonly like: F['im.message.like'];
            /**
             * Run a bot's command from a message, as a keyboard button press
             */
            readonly command: F['im.message.command'];
        };
        readonly chat: {
            /**
             * Make a group chat as the calling user
             */
            readonly add: F['im.chat.add'];
            readonly user: {
                /**
                 * Add users (or bots) to a group chat as the calling user
                 */
                readonly add: F['im.chat.user.add'];
            };
        };
        readonly v2: {
            readonly Event: {
                /**
                 * Start recording the calling user's events
                 */
                readonly subscribe: F['im.v2.Event.subscribe'];
                /**
                 * Stop recording the calling user's events
                 */
                readonly unsubscribe: F['im.v2.Event.unsubscribe'];
                /**
                 * Fetch the calling user's events (polling)
                 */
                readonly get: F['im.v2.Event.get'];
            };
            readonly File: {
                /**
                 * Upload a file into a dialog as the calling user
                 */
                readonly upload: F['im.v2.File.upload'];
                /**
                 * Get a download link for a chat file, as the calling user
                 */
                readonly download: F['im.v2.File.download'];
            };
            readonly Chat: {
                readonly Bot: {
                    /**
                     * Send a context to a bot, as opening its chat through a link does (undocumented)
                     */
                    readonly sendContext: F['im.v2.Chat.Bot.sendContext'];
                };
            };
        };
    };
    /**
     * Run up to 50 methods in one request
     */
    readonly batch: F['batch'];
};

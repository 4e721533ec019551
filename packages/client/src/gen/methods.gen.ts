// This file is generated from schema/openapi.yaml by @hey-api/openapi-ts (openapi-ts.config.ts). Do not edit.

import type { ImbotChatAddData, ImbotChatAddResponses } from './types.gen.js';

/**
 * The version of the contract (`info.version`) this client was generated from.
 */
export const contractVersion = '1.0.0';

/**
 * The types of each method of the contract, by its Bitrix24 name.
 */
export type Methods = {
    /**
     * Create a chat on behalf of the chat bot
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
        errorCode: 'USERS_EMPTY' | 'WRONG_REQUEST' | 'INVALID_FORMAT' | 'BOT_ID_ERROR' | 'APP_ID_ERROR' | 'NO_AUTH_FOUND' | 'expired_token' | 'invalid_token' | 'INVALID_CREDENTIALS' | 'insufficient_scope' | 'ACCESS_DENIED' | 'ERROR_METHOD_NOT_FOUND' | 'OPERATION_TIME_LIMIT' | 'INTERNAL_SERVER_ERROR' | 'QUERY_LIMIT_EXCEEDED' | 'OVERLOAD_LIMIT';
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
             */
            readonly add: F['imbot.chat.add'];
        };
    };
};

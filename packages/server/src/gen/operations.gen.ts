// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

import type { CompiledValidator, OperationDefinition } from '../runtime/operation.js';
import type { operations } from './schema.gen.js';
import * as validators from './validators.gen.js';

/** The contract's version (`info.version` of schema/openapi.yaml). */
export const contractVersion = "1.0.0";

/** Every operation of the contract, keyed by operationId. */
export const operationTable = {
  imbotChatAdd: {
    operationId: "imbotChatAdd",
    method: "imbot.chat.add",
    params: {
      names: ["TYPE","TITLE","DESCRIPTION","COLOR","MESSAGE","USERS","AVATAR","ENTITY_TYPE","ENTITY_ID","OWNER_ID","BOT_ID","CLIENT_ID"],
      caseInsensitive: true,
      coerce: {"USERS":{"items":"integer"},"ENTITY_ID":"integer","OWNER_ID":"integer","BOT_ID":"integer"},
      emptyErrors: {"USERS":"USERS_EMPTY"},
      webhookRequired: {"CLIENT_ID":"ACCESS_DENIED"},
    },
    validateParams: validators.imbotChatAddParams as unknown as CompiledValidator,
    validateSuccess: validators.imbotChatAddSuccess as unknown as CompiledValidator,
    errorStatus: {"USERS_EMPTY":[400],"WRONG_REQUEST":[400],"INVALID_FORMAT":[400],"BOT_ID_ERROR":[400],"APP_ID_ERROR":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: 2725,
  },
} as const satisfies Record<string, OperationDefinition>;

/** Error descriptions as the contract's examples give them, by error code. */
export const errorDescriptions: Readonly<Record<string, string>> = {"USERS_EMPTY":"No chat participants provided","INVALID_FORMAT":"USERS[0]: must be integer","NO_AUTH_FOUND":"Wrong authorization data","expired_token":"The access token provided has expired.","ACCESS_DENIED":"Access denied! Client ID not specified","ERROR_METHOD_NOT_FOUND":"Method not found!","OPERATION_TIME_LIMIT":"Method is blocked due to operation time limit.","INTERNAL_SERVER_ERROR":"Internal server error","QUERY_LIMIT_EXCEEDED":"Too many requests"};

/** Request parameters and the 200 envelope of each operation, from schema.gen.ts. */
export interface OperationTypes {
  imbotChatAdd: {
    params: NonNullable<operations["imbotChatAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotChatAdd"]['responses'][200]['content']['application/json'];
  };
}

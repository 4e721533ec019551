// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

import type { operations } from './schema.gen.js';

/** The contract's version (`info.version` of schema/openapi.yaml). */
export const contractVersion = "3.0.0";

/** Every error code the contract gives any of its methods. */
export type ContractErrorCode =
  | "ACCESS_DENIED"
  | "ACCESS_DENIED_EXTEND"
  | "ACCESS_ERROR"
  | "APP_ID_ERROR"
  | "ATTACH_ERROR"
  | "ATTACH_OVERSIZE"
  | "AUTH_ERROR"
  | "BOT_AVATAR_INCORRECT_SIZE"
  | "BOT_AVATAR_INCORRECT_TYPE"
  | "BOT_CODE_ALREADY_TAKEN"
  | "BOT_CODE_REQUIRED"
  | "BOT_ID_ERROR"
  | "BOT_ID_REQUIRED"
  | "BOT_INVALID_CALLBACK"
  | "BOT_INVALID_EVENT_MODE"
  | "BOT_INVALID_TYPE"
  | "BOT_LIMIT_EXCEEDED"
  | "BOT_NOT_FOUND"
  | "BOT_OWNERSHIP_ERROR"
  | "BOT_PROPERTIES_REQUIRED"
  | "BOT_REGISTER_FAILED"
  | "BOT_TOKEN_INVALID_LENGTH"
  | "BOT_TOKEN_NOT_SPECIFIED"
  | "BOT_TOKEN_ROTATION_FAILED"
  | "BOT_TYPE_NOT_ALLOWED"
  | "BOT_UNREGISTER_FAILED"
  | "BOT_WEBHOOK_URL_REQUIRED"
  | "CANT_EDIT_MESSAGE"
  | "CHAT_ID_EMPTY"
  | "CHAT_NOT_FOUND"
  | "COMMAND_ALREADY_EXISTS"
  | "COMMAND_ANSWER_FAILED"
  | "COMMAND_ERROR"
  | "COMMAND_NAME_EMPTY"
  | "COMMAND_NAME_INVALID"
  | "COMMAND_NOT_FOUND"
  | "COMMAND_REGISTER_FAILED"
  | "COMMAND_REQUIRED"
  | "COMMAND_TITLE_REQUIRED"
  | "EMPTY_MESSAGE"
  | "EMPTY_USER_IDS"
  | "ERROR_BATCH_LENGTH_EXCEEDED"
  | "ERROR_BATCH_METHOD_NOT_ALLOWED"
  | "ERROR_MANIFEST_IS_NOT_AVAILABLE"
  | "ERROR_METHOD_NOT_FOUND"
  | "ERROR_UNEXPECTED_ANSWER"
  | "FILE_ACCESS_ERROR"
  | "FILE_EMPTY"
  | "FILE_FOLDER_ERROR"
  | "FILE_INVALID_CONTENT"
  | "FILE_NOT_FOUND"
  | "FILE_SEND_FAILED"
  | "FILE_TOO_LARGE"
  | "FILE_UPLOAD_FAILED"
  | "FOLDER_ERROR"
  | "INTERNAL_SERVER_ERROR"
  | "INVALID_CREDENTIALS"
  | "INVALID_FORMAT"
  | "KEYBOARD_ERROR"
  | "KEYBOARD_OVERSIZE"
  | "MENU_ERROR"
  | "MENU_OVERSIZE"
  | "MESSAGE_ACCESS_DENIED"
  | "MESSAGE_EMPTY"
  | "MESSAGE_ID_ERROR"
  | "MESSAGE_NOT_FOUND"
  | "NO_AUTH_FOUND"
  | "OPERATION_TIME_LIMIT"
  | "OVERLOAD_LIMIT"
  | "PARAMS_ERROR"
  | "PARAMS_REQUIRED"
  | "PORTAL_DELETED"
  | "QUERY_LIMIT_EXCEEDED"
  | "REACTION_ALREADY_SET"
  | "REACTION_NOT_FOUND"
  | "SCOPE_ERROR"
  | "SENDING_FAILED"
  | "SEND_FAILED"
  | "UPLOAD_FAILED"
  | "USERS_EMPTY"
  | "USER_ID_EMPTY"
  | "USER_NOT_SUBSCRIBED"
  | "WITHOUT_CHANGES"
  | "WRONG_REQUEST"
  | "expired_token"
  | "insufficient_scope"
  | "invalid_token"
  | "menu_ERROR"
  | "user_access_error";

/** The events of the contract (its `webhooks`), by name: the webhook delivery (`{event, data, ts, auth}`) and its `data`. */
export interface EventTypes {
  ONIMBOTV2MESSAGEADD: {
    payload: NonNullable<operations["onImbotV2MessageAdd"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2MessageAdd"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2MESSAGEUPDATE: {
    payload: NonNullable<operations["onImbotV2MessageUpdate"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2MessageUpdate"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2MESSAGEDELETE: {
    payload: NonNullable<operations["onImbotV2MessageDelete"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2MessageDelete"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2JOINCHAT: {
    payload: NonNullable<operations["onImbotV2JoinChat"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2JoinChat"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2COMMANDADD: {
    payload: NonNullable<operations["onImbotV2CommandAdd"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2CommandAdd"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2REACTIONCHANGE: {
    payload: NonNullable<operations["onImbotV2ReactionChange"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2ReactionChange"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2CONTEXTGET: {
    payload: NonNullable<operations["onImbotV2ContextGet"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2ContextGet"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONIMBOTV2DELETE: {
    payload: NonNullable<operations["onImbotV2Delete"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onImbotV2Delete"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONAPPINSTALL: {
    payload: NonNullable<operations["onAppInstall"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onAppInstall"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
  ONAPPUNINSTALL: {
    payload: NonNullable<operations["onAppUninstall"]['requestBody']>['content']["application/x-www-form-urlencoded"];
    data: NonNullable<operations["onAppUninstall"]['requestBody']>['content']["application/x-www-form-urlencoded"]['data'];
  };
}

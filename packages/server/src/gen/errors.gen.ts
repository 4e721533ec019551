// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

/** Error descriptions as the contract's examples give them, by error code. */
export const errorDescriptions: Readonly<Record<string, string>> = {
  "ACCESS_DENIED": "Access denied! Client ID not specified",
  "ACCESS_DENIED_EXTEND": "Insufficient permissions to add participants to the chat",
  "ACCESS_ERROR": "Insufficient permissions to send a message",
  "AUTH_ERROR": "Auth error",
  "BOT_CODE_ALREADY_TAKEN": "Bot code is already taken",
  "BOT_CODE_REQUIRED": "Bot code is required",
  "BOT_NOT_FOUND": "Bot not found",
  "BOT_OWNERSHIP_ERROR": "Bot is registered by another application",
  "BOT_TOKEN_NOT_SPECIFIED": "Bot token is not specified",
  "BOT_TOKEN_ROTATION_FAILED": "Bot token rotation failed",
  "BOT_TYPE_NOT_ALLOWED": "Bot type not allowed",
  "CANT_EDIT_MESSAGE": "Time has expired for modification or you don't have access",
  "CHAT_ID_EMPTY": "Chat ID can't be empty",
  "CHAT_NOT_FOUND": "CHAT_NOT_FOUND",
  "COMMAND_ALREADY_EXISTS": "Command already exists",
  "COMMAND_ANSWER_FAILED": "Command answer failed",
  "COMMAND_ERROR": "Command can't be empty",
  "COMMAND_NAME_EMPTY": "Command name is empty",
  "COMMAND_NAME_INVALID": "Command name is invalid",
  "COMMAND_NOT_FOUND": "Command not found",
  "COMMAND_REGISTER_FAILED": "Command registration failed",
  "COMMAND_REQUIRED": "Command is required",
  "COMMAND_TITLE_REQUIRED": "Command title is required",
  "EMPTY_MESSAGE": "Message is empty",
  "EMPTY_USER_IDS": "Empty user IDs",
  "ERROR_BATCH_LENGTH_EXCEEDED": "Max batch length exceeded",
  "ERROR_BATCH_METHOD_NOT_ALLOWED": "Method is not allowed for batch usage",
  "ERROR_METHOD_NOT_FOUND": "Method not found!",
  "FILE_ACCESS_ERROR": "File access error",
  "FILE_EMPTY": "File name or content is empty",
  "FILE_FOLDER_ERROR": "Failed to get chat folder",
  "FILE_INVALID_CONTENT": "Invalid base64 content",
  "FILE_NOT_FOUND": "File not found",
  "FILE_SEND_FAILED": "Failed to send message",
  "FILE_TOO_LARGE": "File is too large",
  "FILE_UPLOAD_FAILED": "File upload failed",
  "INTERNAL_SERVER_ERROR": "Internal server error",
  "INVALID_FORMAT": "USERS[0]: must be integer",
  "KEYBOARD_ERROR": "Incorrect keyboard params",
  "MESSAGE_ACCESS_DENIED": "Message access denied",
  "MESSAGE_EMPTY": "Message text is not provided",
  "MESSAGE_ID_ERROR": "Message ID can't be empty",
  "MESSAGE_NOT_FOUND": "Message not found",
  "NO_AUTH_FOUND": "Wrong authorization data",
  "OPERATION_TIME_LIMIT": "Method is blocked due to operation time limit.",
  "PARAMS_ERROR": "Incorrect params",
  "PARAMS_REQUIRED": "Required parameters are missing",
  "QUERY_LIMIT_EXCEEDED": "Too many requests",
  "REACTION_ALREADY_SET": "Reaction already set",
  "REACTION_NOT_FOUND": "Reaction not found",
  "SCOPE_ERROR": "Scope error",
  "SENDING_FAILED": "Sending failed",
  "USERS_EMPTY": "No chat participants provided",
  "USER_ID_EMPTY": "Recipient identifier is not specified when sending a message in a one-on-one chat",
  "USER_NOT_SUBSCRIBED": "User not subscribed",
  "WITHOUT_CHANGES": "Action completed without changes",
  "expired_token": "The access token provided has expired.",
  "insufficient_scope": "The request requires higher privileges than provided by the webhook token",
  "user_access_error": "The user does not have access to the application",
};

/** The HTTP statuses each error code is answered with over all operations, the default first. */
export const errorStatuses: Readonly<Record<string, readonly number[]>> = {
  "ACCESS_DENIED": [403],
  "ACCESS_DENIED_EXTEND": [403],
  "ACCESS_ERROR": [403],
  "APP_ID_ERROR": [400],
  "ATTACH_ERROR": [400],
  "ATTACH_OVERSIZE": [400],
  "AUTH_ERROR": [403],
  "BOT_AVATAR_INCORRECT_SIZE": [400],
  "BOT_AVATAR_INCORRECT_TYPE": [400],
  "BOT_CODE_ALREADY_TAKEN": [400],
  "BOT_CODE_REQUIRED": [400],
  "BOT_ID_ERROR": [400],
  "BOT_ID_REQUIRED": [400],
  "BOT_INVALID_CALLBACK": [400],
  "BOT_INVALID_EVENT_MODE": [400],
  "BOT_INVALID_TYPE": [400],
  "BOT_LIMIT_EXCEEDED": [400],
  "BOT_NOT_FOUND": [400],
  "BOT_OWNERSHIP_ERROR": [403],
  "BOT_PROPERTIES_REQUIRED": [400],
  "BOT_REGISTER_FAILED": [400],
  "BOT_TOKEN_INVALID_LENGTH": [400],
  "BOT_TOKEN_NOT_SPECIFIED": [400],
  "BOT_TOKEN_ROTATION_FAILED": [400],
  "BOT_TYPE_NOT_ALLOWED": [403],
  "BOT_UNREGISTER_FAILED": [400],
  "BOT_WEBHOOK_URL_REQUIRED": [400],
  "CANT_EDIT_MESSAGE": [403],
  "CHAT_ID_EMPTY": [400],
  "CHAT_NOT_FOUND": [400],
  "COMMAND_ALREADY_EXISTS": [400],
  "COMMAND_ANSWER_FAILED": [400],
  "COMMAND_ERROR": [400],
  "COMMAND_NAME_EMPTY": [400],
  "COMMAND_NAME_INVALID": [400],
  "COMMAND_NOT_FOUND": [400],
  "COMMAND_REGISTER_FAILED": [400],
  "COMMAND_REQUIRED": [400],
  "COMMAND_TITLE_REQUIRED": [400],
  "EMPTY_MESSAGE": [400],
  "EMPTY_USER_IDS": [400],
  "ERROR_BATCH_LENGTH_EXCEEDED": [400],
  "ERROR_BATCH_METHOD_NOT_ALLOWED": [405],
  "ERROR_MANIFEST_IS_NOT_AVAILABLE": [404],
  "ERROR_METHOD_NOT_FOUND": [404],
  "ERROR_UNEXPECTED_ANSWER": [500],
  "FILE_ACCESS_ERROR": [403],
  "FILE_EMPTY": [400],
  "FILE_FOLDER_ERROR": [400],
  "FILE_INVALID_CONTENT": [400],
  "FILE_NOT_FOUND": [400],
  "FILE_SEND_FAILED": [400],
  "FILE_TOO_LARGE": [400],
  "FILE_UPLOAD_FAILED": [400],
  "FOLDER_ERROR": [400],
  "INTERNAL_SERVER_ERROR": [500],
  "INVALID_CREDENTIALS": [401,403],
  "INVALID_FORMAT": [400],
  "KEYBOARD_ERROR": [400],
  "KEYBOARD_OVERSIZE": [400],
  "MENU_ERROR": [400],
  "MENU_OVERSIZE": [400],
  "MESSAGE_ACCESS_DENIED": [403],
  "MESSAGE_EMPTY": [400],
  "MESSAGE_ID_ERROR": [400],
  "MESSAGE_NOT_FOUND": [400],
  "NO_AUTH_FOUND": [401],
  "OPERATION_TIME_LIMIT": [429],
  "OVERLOAD_LIMIT": [503],
  "PARAMS_ERROR": [400],
  "PARAMS_REQUIRED": [400],
  "PORTAL_DELETED": [500],
  "QUERY_LIMIT_EXCEEDED": [503,429],
  "REACTION_ALREADY_SET": [400],
  "REACTION_NOT_FOUND": [400],
  "SCOPE_ERROR": [403],
  "SENDING_FAILED": [400],
  "SEND_FAILED": [400],
  "UPLOAD_FAILED": [400],
  "USERS_EMPTY": [400],
  "USER_ID_EMPTY": [400],
  "USER_NOT_SUBSCRIBED": [400],
  "WITHOUT_CHANGES": [400],
  "WRONG_REQUEST": [400],
  "expired_token": [401],
  "insufficient_scope": [401,403],
  "invalid_token": [401],
  "menu_ERROR": [400],
  "user_access_error": [403],
};

/** The HTTP statuses the contract answers each error code with, over all its operations. */
export interface ErrorStatuses {
  "ACCESS_DENIED": 403;
  "ACCESS_DENIED_EXTEND": 403;
  "ACCESS_ERROR": 403;
  "APP_ID_ERROR": 400;
  "ATTACH_ERROR": 400;
  "ATTACH_OVERSIZE": 400;
  "AUTH_ERROR": 403;
  "BOT_AVATAR_INCORRECT_SIZE": 400;
  "BOT_AVATAR_INCORRECT_TYPE": 400;
  "BOT_CODE_ALREADY_TAKEN": 400;
  "BOT_CODE_REQUIRED": 400;
  "BOT_ID_ERROR": 400;
  "BOT_ID_REQUIRED": 400;
  "BOT_INVALID_CALLBACK": 400;
  "BOT_INVALID_EVENT_MODE": 400;
  "BOT_INVALID_TYPE": 400;
  "BOT_LIMIT_EXCEEDED": 400;
  "BOT_NOT_FOUND": 400;
  "BOT_OWNERSHIP_ERROR": 403;
  "BOT_PROPERTIES_REQUIRED": 400;
  "BOT_REGISTER_FAILED": 400;
  "BOT_TOKEN_INVALID_LENGTH": 400;
  "BOT_TOKEN_NOT_SPECIFIED": 400;
  "BOT_TOKEN_ROTATION_FAILED": 400;
  "BOT_TYPE_NOT_ALLOWED": 403;
  "BOT_UNREGISTER_FAILED": 400;
  "BOT_WEBHOOK_URL_REQUIRED": 400;
  "CANT_EDIT_MESSAGE": 403;
  "CHAT_ID_EMPTY": 400;
  "CHAT_NOT_FOUND": 400;
  "COMMAND_ALREADY_EXISTS": 400;
  "COMMAND_ANSWER_FAILED": 400;
  "COMMAND_ERROR": 400;
  "COMMAND_NAME_EMPTY": 400;
  "COMMAND_NAME_INVALID": 400;
  "COMMAND_NOT_FOUND": 400;
  "COMMAND_REGISTER_FAILED": 400;
  "COMMAND_REQUIRED": 400;
  "COMMAND_TITLE_REQUIRED": 400;
  "EMPTY_MESSAGE": 400;
  "EMPTY_USER_IDS": 400;
  "ERROR_BATCH_LENGTH_EXCEEDED": 400;
  "ERROR_BATCH_METHOD_NOT_ALLOWED": 405;
  "ERROR_MANIFEST_IS_NOT_AVAILABLE": 404;
  "ERROR_METHOD_NOT_FOUND": 404;
  "ERROR_UNEXPECTED_ANSWER": 500;
  "FILE_ACCESS_ERROR": 403;
  "FILE_EMPTY": 400;
  "FILE_FOLDER_ERROR": 400;
  "FILE_INVALID_CONTENT": 400;
  "FILE_NOT_FOUND": 400;
  "FILE_SEND_FAILED": 400;
  "FILE_TOO_LARGE": 400;
  "FILE_UPLOAD_FAILED": 400;
  "FOLDER_ERROR": 400;
  "INTERNAL_SERVER_ERROR": 500;
  "INVALID_CREDENTIALS": 401 | 403;
  "INVALID_FORMAT": 400;
  "KEYBOARD_ERROR": 400;
  "KEYBOARD_OVERSIZE": 400;
  "MENU_ERROR": 400;
  "MENU_OVERSIZE": 400;
  "MESSAGE_ACCESS_DENIED": 403;
  "MESSAGE_EMPTY": 400;
  "MESSAGE_ID_ERROR": 400;
  "MESSAGE_NOT_FOUND": 400;
  "NO_AUTH_FOUND": 401;
  "OPERATION_TIME_LIMIT": 429;
  "OVERLOAD_LIMIT": 503;
  "PARAMS_ERROR": 400;
  "PARAMS_REQUIRED": 400;
  "PORTAL_DELETED": 500;
  "QUERY_LIMIT_EXCEEDED": 429 | 503;
  "REACTION_ALREADY_SET": 400;
  "REACTION_NOT_FOUND": 400;
  "SCOPE_ERROR": 403;
  "SENDING_FAILED": 400;
  "SEND_FAILED": 400;
  "UPLOAD_FAILED": 400;
  "USERS_EMPTY": 400;
  "USER_ID_EMPTY": 400;
  "USER_NOT_SUBSCRIBED": 400;
  "WITHOUT_CHANGES": 400;
  "WRONG_REQUEST": 400;
  "expired_token": 401;
  "insufficient_scope": 401 | 403;
  "invalid_token": 401;
  "menu_ERROR": 400;
  "user_access_error": 403;
}

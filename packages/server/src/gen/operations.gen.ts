// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

import type { operations } from '@b24-imbot/core';
import type { OperationDefinition } from '../runtime/operation.js';
import { params as imbotChatAddParams, success as imbotChatAddSuccess } from './validators/imbotChatAdd.gen.js';
import { params as imbotV2BotRegisterParams, success as imbotV2BotRegisterSuccess } from './validators/imbotV2BotRegister.gen.js';
import { params as imbotV2BotUpdateParams, success as imbotV2BotUpdateSuccess } from './validators/imbotV2BotUpdate.gen.js';
import { params as imbotV2BotGetParams, success as imbotV2BotGetSuccess } from './validators/imbotV2BotGet.gen.js';
import { params as imbotV2BotListParams, success as imbotV2BotListSuccess } from './validators/imbotV2BotList.gen.js';
import { params as imbotV2BotUnregisterParams, success as imbotV2BotUnregisterSuccess } from './validators/imbotV2BotUnregister.gen.js';
import { params as imbotV2ChatAddParams, success as imbotV2ChatAddSuccess } from './validators/imbotV2ChatAdd.gen.js';
import { params as imbotV2ChatGetParams, success as imbotV2ChatGetSuccess } from './validators/imbotV2ChatGet.gen.js';
import { params as imbotV2ChatUpdateParams, success as imbotV2ChatUpdateSuccess } from './validators/imbotV2ChatUpdate.gen.js';
import { params as imbotV2ChatLeaveParams, success as imbotV2ChatLeaveSuccess } from './validators/imbotV2ChatLeave.gen.js';
import { params as imbotV2ChatSetOwnerParams, success as imbotV2ChatSetOwnerSuccess } from './validators/imbotV2ChatSetOwner.gen.js';
import { params as imbotV2ChatUserAddParams, success as imbotV2ChatUserAddSuccess } from './validators/imbotV2ChatUserAdd.gen.js';
import { params as imbotV2ChatUserDeleteParams, success as imbotV2ChatUserDeleteSuccess } from './validators/imbotV2ChatUserDelete.gen.js';
import { params as imbotV2ChatUserListParams, success as imbotV2ChatUserListSuccess } from './validators/imbotV2ChatUserList.gen.js';
import { params as imbotV2ChatManagerAddParams, success as imbotV2ChatManagerAddSuccess } from './validators/imbotV2ChatManagerAdd.gen.js';
import { params as imbotV2ChatManagerDeleteParams, success as imbotV2ChatManagerDeleteSuccess } from './validators/imbotV2ChatManagerDelete.gen.js';
import { params as imbotV2ChatInputActionNotifyParams, success as imbotV2ChatInputActionNotifySuccess } from './validators/imbotV2ChatInputActionNotify.gen.js';
import { params as imbotV2ChatTextFieldEnabledParams, success as imbotV2ChatTextFieldEnabledSuccess } from './validators/imbotV2ChatTextFieldEnabled.gen.js';
import { params as imbotV2RevisionGetParams, success as imbotV2RevisionGetSuccess } from './validators/imbotV2RevisionGet.gen.js';
import { params as imbotV2ChatMessageSendParams, success as imbotV2ChatMessageSendSuccess } from './validators/imbotV2ChatMessageSend.gen.js';
import { params as imbotV2ChatMessageUpdateParams, success as imbotV2ChatMessageUpdateSuccess } from './validators/imbotV2ChatMessageUpdate.gen.js';
import { params as imbotV2ChatMessageDeleteParams, success as imbotV2ChatMessageDeleteSuccess } from './validators/imbotV2ChatMessageDelete.gen.js';
import { params as imbotV2ChatMessageReadParams, success as imbotV2ChatMessageReadSuccess } from './validators/imbotV2ChatMessageRead.gen.js';
import { params as imbotV2ChatMessageGetParams, success as imbotV2ChatMessageGetSuccess } from './validators/imbotV2ChatMessageGet.gen.js';
import { params as imbotV2ChatMessageGetContextParams, success as imbotV2ChatMessageGetContextSuccess } from './validators/imbotV2ChatMessageGetContext.gen.js';
import { params as imbotV2ChatMessageReactionAddParams, success as imbotV2ChatMessageReactionAddSuccess } from './validators/imbotV2ChatMessageReactionAdd.gen.js';
import { params as imbotV2ChatMessageReactionDeleteParams, success as imbotV2ChatMessageReactionDeleteSuccess } from './validators/imbotV2ChatMessageReactionDelete.gen.js';
import { params as imbotV2CommandRegisterParams, success as imbotV2CommandRegisterSuccess } from './validators/imbotV2CommandRegister.gen.js';
import { params as imbotV2CommandUpdateParams, success as imbotV2CommandUpdateSuccess } from './validators/imbotV2CommandUpdate.gen.js';
import { params as imbotV2CommandListParams, success as imbotV2CommandListSuccess } from './validators/imbotV2CommandList.gen.js';
import { params as imbotV2CommandUnregisterParams, success as imbotV2CommandUnregisterSuccess } from './validators/imbotV2CommandUnregister.gen.js';
import { params as imbotV2CommandAnswerParams, success as imbotV2CommandAnswerSuccess } from './validators/imbotV2CommandAnswer.gen.js';
import { params as imbotV2FileUploadParams, success as imbotV2FileUploadSuccess } from './validators/imbotV2FileUpload.gen.js';
import { params as imbotV2FileDownloadParams, success as imbotV2FileDownloadSuccess } from './validators/imbotV2FileDownload.gen.js';
import { params as imbotV2EventGetParams, success as imbotV2EventGetSuccess } from './validators/imbotV2EventGet.gen.js';
import { params as imMessageAddParams, success as imMessageAddSuccess } from './validators/imMessageAdd.gen.js';
import { params as imMessageUpdateParams, success as imMessageUpdateSuccess } from './validators/imMessageUpdate.gen.js';
import { params as imMessageDeleteParams, success as imMessageDeleteSuccess } from './validators/imMessageDelete.gen.js';
import { params as imMessageLikeParams, success as imMessageLikeSuccess } from './validators/imMessageLike.gen.js';
import { params as imMessageCommandParams, success as imMessageCommandSuccess } from './validators/imMessageCommand.gen.js';
import { params as imChatAddParams, success as imChatAddSuccess } from './validators/imChatAdd.gen.js';
import { params as imChatUserAddParams, success as imChatUserAddSuccess } from './validators/imChatUserAdd.gen.js';
import { params as imV2EventSubscribeParams, success as imV2EventSubscribeSuccess } from './validators/imV2EventSubscribe.gen.js';
import { params as imV2EventUnsubscribeParams, success as imV2EventUnsubscribeSuccess } from './validators/imV2EventUnsubscribe.gen.js';
import { params as imV2EventGetParams, success as imV2EventGetSuccess } from './validators/imV2EventGet.gen.js';
import { params as imV2FileUploadParams, success as imV2FileUploadSuccess } from './validators/imV2FileUpload.gen.js';
import { params as imV2FileDownloadParams, success as imV2FileDownloadSuccess } from './validators/imV2FileDownload.gen.js';
import { params as imV2ChatBotSendContextParams, success as imV2ChatBotSendContextSuccess } from './validators/imV2ChatBotSendContext.gen.js';
import { params as batchParams, success as batchSuccess } from './validators/batch.gen.js';

/** The contract's version (`info.version` of schema/openapi.yaml). */
export const contractVersion = "3.0.0";

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
      invalidErrors: {},
      webhookRequired: {"CLIENT_ID":"ACCESS_DENIED"},
    },
    validateParams: imbotChatAddParams,
    validateSuccess: imbotChatAddSuccess,
    errorStatus: {"USERS_EMPTY":[400],"WRONG_REQUEST":[400],"INVALID_FORMAT":[400],"BOT_ID_ERROR":[400],"APP_ID_ERROR":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: 2725 as unknown,
  },
  imbotV2BotRegister: {
    operationId: "imbotV2BotRegister",
    method: "imbot.v2.Bot.register",
    params: {
      names: ["fields"],
      caseInsensitive: false,
      coerce: {"fields":{"properties":{"isHidden":"boolean","isReactionsEnabled":"boolean","isSupportOpenline":"boolean"}}},
      emptyErrors: {"fields.code":"BOT_CODE_REQUIRED","fields.properties":"BOT_PROPERTIES_REQUIRED","fields.properties.name":"BOT_PROPERTIES_REQUIRED"},
      invalidErrors: {"fields.botToken":{"maxLength":"BOT_TOKEN_INVALID_LENGTH","minLength":"BOT_TOKEN_NOT_SPECIFIED"},"fields.type":"BOT_INVALID_TYPE","fields.eventMode":"BOT_INVALID_EVENT_MODE","fields.webhookUrl":"BOT_INVALID_CALLBACK"},
      webhookRequired: {},
    },
    validateParams: imbotV2BotRegisterParams,
    validateSuccess: imbotV2BotRegisterSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_CODE_REQUIRED":[400],"BOT_PROPERTIES_REQUIRED":[400],"BOT_CODE_ALREADY_TAKEN":[400],"BOT_INVALID_TYPE":[400],"BOT_INVALID_EVENT_MODE":[400],"BOT_WEBHOOK_URL_REQUIRED":[400],"BOT_INVALID_CALLBACK":[400],"BOT_LIMIT_EXCEEDED":[400],"BOT_AVATAR_INCORRECT_TYPE":[400],"BOT_AVATAR_INCORRECT_SIZE":[400],"BOT_TOKEN_INVALID_LENGTH":[400],"BOT_REGISTER_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":0,"countCommand":0,"countChat":0,"countUser":0},"users":[{"id":456,"active":true,"name":"Support Bot","firstName":"Support","lastName":"Bot","workPosition":"AI Assistant","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":true,"connector":false,"externalAuthId":"bot","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:30:00+01:00","absent":false,"departments":[1],"phones":false,"type":"bot"}]} as unknown,
  },
  imbotV2BotUpdate: {
    operationId: "imbotV2BotUpdate",
    method: "imbot.v2.Bot.update",
    params: {
      names: ["botId","botToken","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","fields":{"properties":{"isHidden":"boolean","isReactionsEnabled":"boolean","isSupportOpenline":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {"fields.eventMode":"BOT_INVALID_EVENT_MODE","fields.webhookUrl":"BOT_INVALID_CALLBACK"},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2BotUpdateParams,
    validateSuccess: imbotV2BotUpdateSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"BOT_INVALID_EVENT_MODE":[400],"BOT_INVALID_CALLBACK":[400],"BOT_AVATAR_INCORRECT_TYPE":[400],"BOT_AVATAR_INCORRECT_SIZE":[400],"BOT_TOKEN_ROTATION_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":true,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"de","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"users":[{"id":456,"active":true,"name":"Updated Bot","bot":true,"type":"bot"}]} as unknown,
  },
  imbotV2BotGet: {
    operationId: "imbotV2BotGet",
    method: "imbot.v2.Bot.get",
    params: {
      names: ["botId","code","botToken"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2BotGetParams,
    validateSuccess: imbotV2BotGetSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"PARAMS_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"de","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"users":[{"id":456,"active":true,"name":"Support Bot","bot":true,"type":"bot"}]} as unknown,
  },
  imbotV2BotList: {
    operationId: "imbotV2BotList",
    method: "imbot.v2.Bot.list",
    params: {
      names: ["botToken","filter","limit","offset"],
      caseInsensitive: false,
      coerce: {"limit":"integer","offset":"integer"},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2BotListParams,
    validateSuccess: imbotV2BotListSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"bots":[{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"de","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45}],"users":[{"id":456,"active":true,"name":"Support Bot","bot":true,"type":"bot"}],"hasNextPage":false} as unknown,
  },
  imbotV2BotUnregister: {
    operationId: "imbotV2BotUnregister",
    method: "imbot.v2.Bot.unregister",
    params: {
      names: ["botId","botToken"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2BotUnregisterParams,
    validateSuccess: imbotV2BotUnregisterSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"BOT_UNREGISTER_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatAdd: {
    operationId: "imbotV2ChatAdd",
    method: "imbot.v2.Chat.add",
    params: {
      names: ["botId","botToken","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","fields":{"properties":{"userIds":{"items":"integer"},"ownerId":"integer"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatAddParams,
    validateSuccess: imbotV2ChatAddSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"chat":{"id":5,"dialogId":"chat5","name":"Support Chat","description":"","type":"chat","messageType":"C","owner":456,"color":"#4ba984","avatar":"","extranet":false,"containsCollaber":false,"entityType":"","entityId":"","entityData1":"","entityData2":"","entityData3":"","entityLink":{},"diskFolderId":42,"role":"owner","permissions":{},"muteList":[],"parentChatId":null,"parentMessageId":null,"isNew":true,"textFieldEnabled":"Y","backgroundId":null,"dateCreate":"2025-01-15T10:00:00+02:00","lastMessageId":789,"lastMessageViews":"{}","lastId":null,"managerList":[],"markedId":null,"messageCount":1,"public":"","unreadId":null,"userCounter":3},"users":[{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#ab7761","avatar":"","gender":"M","birthday":"15-03","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T14:25:00+02:00","absent":false,"departments":[7],"phones":false,"type":"employee"},{"id":2,"active":true,"name":"Anna Davis","firstName":"Anna","lastName":"Davis","workPosition":"Manager","color":"#5b7e91","avatar":"","gender":"F","birthday":"22-08","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T14:20:00+02:00","absent":false,"departments":[12],"phones":false,"type":"employee"}]} as unknown,
  },
  imbotV2ChatGet: {
    operationId: "imbotV2ChatGet",
    method: "imbot.v2.Chat.get",
    params: {
      names: ["botId","botToken","dialogId"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatGetParams,
    validateSuccess: imbotV2ChatGetSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"chat":{"id":5,"dialogId":"chat5","name":"Support Chat","description":"","type":"chat","messageType":"C","owner":456,"color":"#4ba984","avatar":"","extranet":false,"containsCollaber":false,"entityType":"","entityId":"","entityData1":"","entityData2":"","entityData3":"","entityLink":{},"diskFolderId":42,"role":"owner","permissions":{},"muteList":[],"parentChatId":null,"parentMessageId":null,"isNew":false,"textFieldEnabled":"Y","backgroundId":null,"dateCreate":"2025-01-15T10:00:00+01:00","lastMessageId":789,"lastMessageViews":"{}","lastId":789,"managerList":[],"markedId":null,"messageCount":15,"public":"","unreadId":null,"userCounter":3}} as unknown,
  },
  imbotV2ChatUpdate: {
    operationId: "imbotV2ChatUpdate",
    method: "imbot.v2.Chat.update",
    params: {
      names: ["botId","botToken","dialogId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatUpdateParams,
    validateSuccess: imbotV2ChatUpdateSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatLeave: {
    operationId: "imbotV2ChatLeave",
    method: "imbot.v2.Chat.leave",
    params: {
      names: ["botId","botToken","dialogId"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatLeaveParams,
    validateSuccess: imbotV2ChatLeaveSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatSetOwner: {
    operationId: "imbotV2ChatSetOwner",
    method: "imbot.v2.Chat.setOwner",
    params: {
      names: ["botId","botToken","dialogId","userId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","userId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatSetOwnerParams,
    validateSuccess: imbotV2ChatSetOwnerSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatUserAdd: {
    operationId: "imbotV2ChatUserAdd",
    method: "imbot.v2.Chat.User.add",
    params: {
      names: ["botId","botToken","dialogId","userIds"],
      caseInsensitive: false,
      coerce: {"botId":"integer","userIds":{"items":"integer"}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatUserAddParams,
    validateSuccess: imbotV2ChatUserAddSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatUserDelete: {
    operationId: "imbotV2ChatUserDelete",
    method: "imbot.v2.Chat.User.delete",
    params: {
      names: ["botId","botToken","dialogId","userId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","userId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatUserDeleteParams,
    validateSuccess: imbotV2ChatUserDeleteSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatUserList: {
    operationId: "imbotV2ChatUserList",
    method: "imbot.v2.Chat.User.list",
    params: {
      names: ["botId","botToken","dialogId","order","limit"],
      caseInsensitive: false,
      coerce: {"botId":"integer","limit":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatUserListParams,
    validateSuccess: imbotV2ChatUserListSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: [{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#ab7761","avatar":"","gender":"M","birthday":"15-03","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T14:25:00+01:00","absent":false,"departments":[7],"phones":false,"type":"employee"},{"id":2,"active":true,"name":"Anna Davis","firstName":"Anna","lastName":"Davis","workPosition":"Manager","color":"#5b7e91","avatar":"","gender":"F","birthday":"22-08","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T14:20:00+01:00","absent":false,"departments":[12],"phones":false,"type":"employee"}] as unknown,
  },
  imbotV2ChatManagerAdd: {
    operationId: "imbotV2ChatManagerAdd",
    method: "imbot.v2.Chat.Manager.add",
    params: {
      names: ["botId","botToken","dialogId","userIds"],
      caseInsensitive: false,
      coerce: {"botId":"integer","userIds":{"items":"integer"}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED","userIds":"EMPTY_USER_IDS"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatManagerAddParams,
    validateSuccess: imbotV2ChatManagerAddSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"EMPTY_USER_IDS":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatManagerDelete: {
    operationId: "imbotV2ChatManagerDelete",
    method: "imbot.v2.Chat.Manager.delete",
    params: {
      names: ["botId","botToken","dialogId","userIds"],
      caseInsensitive: false,
      coerce: {"botId":"integer","userIds":{"items":"integer"}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED","userIds":"EMPTY_USER_IDS"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatManagerDeleteParams,
    validateSuccess: imbotV2ChatManagerDeleteSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"EMPTY_USER_IDS":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatInputActionNotify: {
    operationId: "imbotV2ChatInputActionNotify",
    method: "imbot.v2.Chat.InputAction.notify",
    params: {
      names: ["botId","botToken","dialogId","statusMessageCode","duration"],
      caseInsensitive: false,
      coerce: {"botId":"integer","duration":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatInputActionNotifyParams,
    validateSuccess: imbotV2ChatInputActionNotifySuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatTextFieldEnabled: {
    operationId: "imbotV2ChatTextFieldEnabled",
    method: "imbot.v2.Chat.TextField.enabled",
    params: {
      names: ["botId","botToken","dialogId","enabled"],
      caseInsensitive: false,
      coerce: {"botId":"integer","enabled":"boolean"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatTextFieldEnabledParams,
    validateSuccess: imbotV2ChatTextFieldEnabledSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2RevisionGet: {
    operationId: "imbotV2RevisionGet",
    method: "imbot.v2.Revision.get",
    params: {
      names: [],
      caseInsensitive: true,
      coerce: {},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imbotV2RevisionGetParams,
    validateSuccess: imbotV2RevisionGetSuccess,
    errorStatus: {"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"rest":33,"web":130,"mobile":23,"desktop":6} as unknown,
  },
  imbotV2ChatMessageSend: {
    operationId: "imbotV2ChatMessageSend",
    method: "imbot.v2.Chat.Message.send",
    params: {
      names: ["botId","botToken","dialogId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","fields":{"properties":{"attach":{"properties":{"ID":"integer","BLOCKS":{}}},"keyboard":{"properties":{"BOT_ID":"integer","BUTTONS":{"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}}},"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}},"system":"boolean","urlPreview":"boolean","replyId":"integer","forwardIds":{"properties":{},"additional":"integer"},"skipConnector":"boolean","silentConnector":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageSendParams,
    validateSuccess: imbotV2ChatMessageSendSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"EMPTY_MESSAGE":[400],"SENDING_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"id":789,"uuidMap":{}} as unknown,
  },
  imbotV2ChatMessageUpdate: {
    operationId: "imbotV2ChatMessageUpdate",
    method: "imbot.v2.Chat.Message.update",
    params: {
      names: ["botId","botToken","messageId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer","fields":{"properties":{"attach":{"properties":{"ID":"integer","BLOCKS":{}}},"keyboard":{"properties":{"BOT_ID":"integer","BUTTONS":{"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}}},"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}},"urlPreview":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageUpdateParams,
    validateSuccess: imbotV2ChatMessageUpdateSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatMessageDelete: {
    operationId: "imbotV2ChatMessageDelete",
    method: "imbot.v2.Chat.Message.delete",
    params: {
      names: ["botId","botToken","messageId","complete"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer","complete":"boolean"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageDeleteParams,
    validateSuccess: imbotV2ChatMessageDeleteSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatMessageRead: {
    operationId: "imbotV2ChatMessageRead",
    method: "imbot.v2.Chat.Message.read",
    params: {
      names: ["botId","botToken","dialogId","messageId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageReadParams,
    validateSuccess: imbotV2ChatMessageReadSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"MESSAGE_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"chatId":5,"lastId":789,"counter":0,"viewedMessages":[785,786,789]} as unknown,
  },
  imbotV2ChatMessageGet: {
    operationId: "imbotV2ChatMessageGet",
    method: "imbot.v2.Chat.Message.get",
    params: {
      names: ["botId","botToken","messageId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageGetParams,
    validateSuccess: imbotV2ChatMessageGetSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"BOT_TYPE_NOT_ALLOWED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"message":{"id":789,"chatId":5,"authorId":1,"date":"2026-03-19T14:30:00+02:00","text":"Hello! How are you?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},"user":{"id":1,"active":true,"name":"John Smith","bot":false,"type":"employee"}} as unknown,
  },
  imbotV2ChatMessageGetContext: {
    operationId: "imbotV2ChatMessageGetContext",
    method: "imbot.v2.Chat.Message.getContext",
    params: {
      names: ["botId","botToken","messageId","range"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer","range":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageGetContextParams,
    validateSuccess: imbotV2ChatMessageGetContextSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"MESSAGE_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"BOT_TYPE_NOT_ALLOWED":[403],"MESSAGE_ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"messages":[{"id":785,"chatId":5,"authorId":1,"date":"2026-03-19T14:25:00+02:00","text":"Good afternoon!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},{"id":789,"chatId":5,"authorId":2,"date":"2026-03-19T14:30:00+02:00","text":"Hi! How are you?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true}],"users":[{"id":1,"active":true,"name":"John Smith","bot":false,"type":"employee"},{"id":2,"active":true,"name":"Anna Davis","bot":false,"type":"employee"}],"hasPrevPage":false,"hasNextPage":true} as unknown,
  },
  imbotV2ChatMessageReactionAdd: {
    operationId: "imbotV2ChatMessageReactionAdd",
    method: "imbot.v2.Chat.Message.Reaction.add",
    params: {
      names: ["botId","botToken","messageId","reaction"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageReactionAddParams,
    validateSuccess: imbotV2ChatMessageReactionAddSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"REACTION_NOT_FOUND":[400],"REACTION_ALREADY_SET":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2ChatMessageReactionDelete: {
    operationId: "imbotV2ChatMessageReactionDelete",
    method: "imbot.v2.Chat.Message.Reaction.delete",
    params: {
      names: ["botId","botToken","messageId","reaction"],
      caseInsensitive: false,
      coerce: {"botId":"integer","messageId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2ChatMessageReactionDeleteParams,
    validateSuccess: imbotV2ChatMessageReactionDeleteSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"REACTION_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2CommandRegister: {
    operationId: "imbotV2CommandRegister",
    method: "imbot.v2.Command.register",
    params: {
      names: ["botId","botToken","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","fields":{"properties":{"common":"boolean","hidden":"boolean","extranetSupport":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED","fields.command":"COMMAND_REQUIRED"},
      invalidErrors: {"fields.command":"COMMAND_NAME_INVALID"},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2CommandRegisterParams,
    validateSuccess: imbotV2CommandRegisterSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"COMMAND_REQUIRED":[400],"COMMAND_NAME_INVALID":[400],"COMMAND_TITLE_REQUIRED":[400],"COMMAND_REGISTER_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"command":{"id":42,"botId":456,"command":"/help","common":false,"hidden":false,"extranetSupport":false}} as unknown,
  },
  imbotV2CommandUpdate: {
    operationId: "imbotV2CommandUpdate",
    method: "imbot.v2.Command.update",
    params: {
      names: ["botId","botToken","commandId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","commandId":"integer","fields":{"properties":{"common":"boolean","hidden":"boolean","extranetSupport":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {"fields.command":{"minLength":"COMMAND_NAME_EMPTY","type":"COMMAND_NAME_INVALID"}},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2CommandUpdateParams,
    validateSuccess: imbotV2CommandUpdateSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"COMMAND_NOT_FOUND":[400],"COMMAND_NAME_EMPTY":[400],"COMMAND_NAME_INVALID":[400],"COMMAND_ALREADY_EXISTS":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"command":{"id":42,"botId":456,"command":"/help","common":false,"hidden":false,"extranetSupport":false}} as unknown,
  },
  imbotV2CommandList: {
    operationId: "imbotV2CommandList",
    method: "imbot.v2.Command.list",
    params: {
      names: ["botId","botToken"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2CommandListParams,
    validateSuccess: imbotV2CommandListSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"commands":[{"id":42,"botId":456,"command":"/help","title":"Show Help","params":"request text","common":false,"hidden":false,"extranetSupport":false,"category":"My Bot","context":""}]} as unknown,
  },
  imbotV2CommandUnregister: {
    operationId: "imbotV2CommandUnregister",
    method: "imbot.v2.Command.unregister",
    params: {
      names: ["botId","botToken","commandId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","commandId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2CommandUnregisterParams,
    validateSuccess: imbotV2CommandUnregisterSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"COMMAND_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2CommandAnswer: {
    operationId: "imbotV2CommandAnswer",
    method: "imbot.v2.Command.answer",
    params: {
      names: ["botId","botToken","commandId","messageId","dialogId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer","commandId":"integer","messageId":"integer","fields":{"properties":{"attach":{"properties":{"ID":"integer","BLOCKS":{}}},"keyboard":{"properties":{"BOT_ID":"integer","BUTTONS":{"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}}},"items":{"properties":{"APP_ID":"integer","WIDTH":"integer"}}},"system":"boolean","urlPreview":"boolean"}}},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2CommandAnswerParams,
    validateSuccess: imbotV2CommandAnswerSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"COMMAND_ANSWER_FAILED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"result":true} as unknown,
  },
  imbotV2FileUpload: {
    operationId: "imbotV2FileUpload",
    method: "imbot.v2.File.upload",
    params: {
      names: ["botId","botToken","dialogId","fields"],
      caseInsensitive: false,
      coerce: {"botId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED","fields.name":"FILE_EMPTY","fields.content":"FILE_EMPTY"},
      invalidErrors: {"fields.content":{"maxLength":"FILE_TOO_LARGE"}},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2FileUploadParams,
    validateSuccess: imbotV2FileUploadSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"FILE_EMPTY":[400],"FILE_INVALID_CONTENT":[400],"FILE_FOLDER_ERROR":[400],"FILE_UPLOAD_FAILED":[400],"FILE_SEND_FAILED":[400],"FILE_TOO_LARGE":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"file":{"id":138,"chatId":5,"name":"report.pdf","extension":"pdf","size":35341},"messageId":123,"chatId":5,"dialogId":"chat5"} as unknown,
  },
  imbotV2FileDownload: {
    operationId: "imbotV2FileDownload",
    method: "imbot.v2.File.download",
    params: {
      names: ["botId","botToken","fileId"],
      caseInsensitive: false,
      coerce: {"botId":"integer","fileId":"integer"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2FileDownloadParams,
    validateSuccess: imbotV2FileDownloadSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"FILE_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"FILE_ACCESS_ERROR":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"downloadUrl":"https://example.bitrix24.com/rest/download.json?token=imbot%7CaW"} as unknown,
  },
  imbotV2EventGet: {
    operationId: "imbotV2EventGet",
    method: "imbot.v2.Event.get",
    params: {
      names: ["botId","botToken","offset","limit","withUserEvents"],
      caseInsensitive: false,
      coerce: {"botId":"integer","offset":"integer","limit":"integer","withUserEvents":"boolean"},
      emptyErrors: {"botId":"BOT_ID_REQUIRED"},
      invalidErrors: {},
      webhookRequired: {"botToken":"BOT_TOKEN_NOT_SPECIFIED"},
    },
    validateParams: imbotV2EventGetParams,
    validateSuccess: imbotV2EventGetSuccess,
    errorStatus: {"BOT_TOKEN_NOT_SPECIFIED":[400],"BOT_ID_REQUIRED":[400],"BOT_NOT_FOUND":[400],"USER_NOT_SUBSCRIBED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"BOT_OWNERSHIP_ERROR":[403],"ACCESS_DENIED":[403],"SCOPE_ERROR":[403],"AUTH_ERROR":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"QUERY_LIMIT_EXCEEDED":[429,503],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"OVERLOAD_LIMIT":[503]},
    example: {"events":[{"eventId":1001,"type":"ONIMBOTV2MESSAGEADD","date":"2025-01-15T10:30:00+02:00","data":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}},{"eventId":1002,"type":"ONIMBOTV2COMMANDADD","date":"2025-01-15T10:30:00+02:00","data":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"command":{"id":78,"command":"/help","params":"topic","context":"textarea"},"message":{"id":790,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"/help topic","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}}],"nextOffset":1003,"hasMore":false} as unknown,
  },
  imMessageAdd: {
    operationId: "imMessageAdd",
    method: "im.message.add",
    params: {
      names: ["DIALOG_ID","MESSAGE","SYSTEM","URL_PREVIEW","ATTACH","KEYBOARD","MENU"],
      caseInsensitive: true,
      coerce: {},
      emptyErrors: {"MESSAGE":"MESSAGE_EMPTY"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imMessageAddParams,
    validateSuccess: imMessageAddSuccess,
    errorStatus: {"MESSAGE_EMPTY":[400],"USER_ID_EMPTY":[400],"CHAT_ID_EMPTY":[400],"ATTACH_ERROR":[400],"ATTACH_OVERSIZE":[400],"KEYBOARD_ERROR":[400],"KEYBOARD_OVERSIZE":[400],"MENU_ERROR":[400],"MENU_OVERSIZE":[400],"PARAMS_ERROR":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_ERROR":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: 11 as unknown,
  },
  imMessageUpdate: {
    operationId: "imMessageUpdate",
    method: "im.message.update",
    params: {
      names: ["MESSAGE_ID","MESSAGE","ATTACH","KEYBOARD","MENU","URL_PREVIEW","IS_EDITED"],
      caseInsensitive: true,
      coerce: {"MESSAGE_ID":"integer"},
      emptyErrors: {"MESSAGE_ID":"MESSAGE_ID_ERROR"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imMessageUpdateParams,
    validateSuccess: imMessageUpdateSuccess,
    errorStatus: {"MESSAGE_ID_ERROR":[400],"ATTACH_ERROR":[400],"ATTACH_OVERSIZE":[400],"KEYBOARD_ERROR":[400],"KEYBOARD_OVERSIZE":[400],"menu_ERROR":[400],"MENU_ERROR":[400],"MENU_OVERSIZE":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"CANT_EDIT_MESSAGE":[403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imMessageDelete: {
    operationId: "imMessageDelete",
    method: "im.message.delete",
    params: {
      names: ["MESSAGE_ID"],
      caseInsensitive: true,
      coerce: {"MESSAGE_ID":"integer"},
      emptyErrors: {"MESSAGE_ID":"MESSAGE_ID_ERROR"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imMessageDeleteParams,
    validateSuccess: imMessageDeleteSuccess,
    errorStatus: {"MESSAGE_ID_ERROR":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"CANT_EDIT_MESSAGE":[403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imMessageLike: {
    operationId: "imMessageLike",
    method: "im.message.like",
    params: {
      names: ["MESSAGE_ID","ACTION"],
      caseInsensitive: true,
      coerce: {"MESSAGE_ID":"integer"},
      emptyErrors: {"MESSAGE_ID":"MESSAGE_ID_ERROR"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imMessageLikeParams,
    validateSuccess: imMessageLikeSuccess,
    errorStatus: {"MESSAGE_ID_ERROR":[400],"WITHOUT_CHANGES":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imMessageCommand: {
    operationId: "imMessageCommand",
    method: "im.message.command",
    params: {
      names: ["MESSAGE_ID","BOT_ID","COMMAND","COMMAND_PARAMS"],
      caseInsensitive: true,
      coerce: {"MESSAGE_ID":"integer","BOT_ID":"integer"},
      emptyErrors: {"MESSAGE_ID":"MESSAGE_ID_ERROR","BOT_ID":"BOT_ID_ERROR","COMMAND":"COMMAND_ERROR"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imMessageCommandParams,
    validateSuccess: imMessageCommandSuccess,
    errorStatus: {"MESSAGE_ID_ERROR":[400],"BOT_ID_ERROR":[400],"COMMAND_ERROR":[400],"PARAMS_ERROR":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imChatAdd: {
    operationId: "imChatAdd",
    method: "im.chat.add",
    params: {
      names: ["USERS","TYPE","TITLE","DESCRIPTION","COLOR","MESSAGE","AVATAR","ENTITY_TYPE","ENTITY_ID","COPILOT_MAIN_ROLE"],
      caseInsensitive: true,
      coerce: {"USERS":{"items":"integer"}},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imChatAddParams,
    validateSuccess: imChatAddSuccess,
    errorStatus: {"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: 1417 as unknown,
  },
  imChatUserAdd: {
    operationId: "imChatUserAdd",
    method: "im.chat.user.add",
    params: {
      names: ["CHAT_ID","USERS","HIDE_HISTORY"],
      caseInsensitive: true,
      coerce: {"CHAT_ID":"integer","USERS":{"items":"integer"}},
      emptyErrors: {"CHAT_ID":"CHAT_ID_EMPTY"},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imChatUserAddParams,
    validateSuccess: imChatUserAddSuccess,
    errorStatus: {"CHAT_ID_EMPTY":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_ERROR":[403],"ACCESS_DENIED_EXTEND":[403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imV2EventSubscribe: {
    operationId: "imV2EventSubscribe",
    method: "im.v2.Event.subscribe",
    params: {
      names: [],
      caseInsensitive: true,
      coerce: {},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imV2EventSubscribeParams,
    validateSuccess: imV2EventSubscribeSuccess,
    errorStatus: {"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imV2EventUnsubscribe: {
    operationId: "imV2EventUnsubscribe",
    method: "im.v2.Event.unsubscribe",
    params: {
      names: [],
      caseInsensitive: true,
      coerce: {},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imV2EventUnsubscribeParams,
    validateSuccess: imV2EventUnsubscribeSuccess,
    errorStatus: {"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  imV2EventGet: {
    operationId: "imV2EventGet",
    method: "im.v2.Event.get",
    params: {
      names: ["offset","limit"],
      caseInsensitive: false,
      coerce: {"offset":"integer","limit":"integer"},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imV2EventGetParams,
    validateSuccess: imV2EventGetSuccess,
    errorStatus: {"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: {"events":[{"eventId":2001,"type":"ONIMV2MESSAGEADD","date":"2025-01-15T10:30:00+02:00","data":{"message":{"id":5012,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello everyone!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","name":"Project Chat","type":"chat","messageType":"C","owner":1,"color":"#ab7761","avatar":"","description":"","extranet":false,"containsCollaber":false,"entityType":"","entityId":"","entityData1":"","entityData2":"","entityData3":"","entityLink":{},"diskFolderId":42,"permissions":{},"parentChatId":0,"parentMessageId":0,"isNew":false,"textFieldEnabled":"Y","backgroundId":null},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":false,"mobileLastDate":false,"desktopLastDate":false,"absent":false,"departments":[1],"phones":false,"website":"","email":"john@example.com","type":"employee"},"language":"en"}}],"nextOffset":2002,"hasMore":false} as unknown,
  },
  imV2FileUpload: {
    operationId: "imV2FileUpload",
    method: "im.v2.File.upload",
    params: {
      names: ["dialogId","fields"],
      caseInsensitive: false,
      coerce: {},
      emptyErrors: {"fields.name":"FILE_EMPTY","fields.content":"FILE_EMPTY"},
      invalidErrors: {"fields.content":{"maxLength":"FILE_TOO_LARGE"}},
      webhookRequired: {},
    },
    validateParams: imV2FileUploadParams,
    validateSuccess: imV2FileUploadSuccess,
    errorStatus: {"FILE_EMPTY":[400],"FILE_INVALID_CONTENT":[400],"CHAT_NOT_FOUND":[400],"FOLDER_ERROR":[400],"UPLOAD_FAILED":[400],"SEND_FAILED":[400],"FILE_TOO_LARGE":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: {"file":{"id":9817,"chatId":4415,"date":"2026-08-11T15:28:50+02:00","type":"file","name":"report.pdf","extension":"pdf","size":35341,"image":false,"authorId":1,"authorName":"Klaus Weber","isTranscribable":false,"isVideoNote":false,"isVoiceNote":false},"messageId":38655,"chatId":4415,"dialogId":"chat4415"} as unknown,
  },
  imV2FileDownload: {
    operationId: "imV2FileDownload",
    method: "im.v2.File.download",
    params: {
      names: ["dialogId","fileId"],
      caseInsensitive: false,
      coerce: {"fileId":"integer"},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imV2FileDownloadParams,
    validateSuccess: imV2FileDownloadSuccess,
    errorStatus: {"FILE_NOT_FOUND":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: {"downloadUrl":"https://example.bitrix24.com/rest/download.json?token=im%7CaW"} as unknown,
  },
  imV2ChatBotSendContext: {
    operationId: "imV2ChatBotSendContext",
    method: "im.v2.Chat.Bot.sendContext",
    params: {
      names: ["dialogId","context"],
      caseInsensitive: false,
      coerce: {},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: imV2ChatBotSendContextParams,
    validateSuccess: imV2ChatBotSendContextSuccess,
    errorStatus: {"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: true as unknown,
  },
  batch: {
    operationId: "batch",
    method: "batch",
    params: {
      names: ["halt","cmd"],
      caseInsensitive: false,
      coerce: {"halt":"boolean"},
      emptyErrors: {},
      invalidErrors: {},
      webhookRequired: {},
    },
    validateParams: batchParams,
    validateSuccess: batchSuccess,
    errorStatus: {"ERROR_BATCH_LENGTH_EXCEEDED":[400],"INVALID_FORMAT":[400],"NO_AUTH_FOUND":[401],"expired_token":[401],"invalid_token":[401],"INVALID_CREDENTIALS":[401,403],"insufficient_scope":[401,403],"ACCESS_DENIED":[403],"user_access_error":[403],"ERROR_METHOD_NOT_FOUND":[404],"ERROR_MANIFEST_IS_NOT_AVAILABLE":[404],"ERROR_BATCH_METHOD_NOT_ALLOWED":[405],"OPERATION_TIME_LIMIT":[429],"INTERNAL_SERVER_ERROR":[500],"ERROR_UNEXPECTED_ANSWER":[500],"PORTAL_DELETED":[500],"QUERY_LIMIT_EXCEEDED":[503],"OVERLOAD_LIMIT":[503]},
    example: {"result":{"get_user":{"ID":"1","ACTIVE":true,"NAME":"John","LAST_NAME":"Doe","EMAIL":"my@example.com","LAST_LOGIN":"2024-08-29T10:29:54+03:00","DATE_REGISTER":"2023-08-24T03:00:00+03:00","IS_ONLINE":"Y","TIMESTAMP_X":"24.08.2023 13:19:39","LAST_ACTIVITY_DATE":"2024-08-29 10:30:11","PERSONAL_GENDER":"","PERSONAL_BIRTHDAY":"","UF_EMPLOYMENT_DATE":"","UF_DEPARTMENT":[1]},"get_department":[{"ID":"1","NAME":"DEMO","SORT":500}]},"result_error":[],"result_total":{"get_department":1},"result_next":[],"result_time":{"get_user":{"start":1724916859.46156,"finish":1724916859.464775,"duration":0.0032150745391845703,"processing":0.003075838088989258,"date_start":"2024-08-29T10:34:19+03:00","date_finish":"2024-08-29T10:34:19+03:00"},"get_department":{"start":1724916859.464944,"finish":1724916859.471518,"duration":0.006574153900146484,"processing":0.005941152572631836,"date_start":"2024-08-29T10:34:19+03:00","date_finish":"2024-08-29T10:34:19+03:00"}}} as unknown,
    batch: {"maxCommands":50,"commands":"cmd","halt":"halt","tooMany":"ERROR_BATCH_LENGTH_EXCEEDED","notAllowed":"ERROR_BATCH_METHOD_NOT_ALLOWED"},
  },
} as const satisfies Record<string, OperationDefinition>;

/** Request parameters and the 200 envelope of each operation, from the contract's types. */
export interface OperationTypes {
  imbotChatAdd: {
    params: NonNullable<operations["imbotChatAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotChatAdd"]['responses'][200]['content']['application/json'];
  };
  imbotV2BotRegister: {
    params: NonNullable<operations["imbotV2BotRegister"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2BotRegister"]['responses'][200]['content']['application/json'];
  };
  imbotV2BotUpdate: {
    params: NonNullable<operations["imbotV2BotUpdate"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2BotUpdate"]['responses'][200]['content']['application/json'];
  };
  imbotV2BotGet: {
    params: NonNullable<operations["imbotV2BotGet"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2BotGet"]['responses'][200]['content']['application/json'];
  };
  imbotV2BotList: {
    params: NonNullable<operations["imbotV2BotList"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2BotList"]['responses'][200]['content']['application/json'];
  };
  imbotV2BotUnregister: {
    params: NonNullable<operations["imbotV2BotUnregister"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2BotUnregister"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatAdd: {
    params: NonNullable<operations["imbotV2ChatAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatAdd"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatGet: {
    params: NonNullable<operations["imbotV2ChatGet"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatGet"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatUpdate: {
    params: NonNullable<operations["imbotV2ChatUpdate"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatUpdate"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatLeave: {
    params: NonNullable<operations["imbotV2ChatLeave"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatLeave"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatSetOwner: {
    params: NonNullable<operations["imbotV2ChatSetOwner"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatSetOwner"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatUserAdd: {
    params: NonNullable<operations["imbotV2ChatUserAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatUserAdd"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatUserDelete: {
    params: NonNullable<operations["imbotV2ChatUserDelete"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatUserDelete"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatUserList: {
    params: NonNullable<operations["imbotV2ChatUserList"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatUserList"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatManagerAdd: {
    params: NonNullable<operations["imbotV2ChatManagerAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatManagerAdd"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatManagerDelete: {
    params: NonNullable<operations["imbotV2ChatManagerDelete"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatManagerDelete"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatInputActionNotify: {
    params: NonNullable<operations["imbotV2ChatInputActionNotify"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatInputActionNotify"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatTextFieldEnabled: {
    params: NonNullable<operations["imbotV2ChatTextFieldEnabled"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatTextFieldEnabled"]['responses'][200]['content']['application/json'];
  };
  imbotV2RevisionGet: {
    params: NonNullable<operations["imbotV2RevisionGet"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2RevisionGet"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageSend: {
    params: NonNullable<operations["imbotV2ChatMessageSend"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageSend"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageUpdate: {
    params: NonNullable<operations["imbotV2ChatMessageUpdate"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageUpdate"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageDelete: {
    params: NonNullable<operations["imbotV2ChatMessageDelete"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageDelete"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageRead: {
    params: NonNullable<operations["imbotV2ChatMessageRead"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageRead"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageGet: {
    params: NonNullable<operations["imbotV2ChatMessageGet"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageGet"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageGetContext: {
    params: NonNullable<operations["imbotV2ChatMessageGetContext"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageGetContext"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageReactionAdd: {
    params: NonNullable<operations["imbotV2ChatMessageReactionAdd"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageReactionAdd"]['responses'][200]['content']['application/json'];
  };
  imbotV2ChatMessageReactionDelete: {
    params: NonNullable<operations["imbotV2ChatMessageReactionDelete"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2ChatMessageReactionDelete"]['responses'][200]['content']['application/json'];
  };
  imbotV2CommandRegister: {
    params: NonNullable<operations["imbotV2CommandRegister"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2CommandRegister"]['responses'][200]['content']['application/json'];
  };
  imbotV2CommandUpdate: {
    params: NonNullable<operations["imbotV2CommandUpdate"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2CommandUpdate"]['responses'][200]['content']['application/json'];
  };
  imbotV2CommandList: {
    params: NonNullable<operations["imbotV2CommandList"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2CommandList"]['responses'][200]['content']['application/json'];
  };
  imbotV2CommandUnregister: {
    params: NonNullable<operations["imbotV2CommandUnregister"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2CommandUnregister"]['responses'][200]['content']['application/json'];
  };
  imbotV2CommandAnswer: {
    params: NonNullable<operations["imbotV2CommandAnswer"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2CommandAnswer"]['responses'][200]['content']['application/json'];
  };
  imbotV2FileUpload: {
    params: NonNullable<operations["imbotV2FileUpload"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2FileUpload"]['responses'][200]['content']['application/json'];
  };
  imbotV2FileDownload: {
    params: NonNullable<operations["imbotV2FileDownload"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2FileDownload"]['responses'][200]['content']['application/json'];
  };
  imbotV2EventGet: {
    params: NonNullable<operations["imbotV2EventGet"]['requestBody']>['content']["application/json"];
    success: operations["imbotV2EventGet"]['responses'][200]['content']['application/json'];
  };
  imMessageAdd: {
    params: NonNullable<operations["imMessageAdd"]['requestBody']>['content']["application/json"];
    success: operations["imMessageAdd"]['responses'][200]['content']['application/json'];
  };
  imMessageUpdate: {
    params: NonNullable<operations["imMessageUpdate"]['requestBody']>['content']["application/json"];
    success: operations["imMessageUpdate"]['responses'][200]['content']['application/json'];
  };
  imMessageDelete: {
    params: NonNullable<operations["imMessageDelete"]['requestBody']>['content']["application/json"];
    success: operations["imMessageDelete"]['responses'][200]['content']['application/json'];
  };
  imMessageLike: {
    params: NonNullable<operations["imMessageLike"]['requestBody']>['content']["application/json"];
    success: operations["imMessageLike"]['responses'][200]['content']['application/json'];
  };
  imMessageCommand: {
    params: NonNullable<operations["imMessageCommand"]['requestBody']>['content']["application/json"];
    success: operations["imMessageCommand"]['responses'][200]['content']['application/json'];
  };
  imChatAdd: {
    params: NonNullable<operations["imChatAdd"]['requestBody']>['content']["application/json"];
    success: operations["imChatAdd"]['responses'][200]['content']['application/json'];
  };
  imChatUserAdd: {
    params: NonNullable<operations["imChatUserAdd"]['requestBody']>['content']["application/json"];
    success: operations["imChatUserAdd"]['responses'][200]['content']['application/json'];
  };
  imV2EventSubscribe: {
    params: NonNullable<operations["imV2EventSubscribe"]['requestBody']>['content']["application/json"];
    success: operations["imV2EventSubscribe"]['responses'][200]['content']['application/json'];
  };
  imV2EventUnsubscribe: {
    params: NonNullable<operations["imV2EventUnsubscribe"]['requestBody']>['content']["application/json"];
    success: operations["imV2EventUnsubscribe"]['responses'][200]['content']['application/json'];
  };
  imV2EventGet: {
    params: NonNullable<operations["imV2EventGet"]['requestBody']>['content']["application/json"];
    success: operations["imV2EventGet"]['responses'][200]['content']['application/json'];
  };
  imV2FileUpload: {
    params: NonNullable<operations["imV2FileUpload"]['requestBody']>['content']["application/json"];
    success: operations["imV2FileUpload"]['responses'][200]['content']['application/json'];
  };
  imV2FileDownload: {
    params: NonNullable<operations["imV2FileDownload"]['requestBody']>['content']["application/json"];
    success: operations["imV2FileDownload"]['responses'][200]['content']['application/json'];
  };
  imV2ChatBotSendContext: {
    params: NonNullable<operations["imV2ChatBotSendContext"]['requestBody']>['content']["application/json"];
    success: operations["imV2ChatBotSendContext"]['responses'][200]['content']['application/json'];
  };
  batch: {
    params: NonNullable<operations["batch"]['requestBody']>['content']["application/json"];
    success: operations["batch"]['responses'][200]['content']['application/json'];
  };
}

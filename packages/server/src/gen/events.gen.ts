// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

import type { CompiledValidator, EventDefinition } from '../runtime/operation.js';
import type { operations } from './schema.gen.js';
import * as validators from './event-validators.gen.js';

/** Every event of the contract (its `webhooks`), keyed by event name. */
export const eventTable = {
  ONIMBOTV2MESSAGEADD: {
    name: "ONIMBOTV2MESSAGEADD",
    operationId: "onImbotV2MessageAdd",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2MessageAddPayload as unknown as CompiledValidator,
  },
  ONIMBOTV2MESSAGEUPDATE: {
    name: "ONIMBOTV2MESSAGEUPDATE",
    operationId: "onImbotV2MessageUpdate",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2MessageUpdatePayload as unknown as CompiledValidator,
  },
  ONIMBOTV2MESSAGEDELETE: {
    name: "ONIMBOTV2MESSAGEDELETE",
    operationId: "onImbotV2MessageDelete",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"messageId":"integer","chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2MessageDeletePayload as unknown as CompiledValidator,
  },
  ONIMBOTV2JOINCHAT: {
    name: "ONIMBOTV2JOINCHAT",
    operationId: "onImbotV2JoinChat",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2JoinChatPayload as unknown as CompiledValidator,
  },
  ONIMBOTV2COMMANDADD: {
    name: "ONIMBOTV2COMMANDADD",
    operationId: "onImbotV2CommandAdd",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"command":{"properties":{"id":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2CommandAddPayload as unknown as CompiledValidator,
  },
  ONIMBOTV2REACTIONCHANGE: {
    name: "ONIMBOTV2REACTIONCHANGE",
    operationId: "onImbotV2ReactionChange",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2ReactionChangePayload as unknown as CompiledValidator,
  },
  ONIMBOTV2CONTEXTGET: {
    name: "ONIMBOTV2CONTEXTGET",
    operationId: "onImbotV2ContextGet",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}},"empty":{"context":"object"}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2ContextGetPayload as unknown as CompiledValidator,
  },
  ONIMBOTV2DELETE: {
    name: "ONIMBOTV2DELETE",
    operationId: "onImbotV2Delete",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onImbotV2DeletePayload as unknown as CompiledValidator,
  },
  ONAPPINSTALL: {
    name: "ONAPPINSTALL",
    operationId: "onAppInstall",
    coerce: {"properties":{"event_handler_id":"integer","ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: validators.onAppInstallPayload as unknown as CompiledValidator,
  },
  ONAPPUNINSTALL: {
    name: "ONAPPUNINSTALL",
    operationId: "onAppUninstall",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"CLEAN":"integer"}},"ts":"integer"}},
    validatePayload: validators.onAppUninstallPayload as unknown as CompiledValidator,
  },
} as const satisfies Record<string, EventDefinition>;

/** The event names of the contract: `ONIMBOTV2MESSAGEADD`, ... */
export type EventName = keyof typeof eventTable;

/** The webhook delivery (`{event, data, ts, auth}`) and its `data`, of each event, from schema.gen.ts. */
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

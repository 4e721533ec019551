// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

import type { EventName } from '@b24-imbot/core';
import type { EventDefinition } from '../runtime/operation.js';
import { payload as onImbotV2MessageAddPayload } from './validators/onImbotV2MessageAdd.gen.js';
import { payload as onImbotV2MessageUpdatePayload } from './validators/onImbotV2MessageUpdate.gen.js';
import { payload as onImbotV2MessageDeletePayload } from './validators/onImbotV2MessageDelete.gen.js';
import { payload as onImbotV2JoinChatPayload } from './validators/onImbotV2JoinChat.gen.js';
import { payload as onImbotV2CommandAddPayload } from './validators/onImbotV2CommandAdd.gen.js';
import { payload as onImbotV2ReactionChangePayload } from './validators/onImbotV2ReactionChange.gen.js';
import { payload as onImbotV2ContextGetPayload } from './validators/onImbotV2ContextGet.gen.js';
import { payload as onImbotV2DeletePayload } from './validators/onImbotV2Delete.gen.js';
import { payload as onAppInstallPayload } from './validators/onAppInstall.gen.js';
import { payload as onAppUninstallPayload } from './validators/onAppUninstall.gen.js';

// The event names and types are @b24-imbot/core's (the client's too); this table must cover them.
export type { EventName, EventTypes } from '@b24-imbot/core';

/** Every event of the contract (its `webhooks`), keyed by event name. */
export const eventTable = {
  ONIMBOTV2MESSAGEADD: {
    name: "ONIMBOTV2MESSAGEADD",
    operationId: "onImbotV2MessageAdd",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2MessageAddPayload,
  },
  ONIMBOTV2MESSAGEUPDATE: {
    name: "ONIMBOTV2MESSAGEUPDATE",
    operationId: "onImbotV2MessageUpdate",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2MessageUpdatePayload,
  },
  ONIMBOTV2MESSAGEDELETE: {
    name: "ONIMBOTV2MESSAGEDELETE",
    operationId: "onImbotV2MessageDelete",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"messageId":"integer","chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2MessageDeletePayload,
  },
  ONIMBOTV2JOINCHAT: {
    name: "ONIMBOTV2JOINCHAT",
    operationId: "onImbotV2JoinChat",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2JoinChatPayload,
  },
  ONIMBOTV2COMMANDADD: {
    name: "ONIMBOTV2COMMANDADD",
    operationId: "onImbotV2CommandAdd",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"command":{"properties":{"id":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2CommandAddPayload,
  },
  ONIMBOTV2REACTIONCHANGE: {
    name: "ONIMBOTV2REACTIONCHANGE",
    operationId: "onImbotV2ReactionChange",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"message":{"properties":{"id":"integer","chatId":"integer","authorId":"integer","date":{"literals":{"":null}},"isSystem":"boolean","forward":{"literals":{"":null},"then":{"properties":{"id":"integer","userId":"integer","chatId":"integer","date":{"literals":{"":null}}}}},"viewedByOthers":"boolean","unread":"boolean","viewed":"boolean"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2ReactionChangePayload,
  },
  ONIMBOTV2CONTEXTGET: {
    name: "ONIMBOTV2CONTEXTGET",
    operationId: "onImbotV2ContextGet",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}},"chat":{"properties":{"id":"integer","owner":"integer","color":{"literals":{"":null}},"extranet":"boolean","containsCollaber":"boolean","muteList":{"items":"integer"},"diskFolderId":{"literals":{"":null},"then":"integer"},"parentChatId":{"literals":{"":null},"then":"integer"},"parentMessageId":{"literals":{"":null},"then":"integer"},"isNew":"boolean","backgroundId":{"literals":{"":null}},"dateCreate":{"literals":{"":null}},"lastMessageId":{"literals":{"":null},"then":"integer"},"lastId":{"literals":{"":null},"then":"integer"},"managerList":{"items":"integer"},"messageCount":"integer","userCounter":"integer","unreadId":{"literals":{"":null},"then":"integer"},"markedId":{"literals":{"":null},"then":"integer"}}},"user":{"properties":{"id":"integer","active":"boolean","extranet":"boolean","bot":"boolean","connector":"boolean","idle":{"literals":{"0":false}},"lastActivityDate":{"literals":{"0":false}},"mobileLastDate":{"literals":{"0":false}},"desktopLastDate":{"literals":{"0":false}},"absent":{"literals":{"0":false}},"departments":{"items":"integer"},"phones":{"literals":{"0":false}}}}},"empty":{"context":"object"}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2ContextGetPayload,
  },
  ONIMBOTV2DELETE: {
    name: "ONIMBOTV2DELETE",
    operationId: "onImbotV2Delete",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"bot":{"properties":{"id":"integer","isHidden":"boolean","isSupportOpenline":"boolean","isReactionsEnabled":"boolean","backgroundId":{"literals":{"":null}},"countMessage":"integer","countCommand":"integer","countChat":"integer","countUser":"integer"}}}},"ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onImbotV2DeletePayload,
  },
  ONAPPINSTALL: {
    name: "ONAPPINSTALL",
    operationId: "onAppInstall",
    coerce: {"properties":{"event_handler_id":"integer","ts":"integer","auth":{"properties":{"expires_in":"integer"}}}},
    validatePayload: onAppInstallPayload,
  },
  ONAPPUNINSTALL: {
    name: "ONAPPUNINSTALL",
    operationId: "onAppUninstall",
    coerce: {"properties":{"event_handler_id":"integer","data":{"properties":{"CLEAN":"integer"}},"ts":"integer"}},
    validatePayload: onAppUninstallPayload,
  },
} as const satisfies { readonly [K in EventName]: EventDefinition };

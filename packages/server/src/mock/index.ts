// A mock Bitrix24 portal (`@b24-imbot/server/mock`): every method of the contract served as a
// portal does, the v1 imbot.chat.add and the imbot.v2 bot platform on one state, bot events
// delivered both ways, credentials, rate limits, faults and a request log; optionally kept in a
// state file across restarts. What each method does is the table in table.ts.
export {
  createMockPortal,
  startMockPortal,
  type MockPortal,
  type MockPortalOptions,
  type MockPortalUnstarted,
} from './portal.js';
export { type CallRecord, type MockFault, type MockPolicyOptions, type RateLimitOptions } from './policy.js';
export { type MockLog } from './log.js';
export {
  type Behaviour,
  type Behaviours,
  type BehaviourTable,
  exampleOnly,
  handlersFor,
  portalTable,
} from './table.js';
export {
  type DeliveryRecord,
  type EventQueue,
  type JournalEntry,
  type PlatformEvent,
  type PlatformLimits,
  type PlatformState,
  type PortalState,
  type QueuedEvent,
  type StoredAvatar,
  type StoredChat,
  type V1ChatStore,
  type V1StoredChat,
  createPortalState,
  defaultPlatformLimits,
} from './state.js';
export { type UserMessage } from './messages.js';
export { StateFileError } from './persist.js';
export { type IdKind, type Ids, clockFloor, createIds } from './ids.js';

import { defaultPlatformLimits } from './state.js';

/** How many chats the mock keeps by default (both API versions); past it the least recently written to are dropped. */
export const DEFAULT_MAX_CHATS: number = defaultPlatformLimits.chats;

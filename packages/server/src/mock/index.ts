// A mock Bitrix24 portal (`@b24-imbot/server/mock`): every method of the contract served as a
// portal does, the v1 imbot.chat.add and the imbot.v2 bot platform on one state, bot events
// delivered both ways, credentials, rate limits, faults and a request log; an OAuth server that
// renews tokens, the application's install and uninstall events, and more than one portal in a
// process; optionally kept in state files across restarts. What each method does is the table
// in table.ts.
export {
  createMockPortal,
  startMockPortal,
  type MockOAuthServer,
  type MockPortal,
  type MockPortalOptions,
  type MockPortalSite,
  type MockPortalUnstarted,
  type MockSiteOptions,
} from './portal.js';
export { type InstallOptions, type InstallResult, type UninstallOptions } from './install.js';
export {
  type MockOAuthOptions,
  type RenewOAuthTokenOptions,
  type TokenAnswer,
  REFRESH_TOKEN_MS,
  renewOAuthToken,
} from './oauth.js';
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
  type Installation,
  type IssuedToken,
  type PortalOAuth,
  type JournalEntry,
  type PlatformEvent,
  type PlatformLimits,
  type PlatformState,
  type PortalState,
  type QueuedEvent,
  type UserEventQueue,
  type StoredAvatar,
  type StoredChat,
  type V1ChatStore,
  type V1StoredChat,
  createPortalState,
  defaultPlatformLimits,
} from './state.js';
export { type UserMessage } from './users.js';
export { USER_EVENT_TTL_MS } from './user-events.js';
export { StateFileError } from './persist.js';
export { type IdKind, type Ids, clockFloor, createIds } from './ids.js';

import { defaultPlatformLimits } from './state.js';

/** How many chats the mock keeps by default (both API versions); past it the least recently written to are dropped. */
export const DEFAULT_MAX_CHATS: number = defaultPlatformLimits.chats;

// imbot.v2.Event.get. Event delivery (the queue, webhook POSTs) is built later on
// `PlatformState.journal`; until then a fetch-mode bot is checked like any other call and gets
// no events, with its offset handed back. The contract checks offset (0 or more) and limit
// (1 to 1000) before this runs.
import { Bitrix24Error } from '../errors.js';
import type { Handler } from '../types.js';
import { requireBot } from './access.js';
import type { PlatformState } from './state.js';

export const eventGet =
  (state: PlatformState): Handler<'imbotV2EventGet'> =>
  (params, context) => {
    requireBot(state, params, context);
    // The mock has no im.v2.Event.subscribe: asking for the user's own events is refused.
    if (params.withUserEvents) throw new Bitrix24Error('USER_NOT_SUBSCRIBED', 'The user is not subscribed to im.v2 events');
    return { events: [], nextOffset: params.offset ?? 0, hasMore: false };
  };

// What the pages of the application lifecycle events say, written down by hand
// (api-reference/common/events/on-app-install.md, on-app-uninstall.md): the fields of `data`
// and of `auth`, every one marked required (`*`) on its page, and the delivery's top-level
// keys (api-reference/events/index.md). app-events.test.ts compares the webhooks with these.

export interface AppEventPage {
  readonly page: string;
  readonly data: readonly string[];
  readonly auth: readonly string[];
}

export const appEvents: Readonly<Record<string, AppEventPage>> = {
  ONAPPINSTALL: {
    page: 'api-reference/common/events/on-app-install.md',
    data: ['VERSION', 'ACTIVE', 'INSTALLED', 'LANGUAGE_ID'],
    auth: [
      'domain', 'scope', 'access_token', 'refresh_token', 'expires_in', 'server_endpoint', 'status',
      'client_endpoint', 'member_id', 'application_token',
    ],
  },
  ONAPPUNINSTALL: {
    page: 'api-reference/common/events/on-app-uninstall.md',
    data: ['LANGUAGE_ID', 'CLEAN'],
    auth: ['domain', 'server_endpoint', 'client_endpoint', 'member_id', 'application_token'],
  },
};

/** The top-level keys of every delivery (api-reference/events/index.md); all but event_handler_id required on the event pages. */
export const deliveryKeys = ['event', 'event_handler_id', 'data', 'ts', 'auth'] as const;
export const requiredDeliveryKeys = ['event', 'data', 'ts', 'auth'] as const;

/** on-app-install.md: `Y`/`N` flags; on-app-uninstall.md: CLEAN is 1 or 0. */
export const installFlags = { ACTIVE: ['Y', 'N'], INSTALLED: ['Y', 'N'] } as const;
export const cleanValues = [0, 1] as const;

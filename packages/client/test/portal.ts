import { type MockPortal, type MockPortalOptions, startMockPortal } from '@b24-imbot/server/mock';
import { onTestFinished } from 'vitest';

import { createImbotClient, type ImbotClientOptions } from '../src/index.js';

export const WEBHOOK = { userId: 1, code: 'webhook-secret-4f2a9c' } as const;
export const CLIENT_ID = 'my-bot';
export const TOKEN = 'oauth-token-7d3e1b';
export const BOT_TOKEN = 'bot-token-51c0de';

/** Short backoff so retry tests do not wait. */
export const FAST_RETRY = { retries: 3, minDelayMs: 1, maxDelayMs: 5 } as const;

/** A fresh mock portal for one test, closed when the test ends. */
export const startPortal = async (options: MockPortalOptions = {}): Promise<MockPortal> => {
  const portal = await startMockPortal({ webhook: WEBHOOK, clientId: CLIENT_ID, token: TOKEN, ...options });
  onTestFinished(() => portal.close());
  return portal;
};

type Common = Omit<ImbotClientOptions, 'webhookUrl' | 'portal' | 'restUrl' | 'accessToken' | 'refreshToken'>;

export const webhookUrl = (portal: MockPortal, code: string = WEBHOOK.code): string =>
  `${portal.url}/rest/${WEBHOOK.userId}/${code}/`;

/** A client calling the portal through its webhook. */
export const webhookClient = (portal: MockPortal, options: Common = {}) =>
  createImbotClient({ webhookUrl: webhookUrl(portal), clientId: CLIENT_ID, retry: FAST_RETRY, ...options });

/** A client calling the portal as an OAuth app. */
export const oauthClient = (
  portal: MockPortal,
  options: Common & { accessToken?: string; refreshToken?: () => string | Promise<string> } = {},
) => createImbotClient({ portal: portal.url, accessToken: TOKEN, retry: FAST_RETRY, ...options });

/** The rejection of a promise that must reject. */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
};

// The mock portal's log lines: one per request and one per webhook delivery, with no secret in
// them (a webhook's code, tokens and a receiver URL's query are left out).
import { redactUrl } from '@b24-imbot/core';
import type { DeliveryRecord } from './state.js';

/** Where log lines go. */
export type MockLog = (line: string) => void;

const time = (): string => new Date().toISOString();

export interface RequestOutcome {
  readonly httpMethod: string;
  /** The Bitrix method, or the path (redacted) of a request that named none. */
  readonly target: string;
  readonly status: number;
  readonly ms: number;
  /** The Bitrix error code answered. */
  readonly error?: string;
  /** For a 500: the error behind it. */
  readonly detail?: string;
}

/** `2026-12-07T10:00:00.000Z POST imbot.v2.Bot.register 400 2ms BOT_CODE_REQUIRED` (and a 500's error below it). */
export const requestLine = (outcome: RequestOutcome): string => {
  const line = `${time()} ${outcome.httpMethod} ${outcome.target} ${outcome.status} ${outcome.ms.toFixed(0)}ms${outcome.error === undefined ? '' : ` ${outcome.error}`}`;
  if (outcome.detail === undefined) return line;
  return `${line}\n${outcome.detail.split('\n').map((text) => `    ${text}`).join('\n')}`;
};

/**
 * A receiver URL fit for a log line: its path through core's `redactUrl` (a webhook-style code
 * redacted), and what core's redaction cannot know to be secret left out (user info, the query).
 */
export const redactReceiverUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    const query = parsed.search === '' ? '' : '?***';
    return `${parsed.protocol}//${parsed.host}${redactUrl(parsed.pathname)}${query}`;
  } catch {
    return '(not a URL)';
  }
};

/** `... event ONIMBOTV2MESSAGEADD bot 42 -> http://127.0.0.1:3001/bot/events 200` (`app` for ONAPPINSTALL; or failed / dropped: why). */
export const deliveryLine = (record: DeliveryRecord): string => {
  const outcome =
    record.state === 'sent' ? String(record.status) : `${record.state}${record.error === undefined ? '' : `: ${record.error}`}`;
  return `${time()} event ${record.event} ${record.botId === undefined ? 'app' : `bot ${record.botId}`} -> ${redactReceiverUrl(record.url)} ${outcome}`;
};

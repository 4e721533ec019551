// The bot's use of @b24-imbot/client at run time, in one place: its client, which errors are
// worth trying again, and the platform's polling pace.
import { Bitrix24NetworkError, Bitrix24TimeoutError, createImbotClient, isBitrix24Error, pollPace } from '@b24-imbot/client';
import type { ImbotClient, ImbotClientOptions } from './contract.js';

export { isBitrix24Error, pollPace };

/** The bot's client: every call carries its botToken (webhook calls need it). */
export const connect = (options: ImbotClientOptions): ImbotClient => createImbotClient(options);

/** Rate limits, overload and the network: asking again later may work. */
const TRANSIENT = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
export const isTransient = (error: unknown): boolean =>
  (isBitrix24Error(error) && TRANSIENT.has(error.code)) || error instanceof Bitrix24NetworkError || error instanceof Bitrix24TimeoutError;

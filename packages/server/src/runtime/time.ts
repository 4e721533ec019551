// Clocks for the `time` object of a success envelope, as portals fill it in.
import { lastOf } from './last.js';

const pad = (value: number): string => String(Math.trunc(value)).padStart(2, '0');

/**
 * `format` of the second an epoch time falls in, formatted once for that second: the calls of
 * one second share the text (formatting a date is the costly part).
 */
export const perSecond = (format: (epochMs: number) => string): ((epochMs: number) => string) => {
  const ofSecond = lastOf((second: number) => format(second * 1000));
  return (epochMs) => ofSecond(Math.floor(epochMs / 1000));
};

const formatLocal = (epochMs: number): string => {
  const date = new Date(epochMs);
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.abs(offset) / 60)}:${pad(Math.abs(offset) % 60)}`
  );
};

/** ISO 8601 with the local offset and no fraction, as portals write it: `2026-02-24T13:19:39+01:00`. */
export const isoWithOffset = perSecond(formatLocal);

// Read once: `performance.timeOrigin` is a getter that costs more than `performance.now()`.
const timeOrigin = performance.timeOrigin;

/** Epoch milliseconds with sub-millisecond precision. */
export const nowMs = (): number => timeOrigin + performance.now();

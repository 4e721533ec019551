// Clocks for the `time` object of a success envelope, as portals fill it in.

const pad = (value: number): string => String(Math.trunc(value)).padStart(2, '0');

/** ISO 8601 with the local offset and no fraction, as portals write it: `2026-02-24T13:19:39+01:00`. */
export const isoWithOffset = (epochMs: number): string => {
  // Requests in the same second share the text: formatting a local date is the costly part.
  const second = Math.floor(epochMs / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = formatLocal(second * 1000);
  }
  return lastText;
};

let lastSecond = Number.NaN;
let lastText = '';

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

// Read once: `performance.timeOrigin` is a getter that costs more than `performance.now()`.
const timeOrigin = performance.timeOrigin;

/** Epoch milliseconds with sub-millisecond precision. */
export const nowMs = (): number => timeOrigin + performance.now();

// The two envelopes, written here only. Errors: `{"error","error_description"}`, never a `time`
// object, no Retry-After (what portals answer). Success: `{"result","time"}`, the time filled in
// as portals fill it: seconds to the microsecond, local dates without a fraction.
import { lastOf } from './last.js';
import { isoWithOffset } from './time.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export const errorEnvelope = (code: string, description: string): string =>
  JSON.stringify({ error: code, error_description: description });

/** The contract's `time` object: seconds since the epoch, the local dates of start and finish. */
export interface EnvelopeTime {
  readonly start: number;
  readonly finish: number;
  readonly duration: number;
  readonly processing: number;
  readonly date_start: string;
  readonly date_finish: string;
}

/**
 * An answer's times in whole microseconds, from epoch milliseconds: when it started and finished,
 * and how long its handler took (never more than the whole).
 */
export interface Timing {
  readonly startUs: number;
  readonly finishUs: number;
  readonly processingUs: number;
  readonly startMs: number;
  readonly finishMs: number;
}

export const timing = (startMs: number, processingMs: number, finishMs: number): Timing => {
  const startUs = Math.round(startMs * 1000);
  const finishUs = Math.round(finishMs * 1000);
  return { startUs, finishUs, processingUs: Math.min(Math.round(processingMs * 1000), finishUs - startUs), startMs, finishMs };
};

/** The `time` object of an answer (what the contract's validator checks). */
export const responseTime = ({ startUs, finishUs, processingUs, startMs, finishMs }: Timing): EnvelopeTime => ({
  start: startUs / 1e6,
  finish: finishUs / 1e6,
  duration: (finishUs - startUs) / 1e6,
  processing: processingUs / 1e6,
  date_start: isoWithOffset(startMs),
  date_finish: isoWithOffset(finishMs),
});

/**
 * Whole microseconds as the JSON text of their seconds: `1765076543123400` -> `1765076543.1234`.
 * The exact decimal, so it parses to the same number as `us / 1e6` (the shortest text for it:
 * a double near 2e9 is finer than a microsecond).
 */
const secondsText = (us: number): string => {
  const whole = Math.floor(us / 1e6);
  const fraction = us - whole * 1e6;
  const wholeText = whole === 0 ? '0' : wholeTextOf(whole);
  if (fraction === 0) return wholeText;
  // Six digits as two groups of three, trailing zeros dropped: `.1234` for 123400.
  const high = Math.floor(fraction / 1000);
  const low = fraction - high * 1000;
  return low === 0 ? `${wholeText}.${TRIMMED[high]}` : `${wholeText}.${DIGITS[high]}${TRIMMED[low]}`;
};

/** `000` to `999`, and the same without trailing zeros (`1`, `12`, `123`; `0` stays for 0). */
const DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
const TRIMMED: readonly string[] = DIGITS.map((digits) => digits.replace(/0+$/, '') || '0');

// Start and finish share their whole seconds with the answers around them: the text is kept.
const wholeTextOf = lastOf((whole: number) => `${whole}`);

// The dates close the envelope and change once a second: their text is kept for that second.
let tailSecond = Number.NaN;
let tail = '';
const tailOf = (startMs: number, finishMs: number): string => {
  const second = Math.floor(startMs / 1000);
  if (second === tailSecond && Math.floor(finishMs / 1000) === second) return tail;
  const text = `,"date_start":"${isoWithOffset(startMs)}","date_finish":"${isoWithOffset(finishMs)}"}}`;
  if (Math.floor(finishMs / 1000) === second) {
    tailSecond = second;
    tail = text;
  }
  return text;
};

/**
 * The success envelope `{"result", "time"}` as JSON, written once per answer: the text
 * `JSON.stringify` writes for it (numbers in their shortest form), put together directly (the
 * time's numbers are finite and its dates hold no character JSON escapes). A result JSON cannot
 * hold (undefined) goes the generic way.
 */
export const successEnvelope = (result: unknown, time: Timing): string => {
  // A finite number (a new id, the usual result of v1 methods) is its own JSON text.
  const resultJson: string | undefined = typeof result === 'number' && Number.isFinite(result) ? `${result}` : JSON.stringify(result);
  if (resultJson === undefined) return JSON.stringify({ result, time: responseTime(time) });
  return successEnvelopeOf(resultJson, time);
};

/** The success envelope around a result already written as JSON (batch writes its maps itself). */
export const successEnvelopeOf = (resultJson: string, time: Timing): string => {
  const { startUs, finishUs } = time;
  return (
    '{"result":' +
    resultJson +
    ',"time":{"start":' +
    secondsText(startUs) +
    ',"finish":' +
    secondsText(finishUs) +
    ',"duration":' +
    secondsText(finishUs - startUs) +
    ',"processing":' +
    secondsText(time.processingUs) +
    tailOf(time.startMs, time.finishMs)
  );
};

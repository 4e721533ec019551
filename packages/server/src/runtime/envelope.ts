// The two envelopes, written here only. Errors: `{"error","error_description"}`, never a `time`
// object, no Retry-After (what portals answer). Success: `{"result","time"}`, the time filled in
// as portals fill it.
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

/** Epoch milliseconds as the envelope's seconds, to the microsecond (as portals give them). */
const seconds = (ms: number): number => Math.round(ms * 1000) / 1e6;

/** The `time` of an answer that started at `startMs`, spent `processingMs` in its handler and finished at `finishMs`. */
export const responseTime = (startMs: number, processingMs: number, finishMs: number): EnvelopeTime => {
  const start = seconds(startMs);
  const finish = seconds(finishMs);
  const duration = finish - start;
  return {
    start,
    finish,
    duration,
    // Rounded apart, the handler's share could come out a microsecond over the whole.
    processing: Math.min(seconds(processingMs), duration),
    date_start: isoWithOffset(startMs),
    date_finish: isoWithOffset(finishMs),
  };
};

/**
 * The success envelope `{"result", "time"}` as JSON, written once: the text `JSON.stringify`
 * writes for it, put together directly (the time's numbers are finite and its dates hold no
 * character JSON escapes). A result JSON cannot hold (undefined) goes the generic way.
 */
export const successEnvelope = (result: unknown, time: EnvelopeTime): string => {
  const resultJson: string | undefined = JSON.stringify(result);
  if (resultJson === undefined) return JSON.stringify({ result, time });
  return (
    `{"result":${resultJson},"time":{"start":${time.start},"finish":${time.finish},"duration":${time.duration},` +
    `"processing":${time.processing},"date_start":"${time.date_start}","date_finish":"${time.date_finish}"}}`
  );
};

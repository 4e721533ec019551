// The Bitrix24 error envelope, written here only: `{"error","error_description"}`, never a
// `time` object, no Retry-After (what portals answer).
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export const errorEnvelope = (code: string, description: string): string =>
  JSON.stringify({ error: code, error_description: description });

/** The time object's fields as the success envelope carries them. */
interface EnvelopeTime {
  readonly start: number;
  readonly finish: number;
  readonly duration: number;
  readonly processing: number;
  readonly date_start: string;
  readonly date_finish: string;
}

/**
 * The success envelope `{"result", "time"}` as JSON, the text `JSON.stringify` writes for it,
 * put together directly: the time's numbers are finite and its dates hold no character JSON
 * escapes. A result JSON cannot hold (undefined) goes the generic way.
 */
export const successEnvelope = (result: unknown, time: EnvelopeTime): string => {
  const resultJson: string | undefined = JSON.stringify(result);
  if (resultJson === undefined) return JSON.stringify({ result, time });
  return (
    `{"result":${resultJson},"time":{"start":${time.start},"finish":${time.finish},"duration":${time.duration},` +
    `"processing":${time.processing},"date_start":"${time.date_start}","date_finish":"${time.date_finish}"}}`
  );
};

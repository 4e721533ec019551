// The Bitrix24 error envelope, written here only: `{"error","error_description"}`, never a
// `time` object, no Retry-After (what portals answer).
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export const errorEnvelope = (code: string, description: string): string =>
  JSON.stringify({ error: code, error_description: description });

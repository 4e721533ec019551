// The answer of a batch as PHP writes it: five maps by command key, each a JSON object in the
// order the commands ran, a list when its keys are 0, 1, ... in order (a list of commands that
// all succeeded), and `[]` when empty (PHP's empty array), as the page's examples show.

/** One PHP array of the answer as JSON. */
export const phpArrayJson = (map: ReadonlyMap<string, unknown>): string => {
  if (map.size === 0) return '[]';
  let list = true;
  let index = 0;
  for (const key of map.keys()) if (key !== String(index++)) list = false;
  const parts: string[] = [];
  for (const [key, value] of map) {
    const json = JSON.stringify(value) ?? 'null';
    parts.push(list ? json : `${JSON.stringify(key)}:${json}`);
  }
  return list ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
};

/** What a batch collected, each map in the order its commands ran. */
export interface BatchOutcome {
  readonly result: Map<string, unknown>;
  readonly error: Map<string, { readonly error: string; readonly error_description: string }>;
  readonly total: Map<string, number>;
  readonly next: Map<string, number>;
  readonly time: Map<string, unknown>;
}

export const emptyOutcome = (): BatchOutcome => ({ result: new Map(), error: new Map(), total: new Map(), next: new Map(), time: new Map() });

/** The `result` of the batch's envelope, as JSON. */
export const batchResultJson = (outcome: BatchOutcome): string =>
  `{"result":${phpArrayJson(outcome.result)},"result_error":${phpArrayJson(outcome.error)},"result_total":${phpArrayJson(outcome.total)},"result_next":${phpArrayJson(outcome.next)},"result_time":${phpArrayJson(outcome.time)}}`;

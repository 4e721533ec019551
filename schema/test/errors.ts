// From page facts to the error codes a method must answer, by status, and the same read from the
// contract through the model, so the two can be compared. Only fixtures feed `expectedErrors`.
import type { ContractOperation } from '../model/index.js';
import {
  type CodeStatus,
  imbotV2RateLimit,
  invalidFormat,
  platformAdditions,
  refusals,
  systemErrors,
  systemErrorsNotCarried,
} from './platform.fixture.js';

/** Status -> sorted codes. */
export type ErrorTable = Record<number, string[]>;

export interface PageErrors {
  /** The page's codes; unpaired ones get their status from `statuses` (see `refusals`). */
  readonly codes: readonly string[];
  /** The statuses the page gives above its table. */
  readonly statuses: readonly number[];
  /** Codes the page pairs with a status itself (batch's table). */
  readonly paired?: readonly CodeStatus[];
  /** Codes this contract adds for the method beyond its page, each with a recorded reason elsewhere. */
  readonly additions?: readonly CodeStatus[];
  /** Whether the method takes parameters (then INVALID_FORMAT is a 400). */
  readonly hasParams: boolean;
  /** imbot.v2 methods answer their own rate limit with 429. */
  readonly imbotV2?: boolean;
  /** System errors the method lacks for a recorded reason (v2KnownGaps). */
  readonly gaps?: readonly string[];
  /** System errors this method does answer although others do not (batch's own codes). */
  readonly ownSystemCodes?: readonly string[];
}

const table = (pairs: Iterable<CodeStatus>): ErrorTable => {
  const out: ErrorTable = {};
  for (const [code, status] of pairs) {
    const codes = (out[status] ??= []);
    if (!codes.includes(code)) codes.push(code);
  }
  for (const codes of Object.values(out)) codes.sort();
  return out;
};

/** The status a page gives an unpaired code: its only status, else 403 for a refusal and 400 for the rest. */
export const statusOf = (code: string, statuses: readonly number[]): number => {
  if (statuses.length === 1) return statuses[0]!;
  if (statuses.length === 2 && statuses.includes(400) && statuses.includes(403)) return refusals.has(code) ? 403 : 400;
  // A page without errors of its own names no code; one with other statuses would need a reading first.
  throw new Error(`no reading for the statuses ${statuses.join(', ')} (code ${code})`);
};

export const expectedErrors = (page: PageErrors): ErrorTable => {
  const pairs: CodeStatus[] = [];
  for (const code of page.codes) pairs.push([code, statusOf(code, page.statuses)]);
  pairs.push(...(page.paired ?? []));
  for (const [code, status] of systemErrors) {
    if (code in systemErrorsNotCarried && !page.ownSystemCodes?.includes(code)) continue;
    if (page.gaps?.includes(code)) continue;
    pairs.push([code, status]);
  }
  pairs.push(...platformAdditions);
  if (page.imbotV2) pairs.push(imbotV2RateLimit);
  if (page.hasParams) pairs.push(invalidFormat);
  pairs.push(...(page.additions ?? []));
  return table(pairs);
};

/** What the model reads from the contract: every error code of the operation, by status. */
export const contractErrors = (op: ContractOperation): ErrorTable =>
  table([...op.errors].flatMap(([code, statuses]) => statuses.map((status): CodeStatus => [code, status])));

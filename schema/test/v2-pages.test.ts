// The imbot.v2 methods held to their pages: parameters, required ones, and every error code with
// its HTTP status, expected from page facts (v2-pages.fixture.ts, platform.fixture.ts) and
// compared with what the model reads from the contract.
import { describe, expect, it } from 'vitest';
import { contractErrors, expectedErrors, statusOf } from './errors.js';
import { model } from './load-contract.js';
import { systemErrors } from './platform.fixture.js';
import { v2KnownGaps, v2Pages } from './v2-pages.fixture.js';

const methods = Object.keys(v2Pages);

describe('the imbot.v2 page fixture', () => {
  it('covers every imbot.v2 method of the contract, and only those', () => {
    const inContract = model.operations.map((op) => op.method).filter((method) => method.startsWith('imbot.v2.'));
    expect([...methods].sort()).toEqual([...inContract].sort());
    expect(methods).toHaveLength(34);
  });

  it('reads "400, 403" as 403 for a refusal and 400 for the rest, and a lone status as given', () => {
    expect(statusOf('BOT_OWNERSHIP_ERROR', [400, 403])).toBe(403);
    expect(statusOf('BOT_NOT_FOUND', [400, 403])).toBe(400);
    expect(statusOf('WITHOUT_CHANGES', [400])).toBe(400);
    expect(() => statusOf('X', [])).toThrow();
  });
});

describe.each(methods)('%s', (method) => {
  const page = v2Pages[method]!;
  const op = model.operation(method)!;

  it(`has the parameters of ${page.page}, the required ones required`, () => {
    expect(op, method).toBeDefined();
    expect(Object.fromEntries(op.params.map((p) => [p.name, p.required]))).toEqual(page.params);
  });

  it(`answers the codes of ${page.page} and the system errors, each with its status`, () => {
    const expected = expectedErrors({
      codes: page.codes,
      statuses: page.statuses,
      hasParams: Object.keys(page.params).length > 0,
      imbotV2: true,
      gaps: Object.keys(v2KnownGaps),
    });
    expect(contractErrors(op)).toEqual(expected);
  });

  it('still lacks exactly the recorded system errors (remove an entry of v2KnownGaps once the contract has it)', () => {
    const systemCodes = new Set(systemErrors.map(([code]) => code));
    const missing = Object.keys(v2KnownGaps).filter((code) => systemCodes.has(code) && !op.errors.has(code));
    expect(missing).toEqual(Object.keys(v2KnownGaps));
  });
});

// The mock's table (src/mock/table.ts) decides every method of the contract: a stateful
// behaviour, or the method's documented example. The methods that answer only their example are
// read from the table, listed, and each is called over HTTP and must answer exactly the example
// of the contract (the model's, not the generated copy the mock serves).
import { describe, expect, it } from 'vitest';
import { type MockPortal, exampleOnly, portalTable, startMockPortal } from '../src/mock/index.js';
import { model } from './contract.js';
import { request } from './helpers.js';

const entryOf = (operationId: string): unknown => (portalTable as Record<string, unknown>)[operationId];
/** The methods a handler serves: all but batch (`x-bitrix-max-commands`), which the runtime serves (test/batch*.test.ts). */
const handled = model.operations.filter((op) => op.extensions['x-bitrix-max-commands'] === undefined);

describe('the table of what the mock does', () => {
  it('decides every method of the contract: a behaviour or its example, and nothing else', () => {
    const undecided = handled.filter((op) => {
      const entry = entryOf(op.operationId);
      return entry !== 'example' && typeof entry !== 'function';
    });
    expect(undecided.map((op) => op.method), 'methods of the contract the table does not decide').toEqual([]);
    // And it decides nothing the contract does not have.
    const known = new Set(handled.map((op) => op.operationId));
    expect(Object.keys(portalTable).filter((operationId) => !known.has(operationId))).toEqual([]);
  });

  const examples = exampleOnly().map((operationId) => model.operations.find((op) => op.operationId === operationId)!);

  it('lists the methods that answer only their example', () => {
    console.log(`methods that answer only their documented example (${examples.length}): ${examples.map((op) => op.method).join(', ') || 'none'}`);
    expect(examples.every((op) => op !== undefined)).toBe(true);
    // Everything else is stateful.
    expect(examples.length + handled.filter((op) => typeof entryOf(op.operationId) === 'function').length).toBe(handled.length);
  });

  it.each(examples.map((op) => [op.method, op] as const))('%s answers exactly its contract example', async (method, op) => {
    const portal: MockPortal = await startMockPortal();
    try {
      // No credentials on an open portal: what a new method's call needs and no more.
      const answer = await request(`${portal.url}/rest/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(op.paramsExample ?? {}),
      });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.result).toEqual(op.successExample.result);
    } finally {
      await portal.close();
    }
  });
});

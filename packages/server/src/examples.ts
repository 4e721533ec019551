import { operationTable } from './gen/operations.gen.js';
import type { Handlers } from './types.js';

/**
 * A handler for every operation of the contract, answering its documented example (the named
 * example of its 200 answer, checked against the success schema when generated). Servers that
 * implement some methods start from it and override those: `{ ...exampleHandlers, imbotChatAdd }`.
 */
export const exampleHandlers: Handlers = Object.freeze(
  Object.fromEntries(
    Object.values(operationTable).map((op) => [op.operationId, () => structuredClone(op.example)]),
  ),
) as unknown as Handlers;

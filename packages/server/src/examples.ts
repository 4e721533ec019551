import { operationTable } from './gen/operations.gen.js';
import type { Handlers } from './types.js';

/**
 * A handler for every operation of the contract, answering its documented example (the named
 * example of its 200 answer, checked against the success schema when generated). Servers that
 * implement some methods start from it and override those: `{ ...exampleHandlers, imbotChatAdd }`.
 */
export const exampleHandlers: Handlers = Object.freeze(
  Object.fromEntries(
    // Not batch's: the runtime serves it (see `HandledOperationId`).
    Object.values(operationTable).flatMap((op) => ('batch' in op ? [] : [[op.operationId, () => structuredClone(op.example)]])),
  ),
) as unknown as Handlers;

// What the mock portal does for each method of the contract, keyed by operationId: a stateful
// behaviour, or `'example'` (it answers the method's documented example).
//
// The table is exhaustive by construction: it starts from an `'example'` entry for every
// operation of the generated table, so a method added to the contract is served at once with
// no edit here (the rule: a method is a schema change and nothing else). The behaviours below
// replace those entries. Which methods still answer only their example is listed by
// test/mock-table.test.ts, read from this table.
//
// To give a method state: add `operationId: behaviour` to the behaviours object of its area's
// module (bots.ts, chats.ts, messages.ts, commands.ts, files.ts, events.ts, users.ts,
// user-events.ts). A new area is a new module with such an object, spread below.
import type { OperationId } from '../errors.js';
import { exampleHandlers } from '../examples.js';
import { operationTable } from '../gen/operations.gen.js';
import type { Handler, Handlers } from '../types.js';
import { botBehaviours } from './bots.js';
import { chatBehaviours } from './chats.js';
import { commandBehaviours } from './commands.js';
import { eventBehaviours } from './events.js';
import { fileBehaviours } from './files.js';
import { messageBehaviours } from './messages.js';
import type { PortalState } from './state.js';
import { userEventBehaviours } from './user-events.js';
import { userBehaviours } from './users.js';

/** A stateful behaviour: the method's handler for a portal's state. */
export type Behaviour<Op extends OperationId> = (state: PortalState) => Handler<Op>;

/** Behaviours of some methods (an area module's object). */
export type Behaviours = { readonly [Op in OperationId]?: Behaviour<Op> };

/** What the portal does for every method: a behaviour, or its documented example. */
export type BehaviourTable = { readonly [Op in OperationId]: Behaviour<Op> | 'example' };

/** Every method of the contract answers its documented example unless a behaviour below replaces the entry. */
const answersItsExample = Object.freeze(
  Object.fromEntries(Object.keys(operationTable).filter((id) => id in exampleHandlers).map((id) => [id, 'example'])),
) as { readonly [Op in OperationId]: 'example' };

export const portalTable: BehaviourTable = Object.freeze({
  ...answersItsExample,
  ...botBehaviours,
  ...chatBehaviours,
  ...messageBehaviours,
  ...commandBehaviours,
  ...fileBehaviours,
  ...eventBehaviours,
  ...userBehaviours,
  ...userEventBehaviours,
});

/** The handler map the server is built from: each behaviour bound to the state, or the example. */
export const handlersFor = (state: PortalState, table: BehaviourTable = portalTable): Handlers =>
  Object.fromEntries(
    Object.entries(table).map(([operationId, behaviour]) => [
      operationId,
      behaviour === 'example'
        ? exampleHandlers[operationId as OperationId]
        : (behaviour as Behaviour<OperationId>)(state),
    ]),
  ) as unknown as Handlers;

/** The methods that answer only their documented example. */
export const exampleOnly = (table: BehaviourTable = portalTable): OperationId[] =>
  (Object.keys(table) as OperationId[]).filter((operationId) => table[operationId] === 'example');

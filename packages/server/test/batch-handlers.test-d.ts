// batch has no handler: the runtime serves it by running the other handlers.
import { describe, expectTypeOf, test } from 'vitest';
import { createServer, exampleHandlers, type HandlerContext, type Handlers } from '../src/index.js';

describe('the handler map leaves batch out', () => {
  test('a batch handler does not compile; the map without one does', () => {
    createServer({ ...exampleHandlers }, { authenticate: () => {} });
    // @ts-expect-error batch is served by the runtime, not a handler
    createServer({ ...exampleHandlers, batch: () => ({}) }, { authenticate: () => {} });
    expectTypeOf<Handlers['batch']>().toEqualTypeOf<undefined>();
  });

  test('a command of a batch names its key in the context', () => {
    expectTypeOf<HandlerContext['batchKey']>().toEqualTypeOf<string | undefined>();
  });
});

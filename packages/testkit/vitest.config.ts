import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'testkit',
    include: ['test/**/*.test.ts'],
    // The tests start processes: room for a busy 2-core machine.
    testTimeout: 60_000,
  },
});

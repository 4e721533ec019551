import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'redis',
    include: ['test/**/*.test.ts'],
    // Each test starts a Redis server (and the scale tests start processes): room for a busy 2-core machine.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});

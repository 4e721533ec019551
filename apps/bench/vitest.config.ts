import { defineProject } from 'vitest/config';

// Checks the bench's own machinery (no timing assertions); `pnpm bench` runs the benchmarks.
export default defineProject({
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});

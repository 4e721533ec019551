import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    // expect.poll waits 1 s by default: too short for a page or a process on a busy 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
    name: 'demo',
    include: ['test/**/*.test.ts'],
    // Each file starts its own demo process; the contract test regenerates both packages.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    // expect.poll waits 1 s by default: too short for a page or a process on a busy 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
    name: 'server',
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // The servers under test run in the same process; each test file starts its own.
    testTimeout: 20_000,
  },
});

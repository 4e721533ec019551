import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    // expect.poll waits 1 s by default: too short for a page or a process on a busy 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
    name: 'client',
    include: ['test/**/*.test.ts'],
    // Each test starts its own mock portal; leave room for a busy CI machine.
    testTimeout: 20_000,
    // *.test-d.ts files are checked by tsc, not run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});

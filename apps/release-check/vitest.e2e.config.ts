import { defineProject } from 'vitest/config';

// `pnpm test:release` (run by .ci/run after `pnpm test`): version and publish a copy of the
// repo to a local verdaccio, install the packages back from it and call the mock portal.
export default defineProject({
  test: {
    name: 'release-e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});

import { defineProject } from 'vitest/config';

// `pnpm test`: the packed tarballs and the contract version each package exports. The
// end-to-end release (publish to a local registry, install back) is `vitest.e2e.config.ts`.
export default defineProject({
  test: {
    name: 'release',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

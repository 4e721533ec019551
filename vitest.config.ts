import { defineConfig } from 'vitest/config';

// One vitest project per workspace package; `pnpm test` runs them through turbo, and
// `pnpm exec vitest` here runs them all at once (handy in an editor).
export default defineConfig({
  test: {
    projects: ['schema', 'packages/*', 'apps/*'],
  },
});

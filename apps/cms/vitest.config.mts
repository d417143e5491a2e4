import { defineConfig } from 'vitest/config';

// Each test file boots a real Strapi (a process-wide singleton in-process, or a child process
// for the browser tests): one file at a time.
export default defineConfig({
  test: {
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'api', include: ['tests/*.test.ts'] } },
      // Needs `pnpm --filter @clinic/cms build` (admin panel) and the built website.
      // Every browser wait has its own upper bound (BROWSER_WAIT_MS in @clinic/testing); these
      // bound a whole test and the start of the CMS + website on a busy two-core machine.
      { extends: true, test: { name: 'browser', include: ['tests/browser/*.test.ts'], testTimeout: 900_000, hookTimeout: 600_000 } },
    ],
  },
});

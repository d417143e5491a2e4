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
      // SQLite → PostgreSQL through `pnpm backup` / `pnpm restore`: only where a PostgreSQL server
      // is given (CLINIC_TEST_POSTGRES_URL; scripts/test-all.mjs runs it in its PostgreSQL pass).
      ...(process.env.CLINIC_TEST_POSTGRES_URL
        ? [{ extends: true, test: { name: 'backup', include: ['tests/backup/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } }]
        : []),
    ],
  },
});

import { defineConfig } from 'vitest/config';

// Each test file boots a real Strapi in-process (a process-wide singleton): one file at a time.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineConfig } from 'vitest/config'

// One CMS and one website for every probe file (setup/global-setup.ts); files run one at a time,
// so probes that change content (publish, schedule, clear the site's cache) never race.
export default defineConfig({
  test: {
    include: ['probes/**/*.test.ts'],
    globalSetup: ['setup/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})

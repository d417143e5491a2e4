import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Two projects: fast unit tests (pure helpers and the Blocks components rendered with
// Vue's server renderer), and end-to-end tests against a real CMS and the built site in Chromium.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '~': here('./app'),
      '#shared': here('./shared'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One build of the site for every file; files run one at a time (each boots a CMS).
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          // Upper bounds for a busy two-core machine: tests wait on real state and go on as soon
          // as it is there (@clinic/testing BROWSER_WAIT_MS bounds each browser wait).
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})

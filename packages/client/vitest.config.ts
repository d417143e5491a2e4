import { defineConfig } from 'vitest/config'

// Two projects so the fast unit tests never wait for a CMS to boot (`pnpm test` runs both):
//   pnpm test:unit          unit + type tests (fake fetch, no server)
//   pnpm test:integration   against a real seeded Strapi booted in-process by @clinic/testing
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration.test.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration.test.ts'],
          // One Strapi at a time: it owns process listeners and a SQLite file.
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})

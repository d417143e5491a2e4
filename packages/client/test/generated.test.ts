import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generate } from '@graphql-codegen/cli'
import { expect, it } from 'vitest'
import config from '../codegen.js'

const root = fileURLToPath(new URL('..', import.meta.url))

// Generated code is committed; it must be what schema.graphql + src/operations give today.
// (That schema.graphql matches the CMS is checked on the CMS side, by print-schema.)
it('src/generated/graphql.ts is up to date with schema.graphql and the operations', async () => {
  const [output] = await generate({ ...config, cwd: root, silent: true }, false)
  const committed = readFileSync(new URL('../src/generated/graphql.ts', import.meta.url), 'utf8')
  expect(
    output.content === committed,
    'src/generated/graphql.ts is stale: run `pnpm --filter @clinic/client codegen` and commit the result',
  ).toBe(true)
}, 30_000)

// Builds the website once for all end-to-end files (about 40 s on two cores).
// WEB_E2E_SKIP_BUILD=1 reuses an existing .output (after `pnpm build`, when iterating on tests).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { cmsDir, webDir } from '@clinic/testing'

export default function setup(): void {
  if (!existsSync(join(cmsDir, 'dist'))) {
    throw new Error('The CMS is not built: run `pnpm --filter @clinic/cms build` before the website e2e tests.')
  }
  const output = join(webDir, '.output/server/index.mjs')
  if (process.env.WEB_E2E_SKIP_BUILD === '1' && existsSync(output)) return
  const result = spawnSync(process.execPath, [join(webDir, 'node_modules/nuxt/bin/nuxt.mjs'), 'build'], {
    cwd: webDir,
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`nuxt build failed (exit ${result.status})`)
}

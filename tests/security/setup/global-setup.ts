// One real stack for every probe file: the built CMS (`strapi start`, a child process on a
// throwaway SQLite file, seeded like a fresh install, with the demo Author and Editor) and the
// built website wired to it (webhook, preview, forms), exactly as `npm start` runs them. The
// probes only ever speak HTTP to these two servers.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { cmsDir, freePort, startCmsProcess, startWebProcess, webDir, type CmsProcess, type WebProcess } from '@clinic/testing'
import { stackSecrets, type StackInfo } from '../support/stack-info'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const [dir, what, build] of [
    [join(cmsDir, 'dist'), 'The CMS', '@clinic/cms'],
    [join(webDir, '.output/server/index.mjs'), 'The website', '@clinic/web'],
  ] as const) {
    if (!existsSync(dir)) throw new Error(`${what} is not built: run \`pnpm --filter ${build} build\` before the security suite.`)
  }

  const secrets = stackSecrets(() => randomBytes(24).toString('base64url'))
  const webPort = await freePort()
  const webUrl = `http://127.0.0.1:${webPort}`
  let cms: CmsProcess | undefined
  let web: WebProcess | undefined
  try {
    cms = await startCmsProcess({ env: { ...secrets.cms, WEB_URL: webUrl, WEB_PUBLIC_URL: webUrl } })
    web = await startWebProcess({ cmsUrl: cms.url, port: webPort, env: { ...secrets.web, NUXT_CMS_PUBLIC_URL: cms.url } })
  } catch (error) {
    await cms?.stop()
    cms?.cleanup()
    throw error
  }

  const info: StackInfo = { cmsUrl: cms.url, webUrl, ...secrets.known }
  project.provide('stack', info)

  return async () => {
    await web?.stop()
    await cms?.stop()
    cms?.cleanup()
  }
}

import { startCmsProcess, startWebProcess, freePort } from '@clinic/testing'
import { writeFileSync } from 'node:fs'
const cms = await startCmsProcess({ env: {} })
const web = await startWebProcess({ cmsUrl: cms.url })
console.log('CMS', cms.url, 'WEB', web.url ?? '')
writeFileSync('/tmp/probe-urls.json', JSON.stringify({ cms: cms.url, web: web.url }))
process.on('SIGTERM', async () => { await web.stop(); await cms.stop(); cms.cleanup(); process.exit(0) })
setInterval(() => {}, 1000)

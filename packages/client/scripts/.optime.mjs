import { createContentClient } from '@clinic/client'
import { startCmsProcess } from '@clinic/testing'
const cms = await startCmsProcess({ env: { WEB_URL: 'http://127.0.0.1:9' } })
try {
  const c = createContentClient({ endpoint: `${cms.url}/graphql` })
  const ts = []
  for (let i = 0; i < 300; i++) { const s = performance.now(); await c.getArticle('why-people-self-injure'); if (i >= 100) ts.push(performance.now() - s) }
  ts.sort((a, b) => a - b); console.log('getArticle p50', ts[100].toFixed(2), 'p90', ts[180].toFixed(2), 'p99', ts[198].toFixed(2))
} finally { await cms.stop(); cms.cleanup() }

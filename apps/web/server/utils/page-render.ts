// One render of a page for the page cache: an in-process request through the whole site
// (security headers, the other middleware, Vue or the server route) made with no visitor's
// headers, so what is stored cannot depend on who asked. server/middleware/0.pages.ts renders
// visitors' misses with it, server/utils/cache-invalidation.ts the pages it warms after a notice.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { prefetchPageEntry } from './page-prefetch'
import { pageVariantsOf, type PageVariants } from './page-variants'

export async function renderPage(url: string, method = 'GET'): Promise<PageVariants> {
  // Let the prefetch's query leave before the render takes this thread for several milliseconds:
  // undici writes on a reused keep-alive socket from a setImmediate of its own (it first checks
  // that the CMS has not closed it), queued after ours, so wait for the turn after that.
  if (prefetchPageEntry(url)) for (let turn = 0; turn < 2; turn++) await nextTurn()
  const response = await useNitroApp().localFetch(url, { method, headers: { accept: 'text/html' } })
  return pageVariantsOf({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  })
}

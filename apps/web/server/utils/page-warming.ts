// Rendering the most visited pages again right after a change notice, before visitors ask.
//
// A notice makes every cached page old (server/utils/cache-invalidation.ts), and the first
// visitor of each page then waits for a render: a CMS read and Vue, ~30–40 ms here, more on a
// busy machine. The pages visitors read most are few (the home page, the article list, the newest
// articles), so this instance renders those again at once, one after another in the background,
// and their next visitors get cached pages. A visitor who arrives while one renders joins that
// render (page-cache.ts). Pages stored in Redis serve every instance, so only the instance that
// took the notice warms. A newer notice stops a warming still under way and starts its own.
import { LRUCache } from 'lru-cache'
import type { PageRequest } from './page-routes'
import { renderForCache } from './page-cache'
import { renderPage } from './page-render'

/** Canonical URLs of shared pages visitors read lately, with how often (the most recent 200). */
const visits = new LRUCache<string, { count: number }>({ max: 200 })
let warming = 0

/** Counts a visit of a page every visitor may have (not one visitor's ?form= page, not a search). */
export function noteVisit(page: Pick<PageRequest, 'url' | 'formToken' | 'route'>): void {
  if (page.formToken || page.route.rateLimited) return
  const seen = visits.get(page.url)
  if (seen) seen.count++
  else visits.set(page.url, { count: 1 })
}

/** The pages to render again after a notice, the most visited first (NUXT_WARM_PAGES of them, 30: ~1–2 s of rendering). */
export function pagesToWarm(): string[] {
  const count = Number(useRuntimeConfig().warmPages) || 0
  return [...visits.entries()]
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, Math.max(0, count))
    .map(([url]) => url)
}

/** Renders pagesToWarm() again in the background; `reason` goes into the log line at the end. */
export function warmPages(reason: string): void {
  const run = ++warming
  const urls = pagesToWarm()
  if (!urls.length) return
  void (async () => {
    const started = performance.now()
    let done = 0
    for (const url of urls) {
      if (run !== warming) return // a newer notice warms with its own version
      try {
        await renderForCache(url, () => renderPage(url))
        done++
      } catch (error) {
        console.warn(`[page-cache] warming ${url} failed: ${(error as Error).message}`)
      }
    }
    console.info(`[page-cache] after ${reason}: ${done} pages rendered again in ${(performance.now() - started).toFixed(0)} ms (${urls.join(' ')})`)
  })()
}

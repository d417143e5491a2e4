// Cached pages, answered before the rest of Nitro's request handling.
//
// server/middleware/0.pages.ts is the path every page takes (canonical URL, render, store, send).
// A hit on it still pays for what Nitro does for every request before any middleware runs (its
// request hooks, route rules, the static-file lookup): measured with wrk here, that was about 5x
// the cost of the hit itself (≈100 µs against ≈20 µs of CPU per request; apps/web/README.md has the
// figures). So a fresh cached page at its canonical URL that this instance holds in memory
// (freshCopy(), page-cache.ts) is answered here with the same sendPage(), and so the same bytes and
// headers; everything else (misses, pages only in storage, redirects, stale pages, one visitor's
// ?form= page, in-process requests) goes on to Nitro.
// So do rate-limited routes (searches): their limit is taken in 0.pages.ts before the cache, and a
// 429 needs Nitro's error page; answering them here would serve searches past the limit.
import { defineEventHandler } from 'h3'
import type { PageRequest } from '../utils/page-routes'

/**
 * Request URLs seen lately, each with its page when it is one page-hits.ts may answer (a canonical
 * URL, no ?form= token, not rate-limited), else null: a hit then skips parsing its URL. Bounded,
 * so URLs nobody asks twice only ever fill it up to a clear.
 */
const answerable = new Map<string, PageRequest | null>()

function answerablePage(url: string): PageRequest | null {
  let page = answerable.get(url)
  if (page === undefined) {
    const request = pageRequestOf(url)
    page = request && request.url === url && !request.formToken && !request.route.rateLimited ? request : null
    if (answerable.size >= 1000) answerable.clear()
    answerable.set(url, page)
  }
  return page
}

export default defineNitroPlugin((nitroApp) => {
  const handleRequest = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler((event) => {
    const { req } = event.node
    // Synchronous on purpose: a hit waits for nothing, and allocates no promise.
    const page = (req.method === 'GET' || req.method === 'HEAD') && !('__unenv__' in req) ? answerablePage(req.url ?? '/') : null
    const cached = page && freshCopy(page.url)
    if (!page || !cached) return handleRequest(event)
    noteVisit(page)
    sendPage(event, cached)
  })
})

// Cached pages, answered before the rest of Nitro's request handling.
//
// server/middleware/0.pages.ts is the path every page takes (canonical URL, render, store, send).
// A hit on it still pays for what Nitro does for every request before any middleware runs (its
// request hooks, route rules, the static-file lookup): measured with wrk here, that was about 5x
// the cost of the hit itself (≈100 µs against ≈20 µs of CPU per request; apps/web/README.md has the
// figures). So a fresh cached page at its canonical URL is answered here, with the same
// cachedPage() and sendPage() and so the same bytes and headers; everything else (misses,
// redirects, stale pages, one visitor's ?form= page, in-process requests) goes on to Nitro.
// So do rate-limited routes (searches): their limit is taken in 0.pages.ts before the cache, and a
// 429 needs Nitro's error page; answering them here would serve searches past the limit.
import { defineEventHandler } from 'h3'

export default defineNitroPlugin((nitroApp) => {
  const handleRequest = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler(async (event) => {
    const { req } = event.node
    if ((req.method === 'GET' || req.method === 'HEAD') && !('__unenv__' in req)) {
      const page = pageRequestOf(req.url ?? '/')
      const cached = page && page.url === req.url && !page.formToken && !page.route.rateLimited ? await cachedPage(page.url) : undefined
      if (page && cached && !isStale(cached)) {
        noteVisit(page)
        return sendPage(event, cached)
      }
    }
    return handleRequest(event)
  })
})

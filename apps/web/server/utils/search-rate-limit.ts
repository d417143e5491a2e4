// Searches are bounded per visitor address: SEARCH_LIMITS.perMinute a minute (NUXT_SEARCH_RATE_LIMIT
// overrides), counted in the `rate-limits` storage (Redis with several instances), cached answers
// included. Over the limit: 429 with Retry-After and a page saying when to try again.
//
// Applied by server/middleware/0.pages.ts to the routes marked `rateLimited` (page-routes.ts),
// before the page cache: a Nitro middleware of its own would run after 0.pages.ts has already
// sent the cached page, and page-hits.ts answers fresh hits before any middleware at all (so it
// leaves these routes to 0.pages.ts).
import { randomUUID } from 'node:crypto'
import type { H3Event } from 'h3'
import { SEARCH_LIMITS } from '#shared/search/limits'
import type { PageRequest } from './page-routes'

export async function enforceSearchRateLimit(event: H3Event, page: PageRequest): Promise<void> {
  // Only an actual search counts (the empty search page is a form).
  if (!/[?&]q=/.test(page.url)) return
  const max = Number(useRuntimeConfig(event).searchRateLimit) || SEARCH_LIMITS.perMinute
  // The counts live in shared storage (Redis with several instances). While it cannot be reached
  // (an instance just started, or Redis down) searches are not counted rather than refused: a
  // search only reads published content, and a 500 would turn a visitor away for nothing.
  const result = await takeRateLimit('search', visitorAddress(event), randomUUID(), { max, windowSeconds: 60 }).catch((error: Error) => {
    console.warn(`[search] rate-limit storage unreachable, search not counted: ${error.message}`)
    return undefined
  })
  if (result && !result.allowed) {
    setResponseHeader(event, 'Retry-After', result.retryAfterSeconds)
    throw createError({ statusCode: 429, statusMessage: 'Too many searches', data: { retryAfterSeconds: result.retryAfterSeconds } })
  }
}

// Searches are bounded per visitor address: SEARCH_LIMITS.perMinute a minute (NUXT_SEARCH_RATE_LIMIT
// overrides), counted in the `rate-limits` storage (Redis with several instances), cached answers
// included. Over the limit: 429 with Retry-After and a page saying when to try again.
// The results API itself is for the page's in-process render only.
import { randomUUID } from 'node:crypto'
import { SEARCH_LIMITS } from '#shared/search/limits'
import { PAGE_PATHS } from '#shared/i18n'

const SEARCH_PAGES = new Set<string>(Object.values(PAGE_PATHS.search))

export default defineEventHandler(async (event) => {
  const inProcess = '__unenv__' in event.node.req
  if (event.path === '/api/search' || event.path.startsWith('/api/search?')) {
    if (!inProcess) throw createError({ statusCode: 404, statusMessage: 'Not found' })
    return
  }
  if (inProcess || (event.method !== 'GET' && event.method !== 'HEAD')) return
  const [path] = event.path.split('?', 1) as [string]
  if (!SEARCH_PAGES.has(path) || !getQuery(event).q) return
  const max = Number(useRuntimeConfig(event).searchRateLimit) || SEARCH_LIMITS.perMinute
  const result = await takeRateLimit('search', visitorAddress(event), randomUUID(), { max, windowSeconds: 60 })
  if (!result.allowed) {
    setResponseHeader(event, 'Retry-After', result.retryAfterSeconds)
    throw createError({ statusCode: 429, statusMessage: 'Too many searches', data: { retryAfterSeconds: result.retryAfterSeconds } })
  }
})

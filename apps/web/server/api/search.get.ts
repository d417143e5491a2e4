// The search page's results (in-process only: from outside this answers 404, see
// server/middleware/search-guard.ts; visitors search through /search and /fr/recherche).
import { isCrisisQuery } from '#shared/search/crisis'
import { normaliseQuery, SEARCH_LIMITS } from '#shared/search/limits'

export default defineEventHandler(async (event) => {
  const locale = localeQuery(event)
  const { q, page: rawPage } = getQuery(event)
  const query = normaliseQuery(typeof q === 'string' ? q : '')
  const page = rawPage === undefined || rawPage === '' ? 1 : Number(rawPage)
  if (query.length > SEARCH_LIMITS.maxQueryLength) {
    throw createError({ statusCode: 400, statusMessage: `The search is too long: at most ${SEARCH_LIMITS.maxQueryLength} characters` })
  }
  if (!Number.isInteger(page) || page < 1 || page > SEARCH_LIMITS.maxPage) {
    throw createError({ statusCode: 400, statusMessage: `page must be a whole number from 1 to ${SEARCH_LIMITS.maxPage}` })
  }
  const crisis = isCrisisQuery(query)
  if (!query) return { query, crisis, total: 0, page, pageCount: 0, hits: [] }
  const answer = await readContent(() => searchSite(event, query, locale, page, SEARCH_LIMITS.pageSize))
  return { query, crisis, ...answer }
})

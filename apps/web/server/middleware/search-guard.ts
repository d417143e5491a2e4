// The search results API is for the search page's in-process render only (404 from outside).
// The per-visitor search limit is applied in the page path: server/utils/search-rate-limit.ts.
export default defineEventHandler((event) => {
  if (event.path !== '/api/search' && !event.path.startsWith('/api/search?')) return
  if (!('__unenv__' in event.node.req)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
})

// GET /api/content/articles?page=2&topic=anxiety&locale=fr → one page of published articles in that language.
const PAGE_SIZE = 9

export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const page = query.page === undefined ? 1 : Number(query.page)
  if (!Number.isInteger(page) || page < 1 || page > 1000) {
    throw createError({ statusCode: 400, statusMessage: 'page must be a whole number from 1' })
  }
  const topic = query.topic === undefined || query.topic === '' ? undefined : query.topic
  if (topic !== undefined && !isValidSlug(topic)) throw notFound('Topic')
  const locale = localeQuery(event)
  return readContent(() => listArticles(page, PAGE_SIZE, topic, locale))
})

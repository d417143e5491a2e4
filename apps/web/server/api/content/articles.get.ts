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
  // Unknown topics and pages past the end are answered from entries that exist anyway (the topic
  // list, the first page), so made-up values cannot each fill a cache entry.
  if (topic !== undefined && !(await readContent(() => listTopics(locale))).some((known) => known.slug === topic)) throw notFound('Topic')
  if (page > 1 && page > (await readContent(() => listArticles(1, PAGE_SIZE, topic, locale))).pageCount) throw notFound('Page')
  return readContent(() => listArticles(page, PAGE_SIZE, topic, locale))
})

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const article = await readContent(() => getArticle(slug))
  if (!article) throw notFound('Article')
  return article
})

// GET /api/content/comments/<article slug> → the comments staff approved, oldest first.
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const locale = localeQuery(event)
  const comments = await readContent(() => listApprovedComments(slug, locale))
  if (!comments) throw notFound('Article')
  return comments
})

// GET /api/content/comments/<article slug> → the comments staff approved, oldest first.
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  // The page reads the article at the same moment: this joins that read, it does not repeat it.
  if (!(await readContent(() => getArticle(slug)))) throw notFound('Article')
  return readContent(() => listApprovedComments(slug))
})

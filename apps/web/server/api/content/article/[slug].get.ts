export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const preview = event.context.preview
  const article = await readContent(() => (preview ? usePreviewClient(preview).getArticle(slug, { status: preview.status }) : getArticle(slug)))
  if (!article) throw notFound('Article')
  return article
})

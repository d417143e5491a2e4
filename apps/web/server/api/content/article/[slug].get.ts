export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so). A preview reads the
  // language of the page it opens.
  const article = await readContent(() =>
    preview
      ? usePreviewClient(preview).getArticle(slug, { status: preview.status, locale })
      : withFallback(locale, (language) => getArticle(slug, language)),
  )
  if (!article) throw notFound('Article')
  return article
})

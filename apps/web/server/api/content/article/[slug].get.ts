export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so); a preview reads the
  // language its signed link names.
  const article = await readContent(() =>
    preview
      ? usePreviewClient(preview).getArticle(slug, { status: preview.status, locale: preview.locale ?? locale })
      : withFallback(locale, (language) => getArticle(slug, language)),
  )
  if (!article) throw notFound('Article')
  return article
})

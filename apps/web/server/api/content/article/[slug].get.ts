export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Article')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the English entry (the page says so); previews read the language asked.
  const article = await readContent(() =>
    preview ? usePreviewClient().getArticle(slug, { ...preview, locale }) : withFallback(locale, (language) => getArticle(slug, language)),
  )
  if (!article) throw notFound('Article')
  return article
})

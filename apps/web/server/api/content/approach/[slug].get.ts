export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the English entry (the page says so); previews read the language asked.
  const approach = await readContent(() =>
    preview ? usePreviewClient().getApproach(slug, { ...preview, locale }) : withFallback(locale, (language) => getApproach(slug, language)),
  )
  if (!approach) throw notFound('Approach')
  return approach
})

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so). A preview reads the
  // language of the page it opens.
  const approach = await readContent(() =>
    preview
      ? usePreviewClient(preview).getApproach(slug, { status: preview.status, locale })
      : withFallback(locale, (language) => getApproach(slug, language)),
  )
  if (!approach) throw notFound('Approach')
  return approach
})

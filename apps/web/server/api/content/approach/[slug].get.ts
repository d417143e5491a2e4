export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so); a preview reads the
  // language its signed link names.
  const approach = await readContent(() =>
    preview
      ? usePreviewClient(preview).getApproach(slug, { status: preview.status, locale: preview.locale ?? locale })
      : withFallback(locale, (language) => getApproach(slug, language)),
  )
  if (!approach) throw notFound('Approach')
  return approach
})

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so). A preview reads the
  // language of the page it opens.
  const therapist = await readContent(() =>
    preview
      ? usePreviewClient(preview).getTherapist(slug, { status: preview.status, locale })
      : withFallback(locale, (language) => getTherapist(slug, language)),
  )
  if (!therapist) throw notFound('Therapist')
  return therapist
})

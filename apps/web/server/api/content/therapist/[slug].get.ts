export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the other language's entry (the page says so); a preview reads the
  // language its signed link names.
  const therapist = await readContent(() =>
    preview
      ? usePreviewClient(preview).getTherapist(slug, { status: preview.status, locale: preview.locale ?? locale })
      : withFallback(locale, (language) => getTherapist(slug, language)),
  )
  if (!therapist) throw notFound('Therapist')
  return therapist
})

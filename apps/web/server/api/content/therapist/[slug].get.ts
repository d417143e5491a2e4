export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const preview = event.context.preview
  const locale = localeQuery(event)
  // Not translated yet: the English entry (the page says so); previews read the language asked.
  const therapist = await readContent(() =>
    preview ? usePreviewClient().getTherapist(slug, { ...preview, locale }) : withFallback(locale, (language) => getTherapist(slug, language)),
  )
  if (!therapist) throw notFound('Therapist')
  return therapist
})

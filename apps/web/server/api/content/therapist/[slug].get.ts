export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const preview = event.context.preview
  const therapist = await readContent(() => (preview ? usePreviewClient().getTherapist(slug, preview) : getTherapist(slug)))
  if (!therapist) throw notFound('Therapist')
  return therapist
})

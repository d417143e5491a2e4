export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const preview = event.context.preview
  const therapist = await readContent(() => (preview ? usePreviewClient(preview).getTherapist(slug, { status: preview.status }) : getTherapist(slug)))
  if (!therapist) throw notFound('Therapist')
  return therapist
})

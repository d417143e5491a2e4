export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const preview = event.context.preview
  const approach = await readContent(() => (preview ? usePreviewClient(preview).getApproach(slug, { status: preview.status }) : getApproach(slug)))
  if (!approach) throw notFound('Approach')
  return approach
})

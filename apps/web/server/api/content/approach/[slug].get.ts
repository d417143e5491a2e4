export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const preview = event.context.preview
  const approach = await readContent(() => (preview ? usePreviewClient().getApproach(slug, preview) : getApproach(slug)))
  if (!approach) throw notFound('Approach')
  return approach
})

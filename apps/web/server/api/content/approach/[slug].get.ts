export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Approach')
  const approach = await readContent(() => getApproach(slug))
  if (!approach) throw notFound('Approach')
  return approach
})

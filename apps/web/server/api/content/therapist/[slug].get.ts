export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!isValidSlug(slug)) throw notFound('Therapist')
  const therapist = await readContent(() => getTherapist(slug))
  if (!therapist) throw notFound('Therapist')
  return therapist
})

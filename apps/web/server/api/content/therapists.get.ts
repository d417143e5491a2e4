export default defineEventHandler((event) => {
  const locale = localeQuery(event)
  return readContent(() => listTherapists(locale))
})

export default defineEventHandler((event) => {
  const locale = localeQuery(event)
  return readContent(() => listApproaches(locale))
})

// The clinic details in the page's language; French falls back to English until it is filled in.
export default defineEventHandler((event) => {
  const locale = localeQuery(event)
  return readContent(() => withFallback(locale, getClinic))
})

import { entryLanguage, localeOfPath, pathsFor, type SiteLocale } from '#shared/i18n'

/**
 * The language of this page, from its address only (/fr… is French): never from a header or a
 * cookie, so the cached copy of a page is right for every visitor. Pages render on the server
 * only; the request URL is also right on error pages and previews.
 */
export function useLocale(): SiteLocale {
  return localeOfPath(usePagePath())
}

/** The path of the page being rendered (also for error pages, which Nuxt renders through /__nuxt_error?url=…). */
export function usePagePath(): string {
  if (!import.meta.server) return useRoute().path
  const url = useRequestURL()
  if (url.pathname === '/__nuxt_error') return new URL(url.searchParams.get('url') ?? '/', url).pathname
  return url.pathname
}

/** Links in this page's language: `to.page('contact')`, `to.entry('article', slug)`. */
export function useLocalePaths() {
  return pathsFor(useLocale())
}

/**
 * The language an entry is shown in, when it is not this page's: an entry not translated yet comes
 * in English with a note (its text gets `lang="en"`, its links go to the English pages).
 */
export function useFallbackLocale(entry: { locale?: string | null }): SiteLocale | undefined {
  return entryLanguage(entry.locale, useLocale())
}

// GET /api/content/alternates?path=/fr/articles/<slug> → this page in each language:
//   { links: { en: '/articles/<slug-en>', fr: '/fr/articles/<slug>' }, translated: true }
// `translated` is false when one side would only show the other language's text (an entry not
// translated yet): the language link still goes there, but no hreflang pair is claimed.
import { entryPath, matchPage, otherLocale, PAGE_PATHS, type EntryKind, type SiteLocale } from '#shared/i18n'

type Entry = { slug: string; locale?: string | null; localizations: { locale: string | null; slug: string }[] } | null

const readers: Record<EntryKind, (slug: string, locale: SiteLocale) => Promise<Entry>> = {
  article: (slug, locale) => getArticle(slug, locale),
  therapist: (slug, locale) => getTherapist(slug, locale),
  approach: (slug, locale) => getApproach(slug, locale),
}

export default defineEventHandler(async (event) => {
  const path = getQuery(event).path
  const match = typeof path === 'string' ? matchPage(path) : null
  if (!match) throw notFound('Page')
  const { locale } = match
  const other = otherLocale(locale)
  if (!match.entry) return { links: { [locale]: PAGE_PATHS[match.page][locale], [other]: PAGE_PATHS[match.page][other] }, translated: true }

  const { kind, slug } = match.entry
  if (!isValidSlug(slug)) throw notFound('Page')
  const entry = await readContent(() => withFallback(locale, (language) => readers[kind](slug, language)))
  if (!entry) throw notFound('Page')
  const here = entryPath(kind, slug, locale)
  // Shown here in the other language (not translated yet): the other side is the real page.
  if (entry.locale && entry.locale !== locale) return { links: { [locale]: here, [other]: entryPath(kind, entry.slug, other) }, translated: false }
  const translation = entry.localizations.find((item) => item.locale === other)
  return {
    links: { [locale]: here, [other]: entryPath(kind, translation?.slug ?? slug, other) },
    // No translation: the other language's address shows this text with a note (withFallback).
    translated: Boolean(translation),
  }
})

// /sitemap.xml: every page in both languages, each with its xhtml:link alternates (hreflang en-CA,
// fr-CA and x-default) when it exists in both; entries not translated yet are listed once.
import { entryPath, LANGUAGE_TAGS, PAGE_PATHS, SITE_LOCALES, type EntryKind, type PageName, type SiteLocale } from '#shared/i18n'

type Indexable = { slug: string; documentId: string; locale?: string | null; updatedAt?: string | null; publishedAt?: string | null; seo?: { noIndex?: boolean | null } | null }
const indexable = (entry: Indexable) => !entry.seo?.noIndex
const STATIC_PAGES: PageName[] = ['home', 'articles', 'therapists', 'approaches', 'getHelp', 'contact', 'privacy', 'accessibility']

interface Url {
  path: string
  lastmod?: string
  /** The same page in each language (only when it exists in both). */
  alternates?: Record<SiteLocale, string>
}

/** One URL per entry and language; translated entries (same documentId) point at each other. */
function entryUrls(kind: EntryKind, lists: Record<SiteLocale, Indexable[]>): Url[] {
  const byDocument = new Map<string, Partial<Record<SiteLocale, Indexable>>>()
  for (const locale of SITE_LOCALES) {
    // Lists fall back to English entries; only those written in this language count here.
    for (const entry of lists[locale].filter((item) => (item.locale ?? locale) === locale)) {
      byDocument.set(entry.documentId, { ...byDocument.get(entry.documentId), [locale]: entry })
    }
  }
  const urls: Url[] = []
  for (const versions of byDocument.values()) {
    const paths = Object.fromEntries(SITE_LOCALES.flatMap((locale) => (versions[locale] ? [[locale, entryPath(kind, versions[locale]!.slug, locale)]] : []))) as Record<SiteLocale, string>
    const both = SITE_LOCALES.every((locale) => paths[locale])
    for (const locale of SITE_LOCALES) {
      const entry = versions[locale]
      // Pages staff marked "no index" (SEO component) carry a robots noindex: leave them out here too.
      if (entry && indexable(entry)) urls.push({ path: paths[locale], lastmod: entry.updatedAt ?? entry.publishedAt ?? undefined, alternates: both ? paths : undefined })
    }
  }
  return urls
}

function urlXml({ path, lastmod, alternates }: Url): string {
  const date = isoDate(lastmod)
  const links = alternates
    ? [
        ...SITE_LOCALES.map((locale) => `<xhtml:link rel="alternate" hreflang="${LANGUAGE_TAGS[locale]}" href="${xmlEscape(siteUrl(alternates[locale]))}"/>`),
        `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(siteUrl(alternates.en))}"/>`,
      ].join('')
    : ''
  return `  <url><loc>${xmlEscape(siteUrl(path))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}${links}</url>`
}

export default defineEventHandler(async (event) => {
  const [articlesEn, articlesFr, therapistsEn, therapistsFr, approachesEn, approachesFr] = await readContent(() =>
    Promise.all([listAllArticles('en'), listAllArticles('fr'), listTherapists('en'), listTherapists('fr'), listApproaches('en'), listApproaches('fr')]),
  )

  const urls: Url[] = [
    ...STATIC_PAGES.flatMap((page) => SITE_LOCALES.map((locale) => ({ path: PAGE_PATHS[page][locale], alternates: PAGE_PATHS[page] }))),
    ...entryUrls('article', { en: articlesEn, fr: articlesFr }),
    ...entryUrls('therapist', { en: therapistsEn, fr: therapistsFr }),
    ...entryUrls('approach', { en: approachesEn, fr: approachesFr }),
  ]

  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.map(urlXml).join('\n')}\n</urlset>\n`
})

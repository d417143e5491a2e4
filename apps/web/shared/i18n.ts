// The site's two languages and their addresses. English lives at the root, French under /fr with
// French path names. The language of a page comes from its path alone (never from a header or a
// cookie), so a cached page is the same for everyone who asks for that address.
//
// Page names → paths, per language. Entry pages add the entry's slug, which is per language too
// (the CMS gives each entry's slug in the other language: `localizations`).

export type SiteLocale = 'en' | 'fr'
export const SITE_LOCALES: readonly SiteLocale[] = ['en', 'fr']
export const DEFAULT_LOCALE: SiteLocale = 'en'

/** BCP 47 tags for <html lang>, hreflang, Intl and JSON-LD inLanguage. */
export const LANGUAGE_TAGS: Record<SiteLocale, string> = { en: 'en-CA', fr: 'fr-CA' }

export const PAGE_PATHS = {
  home: { en: '/', fr: '/fr' },
  articles: { en: '/articles', fr: '/fr/articles' },
  therapists: { en: '/therapists', fr: '/fr/therapeutes' },
  approaches: { en: '/approaches', fr: '/fr/approches' },
  contact: { en: '/contact', fr: '/fr/contact' },
  getHelp: { en: '/get-help', fr: '/fr/aide' },
  privacy: { en: '/privacy', fr: '/fr/confidentialite' },
  accessibility: { en: '/accessibility', fr: '/fr/accessibilite' },
  search: { en: '/search', fr: '/fr/recherche' },
  rss: { en: '/rss.xml', fr: '/fr/rss.xml' },
} as const satisfies Record<string, Record<SiteLocale, string>>

export type PageName = keyof typeof PAGE_PATHS
/** Pages that show one CMS entry, under their list page. */
export type EntryKind = 'article' | 'therapist' | 'approach'
const ENTRY_LIST: Record<EntryKind, PageName> = { article: 'articles', therapist: 'therapists', approach: 'approaches' }

export function isSiteLocale(value: unknown): value is SiteLocale {
  return value === 'en' || value === 'fr'
}

/** The address of a page in a language. */
export function pagePath(page: PageName, locale: SiteLocale): string {
  return PAGE_PATHS[page][locale]
}

/** The address of an entry's page in a language (its slug in that language). */
export function entryPath(kind: EntryKind, slug: string, locale: SiteLocale): string {
  return `${PAGE_PATHS[ENTRY_LIST[kind]][locale]}/${slug}`
}

/** /__preview is the draft-preview copy of a page (server/utils/preview.ts): same language rules. */
function withoutPreview(path: string): string {
  return path.replace(/^\/__preview(?=\/|$)/, '') || '/'
}

/** The language of a path: French under /fr, English everywhere else. */
export function localeOfPath(path: string): SiteLocale {
  const bare = withoutPreview(path.split(/[?#]/, 1)[0] ?? '/')
  return bare === '/fr' || bare.startsWith('/fr/') ? 'fr' : 'en'
}

export interface PageMatch {
  locale: SiteLocale
  page: PageName
  /** For entry pages: which kind, and the slug in the path. */
  entry?: { kind: EntryKind; slug: string }
}

/** Which page a path is (in which language), or null when it is none of the site's pages. */
export function matchPage(path: string): PageMatch | null {
  const bare = withoutPreview(path.split(/[?#]/, 1)[0] ?? '/').replace(/(.)\/+$/, '$1')
  for (const locale of SITE_LOCALES) {
    for (const [page, paths] of Object.entries(PAGE_PATHS) as [PageName, Record<SiteLocale, string>][]) {
      if (bare === paths[locale]) return { locale, page }
    }
    for (const [kind, list] of Object.entries(ENTRY_LIST) as [EntryKind, PageName][]) {
      const prefix = `${PAGE_PATHS[list][locale]}/`
      const slug = bare.startsWith(prefix) ? bare.slice(prefix.length) : ''
      if (slug && !slug.includes('/')) return { locale, page: list, entry: { kind, slug } }
    }
  }
  return null
}

/**
 * The language of an entry shown on a page of another language (not translated yet), for its `lang`
 * attribute; undefined when it is in the page's language.
 */
export function entryLanguage(entryLocale: string | null | undefined, pageLocale: SiteLocale): SiteLocale | undefined {
  return isSiteLocale(entryLocale) && entryLocale !== pageLocale ? entryLocale : undefined
}

/** The other language. */
export function otherLocale(locale: SiteLocale): SiteLocale {
  return locale === 'en' ? 'fr' : 'en'
}

/** Links in one language: `paths.page('contact')`, `paths.entry('article', slug)`. */
export function pathsFor(locale: SiteLocale) {
  return {
    locale,
    page: (page: PageName) => pagePath(page, locale),
    entry: (kind: EntryKind, slug: string) => entryPath(kind, slug, locale),
  }
}

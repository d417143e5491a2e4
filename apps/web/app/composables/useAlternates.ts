import { FINDER_PARAMETERS } from '#shared/finder'
import { LANGUAGE_TAGS, matchPage, otherLocale, PAGE_PATHS, SITE_LOCALES, type SiteLocale } from '#shared/i18n'

export interface Alternates {
  links: Record<SiteLocale, string>
  /** Both addresses show the page in their own language (hreflang pair); false while one is untranslated. */
  translated: boolean
}

/**
 * This page in both languages: the address of the language link (every page has one), and the
 * hreflang alternates with x-default (English) when the page exists in both. Entry pages ask the
 * server (their slug differs per language); others come from the path table. An unknown page
 * (404) links to the other language's home page.
 */
export async function useAlternates(): Promise<Alternates> {
  // Everything that needs the Nuxt context is read before the await (a composable's own await
  // is not wrapped like a page's <script setup> is).
  const path = usePagePath()
  const locale = useLocale()
  const siteUrl = useSiteUrl()
  const preview = useDraftPreview()
  // A list page filtered or paged (?topic=, ?page=, the finder's filters) is not the page its
  // canonical address names: no hreflang claimed for it (a canonical listed among the hreflang
  // alternates of another address is a conflict search engines ignore).
  const exact = !Object.keys(useRoute().query).some((key) => key === 'topic' || key === 'page' || (FINDER_PARAMETERS as readonly string[]).includes(key))
  const head = useHead({})
  const match = matchPage(path)
  const other = otherLocale(locale)
  const home = { links: { [locale]: PAGE_PATHS.home[locale], [other]: PAGE_PATHS.home[other] } as Record<SiteLocale, string>, translated: false }
  let alternates: Alternates = home
  if (match && !match.entry) {
    alternates = { links: { en: PAGE_PATHS[match.page].en, fr: PAGE_PATHS[match.page].fr }, translated: true }
  } else if (match) {
    alternates = (await useOptionalContent<Alternates>(`/api/content/alternates?path=${encodeURIComponent(path)}`)) ?? home
  }
  if (alternates.translated && exact && !preview) {
    head.patch({
      link: [
        ...SITE_LOCALES.map((language) => ({ key: `alternate-${language}`, rel: 'alternate' as const, hreflang: LANGUAGE_TAGS[language], href: `${siteUrl}${alternates.links[language]}` })),
        { key: 'alternate-x-default', rel: 'alternate' as const, hreflang: 'x-default', href: `${siteUrl}${alternates.links.en}` },
      ],
    })
  }
  return alternates
}

// A cold render of an entry's page (an article, a therapist, an approach) waits on the CMS for that
// entry, but the render only asks ~5 ms in: Nuxt first builds the app, runs its plugins and
// resolves the route. Asked as the render begins, the CMS works on it meanwhile (on another core),
// and the page's own read joins it: the same cached function with the same key
// (server/utils/content.ts), and Nitro shares a read under way per key. Nothing is read that the
// render would not read: a made-up slug costs the one CMS query its 404 costs anyway. Drafts are
// never read here: previews are rendered apart (server/utils/preview-page.ts), not through renderPage.
import { matchPage, type EntryKind, type SiteLocale } from '#shared/i18n'
import { isValidSlug } from '#shared/utils/format'
import { getApproach, getArticle, getTherapist } from './content'

const ENTRY_READS: Record<EntryKind, (slug: string, locale: SiteLocale) => Promise<unknown>> = {
  article: getArticle,
  therapist: getTherapist,
  approach: getApproach,
}

/** Starts the CMS read of the entry a page URL shows, if it shows one: true when it did. */
export function prefetchPageEntry(url: string): boolean {
  const match = matchPage(url)
  // The page's API route answers 404 to anything else without asking the CMS: so does this.
  if (!match?.entry || !isValidSlug(match.entry.slug)) return false
  // A failure is the page's own read's to report (it joins this one and gets the same error).
  ENTRY_READS[match.entry.kind](match.entry.slug, match.locale).catch(() => {})
  return true
}

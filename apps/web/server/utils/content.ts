// Cached reads of the CMS. Each function keeps its answer in the Nitro `cache` storage (the same
// mount as the pages), keyed by the version of its scope (server/utils/content-version.ts): a read
// that began before a change notice is never used, or joined, after it. The clinic details and the
// comments have scopes of their own, so an article publish keeps them. Stale-while-revalidate: an expired
// answer is served at once and refreshed in the background; if the refresh fails (CMS down) the
// stale answer stays, so a page that was ever rendered can be rendered again.
import { ContentClientError } from '@clinic/client'
import type { H3Error, H3Event } from 'h3'
import { DEFAULT_LOCALE, isSiteLocale, type SiteLocale } from '#shared/i18n'
import { contentVersion, scopeOfAnswer } from './content-version'

const CONTENT_TTL_SECONDS = 300

function cached<Args extends unknown[], Result>(
  name: string,
  fn: (...args: Args) => Promise<Result>,
  getKey: (...args: Args) => string,
) {
  const scope = scopeOfAnswer(name)
  return defineCachedFunction(fn, {
    name,
    group: 'content',
    maxAge: CONTENT_TTL_SECONDS,
    swr: true,
    getKey: (...args: Args) => `${contentVersion(scope)}.${getKey(...args)}`,
  })
}

/**
 * One entry by slug in a language. A slug the CMS does not have (null) is not stored, so made-up
 * slugs cannot fill the cache. No stale-while-revalidate: once expired, an entry that has gone
 * (unpublished while the webhook was missed) must not be served stale forever because "gone" is
 * not stored.
 */
function cachedBySlug<Result>(name: string, fn: (slug: string, locale: SiteLocale) => Promise<Result | null>) {
  const scope = scopeOfAnswer(name)
  return defineCachedFunction((slug: string, locale: SiteLocale = 'en') => fn(slug, locale), {
    name,
    group: 'content',
    maxAge: CONTENT_TTL_SECONDS,
    swr: false,
    getKey: (slug: string, locale: SiteLocale = 'en') => `${contentVersion(scope)}.${locale}.${slug}`,
    validate: (entry) => entry.value !== undefined && entry.value !== null,
  })
}

export const getClinic = cached('clinic', (locale: SiteLocale) => useContentClient().getClinic({ locale }), (locale) => locale)

export const listArticles = cached(
  'articles',
  (page: number, pageSize: number, topic: string | undefined, locale: SiteLocale = 'en') => useContentClient().listArticles({ page, pageSize, topic, locale }),
  (page, pageSize, topic, locale = 'en') => `${locale}.${topic ?? '_all'}.${page}.${pageSize}`,
)

export const getArticle = cachedBySlug('article', (slug, locale) => useContentClient().getArticle(slug, { locale }))

const listTherapistsIn = cached('therapists', (locale: SiteLocale) => useContentClient().listTherapists({ locale }), (locale) => locale)

export const getTherapist = cachedBySlug('therapist', (slug, locale) => useContentClient().getTherapist(slug, { locale }))

const listApproachesIn = cached('approaches', (locale: SiteLocale) => useContentClient().listApproaches({ locale }), (locale) => locale)

export const getApproach = cachedBySlug('approach', (slug, locale) => useContentClient().getApproach(slug, { locale }))

export const listTopics = cached('topics', (locale: SiteLocale = 'en') => useContentClient().listTopics({ locale }), (locale = 'en') => locale)

/**
 * Approved comments only (the CMS filters them); read again when staff approve or remove one.
 * Read next to the article (the page reads it at the same moment: one CMS query for both), and
 * null for an article the CMS does not have, so an unknown slug leaves no entry behind.
 */
export const listApprovedComments = cachedBySlug('comments', async (slug, locale) => {
  const [article, comments] = await Promise.all([getArticle(slug, locale), useContentClient().listApprovedComments(slug, { locale })])
  return article ? comments : null
})

type Listed = { documentId: string; locale?: string | null; localizations: { locale: string | null }[] }

/**
 * A list in `locale`, with the English entries that are not translated yet added at the end (in
 * English: their `locale` says so, and the page marks their text `lang="en"`). Nobody drops out of
 * the French team list because their profile is not translated yet.
 */
async function withUntranslated<T extends Listed>(locale: SiteLocale, read: (locale: SiteLocale) => Promise<T[]>): Promise<T[]> {
  if (locale === DEFAULT_LOCALE) return read(locale)
  const [translated, english] = await Promise.all([read(locale), read(DEFAULT_LOCALE)])
  const has = new Set(translated.map((entry) => entry.documentId))
  return [...translated, ...english.filter((entry) => !has.has(entry.documentId))]
}

export const listTherapists = (locale: SiteLocale = 'en') => withUntranslated(locale, listTherapistsIn)
export const listApproaches = (locale: SiteLocale = 'en') => withUntranslated(locale, listApproachesIn)

/**
 * An entry in `locale`, or, when it is not translated yet, the other language's version under its
 * own slug (the page says so and marks the text `lang="en"` / `lang="fr"`): a missing translation is
 * never a 404. Mostly French pages showing English; an entry written in French first works too.
 */
export async function withFallback<T>(locale: SiteLocale, read: (locale: SiteLocale) => Promise<T | null>): Promise<T | null> {
  return (await read(locale)) ?? read(locale === 'en' ? 'fr' : 'en')
}

/** Every published article in `locale`, newest first (for the sitemap and the feeds). */
export async function listAllArticles(locale: SiteLocale = 'en', limit = 1000) {
  const pageSize = 50
  const first = await listArticles(1, pageSize, undefined, locale)
  const items = [...first.items]
  for (let page = 2; page <= first.pageCount && items.length < limit; page++) {
    items.push(...(await listArticles(page, pageSize, undefined, locale)).items)
  }
  return items.slice(0, limit)
}

/** The `?locale=` of a content API request: en (default) or fr; anything else is a 400. */
export function localeQuery(event: H3Event): SiteLocale {
  const value = getQuery(event).locale
  if (value === undefined || value === '') return DEFAULT_LOCALE
  if (!isSiteLocale(value)) throw createError({ statusCode: 400, statusMessage: 'locale must be en or fr' })
  return value
}

/**
 * Runs a content read for a route. A missing CMS becomes a 503 (the page shows the calm error
 * page with the phone number and help lines); the details go to the server log, not the visitor.
 */
export async function readContent<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if ((error as H3Error)?.statusCode) throw error
    const detail = error instanceof ContentClientError ? `${error.kind}: ${error.message}` : String(error)
    console.error(`[content] CMS read failed (${detail})`)
    throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' })
  }
}

/** A 404 with a plain message, for a slug the CMS does not have. */
export function notFound(what: string) {
  return createError({ statusCode: 404, statusMessage: `${what} not found` })
}

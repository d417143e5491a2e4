// Cached reads of the CMS. Each function keeps its answer in the Nitro `cache` storage (the same
// mount the route cache uses, so one webhook clears both). Stale-while-revalidate: an expired
// answer is served at once and refreshed in the background; if the refresh fails (CMS down) the
// stale answer stays, so a page that was ever rendered can be rendered again.
import { ContentClientError } from '@clinic/client'
import type { H3Error } from 'h3'

const CONTENT_TTL_SECONDS = 300

function cached<Args extends unknown[], Result>(
  name: string,
  fn: (...args: Args) => Promise<Result>,
  getKey: (...args: Args) => string,
) {
  return defineCachedFunction(fn, {
    name,
    group: 'content',
    maxAge: CONTENT_TTL_SECONDS,
    swr: true,
    getKey,
  })
}

/**
 * One entry by slug. A slug the CMS does not have (null) is not stored, so made-up slugs cannot
 * fill the cache. No stale-while-revalidate: once expired, an entry that has gone (unpublished
 * while the webhook was missed) must not be served stale forever because "gone" is not stored.
 */
function cachedBySlug<Result>(name: string, fn: (slug: string) => Promise<Result | null>) {
  return defineCachedFunction(fn, {
    name,
    group: 'content',
    maxAge: CONTENT_TTL_SECONDS,
    swr: false,
    getKey: (slug: string) => slug,
    validate: (entry) => entry.value !== undefined && entry.value !== null,
  })
}

export const getClinic = cached('clinic', () => useContentClient().getClinic(), () => 'clinic')

export const listArticles = cached(
  'articles',
  (page: number, pageSize: number, topic: string | undefined) => useContentClient().listArticles({ page, pageSize, topic }),
  (page, pageSize, topic) => `${topic ?? '_all'}.${page}.${pageSize}`,
)

export const getArticle = cachedBySlug('article', (slug) => useContentClient().getArticle(slug))

export const listTherapists = cached('therapists', () => useContentClient().listTherapists(), () => 'all')

export const getTherapist = cachedBySlug('therapist', (slug) => useContentClient().getTherapist(slug))

export const listApproaches = cached('approaches', () => useContentClient().listApproaches(), () => 'all')

export const getApproach = cachedBySlug('approach', (slug) => useContentClient().getApproach(slug))

export const listTopics = cached('topics', () => useContentClient().listTopics(), () => 'all')

/**
 * Approved comments only (the CMS filters them); dropped with the rest when staff approve one.
 * Callers check the article exists first (an unknown slug has no comments entry to fill).
 */
export const listApprovedComments = cached('comments', (slug: string) => useContentClient().listApprovedComments(slug), (slug) => slug)

/** Every published article, newest first (for the sitemap and the feed). */
export async function listAllArticles(limit = 1000) {
  const pageSize = 50
  const first = await listArticles(1, pageSize, undefined)
  const items = [...first.items]
  for (let page = 2; page <= first.pageCount && items.length < limit; page++) {
    items.push(...(await listArticles(page, pageSize, undefined)).items)
  }
  return items.slice(0, limit)
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

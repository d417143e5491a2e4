// The pages served from the page cache (server/middleware/0.pages.ts), and the one canonical URL
// of each: the cache keeps one entry per canonical URL, and any other spelling of it (tracking
// tags, cache busters, a trailing slash, ?page=1, parameters in another order, percent-encoded
// letters) is redirected there instead of becoming an entry of its own.
//
// French pages are the English ones at their French addresses (shared/i18n.ts PAGE_PATHS).
import { FORM_TOKEN_PATTERN, type FormName } from '#shared/forms'
import { PAGE_PATHS } from '#shared/i18n'
import { isValidSlug } from '#shared/utils/format'
import { FINDER_PARAMETERS, normaliseFinderValue, type FinderParameter } from '#shared/finder'
import { normaliseQuery } from '#shared/search/limits'

export interface PageRoute {
  /** Literal segments, and `:slug` for one slug segment (letters, digits, `-._~`). */
  path: string
  /** The query parameters that make a different page, in their canonical order. */
  query?: readonly string[]
  /** The visitor form this page shows: it then also takes ?sent=<form> and ?form=<token>. */
  form?: FormName
  /**
   * The canonical spelling of a query value this page reads, or null to drop it (after the
   * checks every page shares, below): e.g. a search's `q` lower-cased, a finder filter's value.
   */
  canonicalValue?: (key: string, value: string) => string | null
  /**
   * Visitor requests count against the search rate limit (server/utils/search-rate-limit.ts),
   * which 0.pages.ts applies before serving; so these are never answered by page-hits.ts.
   */
  rateLimited?: boolean
}

const isFinderParameter = (key: string): key is FinderParameter => (FINDER_PARAMETERS as readonly string[]).includes(key)

const ENGLISH_ROUTES: readonly PageRoute[] = [
  { path: '/' },
  { path: '/articles', query: ['page', 'topic'] },
  { path: '/articles/:slug', form: 'comment' },
  // The finder's filters (shared/finder.ts), sorted; an invalid value is dropped.
  { path: '/therapists', query: FINDER_PARAMETERS, canonicalValue: (key, value) => (isFinderParameter(key) ? normaliseFinderValue(key, value) : value) },
  { path: '/therapists/:slug', form: 'inquiry' },
  { path: '/approaches' },
  { path: '/approaches/:slug' },
  // ?therapist=<slug>: the consultation form with that therapist chosen ("Request a consultation").
  { path: '/contact', query: ['therapist'], form: 'inquiry' },
  // q trimmed, spaces collapsed, lower-cased (the search ignores case): one entry per search.
  { path: '/search', query: ['q', 'page'], canonicalValue: (key, value) => (key === 'q' ? normaliseQuery(value) || null : value), rateLimited: true },
  { path: '/get-help' },
  { path: '/privacy' },
  { path: '/accessibility' },
  { path: '/sitemap.xml' },
  { path: '/rss.xml' },
]

/** The French address of an English page path (shared/i18n.ts names them), e.g. /therapists/:slug → /fr/therapeutes/:slug. */
function frenchPath(path: string): string | undefined {
  if (path === '/sitemap.xml') return undefined // one sitemap lists both languages
  for (const paths of Object.values(PAGE_PATHS)) {
    if (path === paths.en) return paths.fr
    if (paths.en !== '/' && path.startsWith(`${paths.en}/`)) return paths.fr + path.slice(paths.en.length)
  }
  return undefined
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  ...ENGLISH_ROUTES,
  ...ENGLISH_ROUTES.flatMap((route) => {
    const path = frenchPath(route.path)
    return path ? [{ ...route, path }] : []
  }),
]

/** Each route with its path's segments, split once (a cached page's request matches on every hit). */
const ROUTE_SEGMENTS = PAGE_ROUTES.map((route) => ({ route, segments: route.path.split('/') }))

function matches(segments: readonly string[], got: readonly string[]): boolean {
  return segments.length === got.length && segments.every((segment, index) => (segment === ':slug' ? isValidSlug(got[index]) : segment === got[index]))
}

export function pageRouteOf(path: string): PageRoute | undefined {
  const got = path.split('/')
  return ROUTE_SEGMENTS.find(({ segments }) => matches(segments, got))?.route
}

/** Whether a query value is one the page can show (anything else is dropped from the URL). */
function keeps(route: PageRoute, key: string, value: string): boolean {
  if (key === 'page') return /^[1-9]\d{0,3}$/.test(value) && value !== '1'
  if (key === 'sent') return value === route.form
  if (key === 'form') return FORM_TOKEN_PATTERN.test(value)
  if (key === 'topic' || key === 'therapist') return isValidSlug(value)
  return true
}

/** The canonical spelling of a query value, or null to drop it from the URL. */
function canonicalValue(route: PageRoute, key: string, value: string): string | null {
  if (!keeps(route, key, value)) return null
  return route.canonicalValue ? route.canonicalValue(key, value) : value
}

export interface PageRequest {
  route: PageRoute
  /** The canonical URL: path, then the kept parameters in the route's order. The cache key. */
  url: string
  /** ?form=<token>: one visitor's refused post shown again, never cached. */
  formToken?: string
}

function decodedPath(rawPath: string): string | undefined {
  let path = rawPath
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path)
    } catch {
      return undefined
    }
  }
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

/**
 * The page a request URL asks for, with its canonical URL; undefined for anything that is not
 * one of PAGE_ROUTES (the request then goes on to the rest of the site).
 */
export function pageRequestOf(requestUrl: string): PageRequest | undefined {
  const queryStart = requestUrl.indexOf('?')
  const path = decodedPath(queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart))
  const route = path === undefined ? undefined : pageRouteOf(path)
  if (!route || path === undefined) return undefined
  if (queryStart === -1) return { route, url: path }

  const query = new URLSearchParams(requestUrl.slice(queryStart + 1))
  const allowed = [...(route.query ?? []), ...(route.form ? ['sent', 'form'] : [])]
  const kept = new URLSearchParams()
  for (const key of allowed) {
    const values = query.getAll(key)
    const value = values.length === 1 && values[0] ? canonicalValue(route, key, values[0]) : null
    if (value) kept.set(key, value)
  }
  return { route, url: kept.size ? `${path}?${kept}` : path, formToken: kept.get('form') ?? undefined }
}

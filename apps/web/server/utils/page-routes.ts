// The pages served from the page cache (server/middleware/0.pages.ts), and the one canonical URL
// of each: the cache keeps one entry per canonical URL, and any other spelling of it (tracking
// tags, cache busters, a trailing slash, ?page=1, parameters in another order, percent-encoded
// letters) is redirected there instead of becoming an entry of its own.
//
// French pages are the English ones at their French addresses (shared/i18n.ts PAGE_PATHS).
import { FORM_TOKEN_PATTERN, type FormName } from '#shared/forms'
import { PAGE_PATHS } from '#shared/i18n'
import { isValidSlug } from '#shared/utils/format'

export interface PageRoute {
  /** Literal segments, and `:slug` for one slug segment (letters, digits, `-._~`). */
  path: string
  /** The query parameters that make a different page, in their canonical order. */
  query?: readonly string[]
  /** The visitor form this page shows: it then also takes ?sent=<form> and ?form=<token>. */
  form?: FormName
}

const ENGLISH_ROUTES: readonly PageRoute[] = [
  { path: '/' },
  { path: '/articles', query: ['page', 'topic'] },
  { path: '/articles/:slug', form: 'comment' },
  { path: '/therapists' },
  { path: '/therapists/:slug', form: 'inquiry' },
  { path: '/approaches' },
  { path: '/approaches/:slug' },
  { path: '/contact', form: 'inquiry' },
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

function matches(route: PageRoute, path: string): boolean {
  const want = route.path.split('/')
  const got = path.split('/')
  return want.length === got.length && want.every((segment, index) => (segment === ':slug' ? isValidSlug(got[index]) : segment === got[index]))
}

export function pageRouteOf(path: string): PageRoute | undefined {
  return PAGE_ROUTES.find((route) => matches(route, path))
}

/** Whether a query value is one the page can show (anything else is dropped from the URL). */
function keeps(route: PageRoute, key: string, value: string): boolean {
  if (key === 'page') return /^[1-9]\d{0,3}$/.test(value) && value !== '1'
  if (key === 'sent') return value === route.form
  if (key === 'form') return FORM_TOKEN_PATTERN.test(value)
  if (key === 'topic') return isValidSlug(value)
  return true
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
    if (values.length === 1 && values[0] && keeps(route, key, values[0])) kept.set(key, values[0])
  }
  return { route, url: kept.size ? `${path}?${kept}` : path, formToken: kept.get('form') ?? undefined }
}

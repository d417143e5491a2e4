// Page URLs carry only the query parameters the page reads (/articles?page=&topic=); anything else
// (tracking tags, cache busters) is redirected away. This keeps one cached copy per real page
// (the route cache keys on the full URL) and gives search engines one address per page.
import { getQuery, sendRedirect } from 'h3'
import { FORM_TOKEN_PATTERN, type FormName } from '#shared/forms'
import { PAGE_PATHS } from '#shared/i18n'
import { FINDER_PARAMETERS, normaliseFinderValue } from '#shared/finder'
import { normaliseQuery } from '#shared/search/limits'

// In the order they appear in the canonical URL (so each search or filter is one cache entry).
const ALLOWED: Record<string, string[]> = {
  '/articles': ['page', 'topic'],
  '/fr/articles': ['page', 'topic'],
  '/search': ['q', 'page'],
  '/fr/recherche': ['q', 'page'],
  '/therapists': [...FINDER_PARAMETERS],
  '/fr/therapeutes': [...FINDER_PARAMETERS],
  // ?therapist=<slug>: the consultation form with that therapist chosen ("Request a consultation").
  '/contact': ['therapist', 'sent', 'form'],
  '/fr/contact': ['therapist', 'sent', 'form'],
}

// Pages with a visitor form also read ?sent=<form> (the confirmation after a post) and
// ?form=<token> (a refused post shown again; such renders are never cached).
const FORM_PAGES: [RegExp, FormName][] = [
  [/^\/(?:fr\/)?contact$/, 'inquiry'],
  [/^\/(?:therapists|fr\/therapeutes)\/[^/]+$/, 'inquiry'],
  [/^\/(?:fr\/)?articles\/[^/]+$/, 'comment'],
]

function allowedParameters(path: string): string[] {
  return ALLOWED[path] ?? (FORM_PAGES.some(([pattern]) => pattern.test(path)) ? ['sent', 'form'] : [])
}

/** The canonical value of a parameter, or null to drop it. */
function canonicalValue(path: string, key: string, value: string): string | null {
  if (key === 'page') return value === '1' ? null : value
  if (key === 'sent') return FORM_PAGES.some(([pattern, form]) => pattern.test(path) && form === value) ? value : null
  if (key === 'form') return FORM_TOKEN_PATTERN.test(value) ? value : null
  if (key === 'q') return normaliseQuery(value) || null
  if (key === 'therapist') return /^[a-z0-9-]{1,100}$/.test(value) ? value : null
  if ((FINDER_PARAMETERS as readonly string[]).includes(key)) return normaliseFinderValue(key as (typeof FINDER_PARAMETERS)[number], value)
  return value
}

// Every page of both languages (shared/i18n.ts), feeds excepted.
const PAGE_PREFIXES = Object.entries(PAGE_PATHS).flatMap(([page, paths]) => (page === 'home' || page === 'rss' ? [] : Object.values(paths)))

function isPagePath(path: string): boolean {
  return path === '/' || path === PAGE_PATHS.home.fr || PAGE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

export default defineEventHandler((event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return
  const [rawPath = '/', search] = (event.node.req.url ?? '/').split('?', 2) as [string, string | undefined]
  if (!isPagePath(rawPath) && !(rawPath.length > 1 && rawPath.endsWith('/') && isPagePath(rawPath.replace(/\/+$/, '')))) return

  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
  const allowed = allowedParameters(path)
  const query = getQuery(event)
  const kept = new URLSearchParams()
  for (const key of allowed) {
    const value = query[key]
    const canonical = typeof value === 'string' && value !== '' ? canonicalValue(path, key, value) : null
    if (canonical) kept.set(key, canonical)
  }
  const target = kept.size ? `${path}?${kept}` : path
  const current = search ? `${rawPath}?${search}` : rawPath
  if (target !== current) return sendRedirect(event, target, 301)
})

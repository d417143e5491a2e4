// Page URLs carry only the query parameters the page reads (/articles?page=&topic=); anything else
// (tracking tags, cache busters) is redirected away. This keeps one cached copy per real page
// (the route cache keys on the full URL) and gives search engines one address per page.
import { getQuery, sendRedirect } from 'h3'
import { FORM_TOKEN_PATTERN, type FormName } from '#shared/forms'
import { PAGE_PATHS } from '#shared/i18n'

const ALLOWED: Record<string, string[]> = {
  '/articles': ['page', 'topic'],
  '/fr/articles': ['page', 'topic'],
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

function keeps(path: string, key: string, value: string): boolean {
  if (key === 'page') return value !== '1'
  if (key === 'sent') return FORM_PAGES.some(([pattern, form]) => pattern.test(path) && form === value)
  if (key === 'form') return FORM_TOKEN_PATTERN.test(value)
  return true
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
    if (typeof value === 'string' && value !== '' && keeps(path, key, value)) kept.set(key, value)
  }
  const target = kept.size ? `${path}?${kept}` : path
  const current = search ? `${rawPath}?${search}` : rawPath
  if (target !== current) return sendRedirect(event, target, 301)
})

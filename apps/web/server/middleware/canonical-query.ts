// Page URLs carry only the query parameters the page reads (/articles?page=&topic=); anything else
// (tracking tags, cache busters) is redirected away. This keeps one cached copy per real page
// (the route cache keys on the full URL) and gives search engines one address per page.
import { getQuery, sendRedirect } from 'h3'

const ALLOWED: Record<string, string[]> = {
  '/articles': ['page', 'topic'],
}

const PAGE_PREFIXES = ['/articles', '/therapists', '/approaches', '/contact', '/get-help', '/privacy', '/accessibility']

function isPagePath(path: string): boolean {
  return path === '/' || PAGE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

export default defineEventHandler((event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return
  const [rawPath = '/', search] = (event.node.req.url ?? '/').split('?', 2) as [string, string | undefined]
  if (!isPagePath(rawPath) && !(rawPath.length > 1 && rawPath.endsWith('/') && isPagePath(rawPath.replace(/\/+$/, '')))) return

  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
  const allowed = ALLOWED[path] ?? []
  const query = getQuery(event)
  const kept = new URLSearchParams()
  for (const key of allowed) {
    const value = query[key]
    if (typeof value === 'string' && value !== '' && !(key === 'page' && value === '1')) kept.set(key, value)
  }
  const target = kept.size ? `${path}?${kept}` : path
  const current = search ? `${rawPath}?${search}` : rawPath
  if (target !== current) return sendRedirect(event, target, 301)
})

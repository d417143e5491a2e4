// GET /api/preview?secret=<NUXT_PREVIEW_SECRET>&path=/articles/<slug>&status=draft
// Opened by the CMS admin's preview panel in an iframe. Shows the draft as the site will show it,
// with a "Preview — not published" banner. Never cached (here, by a proxy or by the browser), never
// indexed, and only the CMS admin may frame it. See server/utils/preview.ts.
import { getQuery } from 'h3'

// Headers of the inner render that must not be copied onto this response.
const NOT_COPIED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'cache-control', 'etag', 'last-modified', 'set-cookie', 'x-frame-options', 'content-security-policy', 'vary'])

export default defineEventHandler(async (event) => {
  setResponseHeaders(event, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' })
  const { previewSecret } = useRuntimeConfig(event)
  // No secret configured: there is no preview on this site.
  if (!previewSecret) throw createError({ statusCode: 404, statusMessage: 'Not found' })

  const query = getQuery(event)
  if (!isSameSecret(query.secret, String(previewSecret))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid or missing preview secret' })
  }
  const target = previewTarget(query.path)
  if (!target) throw createError({ statusCode: 400, statusMessage: 'path must be /, /articles/<slug>, /therapists/<slug> or /approaches/<slug>' })
  const status: PreviewStatus = query.status === 'published' ? 'published' : 'draft'

  const rendered = await useNitroApp().localFetch(`${PREVIEW_PREFIX}${target === '/' ? '' : target}`, {
    headers: { accept: 'text/html', ...previewRequestHeaders(status) },
    redirect: 'manual',
  })
  const html = await rendered.text()

  for (const [name, value] of rendered.headers) {
    if (!NOT_COPIED.has(name)) setResponseHeader(event, name, value)
  }
  // The page's own policy, except who may frame it: the CMS admin, and nobody else.
  const csp = rendered.headers.get('content-security-policy')
  const admin = cmsAdminOrigin()
  if (csp) setResponseHeader(event, 'content-security-policy', withFrameAncestors(csp, admin ? [admin] : ["'none'"]))
  // X-Frame-Options (set on every route by nuxt-security) knows no origins: DENY would block the
  // admin's frame in browsers that read it. frame-ancestors above says who may frame this.
  removeResponseHeader(event, 'x-frame-options')
  setResponseStatus(event, rendered.status)
  return html
})

// GET /api/preview/<documentId> (English) and /api/preview/<documentId>/fr (French): shows the
// preview that /api/preview opened, as the site will show it, with a "Preview — not published"
// banner. Needs that document's preview-session cookie for that language (set by /api/preview from a
// link the CMS signed). Never cached (here, by a proxy or by the browser), never indexed, and only
// the CMS admin may frame it. See server/utils/preview.ts.
import type { H3Event } from 'h3'
import { localeOfPath, type SiteLocale } from '#shared/i18n'

// Headers of the inner render that must not be copied onto this response.
const NOT_COPIED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'cache-control', 'etag', 'last-modified', 'set-cookie', 'x-frame-options', 'content-security-policy', 'vary'])

export async function showPreviewSession(event: H3Event, locale: SiteLocale): Promise<string> {
  setPreviewResponseHeaders(event)
  const { previewSecret } = useRuntimeConfig(event)
  if (!previewSecret) return refusePreview(event, 404, 'Not found')

  const documentId = getRouterParam(event, 'documentId') ?? ''
  if (!DOCUMENT_ID.test(documentId)) return refusePreview(event, 404, 'Not found')
  const session = await verifyPreviewSession(getCookie(event, previewCookieName(locale)), String(previewSecret))
  if (!session.ok) {
    return refusePreview(
      event,
      401,
      session.expired
        ? `This preview has expired (previews stay open ${PREVIEW_SESSION_MINUTES} minutes): open it again from the CMS admin`
        : 'No preview is open for this document here: open the preview from the CMS admin',
    )
  }
  // The cookie is scoped to its document's path; one copied to another document's path is refused.
  if (session.document.documentId !== documentId) {
    return refusePreview(event, 403, 'This preview session is for another document')
  }
  // And to its language: an English session copied under the French cookie name opens nothing.
  if (localeOfPath(session.document.path) !== locale) {
    return refusePreview(event, 403, 'This preview session is for the other language: open the preview from the CMS admin in this language')
  }

  const { path, status } = session.document
  const draftRead = await signDraftRead(session.document, String(previewSecret))
  const rendered = await useNitroApp().localFetch(`${PREVIEW_PREFIX}${path === '/' ? '' : path}`, {
    headers: { accept: 'text/html', ...previewRequestHeaders({ status, draftRead }) },
    redirect: 'manual',
  })
  const html = await rendered.text()

  for (const [name, value] of rendered.headers) {
    if (!NOT_COPIED.has(name)) setResponseHeader(event, name, value)
  }
  // The page's own policy, except who may frame it (set again: the copy above skipped it).
  const csp = rendered.headers.get('content-security-policy')
  if (csp) setResponseHeader(event, 'content-security-policy', withFrameAncestors(csp, previewFrameAncestors()))
  setResponseStatus(event, rendered.status)
  return html
}

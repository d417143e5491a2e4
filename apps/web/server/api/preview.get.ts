// GET /api/preview?token=<preview link>: opened by the CMS admin's preview panel (in an iframe) or
// its "open in a new tab". The token, signed by the CMS, names one document and its page, and
// expires in 15 minutes (server/utils/preview-tokens.ts). A good link becomes a preview-session
// cookie (HttpOnly, SameSite=Lax, scoped to that document's preview path, 30 minutes) and a redirect
// to /api/preview/<documentId> (French: /api/preview/<documentId>/fr), which shows the page.
// See server/utils/preview.ts.
import { getQuery } from 'h3'
import { localeOfPath } from '#shared/i18n'

export default defineEventHandler(async (event) => {
  setPreviewResponseHeaders(event)
  const { previewSecret } = useRuntimeConfig(event)
  // No secret configured: there is no preview on this site.
  if (!previewSecret) return refusePreview(event, 404, 'Not found')

  const query = getQuery(event)
  if (typeof query.token !== 'string' || !query.token) {
    return refusePreview(event, 400, 'A preview link carries a token: open the preview from the CMS admin')
  }
  const link = await verifyPreviewLink(query.token, String(previewSecret))
  if (!link.ok) {
    return refusePreview(
      event,
      401,
      link.expired
        ? `This preview link has expired (links last ${PREVIEW_LINK_MINUTES} minutes): open the preview again from the CMS admin`
        : `This preview link is not valid: ${link.reason}`,
    )
  }
  // The page comes from the signed link alone: a path given beside it must be that same page.
  if (query.path !== undefined && query.path !== link.document.path) {
    return refusePreview(event, 403, 'This preview link is for another page')
  }

  // The link names its language, and its page is in that language (server/utils/preview.ts).
  const { documentId } = link.document
  const locale = localeOfPath(link.document.path)
  setCookie(event, previewCookieName(locale), await signPreviewSession(link.document, String(previewSecret)), {
    httpOnly: true,
    sameSite: 'lax',
    secure: previewOverHttps(),
    path: previewSessionPath(documentId, locale),
    maxAge: PREVIEW_SESSION_MINUTES * 60,
  })
  return sendRedirect(event, previewSessionPath(documentId, locale), 303)
})

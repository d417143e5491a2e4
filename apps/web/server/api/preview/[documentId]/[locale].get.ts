// GET /api/preview/<documentId>/fr: the French preview of one document (server/utils/preview-page.ts).
// English has no such address (its preview is /api/preview/<documentId>).
import { DEFAULT_LOCALE, isSiteLocale } from '#shared/i18n'

export default defineEventHandler((event) => {
  const locale = getRouterParam(event, 'locale')
  if (!isSiteLocale(locale) || locale === DEFAULT_LOCALE) {
    setPreviewResponseHeaders(event)
    return refusePreview(event, 404, 'Not found')
  }
  return showPreviewSession(event, locale)
})

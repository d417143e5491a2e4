// Draft preview (the CMS admin's preview panel), in two steps:
//   GET /api/preview?token=<preview link>  checks the link the CMS signed for ONE document
//     (server/utils/preview-tokens.ts), sets a preview-session cookie scoped to that document's
//     preview path, and redirects there, so the link does not stay in the address bar;
//   GET /api/preview/<documentId>  checks that cookie and renders the page in-process at
//     /__preview<path>: the same Vue page, reached through a route copy (nuxt.config.ts,
//     `pages:extend`) that has no route cache, so a draft is never stored where the public page is.
// That internal request carries a grant (a random value made when this process starts, never sent
// to a browser) and a draft-read token for that one document; only requests carrying the grant
// read drafts, through a client that sends the CMS that token and that nothing caches.
import { randomBytes } from 'node:crypto'
import type { H3Event } from 'h3'
import { createContentClient, type ContentClient } from '@clinic/client'
import { cmsFetch } from './cms-fetch'
import { DEFAULT_LOCALE, entryPath, isSiteLocale, matchPage, pagePath, type EntryKind, type SiteLocale } from '#shared/i18n'
import { DRAFT_READ_HEADER, type PreviewStatus } from './preview-tokens'

export const PREVIEW_PREFIX = '/__preview'
export const PREVIEW_GRANT_HEADER = 'x-clinic-preview-grant'
export const PREVIEW_STATUS_HEADER = 'x-clinic-preview-status'
export const PREVIEW_DRAFT_READ_HEADER = 'x-clinic-preview-draft-read'

export interface PreviewContext {
  status: PreviewStatus
  /** The x-clinic-draft-read token for the one document this render previews. */
  draftRead: string
}

declare module 'h3' {
  interface H3EventContext {
    /** Set (server/middleware/preview.ts) only on in-process requests made by /api/preview. */
    preview?: PreviewContext
  }
}

const grant = randomBytes(32).toString('hex')

/** Headers that let an in-process request render or read a preview. */
export function previewRequestHeaders(preview: PreviewContext): Record<string, string> {
  return { [PREVIEW_GRANT_HEADER]: grant, [PREVIEW_STATUS_HEADER]: preview.status, [PREVIEW_DRAFT_READ_HEADER]: preview.draftRead }
}

/** The preview this request may show: only in-process requests that carry this process's grant. */
export function previewOf(event: H3Event): PreviewContext | undefined {
  if (!('__unenv__' in event.node.req)) return undefined
  const headers = event.node.req.headers
  const given = headers[PREVIEW_GRANT_HEADER]
  const draftRead = headers[PREVIEW_DRAFT_READ_HEADER]
  if (typeof given !== 'string' || !isSameSecret(given, grant) || typeof draftRead !== 'string') return undefined
  return { status: headers[PREVIEW_STATUS_HEADER] === 'published' ? 'published' : 'draft', draftRead }
}

/** Which page each previewable type has (admin config: src/preview/site-paths.ts in the CMS). */
const PREVIEW_PAGES: Record<string, EntryKind | 'home'> = {
  'api::article.article': 'article',
  'api::therapist.therapist': 'therapist',
  'api::approach.approach': 'approach',
  'api::clinic.clinic': 'home',
}
const PREVIEW_SLUG = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,159}$/

/**
 * The page a preview of this document may open: that type's page IN THE DOCUMENT'S LANGUAGE
 * (a French draft opens /fr/articles/<French slug>), or null. So a link binds its language: one
 * signed for the English draft cannot open a French page, nor the reverse.
 */
export function previewTarget(type: string, locale: string | undefined, path: unknown): string | null {
  const language = locale ?? DEFAULT_LOCALE
  if (typeof path !== 'string' || !isSiteLocale(language) || !Object.hasOwn(PREVIEW_PAGES, type)) return null
  const match = matchPage(path)
  if (!match || match.locale !== language) return null
  const page = PREVIEW_PAGES[type]
  const entry = match.entry
  const fits = page === 'home'
    ? match.page === 'home' && path === pagePath('home', language)
    : !!entry && entry.kind === page && PREVIEW_SLUG.test(entry.slug) && path === entryPath(page, entry.slug, language)
  return fits ? path : null
}

/**
 * Reads the one document of a preview, draft included: the CMS lets a request with this
 * x-clinic-draft-read token read that document's draft and nothing else (never written, never cached).
 */
export function usePreviewClient(preview: PreviewContext): ContentClient {
  const { cmsUrl } = useRuntimeConfig()
  return createContentClient({
    endpoint: `${String(cmsUrl).replace(/\/+$/, '')}/graphql`,
    headers: { [DRAFT_READ_HEADER]: preview.draftRead },
    fetch: cmsFetch,
    timeoutMs: 8000,
  })
}

/**
 * Where a document's preview is shown once its link was opened (the session cookie's path):
 * /api/preview/<documentId> in English, /api/preview/<documentId>/fr in French, so staff can keep
 * both languages of one document open side by side.
 */
export function previewSessionPath(documentId: string, locale: string | undefined = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? `/api/preview/${documentId}` : `/api/preview/${documentId}/${locale}`
}

/**
 * The preview-session cookie: `__Secure-` (and Secure) when the site is served over HTTPS. One
 * name per language: the English cookie's path (/api/preview/<id>) also covers the French one's.
 */
export function previewCookieName(locale: SiteLocale = DEFAULT_LOCALE): string {
  const name = locale === DEFAULT_LOCALE ? 'clinic-preview' : `clinic-preview-${locale}`
  return previewOverHttps() ? `__Secure-${name}` : name
}

export function previewOverHttps(): boolean {
  return String(useRuntimeConfig().public.siteUrl).startsWith('https:')
}

/**
 * Every preview response (the page, the redirect, a refusal): never cached or indexed, sends no
 * Referer, and only the CMS admin may frame it, so a refusal shows its message in the admin's panel.
 * X-Frame-Options (set on every route by nuxt-security) knows no origins: DENY would block the
 * admin's frame in browsers that read it; frame-ancestors says who may frame this.
 */
export function setPreviewResponseHeaders(event: H3Event) {
  setResponseHeaders(event, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' })
  // nuxt-security gives HTML pages their policy; these plain answers (a redirect, a refusal) get
  // one that allows nothing but being framed by the admin. The page itself gets its own (with
  // frame-ancestors replaced) in /api/preview/[documentId].
  setResponseHeader(event, 'content-security-policy', withFrameAncestors("default-src 'none'", previewFrameAncestors()))
  removeResponseHeader(event, 'x-frame-options')
}

/**
 * A refused preview: the status and a plain-text message that says what to do. Not the site's
 * error page: that one is a public page (never framed), while this message is meant to show
 * inside the admin's preview panel, under the preview headers set above.
 */
export function refusePreview(event: H3Event, statusCode: number, message: string): string {
  setResponseStatus(event, statusCode)
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return message
}

/** Who may frame a preview: the CMS admin, and nobody else. */
export function previewFrameAncestors(): string[] {
  const admin = cmsAdminOrigin()
  return admin ? [admin] : ["'none'"]
}

/** The origin of the CMS admin, the one page allowed to frame a preview. */
export function cmsAdminOrigin(): string | null {
  const { cmsUrl, cmsPublicUrl } = useRuntimeConfig()
  try {
    return new URL(String(cmsPublicUrl || cmsUrl)).origin
  } catch {
    return null
  }
}

// Draft preview (the CMS admin's preview panel). GET /api/preview?secret=…&path=…&status=draft
// checks NUXT_PREVIEW_SECRET, then renders the page in-process at /__preview<path>: the same Vue
// page, reached through a route copy (nuxt.config.ts, `pages:extend`) that has no route cache, so
// a draft is never stored where the public page is. That internal request carries a grant (a
// random value made when this process starts, never sent to a browser); only requests carrying it
// read drafts, through a client that sends the CMS the preview secret and that nothing caches.
import { randomBytes } from 'node:crypto'
import type { H3Event } from 'h3'
import { createContentClient, type ContentClient } from '@clinic/client'

export const PREVIEW_PREFIX = '/__preview'
export const PREVIEW_GRANT_HEADER = 'x-clinic-preview-grant'
export const PREVIEW_STATUS_HEADER = 'x-clinic-preview-status'

export type PreviewStatus = 'draft' | 'published'
export interface PreviewContext {
  status: PreviewStatus
}

declare module 'h3' {
  interface H3EventContext {
    /** Set (server/middleware/preview.ts) only on in-process requests made by /api/preview. */
    preview?: PreviewContext
  }
}

const grant = randomBytes(32).toString('hex')

/** Headers that let an in-process request render or read a preview. */
export function previewRequestHeaders(status: PreviewStatus): Record<string, string> {
  return { [PREVIEW_GRANT_HEADER]: grant, [PREVIEW_STATUS_HEADER]: status }
}

/** The preview this request may show: only in-process requests that carry this process's grant. */
export function previewOf(event: H3Event): PreviewContext | undefined {
  if (!('__unenv__' in event.node.req)) return undefined
  const given = event.node.req.headers[PREVIEW_GRANT_HEADER]
  if (typeof given !== 'string' || !isSameSecret(given, grant)) return undefined
  return { status: event.node.req.headers[PREVIEW_STATUS_HEADER] === 'published' ? 'published' : 'draft' }
}

/** The site paths the CMS may ask to preview (admin config: SITE_PATHS). */
const PREVIEWABLE = /^\/(?:(?:articles|therapists|approaches)\/[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,159})?$/

export function previewTarget(path: unknown): string | null {
  return typeof path === 'string' && PREVIEWABLE.test(path) ? path : null
}

let client: ContentClient | undefined

/** Reads drafts: the CMS lets requests with its PREVIEW_SECRET read them (never written, never cached). */
export function usePreviewClient(): ContentClient {
  if (!client) {
    const { cmsUrl, previewSecret } = useRuntimeConfig()
    client = createContentClient({
      endpoint: `${String(cmsUrl).replace(/\/+$/, '')}/graphql`,
      headers: { 'x-clinic-preview-secret': String(previewSecret) },
      timeoutMs: 8000,
    })
  }
  return client
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

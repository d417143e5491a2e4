// Pages with a visitor form are cached like every other page, so their HTML carries a placeholder
// where the form's idempotency key goes (FORM_KEY_PLACEHOLDER). Each response gets its own key
// here, after the route cache and before compression (server/plugins/compression.ts calls this
// first): one visitor's double click stores once, and two visitors never share a key.
//
// Such a page must then not be kept by the browser either: a reload answered 304 from the
// browser's copy would bring back a key that was already used, and the next request would be
// taken for a repeat of the first. So: no-store, and no validators to revalidate with.
import { randomUUID } from 'node:crypto'
import type { H3Event } from 'h3'
import { FORM_KEY_PLACEHOLDER } from '#shared/forms'

export function fillFormKeys(event: H3Event, response: { body?: unknown }): void {
  const res = event.node.res
  const body = response.body
  if (typeof body !== 'string' || !body.includes(FORM_KEY_PLACEHOLDER)) return
  if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return
  response.body = body.replaceAll(FORM_KEY_PLACEHOLDER, () => randomUUID())
  res.setHeader('cache-control', 'no-store')
  res.removeHeader('etag')
  res.removeHeader('last-modified')
}

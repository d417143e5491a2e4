import type { H3Event } from 'h3'

/**
 * The visitor's network address, for the per-address rate limit (and passed on to the CMS, which
 * keeps only a keyed hash of it). Behind a reverse proxy (NUXT_TRUST_PROXY=true), the address the
 * proxy saw is the last entry of X-Forwarded-For: the entries before it are whatever the client
 * chose to send, so they are never trusted.
 */
export function visitorAddress(event: H3Event): string {
  if (useRuntimeConfig(event).trustProxy) {
    const forwarded = String(event.node.req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1)
    if (forwarded) return normalizeAddress(forwarded)
  }
  return normalizeAddress(event.node.req.socket?.remoteAddress ?? 'unknown')
}

/** '::ffff:192.0.2.1' (an IPv4 address on an IPv6 socket) is the same visitor as '192.0.2.1'. */
function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
}

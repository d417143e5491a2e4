import type { H3Event } from 'h3'
import proxyAddr from 'proxy-addr'

/**
 * The visitor's network address, for the per-address rate limit (and passed on to the CMS, which
 * keeps only a keyed hash of it).
 *
 * Behind a reverse proxy every connection comes from the proxy, so its address would put every
 * visitor in one bucket; yet X-Forwarded-For is whatever a client chose to send, so trusting it
 * from anyone lets a visitor pick a fresh address per request. NUXT_TRUSTED_PROXIES lists the
 * proxies (addresses or CIDRs, comma separated, or proxy-addr's names `loopback`, `linklocal`,
 * `uniquelocal`): X-Forwarded-For is read right to left only while each hop is one of them, and
 * the first address that is not is the visitor. From anyone else the header is ignored.
 * proxy-addr is the library Express uses for exactly this.
 */
export function visitorAddress(event: H3Event): string {
  return normalizeAddress(proxyAddr(event.node.req, trustFunction(String(useRuntimeConfig(event).trustedProxies ?? ''))))
}

let compiled: { list: string; trust: (address: string, hop: number) => boolean } | undefined

function trustFunction(list: string) {
  if (compiled?.list !== list) {
    const entries = list.split(',').map((entry) => entry.trim()).filter(Boolean)
    // Nothing listed: trust no one, read the socket's address.
    compiled = { list, trust: entries.length ? proxyAddr.compile(entries) : () => false }
  }
  return compiled.trust
}

/** '::ffff:192.0.2.1' (an IPv4 address on an IPv6 socket) is the same visitor as '192.0.2.1'. */
function normalizeAddress(address: string | undefined): string {
  return (address || 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
}

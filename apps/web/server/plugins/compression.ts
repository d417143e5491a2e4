// Compresses HTML, XML, JSON and text responses (Nitro's node server does not; static files are
// precompressed at build time by `compressPublicAssets`). Brotli when the browser takes it, else
// gzip. Cached pages carry an ETag, so their compressed bytes are kept in a small LRU keyed by
// ETag + encoding: the result is deterministic, so instances never disagree about it.
//
// Error pages (404, 503) do not pass through `beforeResponse`: Nuxt's error handler writes them
// itself. For those, the `error` hook (which runs first) wraps the response's `end`.
import type { ServerResponse } from 'node:http'
import type { H3Event } from 'h3'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|ld\+json|javascript)|image\/svg\+xml)/i
const MIN_BYTES = 1024

const compressedByEtag = new LRUCache<string, Buffer>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (value) => value.length })

function pickEncoding(acceptEncoding: string): 'br' | 'gzip' | undefined {
  const accepted = acceptEncoding
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(?:\.0*)?$/.test(q.trim()))
    .map(([name]) => name)
  if (accepted.includes('br')) return 'br'
  if (accepted.includes('gzip')) return 'gzip'
  return undefined
}

function compress(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          // Quality 5: most of brotli's gain at a fraction of its cost per uncached render.
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 })
}

/** The compressed body (headers set), or undefined when this response is left as it is. */
function compressFor(event: H3Event, res: ServerResponse, body: unknown): Buffer | undefined {
  if (res.getHeader('content-encoding') || event.method === 'HEAD') return undefined
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return undefined
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  if (bytes.length < MIN_BYTES) return undefined

  const encoding = pickEncoding(String(event.node.req.headers['accept-encoding'] ?? ''))
  if (!encoding) return undefined

  const etag = res.getHeader('etag')
  const memoKey = etag ? `${encoding}:${String(etag)}` : undefined
  let compressed = memoKey ? compressedByEtag.get(memoKey) : undefined
  if (!compressed) {
    compressed = compress(bytes, encoding)
    if (memoKey) compressedByEtag.set(memoKey, compressed)
  }

  res.setHeader('content-encoding', encoding)
  res.setHeader('content-length', compressed.length)
  return compressed
}

/** Vary: Accept-Encoding on everything compressible (a cache must not hand brotli to a gzip client). */
function varyOnEncoding(res: ServerResponse) {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const res = event.node.res
    // In-process requests (useFetch during SSR, the error page render) are read back by Nuxt,
    // which copies their headers but not their encoding: only compress what leaves the server.
    if (res.headersSent || '__unenv__' in event.node.req) return
    // Each page with a form gets its own idempotency key, before the bytes are compressed.
    fillFormKeys(event, response)
    const type = String(res.getHeader('content-type') ?? '')
    if (!COMPRESSIBLE.test(type)) return

    // HTML pages change when content is published; browsers and any proxy must check back each
    // time (a cheap 304 thanks to the ETag). The server-side cache does the heavy lifting.
    // Responses that must not be kept at all (forms, preview) stay no-store.
    if (type.startsWith('text/html') && !/no-store/i.test(String(res.getHeader('cache-control') ?? ''))) res.setHeader('cache-control', 'no-cache')

    varyOnEncoding(res)
    const compressed = compressFor(event, res, response.body)
    if (compressed) response.body = compressed
  })

  nitroApp.hooks.hook('error', (_error, context) => {
    const event = context.event
    if (!event || '__unenv__' in event.node.req) return
    const res = event.node.res
    if (res.headersSent) return
    // Nuxt's error handler ends the response with the rendered error page (h3 `send` → `end(html)`).
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!res.headersSent && COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''))) {
        varyOnEncoding(res)
        const compressed = compressFor(event, res, chunk)
        if (compressed) return end(compressed, ...rest)
      }
      return end(chunk, ...rest)
    }) as ServerResponse['end']
  })
})

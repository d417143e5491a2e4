// Compresses HTML, XML, JSON and text responses (Nitro's node server does not; static files are
// precompressed at build time by `compressPublicAssets`). Brotli when the browser takes it, else
// gzip. Cached pages carry an ETag, so their compressed bytes are kept in a small LRU keyed by
// ETag + encoding: the result is deterministic, so instances never disagree about it.
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

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const res = event.node.res
    // In-process requests (useFetch during SSR, the error page render) are read back by Nuxt,
    // which copies their headers but not their encoding: only compress what leaves the server.
    if (res.headersSent || '__unenv__' in event.node.req) return
    const type = String(res.getHeader('content-type') ?? '')
    if (!COMPRESSIBLE.test(type)) return

    // HTML pages change when content is published; browsers and any proxy must check back each
    // time (a cheap 304 thanks to the ETag). The server-side cache does the heavy lifting.
    if (type.startsWith('text/html')) res.setHeader('cache-control', 'no-cache')

    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')

    if (res.getHeader('content-encoding') || event.method === 'HEAD') return
    const body = response.body
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    if (bytes.length < MIN_BYTES) return

    const encoding = pickEncoding(String(event.node.req.headers['accept-encoding'] ?? ''))
    if (!encoding) return

    const etag = res.getHeader('etag')
    const memoKey = etag ? `${encoding}:${String(etag)}` : undefined
    let compressed = memoKey ? compressedByEtag.get(memoKey) : undefined
    if (!compressed) {
      compressed = compress(bytes, encoding)
      if (memoKey) compressedByEtag.set(memoKey, compressed)
    }

    res.setHeader('content-encoding', encoding)
    res.setHeader('content-length', compressed.length)
    response.body = compressed
  })
})

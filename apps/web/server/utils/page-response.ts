// Sends a page (server/utils/page-variants.ts) to one visitor: the encoding their browser takes
// (br, then gzip, then the bytes as they are), Vary: Accept-Encoding, the page's ETag and a 304
// when their copy is still current. The same function answers hits and misses, so both carry the
// same headers. Written straight to Node's response: a hit is meant to cost about what a static
// file server pays.
import type { H3Event } from 'h3'
import { bodyFor, etagFor, type Encoding, type PageVariants } from './page-variants'

/** What an Accept-Encoding header allows (q > 0), remembered for the few values browsers send. */
const acceptedByHeader = new Map<string, { br: boolean; gzip: boolean }>()

function accepted(header: string): { br: boolean; gzip: boolean } {
  let known = acceptedByHeader.get(header)
  if (known) return known
  const allowed = new Set(
    header
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(?:\.0*)?$/.test(q.trim()))
      .map(([name]) => name!.trim()),
  )
  known = { br: allowed.has('br') || allowed.has('*'), gzip: allowed.has('gzip') || allowed.has('*') }
  if (acceptedByHeader.size >= 100) acceptedByHeader.clear()
  acceptedByHeader.set(header, known)
  return known
}

export function encodingFor(page: PageVariants, acceptEncoding: string | undefined): Encoding {
  const allowed = accepted(acceptEncoding ?? '')
  if (page.br && allowed.br) return 'br'
  if ((page.gzip || page.deflatedParts) && allowed.gzip) return 'gzip'
  return 'identity'
}

/** If-None-Match holds `etag` (compared weakly, as RFC 9110 §13.1.2 says), or `*`. */
function isCurrent(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
  })
}

/** What every response of one page in one encoding carries, worked out on its first response. */
interface Prepared {
  etag: string | undefined
  /** The headers of a 304: the page's own, Cache-Control, Vary, ETag (no Content-Encoding: no body). */
  notModified: string[]
  /** The headers of a full response; with Content-Length when every response has the same body. */
  full: string[]
  /** That same body, when there is one (pages without form keys). */
  body: Buffer | undefined
}

const preparedByPage = new WeakMap<PageVariants, Partial<Record<Encoding, Prepared>>>()

function prepare(page: PageVariants, encoding: Encoding): Prepared {
  let byEncoding = preparedByPage.get(page)
  if (!byEncoding) preparedByPage.set(page, (byEncoding = {}))
  let prepared = byEncoding[encoding]
  if (!prepared) {
    const etag = etagFor(page, encoding)
    const notModified = [...Object.entries(page.headers).flat(), 'cache-control', page.cacheControl, 'vary', 'Accept-Encoding', ...(etag ? ['etag', etag] : [])]
    const withEncoding = encoding === 'identity' ? notModified : [...notModified, 'content-encoding', encoding]
    const body = page.parts.length === 1 ? bodyFor(page, encoding) : undefined
    prepared = { etag, notModified, full: body ? [...withEncoding, 'content-length', String(body.length)] : withEncoding, body }
    byEncoding[encoding] = prepared
  }
  return prepared
}

export function sendPage(event: H3Event, page: PageVariants): void {
  const { req, res } = event.node
  const encoding = encodingFor(page, req.headers['accept-encoding'])
  const prepared = prepare(page, encoding)
  if (page.status === 200 && isCurrent(req.headers['if-none-match'], prepared.etag)) {
    res.writeHead(304, prepared.notModified)
    res.end()
    return
  }
  if (prepared.body) {
    res.writeHead(page.status, page.statusText || undefined, prepared.full)
    res.end(req.method === 'HEAD' ? undefined : prepared.body)
    return
  }
  // A page with form keys: this response's own body (fresh keys), and so its own length.
  const body = bodyFor(page, encoding)
  res.writeHead(page.status, page.statusText || undefined, [...prepared.full, 'content-length', String(body.length)])
  res.end(req.method === 'HEAD' ? undefined : body)
}

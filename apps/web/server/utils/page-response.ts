// Sends a page (server/utils/page-variants.ts) to one visitor: the encoding their browser takes
// (br, then gzip, then the bytes as they are), Vary: Accept-Encoding, the page's ETag and a 304
// when their copy is still current. The same function answers hits and misses, so both carry the
// same headers. Written straight to Node's response: a hit is meant to cost about what a static
// file server pays.
import type { H3Event } from 'h3'
import { bodyFor, encodingsOf, etagFor, type Encoding, type PageVariants } from './page-variants'

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
  return encodingsOf(page).find((encoding) => encoding === 'identity' || allowed[encoding]) ?? 'identity'
}

/** If-None-Match holds `etag` (compared weakly, as RFC 9110 §13.1.2 says), or `*`. */
function isCurrent(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
  })
}

/**
 * Response headers per page and encoding (without Content-Length; Content-Encoding last),
 * worked out once per page.
 */
const headersByPage = new WeakMap<PageVariants, Partial<Record<Encoding, string[]>>>()

function headersFor(page: PageVariants, encoding: Encoding): string[] {
  let byEncoding = headersByPage.get(page)
  if (!byEncoding) headersByPage.set(page, (byEncoding = {}))
  let headers = byEncoding[encoding]
  if (!headers) {
    const etag = etagFor(page, encoding)
    headers = [
      ...Object.entries(page.headers).flat(),
      'cache-control',
      page.cacheControl,
      'vary',
      'Accept-Encoding',
      ...(etag ? ['etag', etag] : []),
      ...(encoding === 'identity' ? [] : ['content-encoding', encoding]),
    ]
    byEncoding[encoding] = headers
  }
  return headers
}

export function sendPage(event: H3Event, page: PageVariants): void {
  const { req, res } = event.node
  const encoding = encodingFor(page, req.headers['accept-encoding'])
  const headers = headersFor(page, encoding)
  if (page.status === 200 && isCurrent(req.headers['if-none-match'], etagFor(page, encoding))) {
    // A 304 has no body, so no Content-Encoding of one (the last pair, when there is one).
    res.writeHead(304, encoding === 'identity' ? headers : headers.slice(0, -2))
    res.end()
    return
  }
  const body = bodyFor(page, encoding)
  res.writeHead(page.status, page.statusText || undefined, [...headers, 'content-length', String(body.length)])
  res.end(req.method === 'HEAD' ? undefined : body)
}

// What the page cache keeps for one URL, made once from the rendered response: the body as it is,
// gzip, and brotli at its highest quality, with a strong ETag per encoding.
//
// Pages with a visitor form carry FORM_KEY_PLACEHOLDER where the form's idempotency key goes, and
// every response must get its own key. So their body is kept in parts split at the placeholder,
// and each part is deflated on its own: a response is the parts joined with fresh keys, and its
// gzip is the deflated parts joined with the keys as "stored" (uncompressed) deflate blocks
// (RFC 1951 §3.2.4), then the CRC-32 and length of the whole (RFC 1952). No compression per
// response. Brotli streams cannot be joined that way, so those pages are served as gzip to
// every browser. They are no-store without validators: a browser must never reuse a key it
// was given (a reload answered 304 from its own copy would post the same key twice).
import { createHash, randomUUID } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, crc32, deflateRaw, gzip } from 'node:zlib'
import { FORM_KEY_PLACEHOLDER } from '#shared/forms'

export type Encoding = 'br' | 'gzip' | 'identity'

/** A response as the site's renderer (or a server route) made it, read in-process. */
export interface RenderedPage {
  status: number
  statusText: string
  headers: Headers
  body: Buffer
}

export interface PageVariants {
  status: number
  statusText: string
  /** no-store for pages with form keys and for renders that asked for it; no-cache otherwise. */
  cacheControl: 'no-store' | 'no-cache'
  /** Every visitor may be given this render: a 200 that asked for no no-store and set no cookie. */
  shared: boolean
  /** The rendered response's headers, less the ones worked out here (see NOT_KEPT). */
  headers: Record<string, string>
  /** The body, split where a form key goes (one part for most pages). */
  parts: Buffer[]
  /** One gzip member for the whole body (pages without form keys)… */
  gzip?: Buffer
  /** …or each part deflated on its own, to be joined around fresh keys (pages with form keys). */
  deflatedParts?: Buffer[]
  /** Brotli of the whole body; made in the background after the page enters the cache. */
  br?: Buffer
  /** Strong validator of the body (pages without form keys): `"<hash>"`, `-gz`/`-br` per encoding. */
  etag?: string
  /** When this render was made (ms). */
  renderedAt: number
}

/** Headers this module sets itself, or that belong to one connection or one response only. */
const NOT_KEPT = new Set([
  'age',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'set-cookie',
  'transfer-encoding',
  'vary',
])

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|ld\+json|javascript)|image\/svg\+xml)/i
const MIN_COMPRESSED_BYTES = 1024

const deflateRawAsync = promisify(deflateRaw)
const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

function splitAtPlaceholders(body: Buffer, contentType: string): Buffer[] {
  if (!contentType.startsWith('text/html')) return [body]
  const parts: Buffer[] = []
  let start = 0
  for (let at = body.indexOf(FORM_KEY_PLACEHOLDER, start); at !== -1; at = body.indexOf(FORM_KEY_PLACEHOLDER, start)) {
    parts.push(body.subarray(start, at))
    start = at + FORM_KEY_PLACEHOLDER.length
  }
  parts.push(body.subarray(start))
  return parts
}

function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** The rendered response as cacheable variants: identity and gzip now, brotli with addBrotli(). */
export async function pageVariantsOf(rendered: RenderedPage): Promise<PageVariants> {
  const { status, statusText, body } = rendered
  const headers: Record<string, string> = {}
  rendered.headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name)) headers[name] = value
  })
  const contentType = headers['content-type'] ?? ''
  const parts = splitAtPlaceholders(body, contentType)
  const renderNoStore = /no-store|private/i.test(rendered.headers.get('cache-control') ?? '')
  const page: PageVariants = {
    status,
    statusText,
    cacheControl: renderNoStore || parts.length > 1 ? 'no-store' : 'no-cache',
    shared: status === 200 && !renderNoStore && !rendered.headers.has('set-cookie'),
    headers,
    parts,
    renderedAt: Date.now(),
  }
  const compressible = COMPRESSIBLE.test(contentType) && body.length >= MIN_COMPRESSED_BYTES
  if (parts.length > 1) {
    // Only the last part ends the deflate stream; the others stop at a byte boundary (sync flush).
    page.deflatedParts = await Promise.all(
      parts.map((part, index) => deflateRawAsync(part, { level: 9, finishFlush: index === parts.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH })),
    )
  } else {
    page.etag = strongEtag(body)
    if (compressible) page.gzip = await gzipAsync(body, { level: 9 })
  }
  return page
}

/** Adds brotli (quality 11: slow, so made once, off the main thread) to a page without form keys. */
export async function addBrotli(page: PageVariants): Promise<void> {
  if (page.parts.length !== 1 || !page.gzip) return
  const body = page.parts[0]!
  page.br = await brotliAsync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  })
}

export function etagFor(page: PageVariants, encoding: Encoding): string | undefined {
  if (!page.etag) return undefined
  return encoding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${encoding === 'gzip' ? 'gz' : 'br'}"`
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])

/** A stored deflate block holding `bytes` (at most 65,535), for a stream at a byte boundary. */
function storedBlock(bytes: Buffer): Buffer {
  const header = Buffer.alloc(5)
  header.writeUInt16LE(bytes.length, 1)
  header.writeUInt16LE(~bytes.length & 0xffff, 3)
  return Buffer.concat([header, bytes])
}

/** The body of one response in `encoding`: the stored bytes, or the parts joined with fresh keys. */
export function bodyFor(page: PageVariants, encoding: Encoding): Buffer {
  if (page.parts.length === 1) {
    if (encoding === 'br' && page.br) return page.br
    if (encoding === 'gzip' && page.gzip) return page.gzip
    return page.parts[0]!
  }
  const keys = page.parts.slice(1).map(() => Buffer.from(randomUUID()))
  const identity = Buffer.concat(page.parts.flatMap((part, index) => (index ? [keys[index - 1]!, part] : [part])))
  if (encoding === 'identity' || !page.deflatedParts) return identity
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(identity), 0)
  trailer.writeUInt32LE(identity.length % 2 ** 32, 4)
  const deflated = page.deflatedParts.flatMap((part, index) => (index ? [storedBlock(keys[index - 1]!), part] : [part]))
  return Buffer.concat([GZIP_HEADER, ...deflated, trailer])
}

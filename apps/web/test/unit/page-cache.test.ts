// The page cache's parts that need no running site: canonical URLs (one cache entry per page),
// the stored variants and their per-visitor form keys, and what one response carries. The whole
// path against the built site is in test/e2e/page-cache.test.ts.
import { once } from 'node:events'
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { H3Event } from 'h3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORM_KEY_PLACEHOLDER } from '#shared/forms'
import { pageRequestOf } from '../../server/utils/page-routes'
import { sendPage } from '../../server/utils/page-response'
import { addBrotli, bodyFor, etagFor, pageVariantsOf, type PageVariants } from '../../server/utils/page-variants'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g
const html = (inner: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${inner}${'<p>Calm words for a long evening.</p>'.repeat(80)}</body></html>`

function rendered(body: string, headers: Record<string, string> = {}, status = 200) {
  return pageVariantsOf({
    status,
    statusText: '',
    headers: new Headers({ 'content-type': 'text/html;charset=utf-8', 'content-security-policy': "default-src 'self'", ...headers }),
    body: Buffer.from(body),
  })
}

describe('canonical URLs: one cache entry per page', () => {
  it.each([
    ['/rss.xml?x=1', '/rss.xml'],
    ['/sitemap.xml?cache=bust', '/sitemap.xml'],
    ['/articles?utm_source=mail&page=1', '/articles'],
    ['/articles?topic=anxiety&page=2', '/articles?page=2&topic=anxiety'],
    ['/articles?page=abc', '/articles'],
    ['/articles?page=2&page=3', '/articles'],
    ['/articles?topic=%3Cscript%3E', '/articles'],
    ['/articles/', '/articles'],
    ['/articles/why%2Dpeople-self-injure', '/articles/why-people-self-injure'],
    ['/contact?sent=inquiry', '/contact?sent=inquiry'],
    ['/contact?sent=comment', '/contact'],
    ['/approaches/dbt?sent=inquiry', '/approaches/dbt'],
    ['/?fbclid=1', '/'],
    // Search: q trimmed, spaces collapsed, lower-cased; page=1 dropped; nothing else kept.
    ['/search?q=%20%20Anxiety%20%20At%20Night%20', '/search?q=anxiety+at+night'],
    ['/search?page=2&q=EMDR&utm_source=mail', '/search?q=emdr&page=2'],
    ['/search?q=emdr&page=1', '/search?q=emdr'],
    ['/search?q=%20%20', '/search'],
    ['/fr/recherche?q=Anxi%C3%A9t%C3%A9', '/fr/recherche?q=anxi%C3%A9t%C3%A9'],
    // The finder: filters sorted, values lower-cased, unknown values and parameters dropped.
    ['/therapists?language=Cree&format=VIDEO&accepting=yes', '/therapists?accepting=yes&format=video&language=cree'],
    ['/therapists?funding=nihb&approach=emdr&sort=name', '/therapists?approach=emdr&funding=nihb'],
    ['/therapists?format=fax&accepting=maybe&funding=cash&approach=%3Cb%3E', '/therapists'],
    ['/fr/therapeutes?funding=jordans-principle&accepting=yes', '/fr/therapeutes?accepting=yes&funding=jordans-principle'],
    ['/contact?therapist=maya-cardinal&utm_source=x', '/contact?therapist=maya-cardinal'],
    ['/contact?therapist=%3Cscript%3E', '/contact'],
  ])('%s → %s', (requested, canonical) => {
    expect(pageRequestOf(requested)?.url).toBe(canonical)
  })

  it('keeps a ?form= token only on pages with a form, and marks the request as one visitor’s', () => {
    const token = 'A'.repeat(22)
    expect(pageRequestOf(`/therapists/maya?form=${token}`)).toMatchObject({ url: `/therapists/maya?form=${token}`, formToken: token })
    expect(pageRequestOf(`/therapists?form=${token}`)).toMatchObject({ url: '/therapists', formToken: undefined })
    expect(pageRequestOf('/contact?form=short')?.formToken).toBeUndefined()
  })

  it('marks the search pages, and only them, as rate-limited (never answered by page-hits.ts)', () => {
    expect(pageRequestOf('/search?q=emdr')?.route.rateLimited).toBe(true)
    expect(pageRequestOf('/fr/recherche?q=emdr')?.route.rateLimited).toBe(true)
    expect(pageRequestOf('/therapists?accepting=yes')?.route.rateLimited).toBeUndefined()
    expect(pageRequestOf('/articles')?.route.rateLimited).toBeUndefined()
  })

  it.each(['/no-such-page', '/articles/a/b', '/%2F%2Fevil.example', '/articles/%ZZ', '/api/content/clinic', '/uploads/x.png', '/articles/a%3Fb'])(
    'is not a cached page: %s',
    (path) => {
      expect(pageRequestOf(path)).toBeUndefined()
    },
  )
})

describe('stored variants', () => {
  it('makes gzip and brotli of the same bytes, with a strong ETag per encoding, dropping per-response headers', async () => {
    const body = html('<main>Article</main>')
    const page = await rendered(body, { date: 'x', 'content-length': '1', 'set-cookie': 'a=b', etag: 'W/"weak"', 'last-modified': 'y', vary: 'Cookie' })
    await addBrotli(page)
    expect(bodyFor(page, 'identity').toString()).toBe(body)
    expect(gunzipSync(bodyFor(page, 'gzip')).toString()).toBe(body)
    expect(brotliDecompressSync(bodyFor(page, 'br')).toString()).toBe(body)
    expect(bodyFor(page, 'br').length).toBeLessThan(bodyFor(page, 'gzip').length)
    const tags = (['identity', 'gzip', 'br'] as const).map((encoding) => etagFor(page, encoding)!)
    expect(new Set(tags).size).toBe(3)
    for (const tag of tags) expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(Object.keys(page.headers).sort()).toEqual(['content-security-policy', 'content-type'])
    expect(page.shared).toBe(false) // it set a cookie: never given to anyone else
  })

  it('shares only 200s that asked for no no-store and set no cookie', async () => {
    expect((await rendered(html(''))).shared).toBe(true)
    expect((await rendered(html(''), { 'cache-control': 'no-store' })).shared).toBe(false)
    expect((await rendered(html(''), {}, 404)).shared).toBe(false)
    expect((await rendered(html(''), {}, 503)).shared).toBe(false)
  })

  it('gives each response of a form page its own idempotency keys, in identity and in gzip', async () => {
    const body = html(`<form><input name="idempotencyKey" value="${FORM_KEY_PLACEHOLDER}"></form><form><input value="${FORM_KEY_PLACEHOLDER}"></form>`)
    const page = await rendered(body)
    expect(page.shared).toBe(true)
    expect(page.cacheControl).toBe('no-store')
    expect(page.etag).toBeUndefined()
    const first = gunzipSync(bodyFor(page, 'gzip')).toString()
    const second = gunzipSync(bodyFor(page, 'gzip')).toString()
    const plain = bodyFor(page, 'identity').toString()
    for (const served of [first, second, plain]) {
      expect(served).not.toContain(FORM_KEY_PLACEHOLDER)
      expect(served.match(UUID)).toHaveLength(2)
      expect(served.replace(UUID, FORM_KEY_PLACEHOLDER)).toBe(body)
    }
    const keys = [first, second, plain].flatMap((served) => served.match(UUID)!)
    expect(new Set(keys).size).toBe(6)
  })
})

describe('one response', () => {
  let url: string
  let page: PageVariants
  const server = createServer((req, res) => sendPage({ node: { req, res } } as unknown as H3Event, page))

  beforeAll(async () => {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    page = await rendered(html('<main>Hello</main>'))
    await addBrotli(page)
  })
  afterAll(() => server.close())

  const get = (headers: Record<string, string>, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }))
      })
        .on('error', reject)
        .end()
    })

  it('picks the encoding the browser takes, and says it varies on Accept-Encoding', async () => {
    expect((await get({ 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br')
    expect((await get({ 'accept-encoding': 'gzip, br;q=0' })).headers['content-encoding']).toBe('gzip')
    const plain = await get({})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(bodyFor(page, 'identity').toString())
    for (const response of [plain, await get({ 'accept-encoding': 'br' })]) {
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(response.headers['content-security-policy']).toBe("default-src 'self'")
    }
  })

  it('answers 304 to the ETag of the encoding it would send, and 200 to any other', async () => {
    const br = await get({ 'accept-encoding': 'br' })
    const revalidated = await get({ 'accept-encoding': 'br', 'if-none-match': `W/"other", ${br.headers.etag}` })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    expect(revalidated.headers.etag).toBe(br.headers.etag)
    expect(revalidated.headers.vary).toBe('Accept-Encoding')
    expect((await get({ 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) })).status).toBe(200)
    expect((await get({ 'if-none-match': '"stale"' })).status).toBe(200)
  })

  it('answers HEAD with the headers of a GET and no body', async () => {
    const head = await get({ 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBe(bodyFor(page, 'gzip').length)
  })
})

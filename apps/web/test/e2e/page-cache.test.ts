// The page cache against the built site and a real CMS: every visitor of a cached page gets the
// same headers and bytes whether it was a hit or a miss, in each encoding, with ETag/304; one
// entry per canonical URL; per-visitor form keys; freshness after a publish.
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient } from '@clinic/client'
import type { WebProcess } from '@clinic/testing'
import { sendNotice, startStack, startWebServer, textOf, waitUntil, type Stack } from './stack'

let stack: Stack
let article: string

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A GET with the body as sent (still compressed), as a browser receives it. */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(`${stack.webUrl}${path}`, { method, headers: { accept: 'text/html', ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

const decoded = (response: RawResponse) => {
  const encoding = response.headers['content-encoding']
  return (encoding === 'br' ? brotliDecompressSync(response.body) : encoding === 'gzip' ? gunzipSync(response.body) : response.body).toString('utf8')
}

const withoutDate = (headers: RawResponse['headers']) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'))

async function emptyCache() {
  const response = await sendNotice(stack.webUrl, stack.secret, { event: 'entry.update', model: 'article' })
  expect(response.status).toBe(200)
  return (await response.json()) as unknown
}

/** What the site's server has printed so far, line by line. */
const linesOf = (output: string[]) => output.join('').split('\n')
const webLines = () => linesOf(stack.webOutput)
/**
 * The slugs of the CMS queries the site has made so far for `operation`, in order (`-` for none):
 * scripts/cms-query-timer.mjs prints `[cms-query] <operation> <start> <duration> <bytes> <slug>`.
 */
const cmsQuerySlugs = (operation: string) =>
  webLines()
    .filter((line) => line.startsWith(`[cms-query] ${operation} `))
    .map((line) => line.split(' ').slice(5).join(' '))
const cmsQueries = (operation: string, slug: string) => cmsQuerySlugs(operation).filter((sent) => sent === slug).length
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  stack = await startStack({ webEnv: { NODE_OPTIONS: `--import=${fileURLToPath(new URL('../../scripts/cms-query-timer.mjs', import.meta.url))}` } })
  const { items } = await createContentClient({ endpoint: `${stack.cmsUrl}/graphql` }).listArticles()
  article = `/articles/${(items.find((item) => item.sensitiveTopic) ?? items[0])!.slug}`
})

afterAll(async () => {
  await stack?.stop()
})

describe('a cached page', () => {
  it('has the same headers and bytes on a miss and on a hit, security headers included', async () => {
    for (const path of [article, '/', '/rss.xml']) {
      for (const encoding of ['gzip', 'identity']) {
        await emptyCache()
        const miss = await rawGet(path, { 'accept-encoding': encoding })
        const hit = await rawGet(path, { 'accept-encoding': encoding })
        expect(miss.status, path).toBe(200)
        expect(withoutDate(hit.headers), `${path} ${encoding}`).toEqual(withoutDate(miss.headers))
        expect(hit.body.equals(miss.body), `${path} ${encoding}`).toBe(true)
      }
    }
    const { headers } = await rawGet(article)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['strict-transport-security']).toContain('max-age=')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['permissions-policy']).toContain('camera=()')
  })

  it('comes as brotli, gzip or as it is, all decoding to the same page, each with its own strong ETag', async () => {
    // Brotli at its highest quality is made a while after the page enters the cache.
    await waitUntil(async () => (await rawGet(article, { 'accept-encoding': 'br' })).headers['content-encoding'] === 'br', 30_000, 250)
    const [br, gzip, identity] = await Promise.all([
      rawGet(article, { 'accept-encoding': 'br' }),
      rawGet(article, { 'accept-encoding': 'gzip' }),
      rawGet(article, { 'accept-encoding': 'identity' }),
    ])
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(decoded(br)).toBe(identity.body.toString('utf8'))
    expect(decoded(gzip)).toBe(identity.body.toString('utf8'))
    expect(br.body.length).toBeLessThan(gzip.body.length)
    const tags = [br, gzip, identity].map((response) => String(response.headers.etag))
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/) // strong: no W/
    expect(new Set(tags).size).toBe(3)
    for (const response of [br, gzip, identity]) {
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(Number(response.headers['content-length'])).toBe(response.body.length)
    }
  })

  it('answers 304 Not Modified to a browser whose copy is current, and the page to one whose copy is not', async () => {
    const first = await rawGet(article, { 'accept-encoding': 'gzip' })
    const again = await rawGet(article, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers.vary).toBe('Accept-Encoding')
    expect((await rawGet(article, { 'accept-encoding': 'gzip', 'if-none-match': '"an-old-copy"' })).status).toBe(200)
  })

  it('answers HEAD with the headers alone', async () => {
    const head = await rawGet(article, { 'accept-encoding': 'gzip' }, 'HEAD')
    const get = await rawGet(article, { 'accept-encoding': 'gzip' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
    expect(head.headers.etag).toBe(get.headers.etag)
  })
})

describe('one entry per canonical URL', () => {
  it.each([
    ['/rss.xml?x=1', '/rss.xml'],
    ['/sitemap.xml?v=2', '/sitemap.xml'],
    ['/?utm_source=newsletter', '/'],
    ['/articles?topic=x&utm_medium=email&page=1', '/articles?topic=x'],
    ['/articles/', '/articles'],
  ])('redirects %s to %s instead of caching it again', async (path, canonical) => {
    const response = await rawGet(path)
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe(canonical)
  })

  it('answers unknown slugs, topics and pages with a real 404 every time, never a cached page', async () => {
    for (const path of ['/articles/no-such-article', '/therapists/nobody-here', '/approaches/none', '/articles?topic=no-such-topic', '/articles?page=99']) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await rawGet(path, { 'accept-encoding': 'gzip' })
        expect(response.status, path).toBe(404)
        expect(textOf(decoded(response)), path).toContain('Page not found')
        expect(response.headers['content-security-policy'], path).toContain("default-src 'self'")
      }
    }
  })

  it('serves a slug that was unknown as soon as it is published', async () => {
    const slug = `e2e-was-unknown-${Date.now().toString(36)}`
    expect((await rawGet(`/articles/${slug}`)).status).toBe(404)
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Now it exists', slug }))
    await waitUntil(async () => (await rawGet(`/articles/${slug}`)).status === 200, 2000)
  })
})

describe('a cold render', () => {
  it('asks the CMS for its entry once: the read started as the render begins is the one the page uses', async () => {
    // A new article, so no warming after a notice renders it before this visitor does.
    const slug = `e2e-read-once-${Date.now().toString(36)}`
    const warmings = () => webLines().filter((line) => line.includes('[page-cache] after entry.publish (article)')).length
    const warmed = warmings()
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Read once', slug }))
    await waitUntil(async () => warmings() > warmed, 10_000)
    const response = await rawGet(`/articles/${slug}`)
    expect(response.status).toBe(200)
    expect(decoded(response)).toContain('Read once')
    await waitUntil(async () => cmsQueries('PublishedArticle', slug) > 0, 2000)
    expect(cmsQueries('PublishedArticle', slug)).toBe(1)
    // Served from the cache now: no query at all.
    expect((await rawGet(`/articles/${slug}`)).status).toBe(200)
    expect(cmsQueries('PublishedArticle', slug)).toBe(1)
  })

  it('never asks the CMS about a slug no page can have', async () => {
    const before = cmsQuerySlugs('PublishedArticle').length
    for (const path of ['/articles/not%20a%20slug', '/articles/%3Cscript%3E', '/fr/articles/a%2Fb']) {
      expect((await rawGet(path)).status, path).toBe(404)
    }
    // Warming after the last test's publish may still read real articles meanwhile: every read
    // since must be of a slug a page can have.
    for (const slug of cmsQuerySlugs('PublishedArticle').slice(before)) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})

describe('pages with a form', () => {
  it('give two visitors two idempotency keys, in every encoding, and let no browser keep the page', async () => {
    const keyOf = (html: string) => /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(html)?.[1]
    const responses = [
      await rawGet('/contact', { 'accept-encoding': 'br, gzip' }),
      await rawGet('/contact', { 'accept-encoding': 'gzip' }),
      await rawGet('/contact', { 'accept-encoding': 'identity' }),
    ]
    const keys = responses.map((response) => keyOf(decoded(response)))
    for (const key of keys) expect(key).toBeTruthy()
    expect(new Set(keys).size).toBe(3)
    for (const response of responses) {
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.headers.etag).toBeUndefined()
      expect(response.headers.vary).toBe('Accept-Encoding')
    }
    expect(decoded(responses[0]!).replace(keys[0]!, 'KEY')).toBe(decoded(responses[2]!).replace(keys[2]!, 'KEY'))
  })
})

describe('warming after a notice', () => {
  it('renders the pages visited lately again at once, but no search (each is one visitor’s)', async () => {
    const visited = ['/', article, '/approaches', '/fr']
    for (const path of [...visited, ...visited, '/search?q=emdr']) expect((await rawGet(path)).status).toBe(200)
    const lines = () => webLines().filter((line) => line.includes('[page-cache] after entry.update (article)'))
    const before = lines().length
    await emptyCache()
    await waitUntil(async () => lines().length > before, 10_000)
    const warmed = lines().at(-1)!.match(/\(([^()]*)\)$/)![1]!.split(' ')
    expect(warmed).toEqual(expect.arrayContaining(visited))
    expect(warmed.some((url) => url.startsWith('/search'))).toBe(false)
  })
})

describe('freshness', () => {
  it('shows a published change on a cached page within 2 seconds', async () => {
    const slug = `e2e-fresh-${Date.now().toString(36)}`
    const documentId = await stack.admin.createDraftArticle({ title: 'First words', slug })
    await stack.admin.publish(documentId)
    await waitUntil(async () => textOf(decoded(await rawGet(`/articles/${slug}`, { 'accept-encoding': 'br, gzip' }))).includes('First words'), 2000)
    await stack.admin.updateDraft(documentId, { title: 'Second words' })
    await stack.admin.publish(documentId)
    await waitUntil(async () => textOf(decoded(await rawGet(`/articles/${slug}`, { 'accept-encoding': 'br, gzip' }))).includes('Second words'), 2000)
  })

  it('shows the clinic details through an article publish, and a change to them within 2 seconds', async () => {
    // The clinic details (single type, no draft) as staff edit them in the admin.
    const clinicPath = `${stack.admin.cmsUrl}/content-manager/single-types/api::clinic.clinic?locale=en`
    const asStaff = { authorization: `Bearer ${stack.admin.token}`, 'content-type': 'application/json' }
    const saveClinic = async (data: Record<string, unknown>) => {
      const response = await fetch(clinicPath, { method: 'PUT', headers: asStaff, body: JSON.stringify(data) })
      expect(response.status).toBe(200)
    }
    const { data: clinic } = (await (await fetch(clinicPath, { headers: asStaff })).json()) as { data: { crisisLines: { name: string }[] } }
    const helpLine = clinic.crisisLines[0]!.name
    // The sensitive article shows the help lines from the clinic details.
    const articleText = async () => textOf(decoded(await rawGet(article, { 'accept-encoding': 'br, gzip' })))
    expect(await articleText()).toContain(helpLine)

    // An article published: the page is rendered again, with the clinic details read afresh.
    const slug = `e2e-kept-${Date.now().toString(36)}`
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Kept clinic words', slug }))
    await waitUntil(async () => (await rawGet(`/articles/${slug}`)).status === 200, 2000)
    expect(await articleText()).toContain(helpLine)

    const renamed = `${helpLine} (renamed ${Date.now().toString(36)})`
    try {
      await saveClinic({ crisisLines: clinic.crisisLines.map((line, index) => (index === 0 ? { ...line, name: renamed } : line)) })
      await waitUntil(async () => (await articleText()).includes(renamed), 2000)
    } finally {
      await saveClinic({ crisisLines: clinic.crisisLines })
    }
    await waitUntil(async () => !(await articleText()).includes(renamed), 2000)
  })
})

describe('young-generation collections between requests (NUXT_IDLE_GC)', () => {
  const observer = fileURLToPath(new URL('./gc-observer.mjs', import.meta.url))
  const collections = (site: WebProcess, kind: 'forced' | 'own') => linesOf(site.output).filter((line) => line === `[gc-observer] minor ${kind}`).length
  /** A few renders (the cache is off, so each request renders), then a quiet moment. */
  async function loadThenPause(site: WebProcess): Promise<void> {
    for (let request = 0; request < 3; request++) expect((await fetch(`${site.url}${article}`)).status).toBe(200)
    await pause(100)
  }

  it('collects in quiet moments by default, and never with NUXT_IDLE_GC=false, under the same load', async () => {
    const start = (env: Record<string, string>) =>
      startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, env: { NODE_OPTIONS: `--import=${observer}`, NUXT_CACHE_DISABLED: 'true', NUXT_WARM_PAGES: '0', ...env } })
    const sites: WebProcess[] = []
    try {
      const byDefault = await start({})
      sites.push(byDefault)
      const off = await start({ NUXT_IDLE_GC: 'false' })
      sites.push(off)
      let rounds = 0
      for (; rounds < 100 && collections(byDefault, 'forced') === 0; rounds++) await loadThenPause(byDefault)
      expect(collections(byDefault, 'forced')).toBeGreaterThan(0)
      // As many quiet moments, and enough renders that V8 collected on its own a few times.
      for (let round = 0; round < 100 && (round < rounds || collections(off, 'own') < 3); round++) await loadThenPause(off)
      // The last lines come through a pipe: a moment for them before counting.
      await pause(300)
      expect(collections(off, 'own')).toBeGreaterThanOrEqual(3)
      expect(collections(off, 'forced')).toBe(0)
    } finally {
      await Promise.all(sites.map((site) => site.stop()))
    }
  })
})

// The website's cache keeps one entry per canonical URL. If any query string made a new entry, a
// script could fill the cache (evicting real pages) and make every request a fresh render. From
// outside, a variant must either be redirected to the canonical URL or be answered from the very
// entry the canonical URL has (same `last-modified`, the moment that entry was rendered, checked
// after the clock has moved on). Unknown slugs are 404s nobody caches.
import { beforeAll, describe, expect, it } from 'vitest'
import { send, stack, waitUntil, web, type Answer } from '../support/http'
import { staff } from '../support/staff'

let articleSlug: string

beforeAll(async () => {
  articleSlug = (await (await staff('editor')).publishedArticle({ title: `Cache key probe ${Date.now()}` })).slug
})

const get = (path: string) => web(path, { headers: { accept: 'text/html,application/xml,*/*' } })
const second = () => Math.floor(Date.now() / 1000)

/** Waits until the wall clock is in a later second than `since` (last-modified has 1 s steps). */
const nextSecond = (since: number) => waitUntil('the clock to move on', async () => second() > since, 5000, 50)

/** `variant` makes a new spelling each round: a spelling asked once is in the cache by then. */
async function expectSameEntryOrRedirect(canonical: string, variants: () => string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const variant = variants()
    const before = await get(canonical)
    expect(before.status).toBe(200)
    await nextSecond(second())
    const answer = await get(variant)
    if (answer.status >= 300 && answer.status < 400) {
      const target = new URL(answer.headers.get('location')!, stack().webUrl)
      expect(target.pathname + target.search).toBe(canonical)
      return
    }
    const after = await get(canonical)
    // A content change cleared the cache meanwhile: this round proves nothing, try again.
    if (after.headers.get('last-modified') !== before.headers.get('last-modified')) continue
    expect(answer.status).toBe(200)
    // Without a redirect, the entry's render time is the only outside witness: it must be there.
    expect(before.headers.get('last-modified'), `${canonical} is neither redirected to nor dated`).toBeTruthy()
    expect(answer.headers.get('last-modified'), `${variant} was rendered into an entry of its own`).toBe(before.headers.get('last-modified'))
    return
  }
  throw new Error(`The cache was cleared during every attempt for variants of ${canonical}`)
}

describe('one cache entry per canonical URL', () => {
  const bust = () => `x=${Math.random().toString(36).slice(2)}`
  it.each([
    ['/rss.xml', () => `/rss.xml?${bust()}`],
    ['/rss.xml', () => `/rss.xml?format=atom&${bust()}`],
    ['/sitemap.xml', () => `/sitemap.xml?${bust()}`],
    ['/', () => `/?utm_source=${bust()}`],
    ['/articles', () => `/articles?${bust()}`],
    ['/articles', () => `/articles?page=1&${bust()}`],
    ['/therapists', () => `/therapists/?${bust()}`],
  ])('%s and a variant', async (canonical, variant) => {
    await expectSameEntryOrRedirect(canonical, variant)
  })

  it('an article page and a variant', async () => {
    await expectSameEntryOrRedirect(`/articles/${articleSlug}`, () => `/articles/${articleSlug}?fbclid=${Math.random()}`)
  })
})

describe('unknown slugs', () => {
  const uncacheable = (answer: Answer) => {
    expect(answer.status).toBe(404)
    const cacheControl = answer.headers.get('cache-control') ?? ''
    expect(cacheControl).not.toMatch(/s-maxage|public|max-age=[1-9]/)
    expect(Number(answer.headers.get('age') ?? 0)).toBe(0)
  }

  it.each([
    ['an article', (slug: string) => `/articles/${slug}`],
    ['a therapist', (slug: string) => `/therapists/${slug}`],
    ['an approach', (slug: string) => `/approaches/${slug}`],
  ])('%s that does not exist is a 404 that is not stored', async (_name, path) => {
    const slug = `no-such-page-${Math.random().toString(36).slice(2)}`
    const first = await get(path(slug))
    uncacheable(first)
    await nextSecond(second())
    const again = await get(path(slug))
    uncacheable(again)
    // Had it been stored, the second answer would carry the first one's validators.
    if (first.headers.get('last-modified')) expect(again.headers.get('last-modified')).not.toBe(first.headers.get('last-modified'))
  })

  it('a slug that is not a slug at all is a 404 without a render', async () => {
    const answer = await send(`${stack().webUrl}/articles/${encodeURIComponent('<script>')}%00`, { headers: { accept: 'text/html' } })
    expect([400, 404]).toContain(answer.status)
    expect(answer.text).not.toContain('<script>')
  })
})

// The page cache: rendered pages (server/utils/page-variants.ts), one entry per canonical URL
// (server/utils/page-routes.ts), in the Nitro storage mount `cache` under `pages:` — the mount the
// CMS webhook empties (server/utils/cache-invalidation.ts). Pointing that mount at another
// unstorage driver (Redis for several instances) moves the pages with it: nothing here depends on
// the driver.
//
// Each instance also keeps decoded copies of the pages it read in the last second, so a hit costs
// a map lookup instead of a storage read and a decode. A second is the most another instance can
// lag behind a webhook that emptied the shared storage.
//
// Freshness: the webhook empties everything (and this instance's copies at once). Past
// PAGE_TTL_MS an entry is still served while one fresh render runs in the background
// (stale-while-revalidate); if that render fails (CMS down, a 5xx) the old page stays, if it says
// the page is gone (404, 410) the entry goes. Concurrent misses of one URL share one render.
import { LRUCache } from 'lru-cache'
import { addBrotli, type PageVariants } from './page-variants'

export const PAGE_TTL_MS = 300_000
const COPY_TTL_MS = 1000
/**
 * Brotli at quality 11 costs ~40 ms of CPU for an article page, where gzip costs 1 ms: it is made
 * for pages that stay, a while after they enter the cache, one page at a time, so it never
 * competes with the renders that follow a publish (nor with the webhook's later clears, 1 s and
 * 6 s after it, which would throw it away). Until then browsers get gzip.
 */
const BROTLI_DELAY_MS = 10_000
let brotliQueue: Promise<void> = Promise.resolve()

const storageKey = (url: string) => `pages:${encodeURIComponent(url)}`

/** A page as stored: buffers as base64, so any driver (memory, Redis) can hold it as JSON. */
type StoredPage = Omit<PageVariants, 'parts' | 'gzip' | 'deflatedParts' | 'br'> & {
  parts: string[]
  gzip?: string
  deflatedParts?: string[]
  br?: string
}

const toBase64 = (buffer: Buffer) => buffer.toString('base64')
const fromBase64 = (text: string) => Buffer.from(text, 'base64')

function toStored(page: PageVariants): StoredPage {
  return {
    ...page,
    parts: page.parts.map(toBase64),
    gzip: page.gzip && toBase64(page.gzip),
    deflatedParts: page.deflatedParts?.map(toBase64),
    br: page.br && toBase64(page.br),
  }
}

function fromStored(stored: StoredPage): PageVariants {
  return {
    ...stored,
    parts: stored.parts.map(fromBase64),
    gzip: stored.gzip === undefined ? undefined : fromBase64(stored.gzip),
    deflatedParts: stored.deflatedParts?.map(fromBase64),
    br: stored.br === undefined ? undefined : fromBase64(stored.br),
  }
}

const bytesOf = (page: PageVariants) =>
  [...page.parts, ...(page.deflatedParts ?? []), page.gzip, page.br].reduce((sum, buffer) => sum + (buffer?.length ?? 0), 0) + 2048

const copies = new LRUCache<string, PageVariants>({ maxSize: 32 * 1024 * 1024, sizeCalculation: bytesOf, ttl: COPY_TTL_MS })
const rendering = new Map<string, Promise<PageVariants>>()
/** Bumped when the cache is emptied: a render begun before that does not store what it read. */
let generation = 0

async function readStored(url: string): Promise<PageVariants | undefined> {
  const stored = await useStorage('cache').getItem<StoredPage>(storageKey(url))
  return stored ? fromStored(stored) : undefined
}

async function store(url: string, page: PageVariants): Promise<void> {
  await useStorage('cache').setItem(storageKey(url), toStored(page))
  // Copies are only ever made from what the storage holds (so a storage that keeps nothing, as
  // with NUXT_CACHE_DISABLED, means no copies either): the next request reads this render.
  copies.delete(url)
}

/** The cached page for a canonical URL, if any. */
export async function cachedPage(url: string): Promise<PageVariants | undefined> {
  const copy = copies.get(url)
  if (copy) return copy
  const stored = await readStored(url)
  if (stored) copies.set(url, stored)
  return stored
}

export function isStale(page: PageVariants): boolean {
  return Date.now() - page.renderedAt > PAGE_TTL_MS
}

/**
 * Renders a canonical URL for the cache (joining a render of it already under way) and stores
 * the result when every visitor may have it; brotli follows in the background.
 */
export function renderForCache(url: string, render: () => Promise<PageVariants>): Promise<PageVariants> {
  const pending = rendering.get(url)
  if (pending) return pending
  const startedIn = generation
  const done = render()
    .then(async (page) => {
      if (startedIn !== generation) return page
      if (page.shared) {
        await store(url, page)
        scheduleBrotli(url, page, startedIn)
      } else if (page.status === 404 || page.status === 410) {
        copies.delete(url)
        await useStorage('cache').removeItem(storageKey(url))
      }
      return page
    })
    .finally(() => {
      if (rendering.get(url) === done) rendering.delete(url)
    })
  rendering.set(url, done)
  return done
}

function scheduleBrotli(url: string, page: PageVariants, startedIn: number): void {
  const timer = setTimeout(() => {
    brotliQueue = brotliQueue.then(() => storeBrotli(url, page, startedIn))
  }, BROTLI_DELAY_MS)
  timer.unref()
}

/** Adds brotli to the stored page, if this render is still the one stored. */
async function storeBrotli(url: string, page: PageVariants, startedIn: number): Promise<void> {
  const isCurrent = async () => startedIn === generation && (await readStored(url))?.etag === page.etag
  try {
    if (!(await isCurrent())) return
    await addBrotli(page)
    if (page.br && (await isCurrent())) await store(url, page)
  } catch (error) {
    console.error(`[page-cache] brotli for ${url} failed`, error)
  }
}

/** The canonical URLs the storage holds a page for. */
export async function storedPageUrls(): Promise<string[]> {
  const keys = await useStorage('cache').getKeys('pages')
  return keys.flatMap((key) => {
    const at = key.indexOf('pages:')
    try {
      return at === -1 ? [] : [decodeURIComponent(key.slice(at + 'pages:'.length))]
    } catch {
      return []
    }
  })
}

/**
 * Renders these pages into the cache again, one at a time, so that their next visitors are not
 * the ones who wait for a render. Stops when the cache is emptied again (a newer notice warms
 * what it needs itself); skips pages a visitor's request has rendered or is rendering meanwhile.
 */
export async function warmPages(urls: readonly string[], render: (url: string) => Promise<PageVariants>): Promise<void> {
  if (!urls.length) return
  const startedIn = generation
  const started = performance.now()
  let rendered = 0
  for (const url of urls) {
    if (startedIn !== generation) return
    if (rendering.has(url) || (await cachedPage(url))) continue
    if (startedIn !== generation) return
    await renderForCache(url, () => render(url))
      .then(() => rendered++)
      .catch((error) => console.error(`[page-cache] warming ${url} failed`, error))
  }
  console.info(`[page-cache] warmed ${rendered} of ${urls.length} pages in ${Math.round(performance.now() - started)} ms`)
}

/** Forgets this instance's copies and renders under way (the storage itself is emptied by the caller). */
export function forgetPageCopies(): void {
  generation++
  copies.clear()
  rendering.clear()
}

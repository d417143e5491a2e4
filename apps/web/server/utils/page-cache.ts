// The page cache: rendered pages (server/utils/page-variants.ts), one entry per canonical URL
// (server/utils/page-routes.ts), in the Nitro storage mount `cache` under `pages:` — the mount the
// CMS webhook sweeps (server/utils/cache-invalidation.ts). Pointing that mount at another
// unstorage driver (Redis for several instances) moves the pages with it: nothing here depends on
// the driver.
//
// Each instance also keeps decoded copies of the pages it read in the last second, so a hit costs
// a map lookup instead of a storage read and a decode. Copies are of the current version only
// (every change of version forgets them all), so they are looked up by canonical URL alone.
//
// Freshness: every key (stored page, render under way) carries the content version
// (server/utils/content-version.ts), which each change notice bumps on every instance at once: a
// page rendered before the change is never served after it, wherever it was stored. Past
// PAGE_TTL_MS an entry is still served while one fresh render runs in the background
// (stale-while-revalidate); if that render fails (CMS down, a 5xx) the old page stays, if it says
// the page is gone (404, 410) the entry goes. Concurrent misses of one URL share one render.
import { LRUCache } from 'lru-cache'
import { onContentVersionChange, pageVersion } from './content-version'
import { addBrotli, type PageVariants } from './page-variants'

export const PAGE_TTL_MS = 300_000
const COPY_TTL_MS = 1000
/**
 * Brotli at quality 11 costs ~40 ms of CPU for an article page, where gzip costs 1 ms: it is made
 * for pages that stay, a while after they enter the cache, one page at a time, so it never
 * competes with the renders that follow a publish. Until then browsers get gzip.
 */
const BROTLI_DELAY_MS = 10_000
let brotliQueue: Promise<void> = Promise.resolve()

/** One key per page version (every scope's, content-version.ts) and canonical URL, for storage and renders. */
const keyOf = (url: string) => `pages:${pageVersion()}:${encodeURIComponent(url)}`

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

// ttlResolution: the copies' clock is read at most every 50 ms, not on each hit (lru-cache arms a
// timer each time it reads it).
const copies = new LRUCache<string, PageVariants>({ maxSize: 32 * 1024 * 1024, sizeCalculation: bytesOf, ttl: COPY_TTL_MS, ttlResolution: 50 })
const rendering = new Map<string, Promise<PageVariants>>()

// Another version's copies and renders can never be asked for again: free them.
onContentVersionChange(() => forgetPageCopies())

// Storage unreachable (Redis down): a read is a miss and a write is skipped, so pages are rendered
// afresh until it is back instead of answering 500 (apps/web/README.md, "Redis down").
let storageDownSince = 0
function storageFailed(error: unknown): undefined {
  if (Date.now() - storageDownSince > 10_000) console.warn(`[page-cache] storage unreachable, rendering afresh: ${(error as Error).message}`)
  storageDownSince = Date.now()
  return undefined
}

async function readStored(key: string): Promise<PageVariants | undefined> {
  const stored = await useStorage('cache').getItem<StoredPage>(key).catch(storageFailed)
  return stored ? fromStored(stored) : undefined
}

async function store(url: string, key: string, page: PageVariants): Promise<void> {
  await useStorage('cache').setItem(key, toStored(page)).catch(storageFailed)
  // Copies are only ever made from what the storage holds (so a storage that keeps nothing, as
  // with NUXT_CACHE_DISABLED, means no copies either): the next request reads this render.
  copies.delete(url)
}

/**
 * This instance's copy of the page at a canonical URL, if it has one and the page is fresh: a hit
 * that needs no storage read, answered without waiting (server/plugins/page-hits.ts).
 */
export function freshCopy(url: string): PageVariants | undefined {
  const copy = copies.get(url)
  return copy && !isStale(copy) ? copy : undefined
}

/** The cached page for a canonical URL, if any. */
export async function cachedPage(url: string): Promise<PageVariants | undefined> {
  const copy = copies.get(url)
  if (copy) return copy
  const key = keyOf(url)
  const stored = await readStored(key)
  // A read that a change notice overtook is of an old version: not kept as a copy.
  if (stored && key === keyOf(url)) copies.set(url, stored)
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
  // The version when the render begins: what it read is stored under that one, even if a notice
  // bumps it meanwhile (then nobody reads it again).
  const key = keyOf(url)
  const pending = rendering.get(key)
  if (pending) return pending
  const done = render()
    .then(async (page) => {
      if (page.shared) {
        await store(url, key, page)
        scheduleBrotli(url, key, page)
      } else if (page.status === 404 || page.status === 410) {
        copies.delete(url)
        await useStorage('cache').removeItem(key).catch(storageFailed)
      }
      return page
    })
    .finally(() => {
      if (rendering.get(key) === done) rendering.delete(key)
    })
  rendering.set(key, done)
  return done
}

function scheduleBrotli(url: string, key: string, page: PageVariants): void {
  const timer = setTimeout(() => {
    brotliQueue = brotliQueue.then(() => storeBrotli(url, key, page))
  }, BROTLI_DELAY_MS)
  timer.unref()
}

/** Adds brotli to the stored page, if this render is still the one stored and its version current. */
async function storeBrotli(url: string, key: string, page: PageVariants): Promise<void> {
  const isCurrent = async () => key.startsWith(`pages:${pageVersion()}:`) && (await readStored(key))?.etag === page.etag
  try {
    if (!(await isCurrent())) return
    await addBrotli(page)
    if (page.br && (await isCurrent())) await store(url, key, page)
  } catch (error) {
    console.error(`[page-cache] brotli for ${key} failed`, error)
  }
}

/** Forgets this instance's copies and renders under way (after a change of version: they are old). */
export function forgetPageCopies(): void {
  copies.clear()
  rendering.clear()
}

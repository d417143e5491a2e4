// Dropping cached pages when content changes.
//
// Why everything, on any event: a change to one entry shows up on many pages (an article appears
// on the home page, the article list and its pages, its topic filters, its author's and its
// approaches' pages, related articles elsewhere, the sitemap and the feed; a therapist's name is
// on every article they wrote or reviewed). Working out that graph per event is fragile, and the
// site is small: re-rendering a page costs a few milliseconds and one CMS query. So the whole
// `cache` mount (rendered pages + CMS answers) is emptied, except the few CMS answers only one
// type's notices can change (server/utils/notice-scope.ts), with this instance's decoded copies of
// pages (server/utils/page-cache.ts); the pages that were cached are then rendered again in the
// background (warmPages), and a visitor who asks before that renders the page fresh. The mount is
// Nitro storage, so this works the same when the cache moves to Redis (other instances drop their
// copies within a second).
//
// Why again later: a render that started before the change (and so read the old content) can
// finish after the clear and store the old page again, and a request arriving just after the
// clear can join such an in-flight read. Clearing again once those have finished closes the
// window: after 1 s for the usual case, and after 6 s for reads that ran into the CMS client's
// 5 s timeout.
import { keptPrefixes, type Notice } from './notice-scope'
import { storedPageUrls, warmPages } from './page-cache'
import { renderPage } from './page-render'
import { pageRequestOf } from './page-routes'

const LATER_CLEARS_MS = [1000, 6000]
/** At most this many cached pages are rendered again after a notice (about 20 ms of CPU each). */
const WARM_LIMIT = 60

let laterClears: ReturnType<typeof setTimeout>[] = []
/** The notices the later clears still answer for (a new notice replaces the timers, not them). */
let pendingNotices: Notice[] = []

/** Empties the cache (less what these notices cannot have changed); answers how many pages it renders again. */
async function clearAll(notices: readonly Notice[]): Promise<number> {
  const cache = useStorage('cache')
  const warm = warmingOrder(await storedPageUrls())
  // Before: renders under way read the old content and must not store it. After: neither may
  // renders that began while the storage was being emptied (they may have read old CMS answers).
  forgetPageCopies()
  // Answers none of these notices can have changed stay (server/utils/notice-scope.ts).
  const kept = keptPrefixes(notices)
  if (!kept.length) await cache.clear()
  else await Promise.all((await cache.getKeys()).filter((key) => !kept.some((prefix) => key.startsWith(prefix))).map((key) => cache.removeItem(key)))
  forgetPageCopies()
  // The pages that were cached are rendered again straight away, in the background: the first
  // visitors after a publish get a fresh page from the cache instead of waiting for its render.
  warmPages(warm, renderPage).catch((error) => console.error('[revalidate] warming pages failed', error))
  return warm.length
}

/**
 * Which of the cached pages to render again, in order: pages without a query (the site's own
 * pages, in both languages) before finder and list filters; searches never (one entry per
 * visitor's query, rate-limited); at most WARM_LIMIT, so a notice costs a bounded amount of work.
 */
function warmingOrder(urls: readonly string[]): string[] {
  const pages = urls.filter((url) => !pageRequestOf(url)?.route.rateLimited)
  const plain = pages.filter((url) => !url.includes('?'))
  return [...plain, ...pages.filter((url) => url.includes('?'))].slice(0, WARM_LIMIT)
}

/** Empties the cache for a notice, now and again later; answers how many pages are being rendered again. */
export async function clearContentCache(notice: Notice = {}): Promise<number> {
  for (const timer of laterClears) clearTimeout(timer)
  const notices = [...pendingNotices, notice]
  pendingNotices = notices
  const warming = await clearAll([notice])
  laterClears = LATER_CLEARS_MS.map((delay, index) => {
    const timer = setTimeout(() => {
      if (index === LATER_CLEARS_MS.length - 1) pendingNotices = []
      clearAll(notices).catch((error) => console.error('[revalidate] later cache clear failed', error))
    }, delay)
    timer.unref?.()
    return timer
  })
  return warming
}

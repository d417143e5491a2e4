// Dropping cached pages when content changes.
//
// Why everything, on any event: a change to one entry shows up on many pages (an article appears
// on the home page, the article list and its pages, its topic filters, its author's and its
// approaches' pages, related articles elsewhere, the sitemap and the feed; a therapist's name is
// on every article they wrote or reviewed). Working out that graph per event is fragile, and the
// site is small: re-rendering a page costs a few milliseconds and one CMS query. So the whole
// `cache` mount (rendered pages + CMS answers) is emptied, with this instance's decoded copies of
// pages (server/utils/page-cache.ts); the next visitor of each page renders it fresh. The mount is
// Nitro storage, so this works the same when the cache moves to Redis (other instances drop their
// copies within a second).
//
// Why again later: a render that started before the change (and so read the old content) can
// finish after the clear and store the old page again, and a request arriving just after the
// clear can join such an in-flight read. Clearing again once those have finished closes the
// window: after 1 s for the usual case, and after 6 s for reads that ran into the CMS client's
// 5 s timeout.
const LATER_CLEARS_MS = [1000, 6000]

let laterClears: ReturnType<typeof setTimeout>[] = []

async function clearAll(): Promise<void> {
  // Before: renders under way read the old content and must not store it. After: neither may
  // renders that began while the storage was being emptied (they may have read old CMS answers).
  forgetPageCopies()
  await useStorage('cache').clear()
  forgetPageCopies()
}

export async function clearContentCache(): Promise<void> {
  await clearAll()
  for (const timer of laterClears) clearTimeout(timer)
  laterClears = LATER_CLEARS_MS.map((delay) => {
    const timer = setTimeout(() => {
      clearAll().catch((error) => console.error('[revalidate] later cache clear failed', error))
    }, delay)
    timer.unref?.()
    return timer
  })
}

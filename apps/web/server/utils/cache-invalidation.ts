// Dropping cached pages when content changes.
//
// Why everything, on any event: a change to one entry shows up on many pages (an article appears
// on the home page, the article list and its pages, its topic filters, its author's and its
// approaches' pages, related articles elsewhere, the sitemap and the feed; a therapist's name is
// on every article they wrote or reviewed). Working out that graph per event is fragile, and the
// site is small: re-rendering a page costs a few milliseconds and one CMS query.
//
// How: the content version goes up on every instance at once (server/utils/content-version.ts),
// so no page or CMS answer cached before the change is read again: the next visitor of each page
// on each instance gets one fresh render (concurrent visitors share it). Then the `cache` mount is
// emptied, which frees the old version's entries and drops the search index's stamp
// (server/utils/search-index.ts); renders under the new version that it removes are made again.
export async function clearContentCache(): Promise<void> {
  await bumpContentVersion()
  await useStorage('cache').clear()
}

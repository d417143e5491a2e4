// Dropping cached pages when content changes.
//
// Why every page, on any event: a change to one entry shows up on many pages (an article appears
// on the home page, the article list and its pages, its topic filters, its author's and its
// approaches' pages, related articles elsewhere, the sitemap and the feed; a therapist's name is
// on every article they wrote or reviewed). Working out that graph per event is fragile, and the
// site is small: re-rendering a page costs a few milliseconds and one CMS query.
//
// How: the versions of the notice's scopes go up on every instance at once
// (server/utils/content-version.ts), so no page, and no CMS answer of those scopes, cached before
// the change is read again: the next visitor of each page on each instance gets one fresh render
// (concurrent visitors share it). The CMS answers of the other scopes (the clinic details and the
// comments, through an article publish) stay, and the render uses them.
//
// Then the `cache` mount is swept of what no current key can reach (pages of an older page
// version, answers of an older version of their scope, the search index's old stamps), which frees
// what the old versions held. A render that began before the bump may store its page after the
// sweep, under its old version: nobody reads it, and the next sweep (or the LRU, or Redis's
// expiry) removes it.
import type { Storage } from 'unstorage'
import { bumpContentVersion, CONTENT_SCOPES, contentVersion, pageVersion, scopeOfAnswer, type ContentScope } from './content-version'

export interface CurrentVersions {
  page: () => string
  of: (scope: ContentScope) => string
}
const current: CurrentVersions = { page: pageVersion, of: contentVersion }

/**
 * Whether a key of the `cache` mount belongs to the current versions. The keys: pages are
 * `pages:<page version>:<url>` (page-cache.ts); Nitro stores cached functions as
 * `content:<name>:<key>.json`, and every key starts with its scope's version (content.ts,
 * search-documents.ts); the search index's stamp is `search:version:<version>` (search-index.ts).
 */
export function isCurrentKey(key: string, versions: CurrentVersions = current): boolean {
  const [kind, name, rest] = key.split(':')
  if (kind === 'pages') return name === versions.page()
  if (kind === 'content' && name && rest) return rest.startsWith(`${versions.of(scopeOfAnswer(name))}.`)
  if (kind === 'search' && name === 'version') return rest === versions.of('content')
  return false
}

/** Removes every key of `storage` that no current key can reach. */
export async function sweepCache(storage: Storage, versions: CurrentVersions = current): Promise<void> {
  const keys = await storage.getKeys()
  await Promise.all(keys.filter((key) => !isCurrentKey(key, versions)).map((key) => storage.removeItem(key)))
}

export async function clearContentCache(scopes: readonly ContentScope[] = CONTENT_SCOPES): Promise<void> {
  await bumpContentVersion(scopes)
  await sweepCache(useStorage('cache'))
}

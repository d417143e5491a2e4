// The site search: one small MiniSearch index per language, in this process, built from published
// content (server/utils/search-documents.ts).
//
// Why in-process (and not the database's full-text search): the website already reads everything
// through @clinic/client, so the CMS stays unchanged and no draft or private field can be reached;
// the index folds accents the same way for French and English (PostgreSQL would need the unaccent
// extension, SQLite FTS5 its own tokenizer, and the two would rank differently); it covers the
// site's own Markdown and catalogue pages, which the CMS does not have; and the whole site is a few
// hundred entries (a build takes milliseconds and one CMS request per language and change: the
// read is shared by both languages' indexes and every instance, see search-documents.ts).
//
// Staying right on several instances: the version stamp below lives in the `cache` storage (Redis
// when there is more than one instance), under the content version, so each change notice starts
// a new one (server/utils/cache-invalidation.ts). Before answering, each instance
// compares the stamp with the one its index was built at; when it is missing or different, it
// rebuilds (writing a new stamp when none is there), so every instance rebuilds after a publish.
// An index older than the content cache's five minutes is rebuilt too (a missed webhook).
import MiniSearch, { type SearchResult } from 'minisearch'
import type { H3Event } from 'h3'
import { randomUUID } from 'node:crypto'
import type { SiteLocale } from '#shared/i18n'
import { excerptAround, highlight, queryTerms, searchTerm, splitWords } from '#shared/search/text'
import type { SearchAnswer, SearchHit } from '#shared/search/results'
import { contentVersion } from './content-version'
import { readSearchDocuments, type SearchDocument } from './search-documents'

/** The stamp of the content version now: a change to the content scope starts a new one. */
const versionKey = () => `search:version:${contentVersion()}`
const MAX_AGE_MS = 5 * 60 * 1000

interface BuiltIndex {
  version: string
  builtAt: number
  search: MiniSearch<SearchDocument>
  documents: Map<string, SearchDocument>
}

const indexes = new Map<SiteLocale, BuiltIndex>()
const building = new Map<SiteLocale, Promise<BuiltIndex>>()

function createIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  // Folding a word (Unicode NFD and all) is most of the cost of indexing, and the same few thousand
  // words come back again and again: each distinct word is folded once per build (half the time).
  const folded = new Map<string, string | null>()
  const indexTerm = (word: string) => {
    let term = folded.get(word)
    if (term === undefined) folded.set(word, (term = searchTerm(word)))
    return term
  }
  const search = new MiniSearch<SearchDocument>({
    fields: ['title', 'topics', 'text'],
    storeFields: [],
    tokenize: splitWords,
    processTerm: indexTerm,
    searchOptions: {
      // Queries are folded afresh (the map above lives for the build only).
      processTerm: searchTerm,
      // Title matches first, then topics (article topics, a therapist's approaches and focus areas).
      boost: { title: 6, topics: 3, text: 1 },
      // "anx" finds "anxiety"; one typo in a long word is forgiven.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      combineWith: 'AND',
    },
  })
  search.addAll(documents)
  folded.clear()
  return search
}

/** The stamp, or null while the storage cannot be read (Redis down or not connected yet). */
async function currentVersion(): Promise<string | null> {
  const storage = useStorage('cache')
  try {
    const stored = await storage.getItem<string>(versionKey())
    if (typeof stored === 'string' && stored) return stored
    const version = randomUUID()
    await storage.setItem(versionKey(), version)
    return version
  } catch (error) {
    // Answer anyway (as pages do): the index this instance has, within its five minutes, or a
    // build of its own that no other instance shares.
    console.warn(`[search] version stamp unreadable: ${(error as Error).message}`)
    return null
  }
}

async function build(event: H3Event, locale: SiteLocale, version: string): Promise<BuiltIndex> {
  const started = performance.now()
  const documents = await readSearchDocuments(event, locale, version)
  const read = performance.now()
  const built = { version, builtAt: Date.now(), search: createIndex(documents), documents: new Map(documents.map((document) => [document.id, document])) }
  // Once per change, language and instance: how long the rebuild took (pnpm bench:search reads it).
  console.info(`[search] ${locale} index built: ${documents.length} documents, read ${(read - started).toFixed(1)} ms, indexed ${(performance.now() - read).toFixed(1)} ms`)
  indexes.set(locale, built)
  return built
}

/** The index for `locale`, rebuilt first when content changed (the stamp) or it is too old. */
async function indexFor(event: H3Event, locale: SiteLocale): Promise<BuiltIndex> {
  const version = await currentVersion()
  const existing = indexes.get(locale)
  if (existing && (version === null || existing.version === version) && Date.now() - existing.builtAt < MAX_AGE_MS) return existing
  let pending = building.get(locale)
  if (!pending) {
    pending = build(event, locale, version ?? `unshared-${randomUUID()}`).finally(() => building.delete(locale))
    building.set(locale, pending)
  }
  try {
    return await pending
  } catch (error) {
    // CMS down: an index we have (even an old one) is better than no search at all.
    if (existing) {
      console.error('[search] rebuild failed, answering from the previous index', error)
      return existing
    }
    throw error
  }
}

function toHit(result: SearchResult, document: SearchDocument, locale: SiteLocale): SearchHit {
  const terms = new Set(result.terms)
  return {
    kind: document.kind,
    path: document.path,
    ...(document.locale !== locale ? { lang: document.locale } : {}),
    title: highlight(document.title, terms),
    excerpt: highlight(excerptAround(document.text || document.topics, terms), terms),
  }
}

/** One page of results for `query` in `locale` (every word must match; if none do together, any word). */
export async function searchSite(event: H3Event, query: string, locale: SiteLocale, page: number, pageSize: number): Promise<SearchAnswer> {
  const index = await indexFor(event, locale)
  if (!queryTerms(query).length) return { total: 0, page, pageCount: 0, hits: [] }
  let results = index.search.search(query)
  if (!results.length) results = index.search.search(query, { combineWith: 'OR' })
  const pageCount = Math.ceil(results.length / pageSize)
  const hits = results
    .slice((page - 1) * pageSize, page * pageSize)
    .map((result) => toHit(result, index.documents.get(String(result.id))!, locale))
  return { total: results.length, page, pageCount, hits }
}

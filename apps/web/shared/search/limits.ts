// Bounds on a search, shared by the page, the canonical URLs (server/utils/page-routes.ts) and the search API.
export const SEARCH_LIMITS = {
  /** Characters in a query (after spaces are collapsed). */
  maxQueryLength: 100,
  /** Results per page (fixed: the page takes no page-size parameter). */
  pageSize: 10,
  /** The last page anyone may ask for. */
  maxPage: 20,
  /** Searches per address per minute (NUXT_SEARCH_RATE_LIMIT overrides). */
  perMinute: 30,
} as const

/** The canonical form of a query: NFC, spaces collapsed, lower case (the search ignores case). */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
}

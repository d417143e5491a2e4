// What the search API gives the search page.
import type { SiteLocale } from '../i18n'
import type { TextSegment } from './text'

export type SearchKind = 'article' | 'approach' | 'therapist' | 'page'

export interface SearchHit {
  kind: SearchKind
  path: string
  /** Set when the text is not in the page's language (an entry not translated yet). */
  lang?: SiteLocale
  title: TextSegment[]
  excerpt: TextSegment[]
}

export interface SearchAnswer {
  total: number
  page: number
  pageCount: number
  hits: SearchHit[]
}

// Words, as the site search sees them: the same folding for the index, the query, the crisis check
// and the highlights, so « Anxiété », « anxiete » and « ANXIETE » are one word.
//
// Highlights are built here as text segments ({ text, hit }) that Vue renders as text (never
// v-html): nothing from a query or from content can become markup on the page.

/** Runs of spaces and punctuation between words (MiniSearch's default tokenizer splits the same way). */
const SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u
const SEPARATOR_KEEP = /([\n\r\p{Z}\p{P}\p{S}]+)/u

/** Lower case without accents: « Œdème Élevé » → « oedeme eleve ». */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
}

/** Words too common to search on (both languages; the index and the query drop them alike). */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from how i in is it me my of on or the to what who with ' +
    'au aux ce d de des du en est et il je l la le les ma mon ou par pour qu que qui sur un une'
  ).split(' '),
)

/** The words of a text, split like MiniSearch splits (for the index's tokenizer). */
export function splitWords(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean)
}

/** A word as stored in the index and looked up by a query: folded; null for a stop word. */
export function searchTerm(word: string): string | null {
  const term = foldText(word)
  return term && !STOP_WORDS.has(term) ? term : null
}

/** The folded words of a query, stop words left out. */
export function queryTerms(query: string): string[] {
  return splitWords(query)
    .map(searchTerm)
    .filter((term): term is string => term !== null)
}

export interface TextSegment {
  text: string
  /** A found word: the page shows it in <mark>. */
  hit?: true
}

/** `text` cut into segments, the words whose folded form is in `terms` marked as hits. */
export function highlight(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = []
  for (const part of text.split(SEPARATOR_KEEP)) {
    if (!part) continue
    const hit = !SEPARATOR.test(part) && terms.has(foldText(part))
    const last = segments.at(-1)
    if (!hit && last && !last.hit) last.text += part
    else segments.push(hit ? { text: part, hit: true } : { text: part })
  }
  return segments
}

/**
 * About `length` characters of `text` around the first found word (or its beginning), cut at word
 * boundaries, with « … » where it was cut.
 */
export function excerptAround(text: string, terms: ReadonlySet<string>, length = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return clean
  let first = -1
  const pattern = new RegExp(SEPARATOR_KEEP.source, 'gu')
  let offset = 0
  for (const part of clean.split(pattern)) {
    if (part && !SEPARATOR.test(part) && terms.has(foldText(part))) {
      first = offset
      break
    }
    offset += part.length
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 4))
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space < 0 || space > (first < 0 ? start : first) ? start : space + 1
  }
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  return `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`
}

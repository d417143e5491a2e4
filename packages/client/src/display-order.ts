// The CMS sorts the lists that can run past a page: top-level lists, and the up to 100 articles
// and therapists of an approach or a therapist. The short lists nested in an entry (an article's
// topics and approaches, a therapist's approaches) come back in the order editors linked them, and
// are put in display order here: a `sort` argument on a nested list costs the CMS about a
// millisecond per list and entry (it validates and sanitises the sort again for every relation it
// resolves), an eighth of a cold article read.
//
// Names compare in the entry's language (accents sort with their letter in French), not by the
// database's collation, which differs between SQLite and PostgreSQL.

interface Named {
  name: string
  locale?: string | null
}

interface Ordered extends Named {
  order?: number | null
}

const collators = new Map<string, Intl.Collator>()

function collatorFor(locale: string | null | undefined): Intl.Collator {
  const key = locale ?? 'en'
  let collator = collators.get(key)
  if (!collator) {
    collator = new Intl.Collator(key, { sensitivity: 'base', numeric: true })
    collators.set(key, collator)
  }
  return collator
}

const byName = (a: Named, b: Named) => collatorFor(a.locale).compare(a.name, b.name)

/** Approaches in the clinic's order (the `order` staff give them, unset last), then by name. */
const byOrderThenName = (a: Ordered, b: Ordered) => (a.order ?? Infinity) - (b.order ?? Infinity) || byName(a, b)

/** Topics by name. */
function topicsInOrder<T extends Named>(topics: readonly T[]): T[] {
  return [...topics].sort(byName)
}

/** Approaches in the clinic's order, then by name. */
export function approachesInOrder<T extends Ordered>(approaches: readonly T[]): T[] {
  return [...approaches].sort(byOrderThenName)
}

/** The entry with its nested `topics` and `approaches` (where it has them) in display order. */
export function inDisplayOrder<T extends { topics?: readonly Named[]; approaches?: readonly Ordered[] }>(entry: T): T {
  return {
    ...entry,
    ...(entry.topics && { topics: topicsInOrder(entry.topics) }),
    ...(entry.approaches && { approaches: approachesInOrder(entry.approaches) }),
  }
}

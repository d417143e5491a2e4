// strapi/strapi#27467: a relation to an entry that has no version in the requested language comes
// back empty. A French article whose author has no French profile yet would name no author, and a
// French profile would list none of the approaches not translated yet. The client reads the same
// relations in the default language (operations/RelationsElsewhere.graphql) and adds, in that
// language, the entries that have no version in the page's language: their `locale` says so, and the
// website marks their text `lang="en"` with a short note. Remove this once the upstream issue is fixed
// (apps/cms/tests/i18n.test.ts shows whether it still occurs).

/** The language the content is written in first: what an entry not translated yet is shown in. */
export const DEFAULT_CONTENT_LOCALE = 'en'

interface Elsewhere {
  locale?: string | null
  localizations?: readonly ({ locale?: string | null } | null)[] | null
}

/** An entry of the default language that has no version in `locale` (so no relation there can point at it). */
function onlyElsewhere<T extends Elsewhere>(entry: T | null | undefined, locale: string): entry is T {
  return Boolean(entry) && !entry!.localizations?.some((item) => item?.locale === locale)
}

function withoutLocalizations<T extends Elsewhere>(entry: T): Omit<T, 'localizations'> {
  const { localizations: _, ...rest } = entry
  return rest
}

/** A to-one relation: the entry in `locale`, or the default language's entry that has no version in `locale`. */
export function oneFrom<Here, There extends Elsewhere>(here: Here | null | undefined, there: There | null | undefined, locale: string) {
  if (here) return here
  return onlyElsewhere(there, locale) ? withoutLocalizations(there) : null
}

/** A to-many relation: the entries in `locale`, then the default language's entries that have no version in `locale`. */
export function manyFrom<Here, There extends Elsewhere>(here: readonly Here[], there: readonly (There | null)[] | null | undefined, locale: string) {
  return [...here, ...(there ?? []).filter((entry): entry is There => onlyElsewhere(entry, locale)).map(withoutLocalizations)]
}

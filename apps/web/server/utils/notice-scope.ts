// Which cached CMS answers a "content changed" notice can have made wrong.
//
// Most answers are dropped on every notice (server/utils/cache-invalidation.ts says why: one
// entry shows up on many pages). A few are read by almost every page, cost a CMS query each on
// the first render after a publish, and can only be changed by notices about one type: those are
// kept through the other notices, so a render after an article is published does not wait on
// them too. Keys are those of server/utils/content.ts in the `cache` mount
// (`content:<name>:<key>.json`).

export interface Notice {
  event?: string
  /** The Strapi model name (`article`, `clinic`…), as the CMS's notice body names it. */
  model?: string
}

interface KeptAnswers {
  prefix: string
  /** True when this notice may have changed these answers (they are then dropped with the rest). */
  changedBy: (notice: Notice) => boolean
}

const KEPT: readonly KeptAnswers[] = [
  // The clinic details: a single type with no relations to other entries (its logo is an upload,
  // and uploads send no notices: apps/cms/src/site/revalidate-site.ts).
  { prefix: 'content:clinic:', changedBy: (notice) => notice.model === 'clinic' },
  // One article's approved comments, read by its slug: changed by comment notices, and by the
  // article's deletion (another article may then take its slug). A change to the article itself
  // does not change its comments; an unpublished article's page is a 404 before they are read.
  { prefix: 'content:comments:', changedBy: (notice) => notice.model === 'comment' || (notice.model === 'article' && notice.event === 'entry.delete') },
]

/**
 * The key prefixes in the `cache` mount that none of these notices can have changed, so may be
 * kept. A notice without a model (a test ping, an unknown sender) keeps nothing.
 */
export function keptPrefixes(notices: readonly Notice[]): string[] {
  if (notices.some((notice) => typeof notice.model !== 'string' || !notice.model)) return []
  return KEPT.filter((kept) => !notices.some((notice) => kept.changedBy(notice))).map((kept) => kept.prefix)
}

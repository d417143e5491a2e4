// Public names for what the client returns, derived from the generated operation types so that
// they follow the schema. Only two things are added by hand: Strapi lists lose their null items
// (the client drops them, see `compact` in client.ts), and JSON fields get their real shape
// (Blocks for rich text, MediaFormats for image sizes) because GraphQL only knows them as `JSON`.
import type { Blocks } from './blocks.js'
import type * as G from './generated/graphql.js'

/** Strapi lists are `[T]!` (items nullable): the client removes null items, deep. */
export type Compact<T> = T extends readonly (infer U)[]
  ? Compact<NonNullable<U>>[]
  : T extends object
    ? { [K in keyof T]: Compact<T[K]> }
    : T

/** Replace some fields of a generated type, and show the result as one flat object in editors. */
type Override<T, O> = ({ [K in Exclude<keyof T, keyof O>]: T[K] } & O) extends infer R ? { [K in keyof R]: R[K] } : never

/** The item type of a list query (`articles(filters: {slug…})` returns a list). */
type First<T extends readonly unknown[]> = Compact<NonNullable<T[number]>>

/** One resized copy of an uploaded image. */
export interface MediaFormat {
  url: string
  width: number
  height: number
}

/** The resized copies Strapi makes of an upload (only the sizes it could make). */
export type MediaFormats = Partial<Record<'thumbnail' | 'small' | 'medium' | 'large', MediaFormat>>

/** An uploaded image. `url` is relative to the CMS (`/uploads/...`) unless an upload provider makes it absolute. */
export type Media = Override<G.MediaFieldsFragment, { formats: MediaFormats | null }>

export type Seo = Override<G.SeoFieldsFragment, { shareImage: Media | null }>

/** A topic as `listTopics` gives it, with its `localizations`. */
export type Topic = Compact<NonNullable<G.TopicListQuery['topics'][number]>>
/** A topic as an article carries it (no localizations: the article's own say where it is in French). */
export type TopicRef = Compact<G.TopicFieldsFragment>

/** The same entry in another language: that language's code and the entry's slug there. */
export type Localization = Compact<G.ArticleSummaryFieldsFragment>['localizations'][number]
/** A reader comment staff approved: the only comment fields that are ever public. */
export type ApprovedComment = G.ApprovedCommentsQuery['approvedComments'][number]

export type SensitiveTopicKind = NonNullable<G.ArticleSummaryFieldsFragment['sensitiveTopic']>['kind']

export type ArticleSummary = Override<Compact<G.ArticleSummaryFieldsFragment>, { cover: Media | null }>

/** An article as its card shows it: title, excerpt, date, author and topics (related articles). */
export type ArticleTeaser = Compact<G.ArticleTeaserFieldsFragment>

/** Just enough of an article to link to it (from a therapist's or an approach's page). */
export type ArticleLink = Compact<G.ArticleLinkFieldsFragment>

export type Article = Override<
  First<G.ArticleBySlugQuery['articles']>,
  {
    cover: Media | null
    body: Blocks
    seo: Seo | null
    /** Up to 3 other published articles that share a topic with this one, newest first. */
    related: ArticleTeaser[]
  }
>

/** A page of `listArticles`. */
export interface ArticlePage {
  items: ArticleSummary[]
  page: number
  pageSize: number
  total: number
  pageCount: number
}

export type TherapistSummary = Override<Compact<G.TherapistSummaryFieldsFragment>, { photo: Media | null }>

type TherapistNode = First<G.TherapistBySlugQuery['therapists']>

/** A label list item (a focus area, a language). */
export type Label = NonNullable<TherapistNode['focusAreas']>[number]

export type Therapist = Override<
  TherapistNode,
  // Repeatable components are nullable lists in the schema; the client gives [] instead of null.
  { photo: Media | null; bio: Blocks | null; focusAreas: Label[]; languages: Label[]; seo: Seo | null }
>

export type ApproachSummary = Compact<G.ApproachSummaryFieldsFragment>

export type Approach = Override<
  First<G.ApproachBySlugQuery['approaches']>,
  { description: Blocks | null; seo: Seo | null }
>

type ClinicNode = Compact<NonNullable<G.ClinicQuery['clinic']>>
type Item<List> = NonNullable<List> extends (infer T)[] ? T : never

/** One line of the office hours; `opens`/`closes` are 'HH:mm:ss.SSS'. */
export type OpeningHours = Item<ClinicNode['openingHours']>
export type Weekday = OpeningHours['fromDay']
export type SocialLink = Item<ClinicNode['socialLinks']>
export type FundingProgram = Item<ClinicNode['fundingPrograms']>
export type CrisisLine = Item<ClinicNode['crisisLines']>

export type Clinic = Override<
  ClinicNode,
  {
    about: Blocks | null
    logo: Media | null
    seo: Seo | null
    // Repeatable components are nullable lists in the schema; the client gives [] instead of null.
    openingHours: OpeningHours[]
    socialLinks: SocialLink[]
    fundingPrograms: FundingProgram[]
    crisisLines: CrisisLine[]
  }
>

type SearchQuery = Compact<G.SearchContentQuery>
type SearchNode<List> = List extends readonly (infer T)[] ? NonNullable<T> : never

/** Everything published in one language that a site search indexes (`listSearchContent`). */
export interface SearchContent {
  articles: Override<SearchNode<NonNullable<SearchQuery['articles_connection']>['nodes']>, { body: Blocks | null }>[]
  therapists: Override<SearchNode<SearchQuery['therapists']>, { bio: Blocks | null; focusAreas: Label[]; languages: Label[] }>[]
  approaches: Override<SearchNode<SearchQuery['approaches']>, { description: Blocks | null }>[]
}

import {
  ApprovedCommentsDocument,
  ApproachBySlugDocument,
  ApproachListDocument,
  ArticleBySlugDocument,
  ArticleListDocument,
  ClinicDocument,
  RelatedArticlesDocument,
  TherapistBySlugDocument,
  TherapistListDocument,
  TopicListDocument,
  type PublicationStatus,
} from './generated/graphql.js'
import { createRequester, type RequestSettings } from './request.js'
import type {
  Approach,
  ApproachSummary,
  ApprovedComment,
  Article,
  ArticlePage,
  ArticleSummary,
  Clinic,
  Compact,
  Therapist,
  TherapistSummary,
  Topic,
} from './types.js'

export type ContentClientOptions = RequestSettings

export interface ListArticlesOptions {
  /** 1-based page number (default 1). */
  page?: number
  /** Articles per page (default 10; the CMS caps it, 100 by default). */
  pageSize?: number
  /** Only articles with this topic (a topic slug). */
  topic?: string
}

export interface GetOptions {
  /** 'draft' reads the latest draft: needs a token the CMS allows to read drafts (preview apps). */
  status?: 'published' | 'draft'
}

export interface ContentClient {
  getClinic(): Promise<Clinic | null>
  listArticles(options?: ListArticlesOptions): Promise<ArticlePage>
  /** The article, or null when no published article has this slug. */
  getArticle(slug: string, options?: GetOptions): Promise<Article | null>
  listTherapists(): Promise<TherapistSummary[]>
  getTherapist(slug: string, options?: GetOptions): Promise<Therapist | null>
  listApproaches(): Promise<ApproachSummary[]>
  getApproach(slug: string, options?: GetOptions): Promise<Approach | null>
  listTopics(): Promise<Topic[]>
  /** Comments staff approved on a published article, oldest first ([] for an unknown slug). */
  listApprovedComments(articleSlug: string): Promise<ApprovedComment[]>
}

export const DEFAULT_PAGE_SIZE = 10

/** A client for the clinic's content API. Every method makes one request (getArticle: two). */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const run = createRequester(options)

  return {
    async getClinic() {
      const { clinic } = await run(ClinicDocument, {})
      if (!clinic) return null
      const { openingHours, socialLinks, fundingPrograms, crisisLines, ...rest } = compact(clinic)
      return {
        ...rest,
        openingHours: openingHours ?? [],
        socialLinks: socialLinks ?? [],
        fundingPrograms: fundingPrograms ?? [],
        crisisLines: crisisLines ?? [],
      } as Clinic
    },

    async listArticles({ page = 1, pageSize = DEFAULT_PAGE_SIZE, topic } = {}) {
      const filters = topic ? { topics: { slug: { eq: topic } } } : undefined
      const { articles_connection: result } = await run(ArticleListDocument, { filters, page, pageSize })
      // Strapi reports the page it actually served (it clamps pageSize to its maxLimit).
      const info = result?.pageInfo ?? { page, pageSize, total: 0, pageCount: 0 }
      return {
        items: compact(result?.nodes ?? []) as ArticleSummary[],
        page: info.page,
        pageSize: info.pageSize,
        total: info.total,
        pageCount: info.pageCount,
      }
    },

    async getArticle(slug, { status } = {}) {
      const { articles } = await run(ArticleBySlugDocument, { slug, status: toStatus(status) })
      const article = articles[0] ? compact(articles[0]) : null
      if (!article) return null
      const topics = article.topics.map((topic) => topic.slug)
      const related = topics.length ? (await run(RelatedArticlesDocument, { slug, topics })).articles : []
      return { ...article, related: compact(related) } as Article
    },

    async listTherapists() {
      const { therapists } = await run(TherapistListDocument, {})
      return compact(therapists) as TherapistSummary[]
    },

    async getTherapist(slug, { status } = {}) {
      const { therapists } = await run(TherapistBySlugDocument, { slug, status: toStatus(status) })
      if (!therapists[0]) return null
      const therapist = compact(therapists[0])
      return { ...therapist, focusAreas: therapist.focusAreas ?? [], languages: therapist.languages ?? [] } as Therapist
    },

    async listApproaches() {
      const { approaches } = await run(ApproachListDocument, {})
      return compact(approaches) as ApproachSummary[]
    },

    async getApproach(slug, { status } = {}) {
      const { approaches } = await run(ApproachBySlugDocument, { slug, status: toStatus(status) })
      return approaches[0] ? (compact(approaches[0]) as Approach) : null
    },

    async listTopics() {
      const { topics } = await run(TopicListDocument, {})
      return compact(topics) as Topic[]
    },

    async listApprovedComments(articleSlug) {
      const { approvedComments } = await run(ApprovedCommentsDocument, { article: articleSlug })
      return approvedComments
    },
  }
}

function toStatus(status: GetOptions['status']): PublicationStatus | undefined {
  return status === 'draft' ? 'DRAFT' : status === 'published' ? 'PUBLISHED' : undefined
}

/** Drops null items from every list, deep: Strapi types lists as `[T]!`, and callers want `T[]`. */
export function compact<T>(value: T): Compact<T> {
  if (Array.isArray(value)) return value.filter((item) => item != null).map(compact) as Compact<T>
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)])) as Compact<T>
  }
  return value as Compact<T>
}

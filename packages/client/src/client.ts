import {
  ApprovedCommentsDocument,
  ApproachBySlugDocument,
  ApproachRelationsInDocument,
  ArticleRelationsInDocument,
  TherapistRelationsInDocument,
  ApproachListDocument,
  ArticleBySlugDocument,
  ArticleListDocument,
  PublishedArticleDocument,
  ClinicDocument,
  RelatedArticlesDocument,
  SearchContentDocument,
  TherapistBySlugDocument,
  TherapistListDocument,
  TopicListDocument,
  type ArticleBySlugQuery,
  type ArticleTeaserFieldsFragment,
  type PublicationStatus,
} from './generated/graphql.js'
import { withImageAlts, type Blocks } from './blocks.js'
import { approachesInOrder, inDisplayOrder } from './display-order.js'
import { DEFAULT_CONTENT_LOCALE, manyFrom, oneFrom } from './relations-elsewhere.js'
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
  SearchContent,
  Therapist,
  TherapistSummary,
  Topic,
} from './types.js'

export type ContentClientOptions = RequestSettings

/**
 * A language of the content: 'en' (the CMS's default) or 'fr'. Without it the CMS answers in its
 * default language. Every entry says its `locale`, and its `localizations` give the same entry in
 * the other language(s) with their slug there (for language links and hreflang alternates).
 */
export type Locale = 'en' | 'fr'

export interface LocaleOptions {
  locale?: Locale
}

export interface ListArticlesOptions extends LocaleOptions {
  /** 1-based page number (default 1). */
  page?: number
  /** Articles per page (default 10; the CMS caps it, 100 by default). */
  pageSize?: number
  /** Only articles with this topic (a topic slug). */
  topic?: string
}

export interface GetOptions extends LocaleOptions {
  /** 'draft' reads the latest draft: needs a token the CMS allows to read drafts (preview apps). */
  status?: 'published' | 'draft'
}

export interface ContentClient {
  getClinic(options?: LocaleOptions): Promise<Clinic | null>
  listArticles(options?: ListArticlesOptions): Promise<ArticlePage>
  /** The article, or null when no published article has this slug (in this language). */
  getArticle(slug: string, options?: GetOptions): Promise<Article | null>
  listTherapists(options?: LocaleOptions): Promise<TherapistSummary[]>
  getTherapist(slug: string, options?: GetOptions): Promise<Therapist | null>
  listApproaches(options?: LocaleOptions): Promise<ApproachSummary[]>
  getApproach(slug: string, options?: GetOptions): Promise<Approach | null>
  listTopics(options?: LocaleOptions): Promise<Topic[]>
  /** Comments staff approved on a published article (slug in `locale`), written in that language, oldest first ([] for an unknown slug). */
  listApprovedComments(articleSlug: string, options?: LocaleOptions): Promise<ApprovedComment[]>
  /**
   * Every published article, therapist and approach in `locale`, with their text (for a site search
   * index). One request per 100 articles; entries marked "no index" are left out.
   */
  listSearchContent(options?: LocaleOptions): Promise<SearchContent>
}

export const DEFAULT_PAGE_SIZE = 10

/** An article as ArticleBySlug reads it; PublishedArticle reads the same fields, and its related articles. */
type StoredArticle = Compact<NonNullable<ArticleBySlugQuery['articles'][number]>> & { related?: Compact<ArticleTeaserFieldsFragment>[] }

/**
 * A client for the clinic's content API. Every method makes one request (getArticle for a draft: two), and one
 * more for an entry's page in French (strapi/strapi#27467: relations-elsewhere.ts).
 */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const run = createRequester(options)

  return {
    async getClinic({ locale } = {}) {
      const { clinic } = await run(ClinicDocument, { locale })
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

    async listArticles({ page = 1, pageSize = DEFAULT_PAGE_SIZE, topic, locale } = {}) {
      const filters = topic ? { topics: { slug: { eq: topic } } } : undefined
      const { articles_connection: result } = await run(ArticleListDocument, { filters, page, pageSize, locale })
      // Strapi reports the page it actually served (it clamps pageSize to its maxLimit).
      const info = result?.pageInfo ?? { page, pageSize, total: 0, pageCount: 0 }
      return {
        items: compact(result?.nodes ?? []).map(inDisplayOrder) as ArticleSummary[],
        page: info.page,
        pageSize: info.pageSize,
        total: info.total,
        pageCount: info.pageCount,
      }
    },

    async getArticle(slug, { status, locale } = {}) {
      const draft = status === 'draft'
      // A published article's page comes in one read; a draft as it is stored (ArticleBySlug), and
      // its related articles are those that share the draft's topics.
      const found: StoredArticle | null = draft
        ? await run(ArticleBySlugDocument, { slug, status: 'DRAFT', locale }).then((result) => (result.articles[0] ? compact(result.articles[0]) : null))
        : await run(PublishedArticleDocument, { slug, locale }).then((result) => result.publishedArticle && compact(result.publishedArticle))
      if (!found) return null
      const { bodyImageAlts, related: published, ...article } = inDisplayOrder(found)
      const relatedToDraft = async () => {
        const topics = article.topics.map((topic) => topic.slug)
        return topics.length ? compact((await run(RelatedArticlesDocument, { slug, topics, locale })).articles) : []
      }
      const [related, elsewhere] = await Promise.all([
        draft ? relatedToDraft() : (published ?? []),
        inDefaultLocale(locale, () => run(ArticleRelationsInDocument, { documentId: article.documentId, locale: DEFAULT_CONTENT_LOCALE }).then((result) => result.article && compact(result.article))),
      ])
      return {
        ...article,
        // The body's pictures with their alt text in this language ("Body image alt text").
        body: withImageAlts(article.body as Blocks, bodyImageAlts),
        bodyImageAlts,
        ...(elsewhere && locale && {
          author: oneFrom(article.author, elsewhere.author, locale),
          reviewedBy: oneFrom(article.reviewedBy, elsewhere.reviewedBy, locale),
          approaches: manyFrom(article.approaches, approachesInOrder(elsewhere.approaches), locale),
        }),
        related: related.map(inDisplayOrder),
      } as Article
    },

    async listTherapists({ locale } = {}) {
      const { therapists } = await run(TherapistListDocument, { locale })
      return compact(therapists).map(inDisplayOrder) as TherapistSummary[]
    },

    async getTherapist(slug, { status, locale } = {}) {
      const { therapists } = await run(TherapistBySlugDocument, { slug, status: toStatus(status), locale })
      if (!therapists[0]) return null
      const therapist = inDisplayOrder(compact(therapists[0]))
      const elsewhere = await inDefaultLocale(locale, () => run(TherapistRelationsInDocument, { documentId: therapist.documentId, locale: DEFAULT_CONTENT_LOCALE }).then((result) => result.therapist && compact(result.therapist)))
      return {
        ...therapist,
        ...(elsewhere && locale && { approaches: manyFrom(therapist.approaches, approachesInOrder(elsewhere.approaches), locale) }),
        focusAreas: therapist.focusAreas ?? [],
        languages: therapist.languages ?? [],
      } as Therapist
    },

    async listApproaches({ locale } = {}) {
      const { approaches } = await run(ApproachListDocument, { locale })
      return compact(approaches) as ApproachSummary[]
    },

    async getApproach(slug, { status, locale } = {}) {
      const { approaches } = await run(ApproachBySlugDocument, { slug, status: toStatus(status), locale })
      if (!approaches[0]) return null
      const approach = compact(approaches[0])
      const elsewhere = await inDefaultLocale(locale, () => run(ApproachRelationsInDocument, { documentId: approach.documentId, locale: DEFAULT_CONTENT_LOCALE }).then((result) => result.approach && compact(result.approach)))
      return { ...approach, ...(elsewhere && locale && { therapists: manyFrom(approach.therapists, elsewhere.therapists, locale) }) } as Approach
    },

    async listTopics({ locale } = {}) {
      const { topics } = await run(TopicListDocument, { locale })
      return compact(topics) as Topic[]
    },

    async listApprovedComments(articleSlug, { locale } = {}) {
      const { approvedComments } = await run(ApprovedCommentsDocument, { article: articleSlug, locale })
      return approvedComments
    },

    async listSearchContent({ locale } = {}) {
      const first = compact(await run(SearchContentDocument, { locale, page: 1 }))
      const articles = [...(first.articles_connection?.nodes ?? [])]
      for (let page = 2; page <= (first.articles_connection?.pageInfo.pageCount ?? 1); page++) {
        articles.push(...(compact(await run(SearchContentDocument, { locale, page })).articles_connection?.nodes ?? []))
      }
      const indexed = <T extends { seo?: { noIndex?: boolean | null } | null }>(entries: T[]) => entries.filter((entry) => !entry.seo?.noIndex)
      return {
        articles: indexed(articles).map(inDisplayOrder),
        therapists: indexed(first.therapists).map((therapist) => inDisplayOrder({ ...therapist, focusAreas: therapist.focusAreas ?? [], languages: therapist.languages ?? [] })),
        approaches: indexed(first.approaches),
      } as SearchContent
    },
  }
}

/**
 * strapi/strapi#27467 (relations-elsewhere.ts): the entry's relations in the default language, read
 * only for a page in another language (one more request there), else null.
 */
function inDefaultLocale<T>(locale: Locale | undefined, read: () => Promise<T | null>): Promise<T | null> {
  return locale && locale !== DEFAULT_CONTENT_LOCALE ? read() : Promise.resolve(null)
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

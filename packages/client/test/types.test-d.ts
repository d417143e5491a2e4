import { describe, expectTypeOf, it } from 'vitest'
import {
  blocksToPlainText,
  ContentClientError,
  createContentClient,
  readingMinutes,
  type Approach,
  type ApproachSummary,
  type Article,
  type ArticlePage,
  type ArticleSummary,
  type ArticleTeaser,
  type Blocks,
  type Clinic,
  type ContentClient,
  type ContentClientErrorKind,
  type GetOptions,
  type ListArticlesOptions,
  type Locale,
  type Localization,
  type Media,
  type MediaFormats,
  type SensitiveTopicKind,
  type Therapist,
  type TherapistSummary,
  type Topic,
  type TopicRef,
  type Weekday,
} from '../src/index.js'

const client = createContentClient({ endpoint: 'http://localhost:1337/graphql' })

describe('public API types', () => {
  it('createContentClient takes the documented options and returns a ContentClient', () => {
    expectTypeOf(createContentClient).parameter(0).toEqualTypeOf<{
      endpoint: string
      token?: string
      fetch?: typeof fetch
      timeoutMs?: number
      headers?: Record<string, string>
    }>()
    expectTypeOf(client).toEqualTypeOf<ContentClient>()
  })

  it('every method resolves to a named public type; slugs that match nothing give null', () => {
    expectTypeOf(client.getClinic()).resolves.toEqualTypeOf<Clinic | null>()
    expectTypeOf(client.listArticles()).resolves.toEqualTypeOf<ArticlePage>()
    expectTypeOf(client.getArticle('x')).resolves.toEqualTypeOf<Article | null>()
    expectTypeOf(client.listTherapists()).resolves.toEqualTypeOf<TherapistSummary[]>()
    expectTypeOf(client.getTherapist('x')).resolves.toEqualTypeOf<Therapist | null>()
    expectTypeOf(client.listApproaches()).resolves.toEqualTypeOf<ApproachSummary[]>()
    expectTypeOf(client.getApproach('x')).resolves.toEqualTypeOf<Approach | null>()
    expectTypeOf(client.listTopics()).resolves.toEqualTypeOf<Topic[]>()
    expectTypeOf(client.listArticles).parameter(0).toEqualTypeOf<ListArticlesOptions | undefined>()
    expectTypeOf<ListArticlesOptions>().toEqualTypeOf<{ page?: number; pageSize?: number; topic?: string; locale?: 'en' | 'fr' }>()
    expectTypeOf(client.getArticle).parameter(1).toEqualTypeOf<GetOptions | undefined>()
    expectTypeOf<GetOptions>().toEqualTypeOf<{ status?: 'published' | 'draft'; locale?: Locale }>()
    for (const method of [client.getClinic, client.listTherapists, client.listApproaches, client.listTopics]) {
      expectTypeOf(method).parameter(0).toEqualTypeOf<{ locale?: Locale } | undefined>()
    }
  })

  it('every entry says its language and links to the same entry in the other one', () => {
    expectTypeOf<ArticleSummary['locale']>().toEqualTypeOf<string | null>()
    expectTypeOf<ArticleSummary['localizations']>().toEqualTypeOf<Localization[]>()
    expectTypeOf<Localization>().toEqualTypeOf<{ locale: string | null; slug: string }>()
    expectTypeOf<TherapistSummary['localizations']>().toEqualTypeOf<Localization[]>()
    expectTypeOf<ApproachSummary['localizations']>().toEqualTypeOf<Localization[]>()
  })

  it('articles carry typed Blocks, media, topics without nulls and related teasers', () => {
    expectTypeOf<Article['body']>().toEqualTypeOf<Blocks>()
    expectTypeOf<Article['related']>().toEqualTypeOf<ArticleTeaser[]>()
    // A teaser is what a card shows: a summary can stand in for one, never the other way round.
    expectTypeOf<ArticleSummary>().toExtend<ArticleTeaser>()
    expectTypeOf<ArticleTeaser>().not.toHaveProperty('cover')
    expectTypeOf<ArticleTeaser['topics']>().toEqualTypeOf<TopicRef[]>()
    expectTypeOf<Article['topics']>().toEqualTypeOf<TopicRef[]>()
    expectTypeOf<Topic['localizations']>().toEqualTypeOf<Localization[]>()
    expectTypeOf<Article['cover']>().toEqualTypeOf<Media | null>()
    expectTypeOf<Article['approaches']>().toEqualTypeOf<{ name: string; slug: string; locale: string | null; fullName: string | null; order: number | null }[]>()
    expectTypeOf<ArticleSummary>().toHaveProperty('sensitiveTopic').toEqualTypeOf<{ kind: SensitiveTopicKind; message: string | null } | null>()
    expectTypeOf<SensitiveTopicKind>().toEqualTypeOf<'self_harm' | 'suicide' | 'abuse' | 'eating_disorders' | 'substance_use' | 'trauma' | 'other'>()
    expectTypeOf<ArticleSummary>().toHaveProperty('documentId').toBeString()
    expectTypeOf<ArticleSummary>().not.toHaveProperty('body')
    expectTypeOf<Media['formats']>().toEqualTypeOf<MediaFormats | null>()
    expectTypeOf<Media['url']>().toBeString()
  })

  it('therapists, approaches and the clinic expose Blocks and plain lists', () => {
    expectTypeOf<Therapist['bio']>().toEqualTypeOf<Blocks | null>()
    expectTypeOf<Therapist['focusAreas']>().toEqualTypeOf<{ text: string }[]>()
    expectTypeOf<Therapist['articles']>().items.toHaveProperty('slug').toBeString()
    expectTypeOf<TherapistSummary['approaches']>().toEqualTypeOf<{ name: string; slug: string; locale: string | null; order: number | null }[]>()
    expectTypeOf<Approach['description']>().toEqualTypeOf<Blocks | null>()
    expectTypeOf<Approach['therapists']>().items.toHaveProperty('role').toEqualTypeOf<string | null>()
    expectTypeOf<Clinic['phone']>().toBeString()
    expectTypeOf<Clinic['about']>().toEqualTypeOf<Blocks | null>()
    expectTypeOf<Clinic['openingHours'][number]['fromDay']>().toEqualTypeOf<Weekday>()
    expectTypeOf<Weekday>().toEqualTypeOf<'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'>()
    expectTypeOf<Clinic['crisisLines'][number]>().toHaveProperty('textNumber').toEqualTypeOf<string | null>()
  })

  it('errors and Blocks helpers', () => {
    expectTypeOf<ContentClientError['kind']>().toEqualTypeOf<ContentClientErrorKind>()
    expectTypeOf<ContentClientErrorKind>().toEqualTypeOf<'network' | 'timeout' | 'http' | 'graphql'>()
    expectTypeOf<ContentClientError['status']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<ContentClientError>().toHaveProperty('endpoint').toBeString()
    expectTypeOf<ContentClientError>().toHaveProperty('operation').toBeString()
    expectTypeOf(blocksToPlainText).toEqualTypeOf<(blocks: Blocks | null | undefined) => string>()
    expectTypeOf(readingMinutes).parameters.toEqualTypeOf<[blocks: Blocks | null | undefined, wordsPerMinute?: number]>()
  })
})

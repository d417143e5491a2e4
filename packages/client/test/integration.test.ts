// The client against a real, seeded Strapi booted in-process on a throwaway SQLite file.
import { startCms, type StartedCms } from '@clinic/testing'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequester } from '../src/request.js'
import { blocksToPlainText, ContentClientError, createContentClient, operations, readingMinutes, type ContentClient } from '../src/index.js'

let cms: StartedCms
let client: ContentClient

const SEEDED_ARTICLE = 'why-people-self-injure'

beforeAll(async () => {
  const started = Date.now()
  cms = await startCms()
  console.info(`CMS booted and seeded in ${Date.now() - started} ms`)
  client = createContentClient({ endpoint: cms.graphqlUrl })
})

afterAll(async () => {
  await cms?.stop()
})

describe('every method returns the seeded content', () => {
  it('getClinic', async () => {
    const clinic = await client.getClinic()
    expect(clinic?.phone).toBe('705-535-1639')
    expect(clinic?.name).toBe('Northern Therapy Clinic')
    expect(clinic?.openingHours.length).toBeGreaterThan(0)
    expect(clinic?.crisisLines.length).toBeGreaterThan(0)
    expect(clinic?.fundingPrograms.length).toBeGreaterThan(0)
  })

  it('listApproaches, in the clinic order', async () => {
    const approaches = await client.listApproaches()
    expect(approaches.map((a) => a.slug)).toEqual(['dbt', 'emdr', 'ifs', 'somatic-therapy', 'mindfulness'])
    expect(approaches[0]).toMatchObject({ name: 'DBT', fullName: 'Dialectical Behaviour Therapy' })
  })

  it('getApproach, with its Blocks description, therapists and articles', async () => {
    const dbt = await client.getApproach('dbt')
    expect(blocksToPlainText(dbt?.description)).toContain('Marsha Linehan')
    expect(dbt?.therapists.length).toBeGreaterThan(0)
    expect(dbt?.articles.map((a) => a.slug)).toContain(SEEDED_ARTICLE)
  })

  it('listTherapists', async () => {
    const therapists = await client.listTherapists()
    expect(therapists).toHaveLength(3)
    expect(therapists.map((t) => t.slug)).toEqual(expect.arrayContaining(['maya-thompson', 'elise-gagnon', 'sam-kowalski']))
    expect(therapists.every((t) => t.approaches.length > 0)).toBe(true)
    // Funding they can bill, set by staff (shared by both languages).
    expect(therapists.some((t) => t.billsNihb) && therapists.some((t) => !t.billsJordansPrinciple)).toBe(true)
    expect(therapists.every((t) => typeof t.billsPrivate === 'boolean' && (t.languages ?? []).length > 0)).toBe(true)
  })

  it('getTherapist, with the articles they wrote', async () => {
    const maya = await client.getTherapist('maya-thompson')
    expect(maya?.name).toBe('Maya Thompson')
    expect(blocksToPlainText(maya?.bio).length).toBeGreaterThan(0)
    expect(maya?.articles.map((a) => a.slug)).toContain(SEEDED_ARTICLE)
  })

  it('listTopics', async () => {
    const topics = await client.listTopics()
    expect(topics.map((t) => t.slug)).toEqual(expect.arrayContaining(['self-injury', 'trauma', 'anxiety']))
  })

  it('getArticle, with Blocks body, author, reviewer, approaches and the content note', async () => {
    const article = await client.getArticle(SEEDED_ARTICLE)
    expect(article?.title).toBe('Why some people self-injure, and what happens in the brain')
    expect(article?.author?.slug).toBe('maya-thompson')
    expect(article?.reviewedBy?.slug).toBe('elise-gagnon')
    expect(article?.sensitiveTopic?.kind).toBe('self_harm')
    expect(article?.approaches.map((a) => a.slug)).toEqual(['dbt', 'emdr', 'ifs', 'somatic-therapy', 'mindfulness'])
    expect(article?.topics.map((t) => t.slug)).toEqual(expect.arrayContaining(['self-injury', 'emotions-and-coping', 'supporting-someone']))
    expect(article?.body[0]?.type).toBe('heading')
    expect(readingMinutes(article?.body)).toBeGreaterThan(1)
    expect(article?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('listArticles', async () => {
    const page = await client.listArticles()
    expect(page.items.map((a) => a.slug)).toContain(SEEDED_ARTICLE)
    expect(page).toMatchObject({ page: 1, pageSize: 10 })
    expect(page.total).toBe(page.items.length)
  })

  it('gives null for slugs that match nothing', async () => {
    await expect(client.getArticle('no-such-article')).resolves.toBeNull()
    await expect(client.getTherapist('no-such-therapist')).resolves.toBeNull()
    await expect(client.getApproach('no-such-approach')).resolves.toBeNull()
  })
})

describe('in French', () => {
  it('every method answers in French, and each entry links to its English slug', async () => {
    const clinic = await client.getClinic({ locale: 'fr' })
    expect(clinic?.locale).toBe('fr')
    expect(clinic?.serviceArea).toBe('Nord-Est de l’Ontario')
    expect(clinic?.crisisLines.map((line) => line.name)).toContain('Ligne d’écoute d’espoir pour le mieux-être')
    expect(clinic?.phone).toBe('705-535-1639')

    const approaches = await client.listApproaches({ locale: 'fr' })
    expect(approaches.map((a) => a.slug)).toEqual(['tcd', 'emdr', 'ifs', 'therapie-somatique', 'pleine-conscience'])
    expect(approaches[0]!.localizations).toEqual([{ locale: 'en', slug: 'dbt' }])
    const tcd = await client.getApproach('tcd', { locale: 'fr' })
    expect(tcd?.fullName).toBe('Thérapie comportementale dialectique')
    expect(tcd?.therapists.map((t) => t.slug)).toContain('maya-thompson')

    const therapists = await client.listTherapists({ locale: 'fr' })
    expect(therapists.map((t) => t.role)).toContain('Travailleuse sociale inscrite')
    const elise = await client.getTherapist('elise-gagnon', { locale: 'fr' })
    expect(elise?.languages.map((l) => l.text)).toEqual(['Français', 'Anglais'])
    expect(elise?.localizations).toEqual([{ locale: 'en', slug: 'elise-gagnon' }])

    const topics = await client.listTopics({ locale: 'fr' })
    expect(topics.map((t) => t.name)).toContain('Automutilation')

    const page = await client.listArticles({ locale: 'fr', topic: 'automutilation' })
    expect(page.items.map((a) => a.slug)).toContain('comprendre-l-automutilation')
    const article = await client.getArticle('comprendre-l-automutilation', { locale: 'fr' })
    expect(article?.locale).toBe('fr')
    expect(article?.localizations).toEqual([{ locale: 'en', slug: SEEDED_ARTICLE }])
    expect(article?.author?.slug).toBe('maya-thompson')
    expect(article?.topics.map((t) => t.slug)).toContain('automutilation')
    expect(await client.listApprovedComments('comprendre-l-automutilation', { locale: 'fr' })).toEqual([])
  })

  it('gives null for an English slug asked in French (slugs are per language)', async () => {
    await expect(client.getArticle(SEEDED_ARTICLE, { locale: 'fr' })).resolves.toBeNull()
    await expect(client.getApproach('dbt', { locale: 'fr' })).resolves.toBeNull()
  })
})

describe('approved comments', () => {
  it('lists only the comments staff approved, with no private fields', async () => {
    const article = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: SEEDED_ARTICLE }, status: 'published' })
    for (const [status, body] of [['approved', 'Kind words'], ['pending', 'Waiting words']]) {
      await cms.strapi.documents('api::comment.comment').create({ data: { article: article!.documentId, displayName: 'Reader', body, moderation: status } as never })
    }
    const comments = await client.listApprovedComments(SEEDED_ARTICLE)
    expect(comments.map((c) => c.body)).toEqual(['Kind words'])
    expect(Object.keys(comments[0]!).sort()).toEqual(['body', 'createdAt', 'displayName', 'documentId'])
    await expect(client.listApprovedComments('no-such-article')).resolves.toEqual([])
  })
})

describe('related articles, topics and pages', () => {
  beforeAll(async () => {
    await cms.createPublishedArticle({ title: 'Grounding when the urge is strong', slug: 'grounding-when-the-urge-is-strong', topics: ['self-injury'] })
    await cms.createPublishedArticle({ title: 'Helping a friend who self-injures', slug: 'helping-a-friend', topics: ['supporting-someone'] })
    await cms.createPublishedArticle({ title: 'What panic does in the body', slug: 'what-panic-does', topics: ['anxiety'] })
  })

  it('getArticle lists other articles that share a topic, newest first, never itself', async () => {
    const article = await client.getArticle(SEEDED_ARTICLE)
    expect(article?.related.map((a) => a.slug)).toEqual(['helping-a-friend', 'grounding-when-the-urge-is-strong'])
  })

  it('listArticles filters by topic slug', async () => {
    const anxiety = await client.listArticles({ topic: 'anxiety' })
    expect(anxiety.items.map((a) => a.slug)).toEqual(['what-panic-does'])
    expect(anxiety.total).toBe(1)
    const none = await client.listArticles({ topic: 'no-such-topic' })
    expect(none).toEqual({ items: [], page: 1, pageSize: 10, total: 0, pageCount: 0 })
  })

  it('listArticles pages through everything, newest first', async () => {
    const first = await client.listArticles({ pageSize: 3 })
    const second = await client.listArticles({ page: 2, pageSize: 3 })
    expect(first).toMatchObject({ page: 1, pageSize: 3, total: 4, pageCount: 2 })
    expect(first.items.map((a) => a.slug)).toEqual(['what-panic-does', 'helping-a-friend', 'grounding-when-the-urge-is-strong'])
    expect(second.items.map((a) => a.slug)).toEqual([SEEDED_ARTICLE])
  })

  it("an oversized page is refused with the CMS's message", async () => {
    const error = await client.listArticles({ pageSize: 1000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentClientError)
    expect(error).toMatchObject({ kind: 'graphql', status: 400, operation: 'ArticleList' })
    expect((error as Error).message).toContain('maximum page size of 100')
  })
})

describe('drafts', () => {
  const slug = 'draft-only-article'
  beforeAll(async () => {
    await cms.createDraftArticle({ title: 'Draft only article', slug })
  })

  it('stay invisible through the client without a token, even when asked for', async () => {
    await expect(client.getArticle(slug)).resolves.toBeNull()
    await expect(client.getArticle(slug, { status: 'draft' })).resolves.toBeNull()
    const { items } = await client.listArticles({ pageSize: 100 })
    expect(items.map((a) => a.slug)).not.toContain(slug)
  })

  it('a read-only API token reads them when it asks for drafts (the CMS allows API tokens)', async () => {
    const preview = createContentClient({ endpoint: cms.graphqlUrl, token: await cms.createApiToken('read-only') })
    await expect(preview.getArticle(slug)).resolves.toBeNull() // published by default, even with a token
    const draft = await preview.getArticle(slug, { status: 'draft' })
    expect(draft?.title).toBe('Draft only article')
    expect(draft?.publishedAt).toBeNull()
  })

  it('listSearchContent gives published entries only, with their text, even with a token', async () => {
    const withToken = createContentClient({ endpoint: cms.graphqlUrl, token: await cms.createApiToken('read-only') })
    for (const reader of [client, withToken]) {
      for (const locale of ['en', 'fr'] as const) {
        const content = await reader.listSearchContent({ locale })
        expect(content.articles.length).toBeGreaterThan(0)
        expect(content.articles.map((a) => a.slug)).not.toContain(slug)
        expect(content.therapists.length).toBe(3)
        expect(content.approaches.length).toBe(5)
        expect(content.articles.every((a) => a.locale === locale)).toBe(true)
      }
    }
    const english = await client.listSearchContent({ locale: 'en' })
    expect(blocksToPlainText(english.articles.find((a) => a.slug === SEEDED_ARTICLE)?.body)).toContain('self-injury')
    // Private fields are not in the public schema at all.
    expect(JSON.stringify(english)).not.toContain('editorNotes')
  })

  it('a token that the CMS does not know is refused', async () => {
    const stranger = createContentClient({ endpoint: cms.graphqlUrl, token: 'not-a-real-token' })
    const error = await stranger.listTopics().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentClientError)
    expect((error as ContentClientError).kind).toBe('http')
    expect((error as ContentClientError).status).toBe(401)
  })
})

describe('related articles in the same request as the article', () => {
  it('come from published topics only: a draft, or a topic added in a draft, never makes an article related', async () => {
    await cms.createDraftArticle({ title: 'Draft about self-injury', slug: 'draft-about-self-injury' })
    const draft = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: 'draft-about-self-injury' }, status: 'draft' })
    const topics = await cms.strapi.documents('api::topic.topic').findMany({ filters: { slug: { $in: ['self-injury', 'anxiety'] } }, status: 'published' })
    const selfInjury = topics.find((t: { slug: string }) => t.slug === 'self-injury')!
    const anxiety = topics.find((t: { slug: string }) => t.slug === 'anxiety')!
    await cms.strapi.documents('api::article.article').update({ documentId: draft!.documentId, data: { topics: [selfInjury.documentId] } as never })
    // A published article whose unpublished draft adds the anxiety topic.
    const friend = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: 'helping-a-friend' }, status: 'published' })
    await cms.strapi.documents('api::article.article').update({ documentId: friend!.documentId, data: { topics: [anxiety.documentId] } as never })

    expect((await client.getArticle(SEEDED_ARTICLE))?.related.map((a) => a.slug)).toEqual(['helping-a-friend', 'grounding-when-the-urge-is-strong'])
    expect((await client.getArticle('what-panic-does'))?.related).toEqual([])
  })
})

describe('nested lists, which the CMS returns in the order editors linked them', () => {
  it('come back in display order: topics by name, approaches in the clinic order', async () => {
    const approaches = await cms.strapi.documents('api::approach.approach').findMany({ status: 'published', sort: 'order:desc' })
    const topics = await cms.strapi.documents('api::topic.topic').findMany({ status: 'published', sort: 'name:desc' })
    await cms.strapi.documents('api::article.article').create({
      data: {
        title: 'Linked backwards',
        slug: 'linked-backwards',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Linked backwards.' }] }],
        approaches: approaches.map((a: { documentId: string }) => a.documentId),
        topics: topics.map((t: { documentId: string }) => t.documentId),
      } as never,
      status: 'published',
    })
    // The CMS really does answer in link order (else this test would prove nothing).
    const raw = await fetch(cms.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(filters: { slug: { eq: "linked-backwards" } }) { approaches { slug } topics { slug } } }' }),
    }).then((response) => response.json())
    expect(raw.data.articles[0].approaches.map((a: { slug: string }) => a.slug)).toEqual(approaches.map((a: { slug: string }) => a.slug))

    const article = await client.getArticle('linked-backwards')
    expect(article?.approaches.map((a) => a.slug)).toEqual(['dbt', 'emdr', 'ifs', 'somatic-therapy', 'mindfulness'])
    const names = topics.map((t: { name: string }) => t.name)
    expect(article?.topics.map((t) => t.name)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    expect(article?.topics.map((t) => t.name)).not.toEqual(names)
  })
})

// The page of a published article comes from PublishedArticle, which the CMS answers in one read
// beside its generated queries. Whatever earlier tests changed (drafts with other topics, new
// articles), it must answer exactly what ArticleBySlug and the topic-join related query answer.
describe('PublishedArticle answers what the generated queries answer', () => {
  const RelatedByTopicJoin = {
    kind: 'Document',
    definitions: [
      ...parse(`query RelatedByTopicJoin($slug: String!, $locale: I18NLocaleCode) {
        articles(locale: $locale, filters: { slug: { ne: $slug }, topics: { articles: { slug: { eq: $slug } } } }, pagination: { pageSize: 3 }, sort: ["publishedAt:desc"]) {
          ...ArticleTeaserFields
        }
      }`).definitions,
      ...operations.ArticleTeaserFieldsFragmentDoc.definitions,
    ],
  } as unknown as TypedDocumentNode<{ articles: unknown[] }, { slug: string; locale: string }>

  it('for every published article, in English and in French', async () => {
    const run = createRequester({ endpoint: cms.graphqlUrl })
    const pages = []
    const listed = await Promise.all((['en', 'fr'] as const).map(async (locale) => (await client.listArticles({ locale, pageSize: 100 })).items))
    expect(listed.map((items) => items.length > 0)).toEqual([true, true])
    for (const { slug, locale } of listed.flat() as { slug: string; locale: string }[]) {
      const [stored, related, page] = await Promise.all([
        run(operations.ArticleBySlugDocument, { slug, locale, status: 'PUBLISHED' }),
        run(RelatedByTopicJoin, { slug, locale }),
        run(operations.PublishedArticleDocument, { slug, locale }),
      ])
      expect(page.publishedArticle, slug).toEqual({ ...stored.articles[0], related: related.articles })
      pages.push(page.publishedArticle!)
    }
    // The comparison covered relations, components and related articles, not only empty ones.
    expect(pages.some((page) => page.related.length > 0)).toBe(true)
    expect(pages.some((page) => page.author && page.topics.length > 0 && page.localizations.length > 0)).toBe(true)
    expect(pages.some((page) => page.sensitiveTopic)).toBe(true)
  })
})

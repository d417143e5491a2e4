import { describe, expect, it } from 'vitest'
import { createContentClient } from '../src/index.js'
import { data, fakeFetch } from './fake-fetch.js'
import { article, articleSummary, clinic, topic } from './fixtures.js'

const endpoint = 'http://cms.test/graphql'

describe('the request that goes out', () => {
  it('POSTs the named operation and its variables as JSON to the endpoint, with the token and extra headers', async () => {
    const { fetch, sent } = fakeFetch(data({ therapists: [] }))
    const client = createContentClient({ endpoint, fetch, token: 'secret-token', headers: { 'X-App': 'newsletter' } })

    await client.getTherapist('maya-thompson')

    expect(sent).toHaveLength(1)
    const [request] = sent
    expect(request!.url).toBe(endpoint)
    expect(request!.method).toBe('POST')
    expect(request!.headers.get('authorization')).toBe('Bearer secret-token')
    expect(request!.headers.get('x-app')).toBe('newsletter')
    expect(request!.headers.get('content-type')).toBe('application/json')
    expect(request!.body.operationName).toBe('TherapistBySlug')
    expect(request!.body.query).toContain('query TherapistBySlug(')
    expect(request!.body.variables).toEqual({ slug: 'maya-thompson' })
  })

  it('sends no Authorization header without a token', async () => {
    const { fetch, sent } = fakeFetch(data({ topics: [] }))
    await createContentClient({ endpoint, fetch }).listTopics()
    expect(sent[0]!.headers.has('authorization')).toBe(false)
  })

  it('asks for drafts only when told to', async () => {
    const { fetch, sent } = fakeFetch(data({ approaches: [] }))
    const client = createContentClient({ endpoint, fetch, token: 't' })
    await client.getApproach('dbt', { status: 'draft' })
    await client.getApproach('dbt', { status: 'published' })
    expect(sent.map((r) => r.body.variables)).toEqual([
      { slug: 'dbt', status: 'DRAFT' },
      { slug: 'dbt', status: 'PUBLISHED' },
    ])
  })

  it('asks every method for the language it is given, and for the CMS default without one', async () => {
    const { fetch, sent } = fakeFetch(data({ approaches: [], therapists: [], topics: [], clinic: null, approvedComments: [], articles: [], publishedArticle: null }))
    const client = createContentClient({ endpoint, fetch })
    await client.getClinic({ locale: 'fr' })
    await client.listTherapists({ locale: 'fr' })
    await client.listApproaches({ locale: 'fr' })
    await client.listTopics({ locale: 'fr' })
    await client.getTherapist('elise-gagnon', { locale: 'fr' })
    await client.getApproach('tcd', { locale: 'fr', status: 'draft' })
    await client.getArticle('comprendre-l-automutilation', { locale: 'fr' })
    await client.listApprovedComments('comprendre-l-automutilation', { locale: 'fr' })
    expect(sent.map((r) => r.body.variables?.locale)).toEqual(Array(8).fill('fr'))
    await client.listTopics()
    expect(sent.at(-1)!.body.variables).toEqual({})
  })

  it('uses globalThis.fetch when no fetch is given, looked up at request time', async () => {
    const { fetch, sent } = fakeFetch(data({ topics: [] }))
    const client = createContentClient({ endpoint })
    const original = globalThis.fetch
    globalThis.fetch = fetch
    try {
      await client.listTopics()
    } finally {
      globalThis.fetch = original
    }
    expect(sent).toHaveLength(1)
  })

  it('refuses a relative endpoint when the client is created', () => {
    expect(() => createContentClient({ endpoint: '/graphql' })).toThrow(/absolute URL/)
  })
})

describe('not found', () => {
  it.each([
    ['getArticle', { publishedArticle: null }],
    ['getTherapist', { therapists: [] }],
    ['getApproach', { approaches: [] }],
  ] as const)('%s gives null for a slug that matches nothing', async (method, reply) => {
    const { fetch, sent } = fakeFetch(data(reply))
    const client = createContentClient({ endpoint, fetch })
    await expect(client[method]('no-such-slug')).resolves.toBeNull()
    expect(sent).toHaveLength(1) // no related-articles request for a missing article
  })

  it('getClinic gives null before the clinic details are filled in', async () => {
    const { fetch } = fakeFetch(data({ clinic: null }))
    await expect(createContentClient({ endpoint, fetch }).getClinic()).resolves.toBeNull()
  })
})

describe('results', () => {
  it('getArticle reads a published article with up to 3 related articles in one request', async () => {
    const second = { ...topic, documentId: 't2', slug: 'trauma', name: 'Trauma' }
    const { fetch, sent } = fakeFetch(data({ publishedArticle: { ...article('why-people-self-injure', [topic, second]), related: [articleSummary('grounding'), null] } }))
    const result = await createContentClient({ endpoint, fetch }).getArticle('why-people-self-injure')

    expect(sent).toHaveLength(1)
    expect(sent[0]!.body.operationName).toBe('PublishedArticle')
    expect(sent[0]!.body.variables).toEqual({ slug: 'why-people-self-injure' })
    expect(result?.related.map((a) => a.slug)).toEqual(['grounding'])
    expect(result?.approaches).toEqual([{ name: 'DBT', slug: 'dbt', fullName: 'Dialectical Behaviour Therapy' }]) // null item dropped
    expect(result?.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }])
  })

  it("getArticle for a draft asks for related articles by the draft's own topics", async () => {
    const second = { ...topic, documentId: 't2', slug: 'trauma', name: 'Trauma' }
    const { fetch, sent } = fakeFetch(data({ articles: [article('why-people-self-injure', [topic, second])] }), data({ articles: [articleSummary('grounding')] }))
    const result = await createContentClient({ endpoint, fetch, token: 't' }).getArticle('why-people-self-injure', { status: 'draft' })

    expect(sent[0]!.body.operationName).toBe('ArticleBySlug')
    expect(sent[0]!.body.variables).toMatchObject({ status: 'DRAFT' })
    expect(sent[1]!.body.operationName).toBe('RelatedArticles')
    expect(sent[1]!.body.variables).toEqual({ slug: 'why-people-self-injure', topics: ['self-injury', 'trauma'] })
    expect(result?.related.map((a) => a.slug)).toEqual(['grounding'])
  })

  it('getArticle in French fills relations to entries with no French version from English (strapi/strapi#27467)', async () => {
    const french = { ...article('comprendre', []), locale: 'fr', author: null, reviewedBy: { name: 'Élise Gagnon', slug: 'elise-gagnon', credentials: 'TSA', locale: 'fr' }, approaches: [{ name: 'TCD', slug: 'tcd', fullName: null, locale: 'fr' }] }
    const englishOnly = { name: 'Only In English', slug: 'only-in-english', credentials: 'RP', locale: 'en', localizations: [] }
    const { fetch, sent } = fakeFetch(
      data({ publishedArticle: { ...french, related: [] } }),
      data({
        article: {
          author: englishOnly,
          reviewedBy: { name: 'Élise Gagnon', slug: 'elise-gagnon', credentials: 'RSW', locale: 'en', localizations: [{ locale: 'fr' }] },
          approaches: [
            { name: 'DBT', slug: 'dbt', fullName: null, locale: 'en', localizations: [{ locale: 'fr' }] }, // translated: the French list has it already
            { name: 'IFS', slug: 'ifs-en', fullName: 'Internal Family Systems', locale: 'en', localizations: [] },
            null,
          ],
        },
      }),
    )
    const result = await createContentClient({ endpoint, fetch }).getArticle('comprendre', { locale: 'fr' })
    expect(sent[1]!.body.operationName).toBe('ArticleRelationsIn')
    expect(sent[1]!.body.variables).toEqual({ documentId: 'doc-comprendre', locale: 'en' })
    expect(result?.author).toEqual({ name: 'Only In English', slug: 'only-in-english', credentials: 'RP', locale: 'en' })
    expect(result?.reviewedBy?.locale).toBe('fr') // the French one is kept
    expect(result?.approaches.map((approach) => [approach.slug, approach.locale])).toEqual([['tcd', 'fr'], ['ifs-en', 'en']])
  })

  it('getArticle in French leaves an author out when the English one has a French version (staff left it empty in French)', async () => {
    const { fetch } = fakeFetch(
      data({ publishedArticle: { ...article('comprendre', []), locale: 'fr', author: null, reviewedBy: null, approaches: [], related: [] } }),
      data({ article: { author: { name: 'Maya Thompson', slug: 'maya-thompson', credentials: 'RP', locale: 'en', localizations: [{ locale: 'fr' }] }, reviewedBy: null, approaches: [] } }),
    )
    const result = await createContentClient({ endpoint, fetch }).getArticle('comprendre', { locale: 'fr' })
    expect(result?.author).toBeNull()
  })

  it('puts nested topics and approaches in display order: topics by name in their language, approaches by the clinic order, unset last, then name', async () => {
    const named = (name: string, locale = 'en') => ({ ...topic, documentId: name, slug: name.toLowerCase(), name, locale })
    const approach = (name: string, order: number | null) => ({ name, slug: name.toLowerCase(), fullName: null, locale: 'en', order })
    const linked = {
      ...article('why-people-self-injure', [named('Trauma'), named('anxiety'), named('Coping')]),
      approaches: [approach('Somatic', null), approach('IFS', 3), approach('EMDR', 2), approach('Mindfulness', null), approach('DBT', 2)],
    }
    const { fetch } = fakeFetch(data({ publishedArticle: { ...linked, related: [articleSummary('grounding', [named('Trauma'), named('Grief')])] } }))
    const result = await createContentClient({ endpoint, fetch }).getArticle('why-people-self-injure')
    expect(result?.topics.map((t) => t.name)).toEqual(['anxiety', 'Coping', 'Trauma'])
    expect(result?.approaches.map((a) => a.name)).toEqual(['DBT', 'EMDR', 'IFS', 'Mindfulness', 'Somatic'])
    expect(result?.related[0]?.topics.map((t) => t.name)).toEqual(['Grief', 'Trauma'])

    // French: an accented first letter sorts with its letter, not after z as in a byte order.
    const french = { ...article('comprendre', [named('Trauma', 'fr'), named('Émotions', 'fr'), named('Deuil', 'fr')]), locale: 'fr' }
    const { fetch: frenchFetch } = fakeFetch(data({ publishedArticle: { ...french, related: [] } }), data({ article: { author: null, reviewedBy: null, approaches: [] } }))
    const inFrench = await createContentClient({ endpoint, fetch: frenchFetch }).getArticle('comprendre', { locale: 'fr' })
    expect(inFrench?.topics.map((t) => t.name)).toEqual(['Deuil', 'Émotions', 'Trauma'])
  })

  it('puts the approaches of listed therapists and the topics of listed articles in display order', async () => {
    const approach = (name: string, order: number) => ({ name, slug: name.toLowerCase(), locale: 'en', order })
    const { fetch } = fakeFetch(
      data({ therapists: [{ name: 'Maya', approaches: [approach('IFS', 3), approach('DBT', 1)] }] }),
      data({ articles_connection: { nodes: [articleSummary('a', [{ ...topic, name: 'Trauma' }, { ...topic, name: 'Anxiety' }])], pageInfo: { page: 1, pageSize: 10, total: 1, pageCount: 1 } } }),
    )
    const client = createContentClient({ endpoint, fetch })
    expect((await client.listTherapists())[0]?.approaches.map((a) => a.name)).toEqual(['DBT', 'IFS'])
    expect((await client.listArticles()).items[0]?.topics.map((t) => t.name)).toEqual(['Anxiety', 'Trauma'])
  })

  it('getArticle puts the alt text given in this language into the body’s pictures', async () => {
    const body = [{ type: 'image', image: { url: '/uploads/trail.png', alternativeText: 'A forest trail' }, children: [{ type: 'text', text: '' }] }]
    const { fetch } = fakeFetch(data({ publishedArticle: { ...article('sentier', []), body, bodyImageAlts: [{ alt: 'Un sentier en forêt', image: { url: '/uploads/trail.png' } }, null], related: [] } }))
    const result = await createContentClient({ endpoint, fetch }).getArticle('sentier')
    expect(result?.body).toEqual([{ ...body[0], image: { url: '/uploads/trail.png', alternativeText: 'Un sentier en forêt' } }])
  })

  it('getArticle makes one request when the article has no topic', async () => {
    const { fetch, sent } = fakeFetch(data({ publishedArticle: { ...article('lonely', []), related: [] } }))
    const result = await createContentClient({ endpoint, fetch }).getArticle('lonely')
    expect(sent).toHaveLength(1)
    expect(result?.related).toEqual([])
  })

  it('listArticles maps Strapi pageInfo to page, pageSize, total and pageCount', async () => {
    const { fetch, sent } = fakeFetch(
      data({ articles_connection: { nodes: [articleSummary('a'), articleSummary('b')], pageInfo: { page: 2, pageSize: 2, pageCount: 3, total: 5 } } }),
    )
    const page = await createContentClient({ endpoint, fetch }).listArticles({ page: 2, pageSize: 2, topic: 'trauma' })

    expect(sent[0]!.body.variables).toEqual({ page: 2, pageSize: 2, filters: { topics: { slug: { eq: 'trauma' } } } })
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 5, pageCount: 3 })
    expect(page.items.map((a) => a.slug)).toEqual(['a', 'b'])
  })

  it('listArticles asks for page 1 of 10 with no filter by default', async () => {
    const { fetch, sent } = fakeFetch(data({ articles_connection: { nodes: [], pageInfo: { page: 1, pageSize: 10, pageCount: 0, total: 0 } } }))
    const page = await createContentClient({ endpoint, fetch }).listArticles()
    expect(sent[0]!.body.variables).toEqual({ page: 1, pageSize: 10 })
    expect(page).toEqual({ items: [], page: 1, pageSize: 10, total: 0, pageCount: 0 })
  })

  it('lists lose the null items Strapi may return', async () => {
    const { fetch } = fakeFetch(data({ topics: [topic, null] }))
    await expect(createContentClient({ endpoint, fetch }).listTopics()).resolves.toEqual([topic])
  })

  it('getClinic gives empty lists for repeatable components that were never filled in', async () => {
    const { fetch } = fakeFetch(data({ clinic }))
    const result = await createContentClient({ endpoint, fetch }).getClinic()
    expect(result).toMatchObject({ phone: '705-535-1639', socialLinks: [], crisisLines: [], fundingPrograms: [] })
    expect(result?.openingHours).toHaveLength(1)
  })
})

// A visitor asks the public CMS API for drafts every way Strapi 5 understands (strapi/strapi#25326):
// status/publicationState parameters, filters on publishedAt, a draft's documentId, relations
// populated from published entries, GraphQL arguments and variables. The safe answer is a 4xx or
// published content only: the draft's words never appear.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, graphql, marker, send, stack } from '../support/http'
import { staff, therapistDocumentId } from '../support/staff'

const draftTitle = marker('Unpublished draft')
const draftText = marker('draft body words')
const editedTitle = marker('Edited but not republished')
let draftId: string
let liveId: string
let draftSlug: string
let liveSlug: string
let therapistId: string
let topicId: string

beforeAll(async () => {
  const editor = await staff('editor')
  therapistId = await therapistDocumentId()
  const topics = await cms('/api/topics?fields[0]=slug')
  topicId = topics.json.data[0].documentId
  draftId = await editor.draft({ title: draftTitle, text: draftText, author: therapistId, topics: [topicId] })
  // A live article whose newer draft has not been published: the public sees the old version.
  draftSlug = (await editor.readDraft(draftId)).slug
  const live = await editor.publishedArticle({ title: marker('Live article'), author: therapistId })
  liveId = live.documentId
  liveSlug = live.slug
  const edit = await editor.updateArticle(liveId, { title: editedTitle })
  expect(edit.status, edit.text).toBe(200)
})

const secrets = () => [draftTitle, draftText, editedTitle]

describe('drafts over public REST', () => {
  it.each([
    ['status=draft', () => '/api/articles?status=draft'],
    ['status=DRAFT', () => '/api/articles?status=DRAFT'],
    ['status as an array', () => '/api/articles?status[0]=draft'],
    ['v4 publicationState=preview', () => '/api/articles?publicationState=preview'],
    ['filter publishedAt is null', () => '/api/articles?filters[publishedAt][$null]=true&status=draft'],
    ['filter on the draft title', () => `/api/articles?status=draft&filters[title][$contains]=${encodeURIComponent(draftTitle)}`],
    ['a draft by documentId', () => `/api/articles/${draftId}`],
    ['a draft by documentId with status=draft', () => `/api/articles/${draftId}?status=draft`],
    ['the draft of a live article', () => `/api/articles/${liveId}?status=draft`],
    ['populate from its published author', () => `/api/therapists/${therapistId}?populate=articles&status=draft`],
    ['populate from its published topic', () => `/api/topics/${topicId}?populate[articles][fields][0]=title&status=draft`],
    ['populate with a nested status', () => `/api/therapists?populate[articles][status]=draft`],
  ])('%s', async (_name, path) => {
    expectNothingOf(await cms(path()), ...secrets())
  })

  it('filtering a published therapist on a draft it wrote finds nothing', async () => {
    const result = await cms(`/api/therapists?filters[articles][title][$contains]=${encodeURIComponent(draftTitle)}`)
    expectNothingOf(result, ...secrets())
    if (result.status === 200) expect(result.json.data).toEqual([])
  })

  it('a visitor bearer token that is not an API token reads no drafts', async () => {
    expectNothingOf(await cms('/api/articles?status=draft', { headers: { authorization: 'Bearer not-a-token' } }), ...secrets())
  })

  it('an admin session token sent to the content API reads no drafts', async () => {
    const author = await staff('author')
    expectNothingOf(await cms('/api/articles?status=draft', { headers: { authorization: `Bearer ${author.token}` } }), ...secrets())
  })
})

describe('drafts over public GraphQL', () => {
  it.each([
    ['articles(status: DRAFT)', () => '{ articles(status: DRAFT) { title } }'],
    ['article(documentId, status: DRAFT)', () => `{ article(documentId: "${draftId}", status: DRAFT) { title body } }`],
    ['the draft of a live article', () => `{ article(documentId: "${liveId}", status: DRAFT) { title } }`],
    ['articles_connection(status: DRAFT)', () => '{ articles_connection(status: DRAFT) { nodes { title } pageInfo { total } } }'],
    ['filter publishedAt is null', () => '{ articles(status: DRAFT, filters: { publishedAt: { null: true } }) { title } }'],
    ['relation argument on a published therapist', () => '{ therapists { articles(status: DRAFT) { title } } }'],
    ['relation from a draft-status topic list', () => '{ topics(status: DRAFT) { articles { title } } }'],
    ["the page read (publishedArticle) of a draft", () => `{ publishedArticle(slug: "${draftSlug}") { title body related { title } } }`],
    ['the page read of a live article with a newer draft', () => `{ publishedArticle(slug: "${liveSlug}") { title related { title } } }`],
    ['the related articles of a published article sharing the draft’s topic', () => `{ publishedArticle(slug: "why-people-self-injure") { related { title } } }`],
  ])('%s', async (_name, query) => {
    expectNothingOf(await graphql(query()), ...secrets())
  })

  it('status passed as a variable', async () => {
    const result = await graphql('query ($status: PublicationStatus) { articles(status: $status) { title } }', { status: 'DRAFT' })
    expectNothingOf(result, ...secrets())
  })

  it('over GET /graphql?query=', async () => {
    const result = await send(`${stack().cmsUrl}/graphql?query=${encodeURIComponent('{ articles(status: DRAFT) { title } }')}`, { headers: { 'apollo-require-preflight': 'true' } })
    expectNothingOf(result, ...secrets())
  })

  it('a guessed preview-secret header reads no drafts', async () => {
    expectNothingOf(await graphql('{ articles(status: DRAFT) { title } }', {}, { 'x-clinic-preview-secret': 'preview' }), ...secrets())
  })
})

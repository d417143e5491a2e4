// Private fields (`editorNotes` on articles and therapists, the clinic's retention setting) never
// leave the CMS: not selected, not filtered or sorted on (an oracle that reads a note letter by
// letter), not matched by `_q` full-text search, not through a populated relation, not over GraphQL.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, graphql, marker } from '../support/http'
import { staff, therapistDocumentId } from '../support/staff'

const articleNote = marker('privatenote')
const therapistNote = marker('therapistnote')
let articleId: string
let articleSlug: string
let therapistId: string

beforeAll(async () => {
  const editor = await staff('editor')
  therapistId = await therapistDocumentId()
  const article = await editor.publishedArticle({ title: marker('Article with a private note'), author: therapistId, editorNotes: articleNote })
  articleId = article.documentId
  articleSlug = article.slug
  // An Editor writes a private note on a therapist's profile and publishes it.
  const path = `/content-manager/collection-types/api::therapist.therapist/${therapistId}`
  const noted = await editor.call('PUT', path, { editorNotes: therapistNote })
  expect(noted.status, noted.text).toBe(200)
  const published = await editor.call('POST', `${path}/actions/publish`, {})
  expect(published.status, published.text).toBe(200)
})

/** The safe answer to an oracle question: refused, or an answer that does not depend on the note. */
function expectNoMatch(result: Awaited<ReturnType<typeof cms>>) {
  expectNothingOf(result, articleNote, therapistNote)
  if (result.status === 200) expect(result.json.data).toEqual([])
}

describe('private fields over REST', () => {
  it.each([
    ['fields[] selects it', () => `/api/articles/${articleId}?fields[0]=title&fields[1]=editorNotes`],
    ['populate[author][fields] selects it', () => `/api/articles/${articleId}?populate[author][fields][0]=editorNotes`],
    ['populate=* on the author', () => `/api/articles/${articleId}?populate=*`],
    ['a therapist with every relation', () => `/api/therapists/${therapistId}?populate=*`],
    ['sort on it', () => '/api/articles?sort=editorNotes:asc'],
    ['sort on it through a relation', () => '/api/articles?sort=author.editorNotes'],
  ])('%s', async (_name, path) => {
    expectNothingOf(await cms(path()), articleNote, therapistNote)
  })

  it.each([
    ['filters[editorNotes][$eq]', () => `/api/articles?filters[editorNotes][$eq]=${articleNote}`],
    ['filters[editorNotes][$startsWith] (letter by letter)', () => `/api/articles?filters[editorNotes][$startsWith]=${articleNote.slice(0, 8)}`],
    ['filters[$or] hides it in a list', () => `/api/articles?filters[$or][0][editorNotes][$containsi]=${articleNote}&filters[$or][1][title][$eq]=none`],
    ['filters through the author relation', () => `/api/articles?filters[author][editorNotes][$contains]=${therapistNote}`],
    ['filters on a therapist', () => `/api/therapists?filters[editorNotes][$contains]=${therapistNote}`],
    ['_q full-text search on articles', () => `/api/articles?_q=${articleNote}`],
    ['_q full-text search on therapists', () => `/api/therapists?_q=${therapistNote}`],
    ['_q with status=draft', () => `/api/therapists?_q=${therapistNote}&status=draft`],
  ])('%s finds nothing', async (_name, path) => {
    expectNoMatch(await cms(path()))
  })

  it('the clinic details leave out the retention setting', async () => {
    const result = await cms('/api/clinic?fields[0]=name&fields[1]=inquiryRetentionDays')
    expectNothingOf(result)
    // A 400 naming the key is a fine answer; a 200 must not carry the value.
    if (result.status === 200) expect(result.json.data).not.toHaveProperty('inquiryRetentionDays')
    else expect(result.status).toBe(400)
  })
})

describe('private fields over GraphQL', () => {
  it.each([
    ['select editorNotes', () => `{ article(documentId: "${articleId}") { title editorNotes } }`],
    ['select it on a populated author', () => `{ article(documentId: "${articleId}") { author { name editorNotes } } }`],
    ['filter on it', () => `{ articles(filters: { editorNotes: { contains: "${articleNote}" } }) { title } }`],
    ['filter a therapist on it', () => `{ therapists(filters: { editorNotes: { startsWith: "${therapistNote.slice(0, 6)}" } }) { name } }`],
    ['filter through a relation', () => `{ articles(filters: { author: { editorNotes: { contains: "${therapistNote}" } } }) { title } }`],
    ['sort on it', () => '{ therapists(sort: "editorNotes:asc") { name } }'],
    ['select it on the page read (publishedArticle)', () => `{ publishedArticle(slug: "${articleSlug}") { title editorNotes } }`],
    ["select it on the page read's author", () => `{ publishedArticle(slug: "${articleSlug}") { author { name editorNotes } } }`],
  ])('%s', async (_name, query) => {
    const result = await graphql(query())
    expectNothingOf(result, articleNote, therapistNote)
    // Either a validation error, or an empty match: never an answer that depends on the note.
    const data = result.json?.data
    if (data?.articles) expect(data.articles).toEqual([])
    if (data?.therapists && !/sort/.test(query())) expect(data.therapists).toEqual([])
  })

  it('the page read with every field it has shows no note', async () => {
    const result = await graphql(`{ publishedArticle(slug: "${articleSlug}") { title excerpt body coverAlt author { name slug credentials locale } reviewedBy { name }
      topics { name description } approaches { name fullName } localizations { slug } seo { metaTitle metaDescription } related { title excerpt author { name credentials } } } }`)
    expect(result.status).toBe(200)
    expect(result.json.data.publishedArticle.author.name).toBeTruthy()
    expectNothingOf(result, articleNote, therapistNote)
  })
})

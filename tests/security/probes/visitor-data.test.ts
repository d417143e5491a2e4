// What visitors send stays with the clinic: a consultation request (name, e-mail) and a comment
// waiting for moderation are submitted through the website like any visitor, then looked for
// through every public door of the CMS. A spammer skipping the website is turned away.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, expectRefused, graphql, marker, postJson, stack, web } from '../support/http'
import { staff } from '../support/staff'

const visitorName = marker('Visitor')
const visitorEmail = `${marker('visitor')}@example.test`
const pendingText = marker('A comment waiting for moderation')
let articleSlug: string
let articleId: string

const secrets = () => [visitorName, visitorEmail, pendingText]

beforeAll(async () => {
  const editor = await staff('editor')
  const article = await editor.publishedArticle({ title: marker('Open for comments'), commentsEnabled: true })
  articleSlug = article.slug
  articleId = article.documentId
  const therapists = await cms('/api/therapists?fields[0]=slug')
  const inquiry = await postJson(`${stack().webUrl}/forms/inquiry`, {
    name: visitorName,
    contactMethod: 'email',
    email: visitorEmail,
    phone: '',
    preferredTimes: ['weekday_mornings'],
    sessionFormat: 'video',
    funding: 'private',
    therapist: therapists.json.data[0].slug,
    consent: true,
    website: '',
    idempotencyKey: randomUUID(),
  }, { accept: 'application/json' })
  expect(inquiry.status, inquiry.text).toBe(201)
  const comment = await postJson(`${stack().webUrl}/forms/comment`, {
    article: articleSlug, displayName: 'Jo', body: pendingText, website: '', idempotencyKey: randomUUID(),
  }, { accept: 'application/json' })
  expect(comment.status, comment.text).toBe(201)
})

describe('consultation requests and pending comments over REST', () => {
  it.each([
    ['list comments', () => '/api/comments'],
    ['pending comments by filter', () => '/api/comments?filters[moderation][$eq]=pending'],
    ['list requests', () => '/api/inquiries'],
    ['requests with every field', () => '/api/inquiries?populate=*'],
    ['comments populated through their article', () => `/api/articles/${articleId}?populate=comments`],
    ['requests populated through a therapist', () => '/api/therapists?populate=inquiries'],
    ['an article filtered on its comments', () => `/api/articles?filters[comments][body][$contains]=${pendingText}`],
  ])('%s', async (_name, path) => {
    const result = await cms(path())
    expectNothingOf(result, ...secrets())
    if (result.status === 200) expect(result.json.data?.length ?? 0).toBeLessThanOrEqual(1)
  })

  it('the website shows the article without the pending comment', async () => {
    const page = await web(`/articles/${articleSlug}`, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    expectNothingOf(page, ...secrets())
  })
})

describe('consultation requests and pending comments over GraphQL', () => {
  it.each([
    ['comments', '{ comments { body } }'],
    ['inquiries', '{ inquiries { name email } }'],
    ['comments through an article', '{ articles { title comments { body } } }'],
    ['requests through a therapist', '{ therapists { name inquiries { name } } }'],
  ])('%s', async (_name, query) => {
    const result = await graphql(query)
    expectNothingOf(result, ...secrets())
    expect(result.json.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('approvedComments leaves out the pending one', async () => {
    const result = await graphql('query ($slug: String!) { approvedComments(article: $slug) { body } }', { slug: articleSlug })
    expect(result.status).toBe(200)
    expectNothingOf(result, ...secrets())
  })
})

describe('a spammer skipping the website', () => {
  it.each([
    ['a comment without the forms secret', '/api/comments/submit', { article: 'x', displayName: 'Spam', body: 'Buy now', website: '', idempotencyKey: randomUUID() }],
    ['a request without the forms secret', '/api/inquiries/submit', { name: 'Spam', contactMethod: 'email', email: 'spam@example.test', consent: true, idempotencyKey: randomUUID() }],
    ['a comment through the core REST route', '/api/comments', { data: { body: 'Spam', moderation: 'approved' } }],
    ['a request through the core REST route', '/api/inquiries', { data: { name: 'Spam' } }],
  ])('%s is refused', async (_name, path, body) => {
    const result = await postJson(`${stack().cmsUrl}${path}`, body)
    expectRefused(result)
  })

  it('a comment that approves itself over GraphQL is refused', async () => {
    const result = await graphql('mutation { createComment(data: { body: "Spam", moderation: approved }) { documentId } }')
    expect(result.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(result.json.data?.createComment ?? null).toBeNull()
  })
})

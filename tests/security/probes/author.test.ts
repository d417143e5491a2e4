// Only Editors put words on the public site. The demo Author logs in at /admin/login and uses the
// admin API directly (what the admin panel sends, minus the buttons it hides): the schedule and
// review fields and the article's author cannot be set, nothing can be published, unpublished,
// deleted or moved, and a sensitive article whose review the Author filled in is still refused.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, expectRefused, marker, type Answer } from '../support/http'
import { staff, therapistDocumentId, type Staff } from '../support/staff'

const ARTICLES = '/content-manager/collection-types/api::article.article'
let author: Staff
let editor: Staff
let therapistId: string
let reviewerId: string

beforeAll(async () => {
  ;[author, editor] = await Promise.all([staff('author'), staff('editor')])
  therapistId = await therapistDocumentId('maya-thompson')
  reviewerId = await therapistDocumentId('elise-gagnon')
})

/** What the Author sent is not what is stored: refused outright, or saved without the field. */
async function expectFieldNotSet(result: Answer, documentId: string | undefined, field: string, check: (value: any) => boolean) {
  expect(result.status, result.text).toBeLessThan(500)
  if (result.status >= 400) return
  const stored = await editor.readDraft(documentId ?? result.json.data.documentId)
  expect(check(stored[field]), `${field} was stored as ${JSON.stringify(stored[field])}`).toBe(false)
}

const past = () => new Date(Date.now() - 60_000).toISOString()
const hasValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && !(typeof value === 'object' && value !== null && 'count' in value && (value as { count: number }).count === 0)

const SCHEDULE_AND_REVIEW: Array<[string, () => Record<string, unknown>]> = [
  ['publishAt', () => ({ publishAt: past() })],
  ['unpublishAt', () => ({ unpublishAt: past() })],
  ['reviewedBy', () => ({ reviewedBy: reviewerId })],
  ['lastReviewedAt', () => ({ lastReviewedAt: '2026-11-30' })],
  ['author', () => ({ author: therapistId })],
]

describe('an Author cannot set the schedule, the review or the author', () => {
  it.each(SCHEDULE_AND_REVIEW)('%s on a new article', async (field, data) => {
    const created = await author.createArticle({ title: marker(`Author sets ${field}`), ...data() })
    await expectFieldNotSet(created, undefined, field, hasValue)
  })

  it.each(SCHEDULE_AND_REVIEW)('%s on their own draft', async (field, data) => {
    const documentId = await author.draft({ title: marker(`Author edits ${field}`) })
    const updated = await author.updateArticle(documentId, data())
    await expectFieldNotSet(updated, documentId, field, hasValue)
  })
})

describe('an Author cannot publish or take content down', () => {
  let ownDraft: string
  let liveByEditor: { documentId: string; slug: string }
  const ownTitle = marker('Author draft')

  beforeAll(async () => {
    ownDraft = await author.draft({ title: ownTitle })
    liveByEditor = await editor.publishedArticle({ title: marker('Live, by the Editor') })
  })

  it('publish their own draft', async () => {
    expectRefused(await author.publish(ownDraft), [403])
  })

  it('bulk-publish their own draft', async () => {
    expectRefused(await author.call('POST', `${ARTICLES}/actions/bulkPublish`, { documentIds: [ownDraft] }), [403])
  })

  it('create an article already published (?status=published)', async () => {
    const title = marker('Born published')
    const created = await author.call('POST', `${ARTICLES}?status=published`, { title, publishedAt: new Date().toISOString() })
    expect(created.status).toBeLessThan(500)
    expectNothingOf(await cms(`/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`), title)
  })

  it('unpublish a live article', async () => {
    expectRefused(await author.call('POST', `${ARTICLES}/${liveByEditor.documentId}/actions/unpublish`, {}), [403])
  })

  it('discard the draft of a live article', async () => {
    expectRefused(await author.call('POST', `${ARTICLES}/${liveByEditor.documentId}/actions/discard`, {}), [403])
  })

  it('edit an Editor\'s article', async () => {
    expectRefused(await author.updateArticle(liveByEditor.documentId, { title: 'Changed by the Author' }), [403])
  })

  it('delete an article', async () => {
    expectRefused(await author.call('DELETE', `${ARTICLES}/${liveByEditor.documentId}`), [403])
  })

  it('edit the clinic details', async () => {
    expectRefused(await author.call('PUT', '/content-manager/single-types/api::clinic.clinic', { phone: '000-000-0000' }), [403])
  })

  it.each([
    ['consultation requests', '/content-manager/collection-types/api::inquiry.inquiry'],
    ['comments', '/content-manager/collection-types/api::comment.comment'],
    ['admin users', '/admin/users'],
    ['API tokens', '/admin/api-tokens'],
  ])('read %s', async (_name, path) => {
    expectRefused(await author.call('GET', path), [403])
  })

  it('none of it reached the public site', async () => {
    expectNothingOf(await cms('/api/articles?pagination[pageSize]=100'), ownTitle, 'Changed by the Author')
    const live = await cms(`/api/articles/${liveByEditor.documentId}`)
    expect(live.status).toBe(200)
  })
})

describe('the clinical-review gate trusts only an Editor\'s review', () => {
  it('a sensitive article the Author marked as reviewed is refused when an Editor publishes it', async () => {
    const title = marker('Self-reviewed sensitive article')
    const documentId = await author.draft({ title, sensitiveTopic: { kind: 'suicide' } })
    // The Author fills in the review themselves (create or edit: both are tried above); whatever
    // the admin kept, the Editor's publish must not trust it.
    await author.updateArticle(documentId, { reviewedBy: reviewerId, lastReviewedAt: '2026-11-30' })
    const published = await editor.publish(documentId)
    expect(published.status, published.text).toBe(400)
    expect(published.json.error.message).toMatch(/review/i)
    expectNothingOf(await cms(`/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`), title)
  })
})

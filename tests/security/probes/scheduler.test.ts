// The scheduler ("Publish at" / "Unpublish at", a CMS job every minute) publishes only what an
// Editor scheduled. The Author tries every way through it at once; an Editor schedules two
// articles too, created last: one to publish, one to take down. When the first appears on the
// public API and the second has gone, the job has run over everything due (it takes entries in
// creation order), so the wait is on real state, with a generous bound for a busy machine; then
// none of the Author's attempts may have changed the public site.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, marker, waitUntil } from '../support/http'
import { staff, type Staff } from '../support/staff'

const justNow = () => new Date(Date.now() - 1000).toISOString()
const soon = () => new Date(Date.now() + 3000).toISOString()
const publicTitles = async (title: string) => (await cms(`/api/articles?filters[title][$eq]=${encodeURIComponent(title)}&fields[0]=title&fields[1]=body`)).text

let author: Staff
let editor: Staff
const titles = {
  atCreate: marker('Author schedules at creation'),
  onEdit: marker('Author schedules an edit'),
  sensitive: marker('Author schedules a self-reviewed sensitive article'),
  liveEdited: marker('Live article'),
  editorScheduled: marker('Editor scheduled this'),
  takenDown: marker('Live article the Author tries to take down'),
  published: marker('Editor schedules a publish'),
  unpublished: marker('Editor schedules a take-down'),
}
const edits = {
  liveEdit: marker('words the Author added after it went live'),
  laterEdit: marker('words the Author added after the Editor scheduled it'),
}
let liveEditedId: string
let editorScheduledId: string

beforeAll(async () => {
  ;[author, editor] = await Promise.all([staff('author'), staff('editor')])
  const reviewer = (await cms('/api/therapists?filters[slug][$eq]=elise-gagnon')).json.data[0].documentId

  // 1. A new draft with "publish at" already passed.
  await author.createArticle({ title: titles.atCreate, publishAt: justNow() })
  // 2. "Publish at" set on an existing draft.
  const onEdit = await author.draft({ title: titles.onEdit })
  await author.updateArticle(onEdit, { publishAt: justNow() })
  // 3. A sensitive article the Author "reviewed" and scheduled.
  await author.createArticle({ title: titles.sensitive, sensitiveTopic: { kind: 'self_harm' }, reviewedBy: reviewer, lastReviewedAt: '2026-11-30', publishAt: justNow() })
  // 4. An Author's own article, published by an Editor, then edited and rescheduled by the Author.
  liveEditedId = await author.draft({ title: titles.liveEdited })
  await editor.published(liveEditedId)
  await author.updateArticle(liveEditedId, { body: [{ type: 'paragraph', children: [{ type: 'text', text: edits.liveEdit }] }], publishAt: new Date().toISOString() })
  // 5. An Editor schedules the Author's draft; the Author edits it afterwards.
  editorScheduledId = await author.draft({ title: titles.editorScheduled })
  await editor.updateArticle(editorScheduledId, { publishAt: justNow() })
  await author.updateArticle(editorScheduledId, { body: [{ type: 'paragraph', children: [{ type: 'text', text: edits.laterEdit }] }] })
  // 6. "Unpublish at" slipped into the Author's draft, which an Editor then publishes for its text.
  const takenDown = await author.draft({ title: titles.takenDown })
  await author.updateArticle(takenDown, { unpublishAt: soon() })
  await editor.published(takenDown)
  // The Editor's own schedule, last: the sign that the job has run over all of the above.
  await editor.draft({ title: titles.published, publishAt: justNow() })
  await editor.published(await editor.draft({ title: titles.unpublished, unpublishAt: soon() }))
  await waitUntil('the scheduler ran the Editor\'s schedule', async () =>
    (await publicTitles(titles.published)).includes(titles.published) && !(await publicTitles(titles.unpublished)).includes(titles.unpublished), 180_000, 1000)
}, 300_000)

describe('the scheduler as an Author', () => {
  it.each([
    ['a new draft with "publish at" in the past', () => titles.atCreate],
    ['"publish at" set on an existing draft', () => titles.onEdit],
    ['a self-reviewed sensitive article', () => titles.sensitive],
  ])('%s stays unpublished', async (_name, title) => {
    expectNothingOf(await cms(`/api/articles?filters[title][$eq]=${encodeURIComponent(title())}`), title())
  })

  it('an edit to a live article does not go live by itself', async () => {
    const live = await cms(`/api/articles/${liveEditedId}`)
    expect(live.status).toBe(200)
    expectNothingOf(live, edits.liveEdit)
  })

  it('an edit made after an Editor scheduled the article is not what goes live', async () => {
    expectNothingOf(await cms(`/api/articles/${editorScheduledId}`), edits.laterEdit)
  })

  it('"unpublish at" does not take a live article down', async () => {
    expect(await publicTitles(titles.takenDown)).toContain(titles.takenDown)
  })
})

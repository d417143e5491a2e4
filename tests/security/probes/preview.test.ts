// Draft previews open on the website through links the admin hands out. The key that lets the
// website read drafts (PREVIEW_SECRET) stays on the servers: it is never in a link, never in the
// admin's pages, and on its own opens nothing. A link opens one document's draft, for a short
// time; an altered, guessed or outdated link opens nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, expectRefused, marker, send, stack, web } from '../support/http'
import { staff, type Staff } from '../support/staff'

const PREVIEW_URL = '/content-manager/preview/url/api::article.article'
const titleA = marker('Draft A in preview')
const titleB = marker('Draft B in preview')
let editor: Staff
let author: Staff
let draftA: string
let draftB: string
let slugB: string

beforeAll(async () => {
  ;[editor, author] = await Promise.all([staff('editor'), staff('author')])
  draftA = await editor.draft({ title: titleA })
  draftB = await editor.draft({ title: titleB })
  slugB = (await editor.readDraft(draftB)).slug
})

async function previewLink(who: Staff, documentId: string): Promise<string> {
  const result = await who.call('GET', `${PREVIEW_URL}?documentId=${documentId}&status=draft`)
  expect(result.status, result.text).toBe(200)
  return result.json.data.url as string
}

const open = (url: string) => send(url, { headers: { accept: 'text/html' } })

describe('the preview key never leaves the servers', () => {
  it.each([
    ['an Editor', () => editor],
    ['an Author', () => author],
  ])('the preview link the admin gives %s does not carry it', async (_name, who) => {
    const link = await previewLink(who(), draftA)
    expect(link.startsWith(stack().webUrl)).toBe(true)
    expect(decodeURIComponent(link)).not.toContain(stack().previewSecret)
  })

  it('the admin panel\'s page does not carry it', async () => {
    const page = await cms('/admin/', { headers: { accept: 'text/html' } })
    expectNothingOf(page, stack().previewSecret)
  })

  it('the admin\'s preview script does not carry it', async () => {
    expectNothingOf(await cms('/content-manager/preview/script'), stack().previewSecret)
  })
})

describe('preview links', () => {
  const pathB = () => `/articles/${slugB}`

  it('the static key in the query opens no draft', async () => {
    const result = await web(`/api/preview?${new URLSearchParams({ secret: stack().previewSecret, path: pathB(), status: 'draft' })}`)
    expectRefused(result, [400, 401, 403, 404])
    expectNothingOf(result, titleB)
  })

  it('the static key as a header opens no draft', async () => {
    const result = await web(`/api/preview?${new URLSearchParams({ path: pathB(), status: 'draft' })}`, { headers: { 'x-clinic-preview-secret': stack().previewSecret } })
    expectRefused(result, [400, 401, 403, 404])
    expectNothingOf(result, titleB)
  })

  it.each([
    ['no credentials', () => `/api/preview?path=${encodeURIComponent(pathB())}&status=draft`],
    ['a guessed secret', () => `/api/preview?secret=preview&path=${encodeURIComponent(pathB())}&status=draft`],
    ['a forged token', () => `/api/preview?token=${'A'.repeat(40)}.${'B'.repeat(43)}&path=${encodeURIComponent(pathB())}`],
  ])('%s opens no draft', async (_name, path) => {
    const result = await web(path())
    expectRefused(result, [400, 401, 403, 404])
    expectNothingOf(result, titleB)
  })

  it.each([
    ['/__preview page copies', () => `/__preview/articles/${slugB}`],
    ['/__preview with a guessed grant', () => `/__preview/articles/${slugB}`],
  ])('%s are unreachable from outside', async (name, path) => {
    const headers: Record<string, string> = { accept: 'text/html' }
    if (name.includes('grant')) headers['x-clinic-preview-grant'] = 'guess'
    const result = await web(path(), { headers })
    expectRefused(result, [404])
    expectNothingOf(result, titleB)
  })

  it('a real link opens its own draft', async () => {
    const result = await open(await previewLink(editor, draftA))
    expect(result.status).toBe(200)
    expect(result.text).toContain(titleA)
    expect(result.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('a link for draft A, pointed at draft B, opens nothing', async () => {
    const link = new URL(await previewLink(editor, draftA))
    const tampered = new URL(link)
    if (tampered.searchParams.has('path')) tampered.searchParams.set('path', pathB())
    else tampered.pathname = tampered.pathname.replace(/[^/]+$/, slugB)
    const result = await open(tampered.href)
    expectNothingOf(result, titleB)
    expect(result.text).not.toContain(titleA)
  })

  it('a link with one character of its signature changed opens nothing', async () => {
    const link = new URL(await previewLink(editor, draftA))
    // The longest parameter is the signed token (or, before signed links, the secret).
    const [name, value] = [...link.searchParams].sort((a, b) => b[1].length - a[1].length)[0]!
    link.searchParams.set(name, value.slice(0, -2) + (value.at(-2) === 'A' ? 'B' : 'A') + value.at(-1))
    const result = await open(link.href)
    expectRefused(result, [400, 401, 403, 404])
    expectNothingOf(result, titleA)
  })
})

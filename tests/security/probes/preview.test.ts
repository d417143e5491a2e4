// Draft previews open on the website through links the admin hands out. The key that lets the
// servers read drafts (PREVIEW_SECRET) stays on the servers: it is never in a link, never in the
// admin's pages, and on its own opens nothing, on the website or on the CMS. A link opens one
// document's draft for a short time; an altered, forged, outdated or borrowed token opens nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { cms, expectNothingOf, expectRefused, graphql, marker, send, stack, web, type Answer } from '../support/http'
import { nowSeconds, previewKey, signJwt } from '../support/jwt'
import { staff, type Staff } from '../support/staff'

const PREVIEW_URL = '/content-manager/preview/url/api::article.article'
const TYPE = 'api::article.article'
const titleA = marker('Draft A in preview')
const titleB = marker('Draft B in preview')
let editor: Staff
let author: Staff
let draftA: string
let draftB: string
let slugA: string
let slugB: string

beforeAll(async () => {
  ;[editor, author] = await Promise.all([staff('editor'), staff('author')])
  draftA = await editor.draft({ title: titleA })
  draftB = await editor.draft({ title: titleB })
  slugA = (await editor.readDraft(draftA)).slug
  slugB = (await editor.readDraft(draftB)).slug
})

async function previewLink(who: Staff, documentId: string): Promise<string> {
  const result = await who.call('GET', `${PREVIEW_URL}?documentId=${documentId}&status=draft`)
  expect(result.status, result.text).toBe(200)
  return result.json.data.url as string
}

/** Opens a preview link as a browser does: follows the redirect, carrying the cookie it sets. */
async function open(url: string, headers: Record<string, string> = {}): Promise<Answer & { cookie?: string; finalUrl: string }> {
  const first = await send(url, { headers: { accept: 'text/html', ...headers } })
  const location = first.headers.get('location')
  if (first.status < 300 || first.status >= 400 || !location) return { ...first, finalUrl: url }
  const cookie = first.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
  const finalUrl = new URL(location, url).href
  return { ...(await send(finalUrl, { headers: { accept: 'text/html', cookie, ...headers } })), cookie, finalUrl }
}

/** A preview-link token as the CMS makes them, with the given changes. */
function linkToken(documentId: string, path: string, changes: Record<string, unknown> = {}, key: string | Uint8Array = previewKey(stack().previewSecret)): string {
  const iat = nowSeconds()
  return signJwt({ type: TYPE, documentId, status: 'draft', path, iss: 'clinic-cms', aud: 'clinic-preview-link', iat, exp: iat + 900, ...changes }, key)
}

const expectNoDraft = (result: Answer, ...titles: string[]) => {
  expectRefused(result, [400, 401, 403, 404])
  expectNothingOf(result, ...titles)
}

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
    expectNothingOf(await cms('/admin/', { headers: { accept: 'text/html' } }), stack().previewSecret)
  })

  it('the admin\'s preview script does not carry it', async () => {
    expectNothingOf(await cms('/content-manager/preview/script'), stack().previewSecret)
  })

  it('the website\'s preview page does not carry it', async () => {
    expectNothingOf(await open(await previewLink(editor, draftA)), stack().previewSecret)
  })
})

describe('the static key on its own opens nothing', () => {
  const pathB = () => `/articles/${slugB}`

  it('in the query of the website\'s preview route', async () => {
    expectNoDraft(await open(`${stack().webUrl}/api/preview?${new URLSearchParams({ secret: stack().previewSecret, path: pathB(), status: 'draft' })}`), titleB)
  })

  it('as a header to the website\'s preview route', async () => {
    expectNoDraft(await open(`${stack().webUrl}/api/preview?${new URLSearchParams({ path: pathB(), status: 'draft' })}`, { 'x-clinic-preview-secret': stack().previewSecret }), titleB)
  })

  it('as a header to the CMS\'s REST API', async () => {
    expectNothingOf(await cms(`/api/articles/${draftB}?status=draft`, { headers: { 'x-clinic-preview-secret': stack().previewSecret } }), titleB)
  })

  it('as a header to the CMS\'s GraphQL API', async () => {
    expectNothingOf(await graphql('{ articles(status: DRAFT) { title } }', {}, { 'x-clinic-preview-secret': stack().previewSecret }), titleA, titleB)
  })
})

describe('preview links', () => {
  const pathOf = (slug: string) => `/articles/${slug}`
  const withToken = (token: string) => `${stack().webUrl}/api/preview?${new URLSearchParams({ token })}`

  it('a real link opens its own draft, uncached', async () => {
    const result = await open(await previewLink(editor, draftA))
    expect(result.status).toBe(200)
    expect(result.text).toContain(titleA)
    expect(result.headers.get('cache-control')).toMatch(/no-store/)
  })

  it.each([
    ['no credentials', () => `${stack().webUrl}/api/preview?path=${encodeURIComponent(pathOf(slugB))}&status=draft`],
    ['a guessed secret', () => `${stack().webUrl}/api/preview?secret=preview&path=${encodeURIComponent(pathOf(slugB))}&status=draft`],
    ['a token that is not a JWT', () => withToken(`${'A'.repeat(40)}.${'B'.repeat(43)}`)],
    ['a token signed with a guessed key', () => withToken(linkToken(draftB, pathOf(slugB), {}, 'preview'))],
    ['a token signed with the static key itself', () => withToken(linkToken(draftB, pathOf(slugB), {}, stack().previewSecret))],
    ['an expired token', () => withToken(linkToken(draftB, pathOf(slugB), { iat: nowSeconds() - 1200, exp: nowSeconds() - 300 }))],
    ['a token issued two hours ago that claims a long life', () => withToken(linkToken(draftB, pathOf(slugB), { iat: nowSeconds() - 7200, exp: nowSeconds() + 86_400 }))],
    ['a token for another audience (a draft read)', () => withToken(linkToken(draftB, pathOf(slugB), { aud: 'clinic-draft-read', iss: 'clinic-web' }))],
    ['an unsigned token (alg: none)', () => withToken(signJwt({ type: TYPE, documentId: draftB, status: 'draft', path: pathOf(slugB), iss: 'clinic-cms', aud: 'clinic-preview-link', iat: nowSeconds(), exp: nowSeconds() + 900 }, '', { alg: 'none', typ: 'JWT' }).replace(/[^.]+$/, ''))],
    ['a token for a page outside the site', () => withToken(linkToken(draftB, 'https://evil.example/'))],
  ])('%s opens no draft', async (_name, url) => {
    expectNoDraft(await open(url()), titleB)
  })

  it('a link for draft A, pointed at draft B, opens nothing of B', async () => {
    const tampered = new URL(await previewLink(editor, draftA))
    tampered.searchParams.set('path', pathOf(slugB))
    const result = await open(tampered.href)
    expectNothingOf(result, titleB)
  })

  it('a link with one character of its signature changed opens nothing', async () => {
    const link = new URL(await previewLink(editor, draftA))
    // The longest parameter is the signed token (or, before signed links, the secret).
    const [name, value] = [...link.searchParams].sort((a, b) => b[1].length - a[1].length)[0]!
    link.searchParams.set(name, value.slice(0, -2) + (value.at(-2) === 'A' ? 'B' : 'A') + value.at(-1))
    expectNoDraft(await open(link.href), titleA)
  })

  it('the preview session of draft A does not open draft B', async () => {
    const opened = await open(await previewLink(editor, draftA))
    expect(opened.status).toBe(200)
    const other = opened.finalUrl.replace(draftA, draftB)
    expectNoDraft(await send(other, { headers: { accept: 'text/html', cookie: opened.cookie ?? '' } }), titleB)
  })

  it.each([
    ['/__preview page copies', {}],
    ['/__preview with a guessed grant', { 'x-clinic-preview-grant': 'guess' }],
  ])('%s are unreachable from outside', async (_name, headers) => {
    const result = await web(`/__preview/articles/${slugB}`, { headers: { accept: 'text/html', ...headers } })
    expectRefused(result, [404])
    expectNothingOf(result, titleB)
  })
})

describe('draft-read tokens sent straight to the CMS', () => {
  const draftRead = (documentId: string, changes: Record<string, unknown> = {}, key: string | Uint8Array = previewKey(stack().previewSecret)) =>
    signJwt({ type: TYPE, documentId, status: 'draft', path: '/articles/x', iss: 'clinic-web', aud: 'clinic-draft-read', iat: nowSeconds(), exp: nowSeconds() + 120, ...changes }, key)

  it.each([
    ['signed with a guessed key', () => draftRead(draftB, {}, 'preview')],
    ['a preview link passed off as a draft read', () => linkToken(draftB, `/articles/${slugB}`)],
    ['expired', () => draftRead(draftB, { iat: nowSeconds() - 600, exp: nowSeconds() - 60 })],
  ])('%s reads no draft', async (_name, token) => {
    const result = await graphql('{ articles(status: DRAFT) { title } }', {}, { 'x-clinic-draft-read': token() })
    expectNothingOf(result, titleA, titleB)
  })

  it('a draft read for draft A reads nothing of draft B', async () => {
    const token = draftRead(draftA, { path: `/articles/${slugA}` })
    const result = await graphql(`{ article(documentId: "${draftB}", status: DRAFT) { title } articles(status: DRAFT) { title } }`, {}, { 'x-clinic-draft-read': token })
    expectNothingOf(result, titleB)
  })
})

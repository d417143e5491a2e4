// Draft preview, the website side of the CMS admin's preview panel. The CMS hands staff a link
// that names ONE document and expires in 15 minutes (no secret in it); /api/preview checks it, sets
// a preview-session cookie scoped to that document, and shows that one draft under a banner. A
// forged, expired, tampered or replayed-for-another-document link gets a plain 4xx and no draft.
// Never cached, indexed or framed by anyone but the CMS admin, and never leaks into the public
// pages' cache. The last tests frame it from the real admin in Debian's Chromium.
import { hkdfSync } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeJwt, SignJWT, type JWTPayload } from 'jose'
import type { BrowserContext, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSettled, BROWSER_WAIT_MS, launchChromium, logInToAdmin, openPage, webDir } from '@clinic/testing'
import { ADMIN_EMAIL, ADMIN_PASSWORD, getPage, startStack, textOf, waitUntil, type Stack } from './stack'

const PREVIEW_SECRET = 'test-preview-secret' // the throwaway CMS and website share it (@clinic/testing)
const ARTICLE = 'api::article.article'

let stack: Stack
let draftDocumentId: string
let liveDocumentId: string
let draftLink: string
const stamp = Date.now().toString(36)
const draftSlug = `e2e-preview-draft-${stamp}`
const draftTitle = `A draft about the first snow ${stamp}`
const liveSlug = `e2e-preview-live-${stamp}`
const liveTitle = `Published words about spring ${stamp}`
const changedTitle = `${liveTitle} (rewritten, not yet published)`

const url = (path: string) => `${stack.webUrl}${path}`
/** The link the admin's preview panel gets for one document. */
const linkFor = async (documentId: string | undefined, status: 'draft' | 'published' = 'draft', uid = ARTICLE, locale?: string) => (await stack.admin.previewLink(uid, { documentId, status, locale })).url

/** A token made the way the CMS (link) or the website (session) makes them, with any key and claims. */
function signToken(claims: JWTPayload, { secret = PREVIEW_SECRET, audience = 'clinic-preview-link', issuer = 'clinic-cms', issuedAt = Math.floor(Date.now() / 1000), expiresAt = issuedAt + 900 } = {}) {
  const key = new Uint8Array(hkdfSync('sha256', secret, 'clinic-preview', 'preview tokens v1', 32))
  return new SignJWT({ type: ARTICLE, documentId: draftDocumentId, status: 'draft', path: `/articles/${draftSlug}`, ...claims })
    .setProtectedHeader({ alg: 'HS256' }).setAudience(audience).setIssuer(issuer).setIssuedAt(issuedAt).setExpirationTime(expiresAt)
    .sign(key)
}
const withToken = (token: string, extra: Record<string, string> = {}) => url(`/api/preview?${new URLSearchParams({ token, ...extra })}`)

/** Opens a preview link as a browser would: the redirect, with the cookie it set. */
async function openPreview(link: string) {
  const opened = await getPage(link)
  const setCookie = opened.headers.getSetCookie()
  const location = opened.headers.get('location')
  if (opened.status !== 303 || !location) return { opened, page: null, cookie: '', setCookie }
  const cookie = setCookie.map((line) => line.split(';')[0]).join('; ')
  return { opened, page: await getPage(new URL(location, stack.webUrl).href, { cookie }), cookie, setCookie, location }
}

/** Expects a refusal: the status, the message, and no draft anywhere in the answer. */
function expectRefused(answer: { status: number; html: string; headers: Headers }, status: number, message: string | RegExp) {
  expect(answer.status).toBe(status)
  expect(answer.html).toMatch(message)
  expect(answer.html).not.toContain(draftTitle)
  expect(answer.html).not.toContain(changedTitle)
  expect(answer.headers.get('cache-control')).toBe('no-store')
  expect(answer.headers.get('set-cookie')).toBeNull()
}

beforeAll(async () => {
  stack = await startStack()
  draftDocumentId = await stack.admin.createDraftArticle({ title: draftTitle, slug: draftSlug, text: 'Words only staff should see before publishing.' })
  liveDocumentId = await stack.admin.createDraftArticle({ title: liveTitle, slug: liveSlug })
  await stack.admin.publish(liveDocumentId)
  await waitUntil(async () => (await getPage(url(`/articles/${liveSlug}`))).status === 200, 30_000)
  // A saved change that is not published yet.
  await stack.admin.updateDraft(liveDocumentId, { title: changedTitle })
  draftLink = await linkFor(draftDocumentId)
})

afterAll(async () => {
  await stack?.stop()
})

describe('the link the admin hands out', () => {
  it('names one document and carries no secret, in the URL or anywhere in the admin’s answer', async () => {
    const { url: link, body } = await stack.admin.previewLink(ARTICLE, { documentId: draftDocumentId, status: 'draft' })
    expect(body).not.toContain(PREVIEW_SECRET)
    const parsed = new URL(link)
    expect(parsed.origin + parsed.pathname).toBe(url('/api/preview'))
    expect([...parsed.searchParams.keys()]).toEqual(['token'])
    const claims = decodeJwt(parsed.searchParams.get('token')!)
    expect(claims).toMatchObject({ type: ARTICLE, documentId: draftDocumentId, status: 'draft', path: `/articles/${draftSlug}` })
    expect(claims.exp! - claims.iat!).toBe(15 * 60)
  })

  it('opens the draft: a 303 to the document’s preview with an HttpOnly, SameSite, scoped, short-lived cookie', async () => {
    const { opened, page, setCookie, location } = await openPreview(draftLink)
    expect(opened.status).toBe(303)
    expect(location).toBe(`/api/preview/${draftDocumentId}`)
    expect(opened.html).not.toContain(draftTitle)
    expect(setCookie).toHaveLength(1)
    const cookie = setCookie[0]!
    expect(cookie).toMatch(/^clinic-preview=[\w-]+\.[\w-]+\.[\w-]+;/)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
    expect(cookie).toContain(`; Path=/api/preview/${draftDocumentId}`)
    expect(cookie).toMatch(/; Max-Age=1800/)
    // The cookie is not the link: the session has its own audience.
    expect(decodeJwt(cookie.split(';')[0]!.split('=')[1]!).aud).toBe('clinic-preview-session')

    expect(page!.status).toBe(200)
    const text = textOf(page!.html)
    expect(text).toContain(draftTitle)
    expect(text).toContain('Words only staff should see before publishing.')
    expect(text).toContain('Preview — not published')
    expect(page!.html).toContain('class="preview-banner"')
    // The site's own layout around it: help lines, header, footer.
    expect(text).toContain('In crisis? Call or text 9-8-8 · Emergency 911')
    // No key or token of any kind in the page.
    expect(page!.html).not.toContain(PREVIEW_SECRET)
    expect(page!.html).not.toContain('eyJ')
  })

  it('shows a published article’s unpublished change, and the published version when asked', async () => {
    expect(textOf((await openPreview(await linkFor(liveDocumentId))).page!.html)).toContain(changedTitle)
    const published = textOf((await openPreview(await linkFor(liveDocumentId, 'published'))).page!.html)
    expect(published).toContain(liveTitle)
    expect(published).not.toContain(changedTitle)
  })

  it('previews therapists, approaches and the home page too', async () => {
    const documentOf = async (type: string, slug: string) =>
      ((await (await fetch(`${stack.cmsUrl}/api/${type}?filters[slug][$eq]=${slug}`)).json()) as { data: { documentId: string }[] }).data[0]!.documentId
    const links = [
      await linkFor(undefined, 'draft', 'api::clinic.clinic'),
      await linkFor(await documentOf('therapists', 'maya-thompson'), 'draft', 'api::therapist.therapist'),
      await linkFor(await documentOf('approaches', 'dbt'), 'draft', 'api::approach.approach'),
    ]
    for (const link of links) {
      const { page } = await openPreview(link)
      expect(page?.status, link).toBe(200)
      expect(textOf(page!.html), link).toContain('Preview — not published')
    }
  })
})

describe('links and sessions that are refused', () => {
  it('no token, an empty one, or the old ?secret= link: 400, no draft', async () => {
    for (const attempt of [url('/api/preview'), url('/api/preview?token='), url(`/api/preview?${new URLSearchParams({ secret: PREVIEW_SECRET, path: `/articles/${draftSlug}`, status: 'draft' })}`)]) {
      expectRefused(await getPage(attempt), 400, 'A preview link carries a token')
    }
  })

  it.each([
    ['a token signed with another key (forged)', () => signToken({}, { secret: 'guessed-secret' }), 'signature is invalid'],
    ['the static secret as the token', async () => PREVIEW_SECRET, 'malformed'],
    ['garbage', async () => 'not.a.token', 'malformed'],
    ['an expired link', () => signToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 1200, expiresAt: Math.floor(Date.now() / 1000) - 300 }), 'This preview link has expired'],
    ['a link that claims to live for a day', () => signToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 3600, expiresAt: Math.floor(Date.now() / 1000) + 86_400 }), 'expired'],
    ['a session cookie value used as a link', () => signToken({}, { audience: 'clinic-preview-session', issuer: 'clinic-web' }), 'not valid here'],
    ['a draft-read token used as a link', () => signToken({}, { audience: 'clinic-draft-read', issuer: 'clinic-web' }), 'not valid here'],
    ['a link to a path that is not a page of the site', () => signToken({ path: '//evil.example/' }), 'does not name one page'],
  ])('%s: 401 with a plain message, no draft', async (_, make, message) => {
    expectRefused(await getPage(withToken(await make())), 401, message)
  })

  it.each([
    ['another documentId', { documentId: 'x'.repeat(24) }],
    ['another status', { status: 'published' }],
    ['another page', { path: `/articles/${liveSlug}` }],
  ])('a real link tampered with (%s, signature kept) is refused', async (_, change) => {
    const [header, payload, signature] = new URL(draftLink).searchParams.get('token')!.split('.')
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), ...change })).toString('base64url')
    expectRefused(await getPage(withToken(`${header}.${changed}.${signature}`)), 401, 'signature is invalid')
  })

  it('a real link replayed for another page (?path=) is refused with a 403', async () => {
    const token = new URL(draftLink).searchParams.get('token')!
    for (const path of [`/articles/${liveSlug}`, '/', '//evil.example/']) {
      expectRefused(await getPage(withToken(token, { path })), 403, 'This preview link is for another page')
    }
  })

  it('a session is for its own document only: none, forged, another document’s, or expired is refused', async () => {
    const preview = (documentId: string, cookie?: string) => getPage(url(`/api/preview/${documentId}`), cookie ? { cookie: `clinic-preview=${cookie}` } : {})
    expectRefused(await preview(draftDocumentId), 401, 'No preview is open for this document here')
    expectRefused(await preview(draftDocumentId, await signToken({}, { audience: 'clinic-preview-session', issuer: 'clinic-web', secret: 'guessed-secret' })), 401, 'No preview is open')
    // The link itself is not a session.
    expectRefused(await preview(draftDocumentId, new URL(draftLink).searchParams.get('token')!), 401, 'No preview is open')
    // The draft's own (real) session cookie, sent to another document's preview.
    const { cookie } = await openPreview(draftLink)
    expectRefused(await getPage(url(`/api/preview/${liveDocumentId}`), { cookie }), 403, 'This preview session is for another document')
    const expired = await signToken({}, { audience: 'clinic-preview-session', issuer: 'clinic-web', issuedAt: Math.floor(Date.now() / 1000) - 2400, expiresAt: Math.floor(Date.now() / 1000) - 600 })
    expectRefused(await preview(draftDocumentId, expired), 401, 'This preview has expired')
    expect((await getPage(url('/api/preview/not-a-document!'))).status).toBe(404)
  })

  it('the CMS takes neither the link nor the old secret as a key to drafts', async () => {
    const query = JSON.stringify({ query: `{ articles(status: DRAFT, filters: { slug: { eq: "${draftSlug}" } }) { title } }` })
    const asLink = await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-clinic-draft-read': new URL(draftLink).searchParams.get('token')! }, body: query })
    expect(asLink.status).toBe(401)
    expect(await asLink.text()).not.toContain(draftTitle)
    const asSecret = await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-clinic-preview-secret': PREVIEW_SECRET }, body: query })
    expect(await asSecret.text()).not.toContain(draftTitle)
  })
})

describe('what a preview never does', () => {
  it('is never cached or indexed, and only the CMS admin may frame it, refusals included', async () => {
    const { page, opened } = await openPreview(draftLink)
    const refused = await getPage(url('/api/preview'))
    for (const answer of [page!, opened, refused]) {
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow')
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
      expect(answer.headers.get('x-frame-options')).toBeNull()
      const csp = answer.headers.get('content-security-policy')!
      expect(/frame-ancestors ([^;]*)/.exec(csp)![1]!.trim()).toBe(new URL(stack.cmsUrl).origin)
    }
    expect(page!.headers.get('etag')).toBeNull()
    expect(page!.html).toContain('<meta name="robots" content="noindex, nofollow">')
    // The rest of the policy is the site's own.
    expect(page!.headers.get('content-security-policy')).toContain("script-src 'self'")

    // Every other page keeps refusing all frames.
    for (const path of ['/', `/articles/${liveSlug}`, '/contact', '/no-such-page']) {
      const other = await getPage(url(path))
      expect(other.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(other.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('never lets a preview into the public pages or their cache', async () => {
    for (let index = 0; index < 3; index += 1) await openPreview(draftLink)
    await openPreview(await linkFor(liveDocumentId))
    expect((await getPage(url(`/articles/${draftSlug}`))).status).toBe(404)
    expect((await fetch(url(`/api/content/article/${draftSlug}`))).status).toBe(404)
    const live = textOf((await getPage(url(`/articles/${liveSlug}`))).html)
    expect(live).toContain(liveTitle)
    expect(live).not.toContain(changedTitle)
    expect(live).not.toContain('Preview — not published')
    expect(textOf((await getPage(url('/articles'))).html)).not.toContain(draftTitle)
  })

  it('keeps the page copies behind the preview unreachable from outside, even with a made-up grant', async () => {
    const headers = { 'x-clinic-preview-grant': 'a'.repeat(64), 'x-clinic-preview-status': 'draft', 'x-clinic-preview-draft-read': 'x' }
    for (const path of [`/__preview/articles/${draftSlug}`, '/__preview', `/__preview/articles/${draftSlug}?x=1`]) {
      const { status, html } = await getPage(url(path), headers)
      expect(status, path).toBe(404)
      expect(html).not.toContain(draftTitle)
    }
    // The content API does not read drafts for outside callers either.
    const api = await fetch(url(`/api/content/article/${draftSlug}`), { headers })
    expect(api.status).toBe(404)
  })
})

describe('a French draft', () => {
  const frenchSlug = `e2e-apercu-brouillon-${stamp}`
  const frenchTitle = `Un brouillon sur la première neige ${stamp}`
  const frenchText = 'Des mots que seule l’équipe doit voir avant la publication.'
  let frenchLink: string
  let englishToken: string
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!
  /** A session cookie value as the website signs it, for the draft document in `locale`. */
  const sessionFor = (locale: 'en' | 'fr') =>
    signToken({ locale, path: locale === 'fr' ? `/fr/articles/${frenchSlug}` : `/articles/${draftSlug}` }, { audience: 'clinic-preview-session', issuer: 'clinic-web' })

  beforeAll(async () => {
    // Staff translate the English draft in the admin: the French version is a draft of the same document.
    await stack.admin.updateDraft(draftDocumentId, { title: frenchTitle, slug: frenchSlug, body: [{ type: 'paragraph', children: [{ type: 'text', text: frenchText }] }] }, 'fr')
    frenchLink = await linkFor(draftDocumentId, 'draft', ARTICLE, 'fr')
    englishToken = tokenOf(draftLink)
  })

  it('gets a link to its French page, under its French slug, that names its language', async () => {
    const claims = decodeJwt(tokenOf(frenchLink))
    expect(claims).toMatchObject({ type: ARTICLE, documentId: draftDocumentId, status: 'draft', locale: 'fr', path: `/fr/articles/${frenchSlug}` })
    expect(decodeJwt(englishToken)).toMatchObject({ locale: 'en', path: `/articles/${draftSlug}` })
  })

  it('opens the French page with the French draft (fr-CA, French banner), in its own French session', async () => {
    const { opened, page, setCookie, location } = await openPreview(frenchLink)
    expect(opened.status).toBe(303)
    expect(location).toBe(`/api/preview/${draftDocumentId}/fr`)
    expect(setCookie).toHaveLength(1)
    expect(setCookie[0]).toMatch(/^clinic-preview-fr=[\w-]+\.[\w-]+\.[\w-]+;/)
    expect(setCookie[0]).toContain(`; Path=/api/preview/${draftDocumentId}/fr`)
    expect(page!.status).toBe(200)
    expect(page!.html).toMatch(/<html\s+lang="fr-CA"/)
    const text = textOf(page!.html)
    expect(text).toContain(frenchTitle)
    expect(text).toContain(frenchText)
    expect(text).toContain('Aperçu — non publié')
    expect(text).toContain('En crise? Appelez ou textez le 9-8-8')
    expect(text).not.toContain(draftTitle)
    expect(page!.html).not.toContain('eyJ')

    // The English link still opens the English draft of the same document, side by side.
    const english = await openPreview(draftLink)
    expect(english.location).toBe(`/api/preview/${draftDocumentId}`)
    expect(english.page!.html).toMatch(/<html\s+lang="en-CA"/)
    expect(textOf(english.page!.html)).toContain(draftTitle)
    expect(textOf(english.page!.html)).not.toContain(frenchTitle)
  })

  it('stays unpublished: the public French page does not exist', async () => {
    await openPreview(frenchLink)
    expect((await getPage(url(`/fr/articles/${frenchSlug}`))).status).toBe(404)
    expect((await fetch(url(`/api/content/article/${frenchSlug}?locale=fr`))).status).toBe(404)
    expect(textOf((await getPage(url('/fr/articles'))).html)).not.toContain(frenchTitle)
  })

  it('an English link does not open the French page, nor a French link the English one (?path=): 403', async () => {
    for (const [token, path] of [[englishToken, `/fr/articles/${frenchSlug}`], [tokenOf(frenchLink), `/articles/${draftSlug}`]] as const) {
      const answer = await getPage(withToken(token, { path }))
      expectRefused(answer, 403, 'This preview link is for another page')
      expect(answer.html).not.toContain(frenchTitle)
    }
  })

  it.each([
    ['an English link to the French page', { locale: 'en', path: `/fr/articles/${frenchSlug}` }],
    ['a French link to the English page', { locale: 'fr', path: `/articles/${draftSlug}` }],
    ['a French link to the English list’s address', { locale: 'fr', path: `/therapists/${frenchSlug}` }],
    ['a link in a language the site does not have', { locale: 'de', path: `/fr/articles/${frenchSlug}` }],
    ['a link for an article that points at a therapist’s page', { locale: 'fr', path: `/fr/therapeutes/${frenchSlug}` }],
  ])('%s, even signed with the real key, names no page: 401', async (_, claims) => {
    const answer = await getPage(withToken(await signToken(claims)))
    expectRefused(answer, 401, 'does not name one page')
    expect(answer.html).not.toContain(frenchTitle)
  })

  it('the real French link with its language changed to English (signature kept) is refused', async () => {
    const [header, payload, signature] = tokenOf(frenchLink).split('.')
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), locale: 'en' })).toString('base64url')
    expectRefused(await getPage(withToken(`${header}.${changed}.${signature}`)), 401, 'signature is invalid')
  })

  it('a session is for its own language: an English one under the French name (or the reverse) is a 403', async () => {
    const french = url(`/api/preview/${draftDocumentId}/fr`)
    const english = url(`/api/preview/${draftDocumentId}`)
    expectRefused(await getPage(french), 401, 'No preview is open for this document here')
    expectRefused(await getPage(french, { cookie: `clinic-preview-fr=${await sessionFor('en')}` }), 403, 'for the other language')
    expectRefused(await getPage(english, { cookie: `clinic-preview=${await sessionFor('fr')}` }), 403, 'for the other language')
    // The English cookie (path /api/preview/<id>) also reaches the French address: it opens nothing there.
    const { cookie } = await openPreview(draftLink)
    expectRefused(await getPage(french, { cookie }), 401, 'No preview is open')
    for (const other of ['en', 'de', 'FR']) expect((await getPage(url(`/api/preview/${draftDocumentId}/${other}`), { cookie })).status, other).toBe(404)
  })

  it('at the CMS, a draft read for the English draft reads no French draft (and the French one does)', async () => {
    const query = (locale: string) => JSON.stringify({ query: `{ articles(status: DRAFT, locale: "${locale}", filters: { slug: { eq: "${frenchSlug}" } }) { title } }` })
    const read = async (tokenLocale: 'en' | 'fr') => {
      const token = await signToken({ locale: tokenLocale }, { audience: 'clinic-draft-read', issuer: 'clinic-web', expiresAt: Math.floor(Date.now() / 1000) + 120 })
      const response = await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-clinic-draft-read': token }, body: query('fr') })
      expect(response.status).toBe(200)
      return (await response.json()) as { data: { articles: { title: string }[] } }
    }
    expect((await read('en')).data.articles).toEqual([])
    expect((await read('fr')).data.articles).toEqual([{ title: frenchTitle }])
  })
})

describe('in the CMS admin’s frame (Chromium)', () => {
  const screenshots = join(webDir, 'reports/screenshots')

  /** Opens a page of the CMS admin (its own CSP applies), frames `src` in it, and waits for the frame to load. */
  async function frameFromAdmin(context: BrowserContext, adminOrigin: string, src: string): Promise<{ frame: Frame | null; shot: () => Promise<Buffer> }> {
    const page = await openPage(context)
    await page.goto(`${adminOrigin}/admin/auth/login`)
    // Resolves on the frame's load event: the preview, or Chromium's own page for a refused frame.
    await page.evaluate(
      (frameSrc: string) =>
        new Promise<void>((resolve) => {
          const iframe = document.createElement('iframe')
          iframe.id = 'preview-frame'
          iframe.addEventListener('load', () => resolve(), { once: true })
          iframe.src = frameSrc
          iframe.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff;z-index:2147483647'
          document.body.append(iframe)
        }),
      src,
    )
    const frame = (await (await page.$('#preview-frame'))?.contentFrame()) ?? null
    console.info(`[e2e] framed ${src.replace(/token=[^&]+/, 'token=…')} from ${adminOrigin}: frame url ${frame?.url()}`)
    return { frame, shot: () => page.screenshot() }
  }

  it('displays the preview framed by the admin, and refuses to be framed from anywhere else', async () => {
    mkdirSync(screenshots, { recursive: true })
    const browser = await launchChromium({ viewport: { width: 1280, height: 900 }, requireFrom: webDir })
    try {
      const context = browser.context as BrowserContext
      const admin = new URL(stack.cmsUrl)
      // The admin's own policy lets it frame the website (frame-src WEB_URL).
      const adminPage = await openPage(context)
      const response = await adminPage.goto(`${stack.cmsUrl}/admin/auth/login`)
      expect(response?.headers()['content-security-policy']).toContain(stack.webUrl)
      await adminPage.close()

      // The link's redirect and its cookie work inside the admin's frame.
      const framed = await frameFromAdmin(context, admin.origin, draftLink)
      expect(framed.frame, 'the preview frame').not.toBeNull()
      expect(framed.frame!.url()).toBe(url(`/api/preview/${draftDocumentId}`))
      await framed.frame!.locator('.preview-banner').waitFor({ state: 'visible', timeout: BROWSER_WAIT_MS })
      expect(await framed.frame!.locator('h1').textContent()).toContain(draftTitle)
      writeFileSync(join(screenshots, 'preview-in-admin.png'), await framed.shot())

      // An expired link says so inside the admin's frame (refusals may be framed by the admin).
      const expired = await signToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 1200, expiresAt: Math.floor(Date.now() / 1000) - 300 })
      const refused = await frameFromAdmin(context, admin.origin, withToken(expired))
      expect(await refused.frame!.locator('body').innerText()).toContain('This preview link has expired')

      // A public page refuses the same frame (frame-ancestors 'none').
      const publicPage = await frameFromAdmin(context, admin.origin, url(`/articles/${liveSlug}`))
      expect(publicPage.frame?.url()).not.toContain(liveSlug) // Chromium shows its own error page instead
      expect(await publicPage.frame?.locator('.help-strip').count().catch(() => 0)).toBe(0)

      // Another origin (the same CMS server, reached as "localhost") may not frame the preview.
      const otherOrigin = `http://localhost:${admin.port}`
      const elsewhere = await frameFromAdmin(context, otherOrigin, draftLink)
      expect(elsewhere.frame?.url()).not.toContain('/api/preview')
      expect(await elsewhere.frame?.locator('.preview-banner').count().catch(() => 0)).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it('shows the draft in the admin’s own preview panel', async () => {
    const browser = await launchChromium({ viewport: { width: 1280, height: 900 }, requireFrom: webDir })
    try {
      const page = await logInToAdmin(await browser.newPage(), stack.cmsUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
      await page.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::article.article/${draftDocumentId}`)
      await adminSettled(page)
      // The edit view has loaded this document: its title field shows the draft's title.
      const title = page.getByLabel(/^title/i)
      await expect.poll(() => title.inputValue(), { timeout: BROWSER_WAIT_MS }).toBe(draftTitle)
      await page.getByText(/open preview/i).click()
      const frame = page.frameLocator('iframe').first()
      await frame.locator('.preview-banner').waitFor({ state: 'visible', timeout: BROWSER_WAIT_MS })
      expect(await frame.locator('h1').first().textContent()).toContain(draftTitle)
      const src = new URL((await page.locator('iframe').first().getAttribute('src'))!)
      expect([...src.searchParams.keys()]).toEqual(['token'])
      await page.screenshot({ path: join(screenshots, 'preview-admin-panel.png') })

      // The French version of the same document: the panel opens its French page.
      await page.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::article.article/${draftDocumentId}?plugins[i18n][locale]=fr`)
      await adminSettled(page)
      await expect.poll(() => page.getByLabel(/^title/i).inputValue(), { timeout: BROWSER_WAIT_MS }).toMatch(/^Un brouillon sur la première neige/)
      await page.getByText(/open preview/i).click()
      const french = page.frameLocator('iframe').first()
      await french.locator('.preview-banner').waitFor({ state: 'visible', timeout: BROWSER_WAIT_MS })
      expect(await french.locator('h1').first().textContent()).toMatch(/^Un brouillon sur la première neige/)
      expect(await french.locator('html').getAttribute('lang')).toBe('fr-CA')
      expect(await french.locator('.preview-banner').innerText()).toContain('Aperçu — non publié')
      await page.screenshot({ path: join(screenshots, 'preview-admin-panel-fr.png') })
    } finally {
      await browser.close()
    }
  })
})

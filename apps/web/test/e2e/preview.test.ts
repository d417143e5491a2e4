// Draft preview, the website side of the CMS admin's preview panel: /api/preview shows a draft
// only with the secret, is never cached, indexed or framed by anyone but the CMS admin, and never
// leaks into the public pages' cache. The last test frames it from the real admin's origin in
// Debian's Chromium, under the admin's own Content-Security-Policy.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, webDir } from '@clinic/testing'
import { ADMIN_EMAIL, ADMIN_PASSWORD, getPage, startStack, textOf, waitUntil, type Stack } from './stack'

const PREVIEW_SECRET = 'test-preview-secret' // the throwaway CMS and website share it (@clinic/testing)

let stack: Stack
let draftDocumentId: string
const stamp = Date.now().toString(36)
const draftSlug = `e2e-preview-draft-${stamp}`
const draftTitle = `A draft about the first snow ${stamp}`
const liveSlug = `e2e-preview-live-${stamp}`
const liveTitle = `Published words about spring ${stamp}`
const changedTitle = `${liveTitle} (rewritten, not yet published)`

const url = (path: string) => `${stack.webUrl}${path}`
const previewUrl = (path: string, secret: string | null = PREVIEW_SECRET, status = 'draft') =>
  url(`/api/preview?${new URLSearchParams({ ...(secret === null ? {} : { secret }), path, status })}`)

beforeAll(async () => {
  stack = await startStack()
  draftDocumentId = await stack.admin.createDraftArticle({ title: draftTitle, slug: draftSlug, text: 'Words only staff should see before publishing.' })
  const live = await stack.admin.createDraftArticle({ title: liveTitle, slug: liveSlug })
  await stack.admin.publish(live)
  await waitUntil(async () => (await getPage(url(`/articles/${liveSlug}`))).status === 200, 5000)
  // A saved change that is not published yet.
  await stack.admin.updateDraft(live, { title: changedTitle })
})

afterAll(async () => {
  await stack?.stop()
})

describe('the preview route', () => {
  it('shows no draft without the secret, or with a wrong one', async () => {
    for (const attempt of [previewUrl(`/articles/${draftSlug}`, null), previewUrl(`/articles/${draftSlug}`, 'wrong-secret'), previewUrl(`/articles/${draftSlug}`, `${PREVIEW_SECRET}x`), previewUrl(`/articles/${draftSlug}`, '')]) {
      const { status, html, headers } = await getPage(attempt)
      expect(status, attempt).toBe(401)
      expect(html).not.toContain(draftTitle)
      expect(headers.get('cache-control')).toBe('no-store')
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
  })

  it('shows the draft with the secret, as the site will show it, under a visible preview banner', async () => {
    const { status, html } = await getPage(previewUrl(`/articles/${draftSlug}`))
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain(draftTitle)
    expect(text).toContain('Words only staff should see before publishing.')
    expect(text).toContain('Preview — not published')
    expect(html).toContain('class="preview-banner"')
    // The site's own layout around it: help lines, header, footer.
    expect(text).toContain('In crisis? Call or text 9-8-8 · Emergency 911')
  })

  it('shows a published article’s unpublished change, and the published version when asked', async () => {
    expect(textOf((await getPage(previewUrl(`/articles/${liveSlug}`))).html)).toContain(changedTitle)
    const published = textOf((await getPage(previewUrl(`/articles/${liveSlug}`, PREVIEW_SECRET, 'published'))).html)
    expect(published).toContain(liveTitle)
    expect(published).not.toContain(changedTitle)
  })

  it('previews therapists, approaches and the home page too', async () => {
    for (const path of ['/', '/therapists/maya-thompson', '/approaches/dbt']) {
      const { status, html } = await getPage(previewUrl(path))
      expect(status, path).toBe(200)
      expect(textOf(html), path).toContain('Preview — not published')
    }
  })

  it('refuses paths that are not pages of the site', async () => {
    for (const path of ['//evil.example/', 'https://evil.example/', '/api/revalidate', '/articles/../contact', '/articles/..', '/contact']) {
      expect((await getPage(previewUrl(path))).status, path).toBe(400)
    }
  })

  it('is never cached or indexed, and only the CMS admin may frame it', async () => {
    const { headers, html } = await getPage(previewUrl(`/articles/${draftSlug}`))
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('etag')).toBeNull()
    expect(headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    const csp = headers.get('content-security-policy')!
    expect(/frame-ancestors ([^;]*)/.exec(csp)![1]!.trim()).toBe(new URL(stack.cmsUrl).origin)
    expect(headers.get('x-frame-options')).toBeNull()
    // The rest of the policy is the site's own.
    expect(csp).toContain("script-src 'self'")

    // Every other page keeps refusing all frames.
    for (const path of ['/', `/articles/${liveSlug}`, '/contact', '/no-such-page']) {
      const page = await getPage(url(path))
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(page.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('never lets a preview into the public pages or their cache', async () => {
    for (let index = 0; index < 3; index += 1) await getPage(previewUrl(`/articles/${draftSlug}`))
    await getPage(previewUrl(`/articles/${liveSlug}`))
    expect((await getPage(url(`/articles/${draftSlug}`))).status).toBe(404)
    expect((await fetch(url(`/api/content/article/${draftSlug}`))).status).toBe(404)
    const live = textOf((await getPage(url(`/articles/${liveSlug}`))).html)
    expect(live).toContain(liveTitle)
    expect(live).not.toContain(changedTitle)
    expect(live).not.toContain('Preview — not published')
    expect(textOf((await getPage(url('/articles'))).html)).not.toContain(draftTitle)
  })

  it('keeps the page copies behind the preview unreachable from outside, even with a made-up grant', async () => {
    for (const path of [`/__preview/articles/${draftSlug}`, '/__preview', `/__preview/articles/${draftSlug}?x=1`]) {
      const { status, html } = await getPage(url(path), { 'x-clinic-preview-grant': 'a'.repeat(64), 'x-clinic-preview-status': 'draft' })
      expect(status, path).toBe(404)
      expect(html).not.toContain(draftTitle)
    }
    // The content API does not read drafts for outside callers either.
    const api = await fetch(url(`/api/content/article/${draftSlug}`), { headers: { 'x-clinic-preview-grant': 'a'.repeat(64) } })
    expect(api.status).toBe(404)
  })
})

describe('in the CMS admin’s frame (Chromium)', () => {
  const screenshots = join(webDir, 'reports/screenshots')

  /** Opens a page of the CMS admin (its own CSP applies) and frames `src` in it. */
  async function frameFromAdmin(context: BrowserContext, adminOrigin: string, src: string): Promise<{ frame: Frame | null; shot: () => Promise<Buffer> }> {
    const page = await context.newPage()
    await page.goto(`${adminOrigin}/admin/auth/login`)
    await page.evaluate((frameSrc) => {
      const iframe = document.createElement('iframe')
      iframe.id = 'preview-frame'
      iframe.src = frameSrc
      iframe.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff;z-index:2147483647'
      document.body.append(iframe)
    }, src)
    await page.waitForTimeout(1500)
    const frame = (await (await page.$('#preview-frame'))?.contentFrame()) ?? null
    console.info(`[e2e] framed ${src} from ${adminOrigin}: frame url ${frame?.url()}, h1 ${await frame?.locator('h1').allTextContents().catch(() => '-')}`)
    return { frame, shot: () => page.screenshot() }
  }

  it('displays the preview framed by the admin, and refuses to be framed from anywhere else', async () => {
    mkdirSync(screenshots, { recursive: true })
    const { context, close } = await launchChromium({ viewport: { width: 1280, height: 900 }, requireFrom: webDir })
    try {
      const admin = new URL(stack.cmsUrl)
      // The admin's own policy lets it frame the website (frame-src WEB_URL).
      const adminPage = await (context as BrowserContext).newPage()
      const response = await adminPage.goto(`${stack.cmsUrl}/admin/auth/login`)
      expect(response?.headers()['content-security-policy']).toContain(stack.webUrl)
      await adminPage.close()

      const framed = await frameFromAdmin(context as BrowserContext, admin.origin, previewUrl(`/articles/${draftSlug}`))
      expect(framed.frame, 'the preview frame').not.toBeNull()
      await expect.poll(() => framed.frame!.locator('.preview-banner').isVisible(), { timeout: 5000 }).toBe(true)
      expect(await framed.frame!.locator('h1').textContent()).toContain(draftTitle)
      writeFileSync(join(screenshots, 'preview-in-admin.png'), await framed.shot())

      // A public page refuses the same frame (frame-ancestors 'none').
      const publicPage = await frameFromAdmin(context as BrowserContext, admin.origin, url(`/articles/${liveSlug}`))
      expect(publicPage.frame?.url()).not.toContain(liveSlug) // Chromium shows its own error page instead
      expect(await publicPage.frame?.locator('.help-strip').count().catch(() => 0)).toBe(0)

      // Another origin (the same CMS server, reached as "localhost") may not frame the preview.
      const otherOrigin = `http://localhost:${admin.port}`
      const elsewhere = await frameFromAdmin(context as BrowserContext, otherOrigin, previewUrl(`/articles/${draftSlug}`))
      expect(elsewhere.frame?.url()).not.toContain('/api/preview')
      expect(await elsewhere.frame?.locator('.preview-banner').count().catch(() => 0)).toBe(0)
    } finally {
      await close()
    }
  })

  it('shows the draft in the admin’s own preview panel', async () => {
    const { context, close } = await launchChromium({ viewport: { width: 1280, height: 900 }, requireFrom: webDir })
    try {
      const page = await (context as BrowserContext).newPage()
      await page.goto(`${stack.cmsUrl}/admin/auth/login`)
      await page.getByLabel(/email/i).fill(ADMIN_EMAIL)
      await page.getByLabel(/password/i).fill(ADMIN_PASSWORD)
      await page.getByRole('button', { name: /log ?in/i }).click()
      await page.waitForURL(/\/admin(?!\/auth)/)
      await page.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::article.article/${draftDocumentId}`)
      await page.getByText(/open preview/i).click()
      const frame = page.frameLocator('iframe').first()
      await frame.locator('.preview-banner').waitFor({ timeout: 10_000 })
      expect(await frame.locator('h1').first().textContent()).toContain(draftTitle)
      await page.screenshot({ path: join(screenshots, 'preview-admin-panel.png') })
    } finally {
      await close()
    }
  })
})

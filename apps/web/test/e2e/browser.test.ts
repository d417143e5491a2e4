// Debian's Chromium (playwright-core, never a downloaded browser): axe on every template, pages
// with JavaScript off, reflow at 320 px, the CSS-only menu, and a phone-sized screenshot of each
// template in reports/screenshots/ for the closing note.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient } from '@clinic/client'
import { launchChromium, webDir } from '@clinic/testing'
import { startStack, type Stack } from './stack'

const screenshots = join(webDir, 'reports/screenshots')
const phone = { width: 390, height: 844 }

let stack: Stack
let templates: { name: string; path: string; status: number }[]
/** Debian's Chromium through the shared helper (STACK.md flags, throwaway profile). */
async function browser(options: { javaScriptEnabled: boolean; viewport?: { width: number; height: number } }) {
  const { context, close } = await launchChromium({ ...options, viewport: options.viewport ?? phone, requireFrom: webDir })
  return { context: context as BrowserContext, close }
}

beforeAll(async () => {
  stack = await startStack()
  mkdirSync(screenshots, { recursive: true })
  const content = createContentClient({ endpoint: `${stack.cmsUrl}/graphql` })
  const [{ items }, therapists, approaches] = await Promise.all([content.listArticles(), content.listTherapists(), content.listApproaches()])
  const article = items.find((candidate) => candidate.sensitiveTopic) ?? items[0]!
  templates = [
    { name: 'home', path: '/', status: 200 },
    { name: 'articles', path: '/articles', status: 200 },
    { name: 'article', path: `/articles/${article.slug}`, status: 200 },
    { name: 'therapists', path: '/therapists', status: 200 },
    { name: 'therapist', path: `/therapists/${therapists[0]!.slug}`, status: 200 },
    { name: 'approaches', path: '/approaches', status: 200 },
    { name: 'approach', path: `/approaches/${approaches[0]!.slug}`, status: 200 },
    { name: 'contact', path: '/contact', status: 200 },
    { name: 'get-help', path: '/get-help', status: 200 },
    { name: 'privacy', path: '/privacy', status: 200 },
    { name: 'accessibility', path: '/accessibility', status: 200 },
    { name: 'not-found', path: '/no-such-page', status: 404 },
  ]
})

afterAll(async () => {
  await stack?.stop()
})

describe('in Chromium', () => {
  it('finds no axe violations on any template (WCAG 2.2 A/AA and best practices)', async () => {
    const { context, close } = await browser({ javaScriptEnabled: true })
    try {
      const page = await context.newPage()
      const problems: string[] = []
      for (const template of templates) {
        const response = await page.goto(`${stack.webUrl}${template.path}`)
        expect(response?.status(), template.path).toBe(template.status)
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze()
        for (const violation of violations) {
          problems.push(`${template.path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        }
      }
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('renders every template with JavaScript off, loading no script, and saves a phone-sized screenshot', async () => {
    const { context, close } = await browser({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const scripts: string[] = []
      const foreign: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
        if (!request.url().startsWith(stack.webUrl)) foreign.push(request.url())
      })
      for (const template of templates) {
        const response = await page.goto(`${stack.webUrl}${template.path}`)
        expect(response?.status(), template.path).toBe(template.status)
        await expect.poll(() => page.locator('h1').count()).toBe(1)
        expect(await page.locator('.help-strip').isVisible(), template.path).toBe(true)
        expect(await page.locator('main#main').count()).toBe(1)
        await page.screenshot({ path: join(screenshots, `${template.name}.png`), fullPage: true })
      }
      expect(scripts).toEqual([])
      expect(foreign).toEqual([])
    } finally {
      await close()
    }
  })

  it('reflows at 320 px wide without horizontal scrolling', async () => {
    // Measuring needs script in the page (the site itself ships none).
    const { context, close } = await browser({ javaScriptEnabled: true, viewport: { width: 320, height: 640 } })
    try {
      const page = await context.newPage()
      for (const template of templates) {
        await page.goto(`${stack.webUrl}${template.path}`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, template.path).toBeLessThanOrEqual(320)
      }
    } finally {
      await close()
    }
  })

  it('opens and closes the menu without JavaScript, and shows the skip link on the first Tab', async () => {
    const { context, close } = await browser({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${stack.webUrl}/`)
      const articlesLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })
      expect(await articlesLink.isVisible()).toBe(false)
      await page.getByText('Menu', { exact: true }).click()
      expect(await articlesLink.isVisible()).toBe(true)
      await articlesLink.click()
      await page.waitForURL(`${stack.webUrl}/articles`)

      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Skip to main content' })
      expect(await skip.isVisible()).toBe(true)
      await page.keyboard.press('Enter')
      await page.waitForURL(/#main$/)
    } finally {
      await close()
    }
  })

  it('shows the links without a Menu button on a wide screen', async () => {
    const { context, close } = await browser({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      await page.goto(`${stack.webUrl}/`)
      expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false)
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Therapists' }).isVisible()).toBe(true)
      await page.screenshot({ path: join(screenshots, 'home-desktop.png') })
    } finally {
      await close()
    }
  })

  it('shows a calm, accessible 503 page with the help lines when the CMS is down', async () => {
    await stack.stopCms()
    const { context, close } = await browser({ javaScriptEnabled: true })
    try {
      const page = await context.newPage()
      // A page no test has visited, so it is not cached.
      const response = await page.goto(`${stack.webUrl}/articles?page=2`)
      expect([503, 404]).toContain(response?.status())
      const fresh = await page.goto(`${stack.webUrl}/therapists/not-cached-${Date.now()}`)
      expect(fresh?.status()).toBe(503)
      expect(await page.getByText('705-535-1639').first().isVisible()).toBe(true)
      expect(await page.getByRole('heading', { name: '9-8-8 Suicide Crisis Helpline' }).isVisible()).toBe(true)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      expect(violations.map((violation) => violation.id)).toEqual([])
      await page.screenshot({ path: join(screenshots, 'cms-down-503.png'), fullPage: true })
    } finally {
      await close()
    }
  })
})

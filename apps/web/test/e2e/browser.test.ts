// Debian's Chromium (playwright-core, never a downloaded browser): axe on every template, pages
// with JavaScript off, reflow at 320 px, the CSS-only menu, and a phone-sized screenshot of each
// template in reports/screenshots/ for the closing note.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient } from '@clinic/client'
import { launchChromium, openPage, webDir } from '@clinic/testing'
import { countRows, startStack, waitUntil, type Stack } from './stack'

const screenshots = join(webDir, 'reports/screenshots')
const phone = { width: 390, height: 844 }

let stack: Stack
let templates: { name: string; path: string; status: number }[]
/** Debian's Chromium through the shared helper (offline-safe flags in @clinic/testing's CHROMIUM_ARGS, throwaway profile). */
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

/** A browser for checking what the server renders (no-JavaScript states) with axe: axe needs
 *  script in the page, so JavaScript stays on but the site's forms script is not loaded. */
async function browserWithoutFormsScript() {
  const opened = await browser({ javaScriptEnabled: true })
  await opened.context.route('**/js/forms.js', (route) => route.abort())
  return opened
}

/** axe (WCAG 2.2 A/AA and best practices) on the page as it is now; returns the violations. */
async function axeProblems(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe('visitor forms in Chromium', () => {
  let articlePath: string
  let therapistPath: string

  beforeAll(async () => {
    const slug = `e2e-browser-comments-${Date.now().toString(36)}`
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Talking with a friend about a hard week', slug, commentsEnabled: true }))
    articlePath = `/articles/${slug}`
    therapistPath = templates.find((template) => template.name === 'therapist')!.path
    await waitUntil(async () => (await fetch(`${stack.webUrl}${articlePath}`)).status === 200, 60_000) // upper bound: the webhook usually takes well under a second
  })

  it('sends a consultation request without JavaScript: the form comes back with its messages and what was typed, then the confirmation', async () => {
    const { context, close } = await browser({ javaScriptEnabled: false })
    const problems: string[] = []
    try {
      const page = await openPage(context)
      await page.goto(`${stack.webUrl}/contact`)
      const section = page.locator('#inquiry-section')
      await section.screenshot({ path: join(screenshots, 'form-inquiry.png') })

      const reach = page.getByRole('group', { name: 'How should we reach you?' })
      await page.getByLabel('Your name').fill('Alex <Morin>')
      await reach.getByLabel('By phone').check()
      await page.getByLabel('Weekday evenings').check()
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.waitForURL(/\/contact\?form=[\w-]{22}#inquiry-errors$/)

      // Every message next to its field, in the summary too; what was typed still there.
      expect(await page.locator('#inquiry-errors').isVisible()).toBe(true)
      expect(await page.locator('#inquiry-name-error').innerText()).toMatch(/plain text/)
      expect(await page.locator('#inquiry-sessionFormat-error').innerText()).toMatch(/video or phone/)
      expect(await page.locator('#inquiry-funding-error').innerText()).toMatch(/how you expect to pay/)
      expect(await page.locator('#inquiry-consent-error').innerText()).toMatch(/agree/)
      expect(await page.getByLabel('Your name').inputValue()).toBe('Alex <Morin>')
      expect(await reach.getByLabel('By phone').isChecked()).toBe(true)
      expect(await page.getByLabel('Weekday evenings').isChecked()).toBe(true)
      expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true')
      expect(await page.getByLabel('Your name').getAttribute('aria-describedby')).toBe('inquiry-name-hint inquiry-name-error')
      expect(await page.getByRole('group', { name: 'How would you like to meet?' }).getAttribute('aria-describedby')).toBe('inquiry-sessionFormat-error')
      await section.screenshot({ path: join(screenshots, 'form-inquiry-errors.png') })

      // The summary links to the fields.
      expect(await page.locator('#inquiry-errors a[href="#inquiry-name"]').count()).toBe(1)
      expect(await page.locator('#inquiry-errors a[href="#inquiry-funding"]').count()).toBe(1)

      const before = (await countRows(stack, 'inquiries'))
      await page.getByLabel('Your name').fill('Alex Morin')
      await page.getByLabel('Phone number').fill('705-555-0142')
      await page.getByLabel('By secure video').check()
      await page.getByLabel('Not sure yet').check()
      await page.getByLabel(/I agree that the clinic may keep these details/).check()
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.waitForURL(/\/contact\?sent=inquiry#inquiry-sent$/)
      expect(await page.getByRole('heading', { name: 'Thank you: your request was sent' }).isVisible()).toBe(true)
      expect((await countRows(stack, 'inquiries'))).toBe(before + 1)
      await section.screenshot({ path: join(screenshots, 'form-inquiry-sent.png') })
      // Reloading the confirmation sends nothing again.
      await page.reload()
      expect((await countRows(stack, 'inquiries'))).toBe(before + 1)
    } finally {
      await close()
    }
  })

  it('finds no axe violations on the forms as the server renders them: blank, with errors, sent', async () => {
    const { context, close } = await browserWithoutFormsScript()
    const problems: string[] = []
    try {
      const page = await openPage(context)
      for (const path of ['/contact', therapistPath, articlePath]) {
        await page.goto(`${stack.webUrl}${path}`)
        problems.push(...(await axeProblems(page, `${path} (blank)`)))
      }
      await page.goto(`${stack.webUrl}/contact`)
      await page.getByLabel('Your name').fill('<i>Alex</i>')
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.waitForURL(/\?form=/)
      expect(await page.locator('#inquiry-errors li').count()).toBeGreaterThanOrEqual(5)
      problems.push(...(await axeProblems(page, '/contact (errors)')))

      await page.goto(`${stack.webUrl}${articlePath}`)
      await page.getByRole('button', { name: 'Send comment' }).click()
      await page.waitForURL(/\?form=/)
      expect(await page.locator('#comment-errors li').count()).toBe(2)
      problems.push(...(await axeProblems(page, `${articlePath} (errors)`)))

      for (const path of ['/contact?sent=inquiry', `${articlePath}?sent=comment`]) {
        await page.goto(`${stack.webUrl}${path}`)
        problems.push(...(await axeProblems(page, `${path}`)))
      }
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })

  it('sends a consultation request with JavaScript: messages inline, no page load, the button held while sending', async () => {
    const { context, close } = await browser({ javaScriptEnabled: true })
    const problems: string[] = []
    try {
      const page = await openPage(context)
      await page.goto(`${stack.webUrl}${therapistPath}`)
      const select = page.getByLabel(/^Therapist/)
      expect(await select.inputValue()).toBe(therapistPath.split('/').pop())
      await page.evaluate(() => Object.assign(window, { stillHere: true }))
      const loads: string[] = []
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) loads.push(frame.url())
      })

      await page.getByLabel('Your name').fill('<b>Kim</b>')
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.locator('#inquiry-errors').waitFor()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inquiry-errors')
      expect(await page.locator('#inquiry-name-error').innerText()).toMatch(/plain text/)
      expect(await page.locator('#inquiry-contactMethod-error').innerText()).toMatch(/e-mail or phone/)
      expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true')
      expect(await page.getByLabel('Your name').inputValue()).toBe('<b>Kim</b>')
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
      expect(loads).toEqual([])
      await page.locator('#inquiry-section').screenshot({ path: join(screenshots, 'form-inquiry-errors-js.png') })
      problems.push(...(await axeProblems(page, `${therapistPath} (errors, JS)`)))

      const before = (await countRows(stack, 'inquiries'))
      await page.getByLabel('Your name').fill('Kim')
      await page.getByRole('group', { name: 'How should we reach you?' }).getByLabel('By e-mail').check()
      await page.getByLabel('E-mail address').fill('kim@example.ca')
      await page.getByRole('group', { name: 'How would you like to meet?' }).getByLabel('By phone').check()
      await page.getByLabel('Workplace benefits or private insurance').check()
      await page.getByLabel(/I agree that the clinic may keep these details/).check()
      // The button is disabled while the request is on its way.
      const sending = page.waitForRequest((request) => request.url().includes('/forms/inquiry'))
      await page.getByRole('button', { name: 'Send request' }).click()
      await sending
      await page.locator('#inquiry-sent').waitFor()
      expect(await page.locator('#inquiry-form button[type="submit"]').isDisabled()).toBe(true)
      expect(await page.locator('#inquiry-form').isHidden()).toBe(true)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inquiry-sent')
      expect(await page.locator('#inquiry-errors').count()).toBe(0)
      expect(loads).toEqual([])
      expect((await countRows(stack, 'inquiries'))).toBe(before + 1)
      await page.locator('#inquiry-section').screenshot({ path: join(screenshots, 'form-inquiry-sent-js.png') })
      problems.push(...(await axeProblems(page, `${therapistPath} (sent, JS)`)))
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })

  it('posts a comment with JavaScript off and on (pending: not shown)', async () => {
    const problems: string[] = []
    for (const javaScriptEnabled of [false, true]) {
      const { context, close } = await browser({ javaScriptEnabled })
      const mode = javaScriptEnabled ? 'js' : 'no-js'
      try {
        const page = await openPage(context)
        await page.goto(`${stack.webUrl}${articlePath}`)
        const section = page.locator('#comments')
        if (!javaScriptEnabled) await section.screenshot({ path: join(screenshots, 'form-comment.png') })

        await page.getByLabel('Name to show').fill('Robin')
        await page.getByRole('button', { name: 'Send comment' }).click()
        if (javaScriptEnabled) await page.locator('#comment-errors').waitFor()
        else await page.waitForURL(/\?form=[\w-]{22}#comment-errors$/)
        expect(await page.locator('#comment-body-error').innerText()).toMatch(/write a comment/)
        expect(await page.getByLabel('Name to show').inputValue()).toBe('Robin')
        await section.screenshot({ path: join(screenshots, `form-comment-errors-${mode}.png`) })
        if (javaScriptEnabled) problems.push(...(await axeProblems(page, `${articlePath} (errors, JS)`)))

        const text = `Thank you, this helped me (${mode}).`
        await page.getByLabel('Your comment').fill(text)
        await page.getByRole('button', { name: 'Send comment' }).click()
        if (javaScriptEnabled) await page.locator('#comment-sent').waitFor()
        else await page.waitForURL(/\?sent=comment#comment-sent$/)
        expect(await page.getByRole('heading', { name: 'Thank you: your comment was sent' }).isVisible()).toBe(true)
        // Pending: not on the page.
        expect(await page.getByText(text).count()).toBe(0)
        if (!javaScriptEnabled) await section.screenshot({ path: join(screenshots, 'form-comment-sent.png') })
      } finally {
        await close()
      }
    }
    expect(problems).toEqual([])
  })
})

describe('in Chromium', () => {
  it('finds no axe violations on any template (WCAG 2.2 A/AA and best practices)', async () => {
    const { context, close } = await browser({ javaScriptEnabled: true })
    try {
      const page = await openPage(context)
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
      const page = await openPage(context)
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
      const page = await openPage(context)
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
      const page = await openPage(context)
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
      const page = await openPage(context)
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
      const page = await openPage(context)
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

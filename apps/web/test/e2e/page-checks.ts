// What every page state must pass, as one set of checks: valid HTML (html-validate's standard
// rules), axe (WCAG 2.2 A/AA and best practices), no script loaded with JavaScript off, and the
// site's weight budgets, measured as a phone's first visit in Chromium (bytes on the wire,
// response headers included, images excluded).
import { AxeBuilder } from '@axe-core/playwright'
import { HtmlValidate } from 'html-validate'
import type { BrowserContext, Page } from 'playwright-core'

/** The budgets of issue 4: a page ≤ 50 KB transferred without images, ≤ 15 KB of JavaScript. */
export const WEIGHT_BUDGET = { withoutImagesBytes: 50 * 1024, scriptBytes: 15 * 1024 }

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

/** html-validate's findings on a page's HTML, one line each, labelled. */
export async function htmlProblems(html: string, label: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) => result.messages.map((message) => `${label}: ${message.ruleId} ${message.message} (line ${message.line})`))
}

/** axe's findings on the page as it is now, one line each, labelled. */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

export interface PageWeight {
  status: number
  /** Bytes transferred per resource type (body + response headers). */
  byType: Record<string, number>
  withoutImages: number
  script: number
  /** Every script the page asked for (with JavaScript off nothing runs, but a request still shows). */
  scripts: string[]
}

/**
 * Loads `url` as a first visit (browser cache off) and adds up what came over the wire, by
 * resource type. Use a context with JavaScript off to see what a visitor without it downloads.
 */
export async function pageWeight(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const byType: Record<string, number> = {}
    const scripts: string[] = []
    const pending: Promise<void>[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const type = request.resourceType()
          byType[type] = (byType[type] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize
        }),
      )
    })
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    await Promise.all(pending)
    const total = Object.values(byType).reduce((sum, value) => sum + value, 0)
    return { status: response?.status() ?? 0, byType, withoutImages: total - (byType.image ?? 0), script: byType.script ?? 0, scripts }
  } finally {
    await page.close()
  }
}

/** The budget lines a page breaks (empty when it is within them). */
export function overBudget(weight: PageWeight, label: string): string[] {
  const problems: string[] = []
  if (weight.withoutImages > WEIGHT_BUDGET.withoutImagesBytes) problems.push(`${label}: ${weight.withoutImages} bytes without images (budget ${WEIGHT_BUDGET.withoutImagesBytes})`)
  if (weight.script > WEIGHT_BUDGET.scriptBytes) problems.push(`${label}: ${weight.script} bytes of JavaScript (budget ${WEIGHT_BUDGET.scriptBytes})`)
  return problems
}

#!/usr/bin/env node
// `pnpm bench`: the website's budgets, measured and printed. Never fails on a number.
//
//   bytes per template   what a phone downloads for each template, images excluded (Chromium)
//   JS bytes             JavaScript downloaded per template (budget: ≤ 15 KB; the site ships none)
//   Lighthouse           mobile, median of BENCH_LH_RUNS runs (default 3), all four categories
//   req/s + p99          autocannon on the article page: served from the cache, and rendered
//                        afresh every time (a second server with NUXT_CACHE_DISABLED=true)
//   publish → visible    seconds from "Publish" in the admin API to the change on the site
//
// By default it boots its own seeded CMS and the built site (run `pnpm build` first, and build
// the CMS). BENCH_URL=http://localhost:3000 measures a running site instead (no publish timing,
// no uncached run). BENCH_TEMPLATES=home,article limits the templates; BENCH_SECONDS sets the
// autocannon duration (default 10); BENCH_PARTS=lighthouse,bytes,throughput,publish picks the
// sections (default all). Lighthouse also lists, per template, each scored audit below 100.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import autocannon from 'autocannon'
import { chromium } from 'playwright-core'
import { createContentClient } from '@clinic/client'
import { CHROMIUM_ARGS } from '@clinic/testing'
import { median, pad } from './bench-table.mjs'

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const chromiumArgs = CHROMIUM_ARGS
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 3)
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const run = promisify(execFile)
const parts = new Set((process.env.BENCH_PARTS ?? 'bytes,lighthouse,throughput,publish').split(',').map((part) => part.trim()))

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

async function templatesFor(baseUrl, cmsUrl, commentsArticle) {
  let article = 'why-people-self-injure'
  let therapist = 'maya-thompson'
  let approach = 'dbt'
  let articleFr = 'comprendre-l-automutilation'
  let therapistFr = 'maya-thompson'
  let approachFr = 'tcd'
  if (cmsUrl) {
    const content = createContentClient({ endpoint: `${cmsUrl}/graphql` })
    const [{ items }, therapists, approaches] = await Promise.all([content.listArticles(), content.listTherapists(), content.listApproaches()])
    article = (items.find((item) => item.sensitiveTopic) ?? items[0]).slug
    therapist = therapists[0].slug
    approach = approaches[0].slug
    // The same entries in French (their French slugs).
    const french = (entry) => entry.localizations.find((item) => item.locale === 'fr')?.slug ?? entry.slug
    articleFr = french(items.find((item) => item.slug === article))
    therapistFr = french(therapists[0])
    approachFr = french(approaches[0])
  }
  const all = {
    home: '/',
    articles: '/articles',
    article: `/articles/${article}`,
    ...(commentsArticle ? { 'article-comments': `/articles/${commentsArticle}` } : {}),
    therapists: '/therapists',
    // The finder with filters (a shared result URL, canonical order).
    'therapists-finder': '/therapists?accepting=yes&format=video',
    therapist: `/therapists/${therapist}`,
    approaches: '/approaches',
    approach: `/approaches/${approach}`,
    contact: '/contact',
    'get-help': '/get-help',
    privacy: '/privacy',
    accessibility: '/accessibility',
    'not-found': '/no-such-page',
    // French (shared/i18n.ts): the same templates under /fr.
    'fr-home': '/fr',
    'fr-articles': '/fr/articles',
    'fr-article': `/fr/articles/${articleFr}`,
    'fr-therapists': '/fr/therapeutes',
    'fr-therapists-finder': '/fr/therapeutes?accepting=yes&format=video',
    'fr-therapist': `/fr/therapeutes/${therapistFr}`,
    'fr-approaches': '/fr/approches',
    'fr-approach': `/fr/approches/${approachFr}`,
    'fr-contact': '/fr/contact',
    'fr-get-help': '/fr/aide',
    'fr-privacy': '/fr/confidentialite',
    'fr-accessibility': '/fr/accessibilite',
    // Search and the therapist finder, in the states a visitor meets (result pages are noindex by
    // design, which Lighthouse's SEO score counts against them).
    search: '/search?q=emdr',
    'search-crisis': '/search?q=kill+myself',
    'search-none': '/search?q=zzqxvorpt',
    'finder-none': '/therapists?approach=emdr&format=phone',
    'fr-search': '/fr/recherche?q=anxiete',
    'fr-search-crisis': '/fr/recherche?q=me+tuer',
    'fr-search-none': '/fr/recherche?q=zzqxvorpt',
    'fr-finder-none': '/fr/therapeutes?approach=emdr&format=phone',
    'fr-not-found': '/fr/page-inexistante',
  }
  const wanted = process.env.BENCH_TEMPLATES?.split(',').map((name) => name.trim())
  return Object.entries(all)
    .filter(([name]) => !wanted || wanted.includes(name))
    .map(([name, path]) => ({ name, path, url: `${baseUrl}${path}` }))
}

async function measureBytes(templates) {
  const profile = mkdtempSync(join(tmpdir(), 'clinic-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
  })
  const results = []
  try {
    for (const template of templates) {
      const page = await context.newPage()
      // A first visit: nothing from the browser cache.
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      const byType = {}
      const pending = []
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            const type = request.resourceType()
            byType[type] = (byType[type] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize
          }),
        )
      })
      await page.goto(template.url, { waitUntil: 'networkidle' })
      await Promise.all(pending)
      const total = Object.values(byType).reduce((sum, value) => sum + value, 0)
      results.push({ ...template, total, withoutImages: total - (byType.image ?? 0), js: byType.script ?? 0, byType })
      await page.close()
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
  return results
}

async function lighthouse(url, { notFound = false } = {}) {
  const bin = join(webDir, 'node_modules/.bin/lighthouse')
  const { stdout } = await run(
    bin,
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      // The 404 page answers 404, as it must; Lighthouse refuses to audit one unless told.
      ...(notFound ? ['--ignore-status-code'] : []),
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(stdout)
  const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100)
  // What costs points: every audit that counts towards a category and scored below 1.
  const failing = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
      .map((ref) => `${category.id}/${ref.id} ${Math.round(report.audits[ref.id].score * 100)}${report.audits[ref.id].displayValue ? ` (${report.audits[ref.id].displayValue})` : ''}`),
  )
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing }
}

async function load(url, label) {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
  })
  return { label, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function publishToVisible(stack) {
  const stamp = Date.now().toString(36)
  const slug = `bench-${stamp}`
  const title = `Bench article ${stamp}`
  const documentId = await stack.admin.createDraftArticle({ title, slug })
  const visible = async (path, text) => (await (await fetch(`${stack.webUrl}${path}`, { headers: { accept: 'text/html' } })).text()).includes(text)
  // Prime the cache, so the time includes dropping it.
  await visible('/articles', title)
  let started = Date.now()
  await stack.admin.publish(documentId)
  while (!(await visible('/articles', title))) await new Promise((resolve) => setTimeout(resolve, 50))
  const publish = (Date.now() - started) / 1000

  const changed = `${title} (changed)`
  await visible(`/articles/${slug}`, changed)
  await stack.admin.updateDraft(documentId, { title: changed })
  started = Date.now()
  await stack.admin.publish(documentId)
  while (!(await visible(`/articles/${slug}`, changed))) await new Promise((resolve) => setTimeout(resolve, 50))
  const change = (Date.now() - started) / 1000

  started = Date.now()
  await stack.admin.unpublish(documentId)
  while ((await fetch(`${stack.webUrl}/articles/${slug}`, { headers: { accept: 'text/html' } })).status !== 404) await new Promise((resolve) => setTimeout(resolve, 50))
  const unpublish = (Date.now() - started) / 1000
  return { publish, change, unpublish }
}

async function main() {
  let stack
  let uncachedServer
  let baseUrl = process.env.BENCH_URL?.replace(/\/+$/, '')
  if (!baseUrl) {
    if (!existsSync(join(webDir, '.output/server/index.mjs'))) {
      console.error('Build the site first: pnpm --filter @clinic/web build')
      process.exitCode = 1
      return
    }
    // Node strips the types of this TypeScript helper (shared with the e2e tests).
    const { startStack, startWebServer } = await import('../test/e2e/stack.ts')
    console.log('Starting a seeded CMS and the built site…')
    // Every template is loaded many times from this one address: the search limit is raised.
    stack = await startStack({ webEnv: { NUXT_SEARCH_RATE_LIMIT: '100000000' } })
    baseUrl = stack.webUrl
    if (parts.has('throughput')) uncachedServer = await startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, env: { NUXT_CACHE_DISABLED: 'true', NUXT_SEARCH_RATE_LIMIT: '100000000' } })
  }

  try {
    // An article with comments on carries the comment form and its script (the seed has none).
    let commentsArticle
    if (stack) {
      commentsArticle = `bench-comments-${Date.now().toString(36)}`
      await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'An article open for comments', slug: commentsArticle, commentsEnabled: true }))
    }
    const templates = await templatesFor(baseUrl, stack?.cmsUrl, commentsArticle)
    for (const template of templates) await fetch(template.url) // warm the cache

    if (parts.has('bytes')) {
      console.log('\nBytes transferred, first visit on a phone (budget: article ≤ 50 KB without images, JS ≤ 15 KB)')
      const bytes = await measureBytes(templates)
      console.log(
        pad([
          ['template', 'path', 'without images', 'JS', 'images', 'requests by type'],
          ...bytes.map((row) => [
            row.name,
            row.path,
            kb(row.withoutImages),
            kb(row.js),
            kb(row.byType.image ?? 0),
            Object.entries(row.byType)
              .map(([type, size]) => `${type} ${kb(size)}`)
              .join(', '),
          ]),
        ]),
      )
    }

    if (lighthouseRuns > 0 && parts.has('lighthouse')) {
      console.log(`\nLighthouse mobile, median of ${lighthouseRuns} runs (budget: ≥ 95 in every category)`)
      const rows = [['template', 'performance', 'accessibility', 'best practices', 'SEO', 'performance runs']]
      for (const template of templates) {
        const runs = []
        // A run Lighthouse itself gives up on (NO_NAVSTART on a busy machine) is run again: at most 3 failures per template.
        for (let index = 0, failures = 0; index < lighthouseRuns && failures < 3; ) {
          try {
            runs.push(await lighthouse(template.url, { notFound: template.name.endsWith('not-found') }))
            index++
          } catch (error) {
            failures++
            const reason = String(error.stderr ?? '').trim().split('\n').slice(-3).join(' / ') || error.message.split('\n')[0]
            console.error(`  lighthouse failed on ${template.path}: ${reason}`)
          }
        }
        const med = (key) => median(runs.map((result) => result[key]))
        rows.push([template.name, med('performance'), med('accessibility'), med('bestPractices'), med('seo'), runs.map((result) => result.performance).join(' ')])
        const failing = [...new Set(runs.flatMap((result) => result.failing))]
        if (failing.length) console.log(`  ${template.path}: ${failing.join('; ')}`)
      }
      console.log(pad(rows))
    }

    const article = templates.find((template) => template.name === 'article') ?? templates[0]
    if (parts.has('throughput')) {
      console.log(`\nThroughput on ${article.path} (autocannon, 10 connections, ${seconds} s, brotli)`)
      const loads = [await load(article.url, 'cached (route cache)')]
      const frenchArticle = templates.find((template) => template.name === 'fr-article')
      if (frenchArticle) loads.push(await load(frenchArticle.url, `cached, French (${frenchArticle.path})`))
      if (uncachedServer) loads.push(await load(`${uncachedServer.url}${article.path}`, 'uncached (render + CMS every time)'))
      console.log(pad([['', 'req/s', 'p99 latency', 'errors/non-2xx'], ...loads.map((row) => [row.label, row.rps.toFixed(0), `${row.p99} ms`, row.errors])]))
    }

    if (stack && parts.has('publish')) {
      console.log('\nPublish → visible on the site (CMS webhook drops the cache)')
      const timing = await publishToVisible(stack)
      console.log(
        pad([
          ['new article on /articles', `${timing.publish.toFixed(2)} s`],
          ['changed title on the article', `${timing.change.toFixed(2)} s`],
          ['unpublished article gone (404)', `${timing.unpublish.toFixed(2)} s`],
        ]),
      )
    }
  } finally {
    await uncachedServer?.stop()
    await stack?.stop()
  }
}

await main()

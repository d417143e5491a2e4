// The built website against a real, seeded CMS: pages, SEO, drafts, the publish webhook, and what
// happens when the CMS stops. Tests run in order; the CMS is stopped in the last block.
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient, type Article, type ArticleSummary, type Clinic, type ApproachSummary, type TherapistSummary, type Topic } from '@clinic/client'
import { gradientPng } from './png'
import { getPage, jsonLd, listAllArticles, signNotice, startStack, textOf, waitUntil, type Stack } from './stack'

let stack: Stack
let clinic: Clinic
let articles: ArticleSummary[]
let therapists: TherapistSummary[]
let approaches: ApproachSummary[]
let topics: Topic[]
let sensitive: Article

const url = (path: string) => `${stack.webUrl}${path}`
async function waitForPage(pageUrl: string) {
  let page = await getPage(pageUrl)
  await waitUntil(async () => (page = await getPage(pageUrl)).status === 200, 2000)
  return page
}
const sign = (body: string, secret = stack.secret, at = Date.now()) => signNotice(body, secret, at)

beforeAll(async () => {
  stack = await startStack()
  const content = createContentClient({ endpoint: `${stack.cmsUrl}/graphql` })
  ;[clinic, articles, therapists, approaches, topics] = (await Promise.all([
    content.getClinic(),
    listAllArticles(content),
    content.listTherapists(),
    content.listApproaches(),
    content.listTopics(),
  ])) as [Clinic, ArticleSummary[], TherapistSummary[], ApproachSummary[], Topic[]]
  const sensitiveSummary = articles.find((article) => article.sensitiveTopic)
  expect(sensitiveSummary, 'the seed has a sensitive article').toBeTruthy()
  sensitive = (await content.getArticle(sensitiveSummary!.slug))!
})

afterAll(async () => {
  await stack?.stop()
})

describe('every page renders the seeded content', () => {
  it('shows the clinic, its approaches, therapists and latest articles on the home page', async () => {
    const { status, html } = await getPage(url('/'))
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain(clinic.name)
    expect(text).toContain(clinic.phone)
    for (const approach of approaches) expect(text).toContain(approach.name)
    for (const therapist of therapists) expect(text).toContain(therapist.name)
    expect(text).toContain(articles[0]!.title)
  })

  it('lists the articles and filters them by topic', async () => {
    const all = await getPage(url('/articles'))
    expect(all.status).toBe(200)
    for (const article of articles.slice(0, 9)) expect(textOf(all.html)).toContain(article.title)

    const topic = articles[0]!.topics[0]!
    const filtered = await getPage(url(`/articles?topic=${topic.slug}`))
    expect(filtered.status).toBe(200)
    expect(textOf(filtered.html)).toContain(`Articles about ${topic.name}`)
    expect(textOf(filtered.html)).toContain(articles[0]!.title)
    const unused = topics.find((candidate) => !articles.some((article) => article.topics.some((t) => t.slug === candidate.slug)))
    if (unused) expect(textOf((await getPage(url(`/articles?topic=${unused.slug}`))).html)).toContain('There are no articles here yet.')
  })

  it('answers 404 for an unknown topic or a page past the end, and drops unknown query parameters', async () => {
    expect((await getPage(url('/articles?topic=no-such-topic'))).status).toBe(404)
    expect((await getPage(url('/articles?page=99'))).status).toBe(404)
    const redirect = await getPage(url('/articles?utm_source=x&page=1'))
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/articles')
  })

  it('shows an article with its author, reviewer, review date, topics and reading time', async () => {
    const { status, html } = await getPage(url(`/articles/${sensitive.slug}`))
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain(sensitive.title)
    expect(text).toContain(sensitive.author!.name)
    expect(text).toContain(`Reviewed by ${sensitive.reviewedBy!.name}`)
    expect(text).toMatch(/Last reviewed \w+ \d{1,2}, \d{4}/)
    expect(text).toMatch(/\d+ minute read/)
    for (const topic of sensitive.topics) expect(text).toContain(topic.name)
    expect(html).toContain(`href="/therapists/${sensitive.author!.slug}"`)
  })

  it('puts a content note before the body of a sensitive article and the help lines after it', async () => {
    const { html } = await getPage(url(`/articles/${sensitive.slug}`))
    const note = html.indexOf('class="content-note"')
    const body = html.indexOf('class="prose article__body"')
    const helpLines = html.indexOf('id="help-lines"')
    expect(note).toBeGreaterThan(0)
    expect(body).toBeGreaterThan(note)
    expect(helpLines).toBeGreaterThan(body)
    const helpText = textOf(html.slice(helpLines))
    for (const line of clinic.crisisLines.filter((line) => line.phone)) expect(helpText).toContain(line.name)
  })

  it('shows the therapists, each linked both ways with their approaches', async () => {
    const list = await getPage(url('/therapists'))
    expect(list.status).toBe(200)
    for (const therapist of therapists) expect(textOf(list.html)).toContain(therapist.name)

    const therapist = therapists.find((candidate) => candidate.approaches.length)!
    const profile = await getPage(url(`/therapists/${therapist.slug}`))
    expect(profile.status).toBe(200)
    const approach = therapist.approaches[0]!
    expect(profile.html).toContain(`href="/approaches/${approach.slug}"`)
    const approachPage = await getPage(url(`/approaches/${approach.slug}`))
    expect(approachPage.status).toBe(200)
    expect(approachPage.html).toContain(`href="/therapists/${therapist.slug}"`)
  })

  it('shows every approach', async () => {
    const { status, html } = await getPage(url('/approaches'))
    expect(status).toBe(200)
    for (const approach of approaches) expect(textOf(html)).toContain(approach.name)
  })

  it('shows the contact details, hours and funding programs', async () => {
    const { status, html } = await getPage(url('/contact'))
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain(clinic.phone)
    if (clinic.fax) expect(text).toContain(clinic.fax)
    if (clinic.email) expect(text).toContain(clinic.email)
    if (clinic.weekendNote) expect(text).toContain(clinic.weekendNote)
    for (const program of clinic.fundingPrograms) expect(text).toContain(program.name)
  })

  it('puts the help lines first on /get-help and says the clinic is not an emergency service', async () => {
    const { status, html } = await getPage(url('/get-help'))
    expect(status).toBe(200)
    const main = html.slice(html.indexOf('<main'))
    expect(main.indexOf('class="help-lines"')).toBeLessThan(main.indexOf('How the clinic can help'))
    expect(textOf(main)).toContain('not an emergency service')
  })

  it('renders the privacy and accessibility statements from Markdown', async () => {
    const privacy = await getPage(url('/privacy'))
    expect(privacy.status).toBe(200)
    expect(textOf(privacy.html)).toContain('Information and Privacy Commissioner of Ontario')
    expect(textOf(privacy.html)).toContain('deleted after 90 days')
    const accessibility = await getPage(url('/accessibility'))
    expect(accessibility.status).toBe(200)
    expect(textOf(accessibility.html)).toContain('WCAG')
    expect(textOf(accessibility.html)).toContain('another format')
  })

  it('answers a real 404, with the help lines and the phone number, for unknown pages and slugs', async () => {
    for (const path of ['/no-such-page', '/articles/no-such-article', '/therapists/nobody', '/approaches/nothing']) {
      const { status, html, headers } = await getPage(url(path), { 'accept-encoding': 'br, gzip' })
      expect(status, path).toBe(404)
      // Error pages are compressed too (gzip: made for that one response, they are never cached).
      expect(headers.get('content-encoding'), path).toBe('gzip')
      expect(textOf(html)).toContain('Page not found')
      expect(textOf(html)).toContain('705-535-1639')
      expect(html).toContain('id="help-lines"')
    }
  })

  it('shows the help line strip on every page, from the layout itself', async () => {
    for (const path of ['/', '/articles', `/articles/${sensitive.slug}`, '/therapists', '/contact', '/privacy', '/no-such-page']) {
      const { html } = await getPage(url(path))
      expect(textOf(html), path).toContain('In crisis? Call or text 9-8-8 · Emergency 911')
      expect(html).toContain('href="tel:988"')
      expect(html).toContain('href="sms:988"')
      expect(html).toContain('href="tel:911"')
    }
  })
})

describe('findable', () => {
  it('gives each page a title, description, canonical URL and Open Graph tags', async () => {
    const { html } = await getPage(url(`/articles/${sensitive.slug}`))
    expect(html).toMatch(new RegExp(`<title>${sensitive.title.replace(/[()]/g, '.')} · Northern Therapy Clinic</title>`))
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}">/)
    expect(html).toContain(`<link rel="canonical" href="${url(`/articles/${sensitive.slug}`)}">`)
    expect(html).toContain(`<meta property="og:url" content="${url(`/articles/${sensitive.slug}`)}">`)
    expect(html).toContain('<meta property="og:type" content="article">')
  })

  it('describes the clinic as a MedicalClinic', async () => {
    const [clinicLd] = jsonLd((await getPage(url('/'))).html).filter((item) => item['@type'] === 'MedicalClinic')
    expect(clinicLd).toMatchObject({
      name: clinic.name,
      telephone: clinic.phone,
      address: { '@type': 'PostalAddress', addressLocality: clinic.locality, addressRegion: clinic.region },
    })
    if (clinic.fax) expect(clinicLd!.faxNumber).toBe(clinic.fax)
    expect(clinicLd!.areaServed).toBeTruthy()
    expect(clinicLd!.openingHoursSpecification).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'OpeningHoursSpecification', opens: expect.stringMatching(/^\d\d:\d\d$/) })]),
    )
  })

  it('describes an article as Article and MedicalWebPage, with author, reviewer and review date, plus breadcrumbs', async () => {
    const items = jsonLd((await getPage(url(`/articles/${sensitive.slug}`))).html)
    const article = items.find((item) => Array.isArray(item['@type']) && (item['@type'] as string[]).includes('MedicalWebPage'))!
    expect(article['@type']).toEqual(['Article', 'MedicalWebPage'])
    expect(article).toMatchObject({
      headline: sensitive.title,
      author: { '@type': 'Person', name: sensitive.author!.name },
      reviewedBy: { '@type': 'Person', name: sensitive.reviewedBy!.name },
      lastReviewed: sensitive.lastReviewedAt,
    })
    const breadcrumbs = items.find((item) => item['@type'] === 'BreadcrumbList')!
    expect((breadcrumbs.itemListElement as unknown[]).length).toBe(3)
  })

  it('describes a therapist as a Person (not a Physician)', async () => {
    const therapist = therapists[0]!
    const person = jsonLd((await getPage(url(`/therapists/${therapist.slug}`))).html).find((item) => item['@type'] === 'Person')
    expect(person).toMatchObject({ name: therapist.name, url: url(`/therapists/${therapist.slug}`) })
  })

  it('leaves pages marked "no index" out of the sitemap, and marks them noindex', async () => {
    const stamp = Date.now().toString(36)
    const hidden = `e2e-hidden-${stamp}`
    const shown = `e2e-shown-${stamp}`
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Not for search engines', slug: hidden, seo: { noIndex: true } }))
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'For everyone', slug: shown }))
    const page = await waitForPage(url(`/articles/${hidden}`))
    expect(page.html).toContain('<meta name="robots" content="noindex">')
    // Once the sitemap lists the article published with it, it is fresh: the hidden one is not there.
    await waitUntil(async () => (await (await fetch(url('/sitemap.xml'))).text()).includes(shown), 3000)
    expect(await (await fetch(url('/sitemap.xml'))).text()).not.toContain(hidden)
  })

  it('lists the published pages in the sitemap and the articles in the feed', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const article of articles) expect(sitemap).toContain(`<loc>${url(`/articles/${article.slug}`)}</loc>`)
    for (const therapist of therapists) expect(sitemap).toContain(`<loc>${url(`/therapists/${therapist.slug}`)}</loc>`)
    for (const approach of approaches) expect(sitemap).toContain(`<loc>${url(`/approaches/${approach.slug}`)}</loc>`)
    const feed = await fetch(url('/rss.xml'))
    expect(feed.headers.get('content-type')).toContain('application/rss+xml')
    const rss = await feed.text()
    for (const article of articles.slice(0, 20)) expect(rss).toContain(`<link>${url(`/articles/${article.slug}`)}</link>`)
    const robots = await (await fetch(url('/robots.txt'))).text()
    expect(robots).toContain(`Sitemap: ${url('/sitemap.xml')}`)
  })
})

describe('private, safe and light', () => {
  it('sends security headers: a CSP without inline scripts, HSTS, frame-ancestors, referrer and permissions policies', async () => {
    const { headers } = await getPage(url('/'))
    const csp = headers.get('content-security-policy')!
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("img-src 'self' data:")
    expect(headers.get('strict-transport-security')).toContain('max-age=')
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(headers.get('permissions-policy')).toContain('camera=()')
    expect(headers.get('access-control-allow-origin')).toBeNull()
  })

  it('ships no JavaScript but the forms script on pages with a form, and loads nothing from another site', async () => {
    const withForm = new Set(['/contact', `/therapists/${therapists[0]!.slug}`])
    for (const path of ['/', `/articles/${sensitive.slug}`, '/therapists', '/contact', `/therapists/${therapists[0]!.slug}`, '/privacy']) {
      const { html } = await getPage(url(path))
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!)
      const code = scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes))
      expect(code.map((attributes) => /src="([^"]*)"/.exec(attributes)?.[1]), path).toEqual(withForm.has(path) ? ['/js/forms.js'] : [])
      expect(html).not.toMatch(/rel="modulepreload"/)
      const resources = [...html.matchAll(/\b(?:src|srcset)="([^"]*)"|<link\b[^>]*rel="(?:stylesheet|preload|icon)"[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? m[2])
      for (const resource of resources) expect(resource, `${path}: ${resource}`).toMatch(/^\//)
    }
  })

  it('compresses pages and sets no cookies', async () => {
    // gzip from the moment a page is cached, brotli once it is made (test/e2e/page-cache.test.ts).
    const response = await fetch(url('/'), { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } })
    expect(response.headers.get('content-encoding')).toMatch(/^(?:br|gzip)$/)
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).toContain(clinic.name) // fetch decodes brotli: the bytes are valid
  })

  it('answers 404, not 500, to outside queries of the Markdown database', async () => {
    const query = await fetch(url('/__nuxt_content/pages/query'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sql: 'SELECT * FROM _content_pages' }),
    })
    expect(query.status).toBe(404)
  })

  it('serves uploads only through its own proxy, and only images', async () => {
    expect((await fetch(url('/uploads/no-such-file.jpg'))).status).toBe(404)
    expect((await fetch(url('/uploads/..%2F..%2Fpackage.json'))).status).toBe(404)
  })
})

describe('images from the CMS', () => {
  it('shows a cover and a body image at the sizes Strapi made, through the site, with alt text and dimensions', async () => {
    const cover = await stack.admin.uploadImage(gradientPng(1600, 900), 'lake.png', 'A calm lake at dawn')
    const figure = await stack.admin.uploadImage(gradientPng(1200, 800), 'trail.png', 'A forest trail in autumn')
    expect(Object.keys(cover.formats)).toEqual(expect.arrayContaining(['small', 'medium', 'large']))
    const slug = `e2e-images-${Date.now().toString(36)}`
    const documentId = await stack.admin.createDraftArticle({
      title: 'A walk by the lake',
      slug,
      cover: cover.id,
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Some words before the picture.' }] },
        { type: 'image', image: figure, children: [{ type: 'text', text: '' }] },
      ],
    })
    await stack.admin.publish(documentId)
    const { html } = await waitForPage(url(`/articles/${slug}`))

    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0])
    expect(images).toHaveLength(2)
    const [coverTag, bodyTag] = images as [string, string]
    expect(coverTag).toContain('alt="A calm lake at dawn"')
    expect(coverTag).toContain(`${cover.formats.small!.url} ${cover.formats.small!.width}w`)
    expect(coverTag).toContain(`${cover.url} 1600w`)
    expect(coverTag).toMatch(/width="\d+" height="\d+"/)
    expect(coverTag).toContain('fetchpriority="high"')
    expect(bodyTag).toContain('alt="A forest trail in autumn"')
    expect(bodyTag).toContain('loading="lazy"')
    expect(html).toContain(`<meta property="og:image" content="${url('/uploads/')}`)

    const src = /src="([^"]+)"/.exec(bodyTag)![1]!
    expect(src).toMatch(/^\/uploads\//)
    const proxied = await fetch(url(src))
    expect(proxied.status).toBe(200)
    expect(proxied.headers.get('content-type')).toBe('image/png')
    expect(proxied.headers.get('cache-control')).toContain('immutable')
    const direct = await fetch(`${stack.cmsUrl}${src}`)
    expect(Buffer.from(await proxied.arrayBuffer()).equals(Buffer.from(await direct.arrayBuffer()))).toBe(true)
    await stack.admin.unpublish(documentId)
  })
})

describe('drafts and the publish webhook', () => {
  const stamp = Date.now().toString(36)
  const slug = `e2e-article-${stamp}`
  const title = `Finding calm on a long winter evening ${stamp}`
  let documentId: string

  it('never shows a draft', async () => {
    documentId = await stack.admin.createDraftArticle({ title, slug, excerpt: 'A draft from the tests.' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await getPage(url(`/articles/${slug}`))).status).toBe(404)
    expect((await fetch(url(`/api/content/article/${slug}`))).status).toBe(404)
    expect(textOf((await getPage(url('/articles'))).html)).not.toContain(title)
    expect(await (await fetch(url('/sitemap.xml'))).text()).not.toContain(slug)
    expect(await (await fetch(url('/rss.xml'))).text()).not.toContain(slug)
  })

  const notice = (id: string) => JSON.stringify({ id, event: 'entry.publish', model: 'article' })
  const post = async (body: string, signature?: string) => {
    const response = await fetch(url('/api/revalidate'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-clinic-signature': signature } : {}) },
      body,
    })
    return { status: response.status, text: await response.text() }
  }

  it('refuses webhook calls without the right signature', async () => {
    const body = notice(`signature-${stamp}`)
    const hex = createHmac('sha256', stack.secret).update(body).digest('hex')
    for (const [signature, message] of [
      [undefined, 'Missing signature'],
      [hex, 'Malformed signature'], // the old body-only signature has no timestamp
      [sign(body, 'wrong-secret'), 'Invalid signature'],
      [sign(`${body} `), 'Invalid signature'],
      [sign(body).replace(/^t=(\d+)/, (_, t) => `t=${Number(t) - 1}`), 'Invalid signature'],
    ] as const) {
      const answer = await post(body, signature)
      expect(answer.status, String(signature)).toBe(401)
      expect(answer.text).toContain(message)
    }
    expect((await post(body, sign(body))).status).toBe(200)
  })

  it('refuses a signed notice dated outside 5 minutes of its clock (one from 2020, one from the future)', async () => {
    const old = notice(`old-${stamp}`)
    const dated2020 = await post(old, sign(old, stack.secret, Date.UTC(2020, 0, 1)))
    expect(dated2020.status).toBe(401)
    expect(dated2020.text).toContain('Notice dated 2020-01-01T00:00:00.000Z is not within 5 minutes')
    const early = notice(`early-${stamp}`)
    expect((await post(early, sign(early, stack.secret, Date.now() + 10 * 60_000))).status).toBe(401)
    expect((await post(early, sign(early, stack.secret, Date.now() - 6 * 60_000))).status).toBe(401)
  })

  it('accepts a notice once: the same signed notice sent again is refused as a replay', async () => {
    const body = notice(`replay-${stamp}`)
    const signature = sign(body)
    expect((await post(body, signature)).status).toBe(200)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const replay = await post(body, signature)
      expect(replay.status).toBe(409)
      expect(replay.text).toContain('This notice was already received')
    }
    // The same body signed again at another second is a new notice (the CMS sends each once).
    const later = sign(body, stack.secret, Date.now() + 2000)
    expect((await post(body, later)).status).toBe(200)
  })

  it('shows a published article within 2 seconds, without a rebuild', async () => {
    // Prime the caches so the test proves they are dropped, not merely empty.
    expect(textOf((await getPage(url('/articles'))).html)).not.toContain(title)
    await stack.admin.publish(documentId)
    const took = await waitUntil(async () => textOf((await getPage(url('/articles'))).html).includes(title), 2000)
    console.info(`[e2e] publish → visible on /articles: ${took} ms`)
    expect((await getPage(url(`/articles/${slug}`))).status).toBe(200)
    expect(await (await fetch(url('/sitemap.xml'))).text()).toContain(slug)
  })

  it('shows a published change within 2 seconds', async () => {
    expect((await getPage(url(`/articles/${slug}`))).status).toBe(200)
    const changed = `${title} (updated)`
    await stack.admin.updateDraft(documentId, { title: changed })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(textOf((await getPage(url(`/articles/${slug}`))).html), 'a saved draft is not shown').not.toContain(changed)
    await stack.admin.publish(documentId)
    const took = await waitUntil(async () => textOf((await getPage(url(`/articles/${slug}`))).html).includes(changed), 2000)
    console.info(`[e2e] publish change → visible: ${took} ms`)
  })

  it('drops an unpublished article within 2 seconds', async () => {
    await stack.admin.unpublish(documentId)
    const took = await waitUntil(async () => (await getPage(url(`/articles/${slug}`))).status === 404, 2000)
    console.info(`[e2e] unpublish → gone: ${took} ms`)
    expect(textOf((await getPage(url('/articles'))).html)).not.toContain(title)
  })
})

describe('when the CMS is down', () => {
  const cachedPaths = ['/', '/articles', () => `/articles/${sensitive.slug}`, '/contact']

  it('keeps serving cached pages, answers 503 with a calm page for uncached ones, and keeps /get-help up', async () => {
    // Let the notices of earlier tests' changes land first (the CMS sends each after its own
    // answer): one arriving after the pages below are cached would make them old again.
    await new Promise((resolve) => setTimeout(resolve, 6500))
    const paths = cachedPaths.map((path) => (typeof path === 'function' ? path() : path))
    for (const path of paths) expect((await getPage(url(path))).status, path).toBe(200)

    await stack.stopCms()

    for (const path of paths) {
      const { status, html } = await getPage(url(path))
      expect(status, path).toBe(200)
      expect(textOf(html)).toContain('9-8-8')
    }

    const uncached = await getPage(url(`/therapists/${therapists.at(-1)!.slug}`), { 'accept-encoding': 'gzip' })
    expect(uncached.status).toBe(503)
    expect(uncached.headers.get('content-encoding')).toBe('gzip')
    const text = textOf(uncached.html)
    expect(text).toContain('This page is not available right now')
    expect(text).toContain('705-535-1639')
    expect(text).toContain('9-8-8 Suicide Crisis Helpline')
    expect(text).toContain('In crisis? Call or text 9-8-8 · Emergency 911')

    const help = await getPage(url('/get-help'))
    expect(help.status).toBe(200)
    expect(textOf(help.html)).toContain('Hope for Wellness')
    expect((await getPage(url('/privacy'))).status).toBe(200)
  })
})

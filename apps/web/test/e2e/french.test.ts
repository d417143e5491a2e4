// The site in both languages, against a real seeded CMS: every template in English and French
// (status, <html lang>, hreflang + x-default, the plain language link, HTML validity, axe and
// JavaScript off in Chromium), both forms in French with French messages (with and without
// JavaScript), an entry not translated yet, the sitemap's alternates, both feeds, JSON-LD, dates,
// and a French article going live when an Editor publishes it.
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { HtmlValidate } from 'html-validate'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, webDir } from '@clinic/testing'
import { countRows, findRow, getPage, jsonLd, startStack, textOf, waitUntil, type Stack } from './stack'
import { gradientPng } from './png'

const screenshots = join(webDir, 'reports/screenshots')
let stack: Stack
const url = (path: string) => `${stack.webUrl}${path}`

/** [name, English path, French path]: every template, in both languages. */
const TEMPLATES: [string, string, string][] = [
  ['home', '/', '/fr'],
  ['articles', '/articles', '/fr/articles'],
  ['article', '/articles/why-people-self-injure', '/fr/articles/comprendre-l-automutilation'],
  ['therapists', '/therapists', '/fr/therapeutes'],
  ['therapist', '/therapists/elise-gagnon', '/fr/therapeutes/elise-gagnon'],
  ['approaches', '/approaches', '/fr/approches'],
  ['approach', '/approaches/dbt', '/fr/approches/tcd'],
  ['contact', '/contact', '/fr/contact'],
  ['get-help', '/get-help', '/fr/aide'],
  ['privacy', '/privacy', '/fr/confidentialite'],
  ['accessibility', '/accessibility', '/fr/accessibilite'],
]

beforeAll(async () => {
  stack = await startStack()
  mkdirSync(screenshots, { recursive: true })
})

afterAll(async () => {
  await stack?.stop()
})

const alternatesOf = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]))
const languageLink = (html: string) => /<a href="([^"]+)" class="site-lang" lang="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(html)

describe('every template in English and French', () => {
  it('answers with its language, hreflang pairs with x-default, and a plain link to the other language', async () => {
    for (const [name, en, fr] of TEMPLATES) {
      const [english, french] = await Promise.all([getPage(url(en)), getPage(url(fr))])
      expect([english.status, french.status], name).toEqual([200, 200])
      expect(english.html, name).toMatch(/<html\s+lang="en-CA"/)
      expect(french.html, name).toMatch(/<html\s+lang="fr-CA"/)
      for (const page of [english, french]) {
        expect(alternatesOf(page.html), name).toEqual({ 'en-CA': url(en), 'fr-CA': url(fr), 'x-default': url(en) })
      }
      expect(languageLink(english.html)?.slice(1), name).toEqual([fr, 'fr-CA', 'Français'])
      expect(languageLink(french.html)?.slice(1), name).toEqual([en, 'en-CA', 'English'])
    }
  })

  it('is valid HTML in both languages (html-validate, standard rules), error pages included', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
    const problems: string[] = []
    for (const path of [...TEMPLATES.flatMap(([, en, fr]) => [en, fr]), '/fr/page-inconnue', '/no-such-page']) {
      const { html } = await getPage(url(path))
      const report = await validator.validateString(html)
      for (const result of report.results) for (const message of result.messages) problems.push(`${path}: ${message.ruleId} ${message.message}`)
    }
    expect(problems).toEqual([])
  })

  it('writes the interface in French: help strip, menu, dates, hours, numbers', async () => {
    const home = textOf((await getPage(url('/fr'))).html)
    expect(home).toContain('En crise? Appelez ou textez le 9-8-8')
    expect(home).toContain('Du lundi au vendredi 9 h 00 à 16 h 30')
    expect(home).toContain('TCD')
    expect(home).not.toMatch(/Skip to main content|Get help now|Office hours/)
    const article = textOf((await getPage(url('/fr/articles/comprendre-l-automutilation'))).html)
    expect(article).toMatch(/Dernière révision 15 novembre 2026/)
    expect(article).toMatch(/Lecture de \d+ minutes/)
    expect(article).toContain('Avertissement de contenu')
    expect(article).toContain('Ligne d’écoute d’espoir pour le mieux-être')
    expect(article).toMatch(/Révisé par Élise Gagnon/)
    const therapist = textOf((await getPage(url('/fr/therapeutes/elise-gagnon'))).html)
    expect(therapist).toContain('Langues Français, Anglais')
    expect(therapist).toMatch(/Pronoms\s: elle/)
  })

  it('shows the French 404 and help lines under /fr, the English ones elsewhere', async () => {
    const french = await getPage(url('/fr/page-inconnue'))
    expect(french.status).toBe(404)
    expect(textOf(french.html)).toContain('Page introuvable')
    expect(textOf(french.html)).toContain('9-8-8 : Ligne d’aide en cas de crise de suicide')
    expect(french.html).toMatch(/<html\s+lang="fr-CA"/)
    expect(languageLink(french.html)?.[1]).toBe('/')
    const english = await getPage(url('/no-such-page'))
    expect(textOf(english.html)).toContain('Page not found')
  })

  it('never looks at the browser\'s language: the address alone decides, nothing redirects', async () => {
    const english = await getPage(url('/'), { 'accept-language': 'fr-CA,fr;q=0.9' })
    expect(english.status).toBe(200)
    expect(english.html).toMatch(/<html\s+lang="en-CA"/)
    const french = await getPage(url('/fr/aide'), { 'accept-language': 'en-CA' })
    expect(french.status).toBe(200)
    expect(textOf(french.html)).toContain('Obtenir de l’aide maintenant')
    expect(String(french.headers.get('vary') ?? '')).not.toMatch(/accept-language|cookie/i)
  })

  it('marks French articles inLanguage fr-CA in JSON-LD, with French addresses', async () => {
    const data = jsonLd((await getPage(url('/fr/articles/comprendre-l-automutilation'))).html)
    const article = data.find((item) => Array.isArray(item['@type']) && (item['@type'] as string[]).includes('Article'))!
    expect(article.inLanguage).toBe('fr-CA')
    expect(article.url).toBe(url('/fr/articles/comprendre-l-automutilation'))
    expect((article.author as { url: string }).url).toBe(url('/fr/therapeutes/maya-thompson'))
    const english = jsonLd((await getPage(url('/articles/why-people-self-injure'))).html).find((item) => item.inLanguage)!
    expect(english.inLanguage).toBe('en-CA')
  })

  it('sends the other language\'s address of a translated entry to its translation', async () => {
    const redirect = await getPage(url('/fr/articles/why-people-self-injure'))
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toMatch(/\/fr\/articles\/comprendre-l-automutilation$/)
  })
})

describe('pictures in a French article body', () => {
  it('have the French alt text staff gave ("Body image alt text") on the French page; the English page keeps the Media Library text', async () => {
    const picture = await stack.admin.uploadImage(gradientPng(1200, 800), 'trail-fr.png', 'A forest trail in autumn')
    const stamp = Date.now().toString(36)
    const body = (words: string) => [
      { type: 'paragraph', children: [{ type: 'text', text: words }] },
      { type: 'image', image: picture, children: [{ type: 'text', text: '' }] },
    ]
    const documentId = await stack.admin.createDraftArticle({ title: 'A walk in the woods', slug: `e2e-trail-${stamp}`, body: body('Some words before the picture.') })
    await stack.admin.publish(documentId)
    // The French body as "Fill in from another locale" makes it: the same picture, with the English text.
    await stack.admin.updateDraft(documentId, { title: 'Une promenade en forêt', slug: `e2e-sentier-${stamp}`, body: body('Quelques mots avant la photo.') }, 'fr')
    await expect(stack.admin.publish(documentId, 'fr')).rejects.toThrow(/Body image alt text/)
    await stack.admin.updateDraft(documentId, { bodyImageAlts: [{ image: picture.id, alt: 'Un sentier en forêt à l’automne' }] }, 'fr')
    await stack.admin.publish(documentId, 'fr')
    await waitUntil(async () => (await getPage(url(`/fr/articles/e2e-sentier-${stamp}`))).status === 200, 10_000)

    const altsOf = (html: string) => [...html.matchAll(/<div class="prose article__body"[^>]*>[\s\S]*?<\/div>/g)].flatMap((match) => [...match[0].matchAll(/<img\b[^>]*\balt="([^"]*)"/g)].map((img) => img[1]))
    const french = await getPage(url(`/fr/articles/e2e-sentier-${stamp}`))
    expect(altsOf(french.html)).toEqual(['Un sentier en forêt à l’automne'])
    expect(french.html).not.toContain('A forest trail in autumn')
    const english = await getPage(url(`/articles/e2e-trail-${stamp}`))
    expect(altsOf(english.html)).toEqual(['A forest trail in autumn'])
    expect(english.html).not.toContain('Un sentier en forêt')
  })
})

describe('an article whose author and approach have no French version yet (strapi/strapi#27467)', () => {
  const stamp = Date.now().toString(36)
  const therapistSlug = `e2e-english-only-therapist-${stamp}`
  const approachSlug = `e2e-english-only-approach-${stamp}`
  const frenchSlug = `e2e-auteur-anglais-${stamp}`
  let documentId: string

  /** Creates and publishes an English-only entry of another type through the admin API. */
  async function englishOnly(uid: string, data: Record<string, unknown>): Promise<string> {
    const base = `${stack.cmsUrl}/content-manager/collection-types/${uid}`
    const headers = { authorization: `Bearer ${stack.admin.token}`, 'content-type': 'application/json' }
    const created = await fetch(base, { method: 'POST', headers, body: JSON.stringify(data) })
    if (!created.ok) throw new Error(`create ${uid}: ${created.status} ${await created.text()}`)
    const id = ((await created.json()) as { data: { documentId: string } }).data.documentId
    const published = await fetch(`${base}/${id}/actions/publish`, { method: 'POST', headers, body: '{}' })
    if (!published.ok) throw new Error(`publish ${uid}: ${published.status} ${await published.text()}`)
    return id
  }

  beforeAll(async () => {
    const therapist = await englishOnly('api::therapist.therapist', { name: 'Robin English-Only', slug: therapistSlug, credentials: 'RP', shortBio: 'Works in English.' })
    const approach = await englishOnly('api::approach.approach', { name: 'Narrative therapy', slug: approachSlug })
    documentId = await stack.admin.createDraftArticle({ title: 'Written by someone who works in English', slug: `e2e-english-author-${stamp}` })
    await stack.admin.updateDraft(documentId, { author: { connect: [{ documentId: therapist, locale: 'en' }] }, approaches: { connect: [{ documentId: approach, locale: 'en' }] } })
    await stack.admin.publish(documentId)
    await stack.admin.updateDraft(documentId, { title: 'Écrit par une personne qui travaille en anglais', slug: frenchSlug, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour.' }] }] }, 'fr')
    await stack.admin.publish(documentId, 'fr')
    await waitUntil(async () => (await getPage(url(`/fr/articles/${frenchSlug}`))).status === 200, 10_000)
  })

  it('upstream still drops them: the CMS gives the French article no author and no approach', async () => {
    // When this fails, strapi/strapi#27467 is fixed: packages/client/src/relations-elsewhere.ts can go.
    const response = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles(locale: "fr", filters: { slug: { eq: "${frenchSlug}" } }) { author { name } approaches { name } } }` }),
    })
    expect((await response.json()) as unknown).toEqual({ data: { articles: [{ author: null, approaches: [] }] } })
  })

  /** The page's HTML without Vue's fragment comments. */
  const pageHtml = async (path: string) => {
    const { status, html } = await getPage(url(path))
    return { status, html: html.replace(/<!--[\s\S]*?-->/g, '') }
  }

  it('the French page names the English author and approach, marked lang="en" with the short French note', async () => {
    const { status, html } = await pageHtml(`/fr/articles/${frenchSlug}`)
    expect(status).toBe(200)
    const note = '(en anglais : pas encore traduit en français)'
    expect(html).toMatch(new RegExp(`<dt>Par</dt>\\s*<dd><span lang="en"><a href="/fr/therapeutes/${therapistSlug}"[^>]*>Robin English-Only</a>, RP</span> <span class="muted untranslated-tag">${note.replace(/[()]/g, '\\$&')}</span>`))
    expect(html).toMatch(new RegExp(`<span lang="en"><a href="/fr/approches/${approachSlug}"[^>]*>Narrative therapy</a></span> <span class="muted untranslated-tag">`))
    expect(textOf(html).split(note)).toHaveLength(3) // once after the author, once after the approach
    // Its link works: the English profile on its French address, with the page's own note.
    const profile = await getPage(url(`/fr/therapeutes/${therapistSlug}`))
    expect(profile.status).toBe(200)
    expect(textOf(profile.html)).toContain('Ce profil n’est pas encore traduit en français. Voici la version anglaise.')
  })

  it('the English page is unchanged: the same author, no note', async () => {
    const { html } = await pageHtml(`/articles/e2e-english-author-${stamp}`)
    expect(html).toMatch(new RegExp(`<dt>By</dt>\\s*<dd><span><a href="/therapists/${therapistSlug}"[^>]*>Robin English-Only</a>, RP</span>`))
    expect(html).not.toContain('untranslated-tag')
  })

  it('is valid HTML with the marks (html-validate)', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString((await getPage(url(`/fr/articles/${frenchSlug}`))).html)
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.message}`))).toEqual([])
  })
})

describe('an entry not translated yet', () => {
  let slug: string
  beforeAll(async () => {
    slug = `e2e-english-only-${Date.now().toString(36)}`
    await stack.admin.publish(await stack.admin.createDraftArticle({ title: 'Only written in English so far', slug, text: 'An English paragraph.' }))
    await waitUntil(async () => (await getPage(url(`/articles/${slug}`))).status === 200, 5000)
  })

  it('shows the English text on the French page, with a French note and lang="en", never a 404', async () => {
    const { status, html } = await getPage(url(`/fr/articles/${slug}`))
    expect(status).toBe(200)
    expect(textOf(html)).toContain('Cet article n’est pas encore traduit en français. Voici la version anglaise.')
    expect(html).toMatch(/<h1 id="article-title" lang="en">Only written in English so far<\/h1>/)
    expect(html).toMatch(/<div class="prose article__body" lang="en">/)
    expect(html).toMatch(/<html\s+lang="fr-CA"/)
    // One text, one canonical address (the English one), not indexed twice; no hreflang pair claimed.
    expect(html).toContain(`<link rel="canonical" href="${url(`/articles/${slug}`)}">`)
    expect(html).toMatch(/<meta name="robots" content="noindex"/)
    expect(alternatesOf(html)).toEqual({})
    expect(languageLink(html)?.[1]).toBe(`/articles/${slug}`)
    // The English page links to it, and claims no French twin either.
    const english = await getPage(url(`/articles/${slug}`))
    expect(languageLink(english.html)?.[1]).toBe(`/fr/articles/${slug}`)
    expect(alternatesOf(english.html)).toEqual({})
  })

  it('is left out of the French list and feed, and listed once in the sitemap without alternates', async () => {
    expect(textOf((await getPage(url('/fr/articles'))).html)).not.toContain('Only written in English so far')
    expect((await getPage(url('/fr/rss.xml'))).html).not.toContain(slug)
    const sitemap = (await getPage(url('/sitemap.xml'))).html
    const entry = sitemap.split('<url>').find((item) => item.includes(`/articles/${slug}<`))!
    expect(entry).not.toContain('xhtml:link')
    expect(sitemap).not.toContain(`/fr/articles/${slug}<`)
  })
})

describe('sitemap and feeds', () => {
  it('lists every page in both languages with xhtml:link alternates and x-default', async () => {
    const { status, html } = await getPage(url('/sitemap.xml'))
    expect(status).toBe(200)
    expect(html).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    for (const [, en, fr] of TEMPLATES) {
      for (const path of [en, fr]) {
        const entry = html.split('<url>').find((item) => item.includes(`<loc>${url(path)}</loc>`))
        expect(entry, path).toBeTruthy()
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en-CA" href="${url(en)}"/>`)
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="fr-CA" href="${url(fr)}"/>`)
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${url(en)}"/>`)
      }
    }
  })

  it('has one feed per language, each with its own articles and language', async () => {
    const [english, french] = await Promise.all([getPage(url('/rss.xml')), getPage(url('/fr/rss.xml'))])
    expect([english.status, french.status]).toEqual([200, 200])
    expect(english.headers.get('content-type')).toMatch(/rss\+xml/)
    expect(english.html).toContain('<language>en-ca</language>')
    expect(french.html).toContain('<language>fr-ca</language>')
    expect(english.html).toContain('Why some people self-injure')
    expect(english.html).not.toContain('Comprendre l’automutilation')
    expect(french.html).toContain('Comprendre l’automutilation')
    expect(french.html).toContain(`<link>${url('/fr/articles/comprendre-l-automutilation')}</link>`)
    expect(french.html).toContain('<category>Automutilation</category>')
    expect(french.html).toContain(`<atom:link href="${url('/fr/rss.xml')}"`)
    expect((await getPage(url('/fr'))).html).toContain('<link rel="alternate" type="application/rss+xml" title="Northern Therapy Clinic — Articles" href="/fr/rss.xml">')
  })
})

describe('publishing in French', () => {
  it('puts a French version on the site as soon as an Editor publishes it', async () => {
    const slug = `e2e-bilingue-${Date.now().toString(36)}`
    const documentId = await stack.admin.createDraftArticle({ title: 'Published in English first', slug: `${slug}-en`, text: 'English text.' })
    await stack.admin.publish(documentId)
    await stack.admin.call('PUT', `/${documentId}?locale=fr`, { title: 'Publié en français ensuite', slug, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte français.' }] }] })
    // A draft: nobody sees it yet (the French address shows the English version).
    expect(textOf((await getPage(url(`/fr/articles/${slug}`))).html)).not.toContain('Texte français.')

    const started = Date.now()
    await stack.admin.call('POST', `/${documentId}/actions/publish?locale=fr`, {})
    await waitUntil(async () => textOf((await getPage(url(`/fr/articles/${slug}`))).html).includes('Texte français.'), 10_000)
    console.info(`French publish → visible in ${Date.now() - started} ms`)
    const page = await getPage(url(`/fr/articles/${slug}`))
    expect(alternatesOf(page.html)['en-CA']).toBe(url(`/articles/${slug}-en`))
    expect(textOf((await getPage(url('/fr/articles'))).html)).toContain('Publié en français ensuite')
    expect(languageLink((await getPage(url(`/articles/${slug}-en`))).html)?.[1]).toBe(`/fr/articles/${slug}`)
  })
})

describe('in Chromium, in French', () => {
  async function browser(javaScriptEnabled: boolean) {
    const { context, close } = await launchChromium({ javaScriptEnabled, viewport: { width: 390, height: 844 }, requireFrom: webDir })
    return { context: context as BrowserContext, close }
  }
  async function axeProblems(page: Page, label: string) {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    return violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  }

  it('finds no axe violations on any French template', async () => {
    const { context, close } = await browser(true)
    const problems: string[] = []
    try {
      const page = await context.newPage()
      for (const [, , fr] of TEMPLATES) {
        const response = await page.goto(url(fr))
        expect(response?.status(), fr).toBe(200)
        problems.push(...(await axeProblems(page, fr)))
      }
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })

  it('renders every French template with JavaScript off, loading no script, and follows the language link', async () => {
    const { context, close } = await browser(false)
    try {
      const page = await context.newPage()
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      })
      for (const [name, , fr] of TEMPLATES) {
        await page.goto(url(fr))
        expect(await page.locator('h1').count(), fr).toBe(1)
        expect(await page.locator('.help-strip').isVisible(), fr).toBe(true)
        await page.screenshot({ path: join(screenshots, `fr-${name}.png`), fullPage: true })
      }
      // The contact and article pages ask for the forms script (JavaScript is off: not run).
      expect(scripts.every((script) => script.endsWith('/js/forms.js'))).toBe(true)
      await page.goto(url('/fr/approches/tcd'))
      await page.getByRole('link', { name: 'English' }).click()
      await page.waitForURL(url('/approaches/dbt'))
      await page.getByRole('link', { name: 'Français' }).click()
      await page.waitForURL(url('/fr/approches/tcd'))
    } finally {
      await close()
    }
  })

  it('sends a consultation request in French without JavaScript: French messages, then the French confirmation, stored as French', async () => {
    const { context, close } = await browser(false)
    try {
      const page = await context.newPage()
      await page.goto(url('/fr/contact'))
      await page.getByLabel('Votre nom').fill('Geneviève <Roy>')
      await page.getByRole('button', { name: 'Envoyer la demande' }).click()
      await page.waitForURL(/\/fr\/contact\?form=[\w-]{22}#inquiry-errors$/)
      expect(await page.locator('#inquiry-errors-title').innerText()).toBe('Il y a un problème')
      expect(await page.locator('#inquiry-name-error').innerText()).toMatch(/Erreur :\s*Veuillez écrire en texte simple/)
      expect(await page.locator('#inquiry-contactMethod-error').innerText()).toMatch(/par courriel ou par téléphone/)
      expect(await page.locator('#inquiry-consent-error').innerText()).toMatch(/Veuillez confirmer/)
      expect(await page.locator('#inquiry-errors a[href="#inquiry-name"]').innerText()).toMatch(/^Votre nom\s: Veuillez/)
      expect(await page.getByLabel('Votre nom').inputValue()).toBe('Geneviève <Roy>')
      await page.locator('#inquiry-section').screenshot({ path: join(screenshots, 'fr-form-inquiry-errors.png') })

      const before = await countRows(stack, 'inquiries')
      await page.getByLabel('Votre nom').fill('Geneviève Roy')
      await page.getByRole('group', { name: 'Comment pouvons-nous vous joindre?' }).getByLabel('Par téléphone').check()
      await page.getByLabel('Numéro de téléphone').fill('705-555-0177')
      await page.getByLabel('Par vidéo sécurisée').check()
      await page.getByLabel('Principe de Jordan').check()
      await page.getByLabel('Thérapeute').selectOption('elise-gagnon')
      await page.getByLabel(/J’accepte que la clinique conserve/).check()
      await page.getByRole('button', { name: 'Envoyer la demande' }).click()
      await page.waitForURL(/\/fr\/contact\?sent=inquiry#inquiry-sent$/)
      expect(await page.getByRole('heading', { name: 'Merci : votre demande a été envoyée' }).isVisible()).toBe(true)
      expect(await countRows(stack, 'inquiries')).toBe(before + 1)
      expect((await findRow(stack, 'inquiries', { name: 'Geneviève Roy' }))?.language).toBe('fr')
    } finally {
      await close()
    }
  })

  it('sends a comment on a French article with JavaScript: French messages inline, then the French confirmation', async () => {
    const slug = `e2e-commentaires-${Date.now().toString(36)}`
    const documentId = await stack.admin.createDraftArticle({ title: 'Open to comments', slug: `${slug}-en`, commentsEnabled: true })
    await stack.admin.publish(documentId)
    await stack.admin.call('PUT', `/${documentId}?locale=fr`, { title: 'Ouvert aux commentaires', slug, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Allô.' }] }] })
    await stack.admin.call('POST', `/${documentId}/actions/publish?locale=fr`, {})
    await waitUntil(async () => (await getPage(url(`/fr/articles/${slug}`))).status === 200, 10_000)

    const { context, close } = await browser(true)
    const problems: string[] = []
    try {
      const page = await context.newPage()
      await page.goto(url(`/fr/articles/${slug}`))
      await page.getByLabel('Nom à afficher').fill('Luc')
      await page.getByRole('button', { name: 'Envoyer le commentaire' }).click()
      await page.locator('#comment-errors').waitFor()
      expect(await page.locator('#comment-body-error').innerText()).toMatch(/Veuillez écrire un commentaire/)
      expect(await page.locator('#comment-errors a').innerText()).toMatch(/^Votre commentaire\s: Veuillez/)
      problems.push(...(await axeProblems(page, `/fr/articles/${slug} (errors, JS)`)))
      await page.locator('#comments').screenshot({ path: join(screenshots, 'fr-form-comment-errors-js.png') })

      await page.getByLabel('Votre commentaire').fill('<b>Merci</b>')
      await page.getByRole('button', { name: 'Envoyer le commentaire' }).click()
      await expect.poll(() => page.locator('#comment-body-error').innerText()).toMatch(/texte simple/)

      await page.getByLabel('Votre commentaire').fill('Merci, ça m’a aidé.')
      await page.getByRole('button', { name: 'Envoyer le commentaire' }).click()
      await page.locator('#comment-sent').waitFor()
      expect(await page.getByRole('heading', { name: 'Merci : votre commentaire a été envoyé' }).isVisible()).toBe(true)
      expect((await findRow(stack, 'comments', { body: 'Merci, ça m’a aidé.' }))?.language).toBe('fr')
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })
})

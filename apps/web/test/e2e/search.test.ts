// Site search and the therapist finder, through the real stack (seeded CMS + built site), in both
// languages: ranking, accents, crisis words, empty results, hostile queries and content, drafts and
// private fields never found, bounds, canonical URLs; then the finder against the seeded team, and
// both pages in Chromium with JavaScript off; then every state of both pages in both languages
// against the checks every template passes (valid HTML, axe, no script, weight budgets).
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient, type ApproachSummary, type TherapistSummary } from '@clinic/client'
import { launchChromium, webDir, type WebProcess } from '@clinic/testing'
import { fundingOf, languageKey } from '#shared/finder'
import { axeProblems, htmlProblems, overBudget, pageWeight } from './page-checks'
import { getPage, requestFrom, startStack, startWebServer, textOf, waitUntil, type PlainResponse, type Stack } from './stack'

let stack: Stack
let therapists: { en: TherapistSummary[]; fr: TherapistSummary[] }
let approaches: { en: ApproachSummary[]; fr: ApproachSummary[] }

// Searches are rate-limited per address (30 a minute): each request here comes from its own local
// address (127.0.0.0/8), as distinct visitors would; the rate-limit test uses one address on purpose.
let nextAddress = 10
const freshAddress = () => `127.0.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 2}`
const get = (path: string, address = freshAddress()): Promise<PlainResponse> => requestFrom(address, `${stack.webUrl}${path}`, { headers: { accept: 'text/html' } })
// Encoded as a browser's GET form does (and as the canonical URL is).
const search = (q: string, base = '/search', extra = '') => get(`${base}?${new URLSearchParams({ q })}${extra}`)

interface Result {
  kind: string
  title: string
  href: string
  html: string
}

/** The results of a search page, in order. */
function resultsOf(html: string): Result[] {
  return [...html.matchAll(/<li class="search-result">([\s\S]*?)<\/li>/g)].map(([, item]) => ({
    kind: textOf(item!.match(/<p class="eyebrow">([\s\S]*?)<\/p>/)![1]!),
    title: textOf(item!.match(/<h3[^>]*>([\s\S]*?)<\/h3>/)![1]!),
    href: item!.match(/href="([^"]+)"/)![1]!,
    html: item!,
  }))
}

/** Names of the therapists listed by a finder page. */
function listedNames(html: string): string[] {
  return [...html.matchAll(/<h3 class="card__title">([\s\S]*?)<\/h3>/g)].map(([, title]) => textOf(title!))
}

/** Waits until a search finds something (the publish notice starts a new index version; the index rebuilds). */
async function waitForHit(q: string, base = '/search'): Promise<Result[]> {
  let results: Result[] = []
  await waitUntil(async () => (results = resultsOf((await search(q, base)).text)).length > 0, 20_000, 250)
  return results
}

beforeAll(async () => {
  stack = await startStack()
  const content = createContentClient({ endpoint: `${stack.cmsUrl}/graphql` })
  const [tEn, tFr, aEn, aFr] = await Promise.all([
    content.listTherapists({ locale: 'en' }),
    content.listTherapists({ locale: 'fr' }),
    content.listApproaches({ locale: 'en' }),
    content.listApproaches({ locale: 'fr' }),
  ])
  therapists = { en: tEn, fr: tFr }
  approaches = { en: aEn, fr: aFr }
})

afterAll(async () => {
  await stack?.stop()
})

describe('search: ranking, languages, accents', () => {
  it('ranks a title match first, then topic matches (English)', async () => {
    const emdr = approaches.en.find((approach) => approach.slug === 'emdr')!
    const response = await search('emdr')
    expect(response.status).toBe(200)
    const results = resultsOf(response.text)
    expect(results[0]).toMatchObject({ kind: 'Approach', href: `/approaches/${emdr.slug}` })
    expect(results[0]!.html).toContain('<mark>EMDR</mark>')
    // The therapists who offer EMDR come next (it is one of their approaches), before articles that only mention it.
    const offering = therapists.en.filter((therapist) => therapist.approaches.some((approach) => approach.slug === 'emdr')).map((therapist) => `/therapists/${therapist.slug}`)
    expect(offering.length).toBeGreaterThan(0)
    expect(results.slice(1, 1 + offering.length).map((result) => result.href).sort()).toEqual(offering.sort())
  })

  it('searches the French site in French, with French addresses', async () => {
    const response = await search('emdr', '/fr/recherche')
    expect(response.status).toBe(200)
    expect(response.text).toMatch(/<html\s+lang="fr-CA"/)
    const results = resultsOf(response.text)
    expect(results[0]!.kind).toBe('Approche')
    expect(results[0]!.href).toMatch(/^\/fr\/approches\//)
    expect(textOf(response.text)).toContain('Résultats pour « emdr »')
  })

  it('ignores accents and case: « anxiete » finds « anxiété »', async () => {
    const plain = resultsOf((await search('anxiete', '/fr/recherche')).text)
    const accented = resultsOf((await search('anxiété', '/fr/recherche')).text)
    expect(plain.length).toBeGreaterThan(0)
    expect(plain.map((result) => result.href)).toEqual(accented.map((result) => result.href))
    expect(plain.some((result) => /<mark>anxiété<\/mark>/i.test(result.html))).toBe(true)
    // Upper case is the same search: one canonical (lower-case) address, one cache entry.
    const upper = await search('ANXIETY')
    expect(upper.status).toBe(301)
    expect(upper.headers.location).toBe('/search?q=anxiety')
  })

  it("finds the clinic's own pages (the Markdown statements and the help page)", async () => {
    const privacy = resultsOf((await search('privacy')).text)
    expect(privacy.map((result) => result.href)).toContain('/privacy')
    const confidentialite = resultsOf((await search('confidentialité', '/fr/recherche')).text)
    expect(confidentialite.map((result) => result.href)).toContain('/fr/confidentialite')
    const helpLine = resultsOf((await search('hope for wellness')).text)
    expect(helpLine.map((result) => result.href)).toContain('/get-help')
  })
})

describe('search: crisis words and empty results', () => {
  it.each([
    ['/search', 'kill myself'],
    ['/search', 'self-harm'],
    ['/search', 'suicide'],
    ['/fr/recherche', 'me tuer'],
    ['/fr/recherche', 'automutilation'],
    ['/fr/recherche', 'suicide'],
  ])('%s « %s » puts the help lines first', async (base, q) => {
    const response = await search(q, base)
    expect(response.status).toBe(200)
    const crisisAt = response.text.indexOf('class="search-crisis')
    expect(crisisAt).toBeGreaterThan(0)
    expect(response.text.slice(crisisAt)).toContain('href="tel:988"')
    const firstResult = response.text.indexOf('class="search-result"')
    const empty = response.text.indexOf('class="search-empty"')
    expect(Math.max(firstResult, empty)).toBeGreaterThan(crisisAt)
  })

  it('shows no crisis block for an ordinary search', async () => {
    expect((await search('emdr')).text).not.toContain('class="search-crisis')
  })

  it.each([
    ['/search', '/get-help', '/approaches'],
    ['/fr/recherche', '/fr/aide', '/fr/approches'],
  ])('%s: nothing found suggests help, the approaches and the phone number', async (base, help, list) => {
    const response = await search('zzqxvorpt', base)
    expect(response.status).toBe(200)
    expect(resultsOf(response.text)).toEqual([])
    const empty = response.text.slice(response.text.indexOf('class="search-empty"'))
    expect(empty).toContain(`href="${help}"`)
    expect(empty).toContain(`href="${list}"`)
    expect(empty).toContain('href="tel:+17055351639"')
  })
})

describe('search: nothing hostile reaches the page, nothing private is found', () => {
  it.each(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'])('escapes the query %s', async (q) => {
    const response = await search(q)
    expect(response.status).toBe(200)
    expect(response.text).not.toMatch(/<script>alert|<img src=x/i)
    expect(response.text).toContain('&lt;')
  })

  it('escapes hostile content, finds published words, never drafts or private notes (both languages)', async () => {
    const stamp = Date.now().toString(36)
    const word = `zorblatt${stamp}`
    const draftWord = `quixdraft${stamp}`
    const privateWord = `flibbernote${stamp}`
    // Published, with markup in its title and text, and a private editor's note.
    const published = await stack.admin.createDraftArticle({
      title: `Hostile <img src=x onerror=alert(1)> ${word}`,
      slug: `e2e-search-hostile-${stamp}`,
      text: `<script>alert(2)</script> "><b>bold</b> ${word} in the body.`,
    })
    await stack.admin.updateDraft(published, { editorNotes: `Private: ${privateWord}` })
    await stack.admin.publish(published)
    // Drafts only, in English and in French (the admin API, with the staff token).
    await stack.admin.createDraftArticle({ title: `Unpublished ${draftWord}`, slug: `e2e-search-draft-${stamp}`, text: `${draftWord} everywhere.` })
    await stack.admin.call('POST', '?locale=fr', {
      title: `Brouillon ${draftWord}`,
      slug: `e2e-search-brouillon-${stamp}`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: `${draftWord} partout.` }] }],
    })

    const results = await waitForHit(word)
    expect(results).toHaveLength(1)
    const page = (await search(word)).text
    expect(page).not.toMatch(/<img src=x|<script>alert\(2\)|<b>bold<\/b>/)
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(results[0]!.html).toContain(`<mark>${word}</mark>`)

    // The index was rebuilt after the publish (the word above is found): the draft and the note are not.
    for (const base of ['/search', '/fr/recherche']) {
      expect(resultsOf((await search(draftWord, base)).text)).toEqual([])
      expect(resultsOf((await search(privateWord, base)).text)).toEqual([])
    }
  })
})

describe('search: bounds and canonical addresses', () => {
  it('answers a too-long query with 400 and a sentence on the page', async () => {
    const response = await search('a'.repeat(101))
    expect(response.status).toBe(400)
    expect(textOf(response.text)).toContain('Your search is too long. Please use at most 100 characters.')
    const french = await search('é'.repeat(101), '/fr/recherche')
    expect(french.status).toBe(400)
    expect(textOf(french.text)).toContain('Votre recherche est trop longue')
  })

  it('answers a page past the results with 404, and past the last allowed page with 400', async () => {
    const far = await search('emdr', '/search', '&page=9')
    expect(far.status).toBe(404)
    expect(textOf(far.text)).toMatch(/There (is only 1 page|are only \d+ pages) of results for this search/)
    expect((await search('emdr', '/search', '&page=21')).status).toBe(400)
  })

  it('redirects unknown parameters and empty queries to the canonical address', async () => {
    const tracked = await get('/search?utm_source=mail&q=emdr&pageSize=1000')
    expect(tracked.status).toBe(301)
    expect(tracked.headers.location).toBe('/search?q=emdr')
    const spaced = await get('/search?q=++self%20%20harm+')
    expect(spaced.headers.location).toBe('/search?q=self+harm')
    const empty = await get('/search?q=&page=1')
    expect(empty.headers.location).toBe('/search')
  })

  it('keeps the results API to the page itself', async () => {
    expect((await get('/api/search?q=emdr&locale=en')).status).toBe(404)
  })

  it('limits searches per address with 429, Retry-After and a plain sentence', async () => {
    const address = '127.0.99.7'
    const statuses: number[] = []
    for (let index = 0; index < 30; index++) statuses.push((await get(`/search?q=emdr`, address)).status)
    expect(statuses.every((status) => status === 200)).toBe(true)
    const refused = await get('/search?q=emdr', address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(textOf(refused.text)).toMatch(/Too many searches.*try again in \d+ seconds/)
    // Another visitor is not affected.
    expect((await get('/search?q=emdr')).status).toBe(200)
  })
})

describe('therapist finder', () => {
  const names = (list: TherapistSummary[]) => list.map((therapist) => therapist.name).sort()
  const finder = async (query: string, base = '/therapists') => {
    const response = await get(`${base}${query}`)
    expect(response.status, `${base}${query}`).toBe(200)
    return { names: listedNames(response.text).sort(), html: response.text }
  }

  it('filters by session format, funding, accepting and approach, against the seeded team', async () => {
    const team = therapists.en
    expect((await finder('?format=phone')).names).toEqual(names(team.filter((therapist) => therapist.offersPhone)))
    expect((await finder('?format=video')).names).toEqual(names(team.filter((therapist) => therapist.offersVideo)))
    expect((await finder('?funding=jordans-principle')).names).toEqual(names(team.filter((therapist) => therapist.billsJordansPrinciple)))
    expect((await finder('?funding=nihb')).names).toEqual(names(team.filter((therapist) => therapist.billsNihb)))
    expect((await finder('?accepting=yes&funding=benefits')).names).toEqual(names(team.filter((therapist) => therapist.acceptingNewClients && therapist.billsBenefits)))
    expect((await finder('?approach=dbt&format=phone')).names).toEqual(
      names(team.filter((therapist) => therapist.offersPhone && therapist.approaches.some((approach) => approach.slug === 'dbt'))),
    )
    // The combinations above are not all the same list (the seed differs per therapist).
    expect(new Set([(await finder('?format=phone')).names.join(), (await finder('?funding=jordans-principle')).names.join()]).size).toBe(2)
  })

  it('filters by language in each language', async () => {
    const speaksFrench = names(therapists.en.filter((therapist) => therapist.languages?.some((language) => language.text === 'French')))
    expect(speaksFrench.length).toBeGreaterThan(0)
    expect((await finder('?language=french')).names).toEqual(speaksFrench)
    expect((await finder('?language=francais', '/fr/therapeutes')).names).toEqual(speaksFrench)
  })

  it('says so when nobody matches, and offers the consultation form', async () => {
    const team = therapists.en
    const none = team.filter((therapist) => therapist.offersPhone && therapist.approaches.some((approach) => approach.slug === 'emdr'))
    expect(none).toEqual([])
    const { names: listed, html } = await finder('?approach=emdr&format=phone')
    expect(listed).toEqual([])
    expect(textOf(html)).toContain('No therapist matches all of these choices')
    expect(html).toMatch(/class="notice notice--calm finder__none"[\s\S]*href="\/contact"/)
    const french = await finder('?approach=emdr&format=phone', '/fr/therapeutes')
    expect(textOf(french.html)).toContain('Aucune ou aucun thérapeute ne correspond')
  })

  it('keeps one canonical address per combination', async () => {
    const unordered = await get('/therapists?funding=nihb&accepting=yes&utm_campaign=x')
    expect(unordered.status).toBe(301)
    expect(unordered.headers.location).toBe('/therapists?accepting=yes&funding=nihb')
    const invalid = await get('/therapists?format=fax&funding=cash&accepting=no')
    expect(invalid.headers.location).toBe('/therapists')
    const unknownApproach = await get('/therapists?approach=no-such-approach&format=video')
    expect([301, 302]).toContain(unknownApproach.status)
    expect(unknownApproach.headers.location).toBe('/therapists?format=video')
  })

  it('names the team list as the canonical address of a filtered result, which stays indexable, in both languages', async () => {
    for (const list of ['/therapists', '/fr/therapeutes']) {
      const filtered = await get(`${list}?accepting=yes&format=video`)
      expect(filtered.status).toBe(200)
      expect(filtered.text).toContain(`<link rel="canonical" href="${stack.webUrl}${list}">`)
      expect(filtered.text).not.toContain('noindex')
      // Not the page its canonical names: no hreflang pair claimed for it.
      expect(filtered.text).not.toMatch(/<link rel="alternate" hreflang=/)
    }
  })

  it("shows the same facts on the therapist's page, whose consultation link chooses them in the form", async () => {
    const therapist = therapists.en.find((candidate) => candidate.billsJordansPrinciple)!
    const profile = await get(`/therapists/${therapist.slug}`)
    expect(textOf(profile.text)).toContain('Jordan’s Principle')
    expect(profile.text).toContain(`href="/contact?therapist=${therapist.slug}"`)
    const contact = await get(`/contact?therapist=${therapist.slug}`)
    expect(contact.status).toBe(200)
    expect(contact.text).toMatch(new RegExp(`<option value="${therapist.slug}" selected`))
    const plain = await get('/contact')
    expect(plain.text).not.toMatch(/<option value="[^"]+" selected/)
  })
})

describe('in Chromium, without JavaScript', () => {
  let context: BrowserContext
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ context, close } = (await launchChromium({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, requireFrom: webDir })) as { context: BrowserContext; close: () => Promise<void> })
  })
  afterAll(async () => {
    await close?.()
  })

  it.each([
    ['/', 'emdr', 'EMDR'],
    ['/fr', 'emdr', 'EMDR'],
  ])('searches from the header of %s and lands on highlighted results', async (start, q, marked) => {
    const page = await context.newPage()
    await page.goto(`${stack.webUrl}${start}`)
    await page.locator('#site-search').fill(q)
    await page.locator('.site-header__search button[type="submit"]').click()
    await page.locator('.search-result').first().waitFor()
    expect(new URL(page.url()).search).toBe(`?q=${q}`)
    expect(await page.locator('.search-result mark').first().textContent()).toBe(marked)
    await page.close()
  })

  it('filters the team with the finder form and gives a shareable address', async () => {
    const page = await context.newPage()
    await page.goto(`${stack.webUrl}/therapists`)
    await page.locator('#finder-funding').selectOption('jordans-principle')
    await page.locator('.finder button[type="submit"]').click()
    await page.waitForURL(/funding=jordans-principle/)
    expect(new URL(page.url()).search).toBe('?funding=jordans-principle')
    expect(await page.locator('#finder-funding').inputValue()).toBe('jordans-principle')
    await page.close()
  })
})

describe('every state of both pages: valid HTML, axe-clean, no JavaScript, within the budgets', () => {
  // A second instance of the site on the same CMS, with the search limit raised: the browser loads
  // these pages several times from one address (127.0.0.1), which the limit above would refuse.
  let checked: WebProcess
  let states: { label: string; path: string; status: number }[]

  beforeAll(async () => {
    checked = await startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, env: { NUXT_SEARCH_RATE_LIMIT: '100000' } })
    // Several filters that one seeded therapist meets (so the page lists someone), in each language.
    const severalFilters = (therapist: TherapistSummary) => {
      const params = new URLSearchParams()
      if (therapist.acceptingNewClients) params.set('accepting', 'yes')
      if (therapist.approaches[0]) params.set('approach', therapist.approaches[0].slug)
      params.set('format', therapist.offersVideo ? 'video' : 'phone')
      if (fundingOf(therapist)[0]) params.set('funding', fundingOf(therapist)[0]!)
      if (therapist.languages?.[0]) params.set('language', languageKey(therapist.languages[0].text))
      expect(params.size, therapist.name).toBeGreaterThanOrEqual(3)
      return `?${params}`
    }
    const q = (value: string, extra = '') => `?${new URLSearchParams({ q: value })}${extra}`
    const both = (label: string, en: string, fr: string, status = 200) => [
      { label: `${label} (en)`, path: en, status },
      { label: `${label} (fr)`, path: fr, status },
    ]
    states = [
      ...both('search form', '/search', '/fr/recherche'),
      ...both('results', `/search${q('emdr')}`, `/fr/recherche${q('anxiete')}`),
      ...both('no results', `/search${q('zzqxvorpt')}`, `/fr/recherche${q('zzqxvorpt')}`),
      ...both('crisis', `/search${q('kill myself')}`, `/fr/recherche${q('me tuer')}`),
      ...both('hostile <script>', `/search${q('<script>alert(1)</script>')}`, `/fr/recherche${q('<script>alert(1)</script>')}`),
      ...both('hostile "><img onerror>', `/search${q('"><img src=x onerror=alert(1)>')}`, `/fr/recherche${q('"><img src=x onerror=alert(1)>')}`),
      ...both('query too long', `/search${q('a'.repeat(101))}`, `/fr/recherche${q('é'.repeat(101))}`, 400),
      ...both('page past the results', `/search${q('emdr', '&page=9')}`, `/fr/recherche${q('emdr', '&page=9')}`, 404),
      ...both('page past the limit', `/search${q('emdr', '&page=21')}`, `/fr/recherche${q('emdr', '&page=21')}`, 400),
      ...both('finder, one filter', '/therapists?format=phone', '/fr/therapeutes?format=phone'),
      ...both('finder, several filters', `/therapists${severalFilters(therapists.en[0]!)}`, `/fr/therapeutes${severalFilters(therapists.fr[0]!)}`),
      ...both('finder, nobody matches', '/therapists?approach=emdr&format=phone', '/fr/therapeutes?approach=emdr&format=phone'),
    ]
  })
  afterAll(async () => {
    await checked?.stop()
  })

  it('answers each state with its status and what it should show', async () => {
    const problems: string[] = []
    for (const state of states) {
      const response = await getPage(`${checked.url}${state.path}`)
      if (response.status !== state.status) problems.push(`${state.label}: ${response.status}, expected ${state.status}`)
      const html = response.html
      if (state.label.startsWith('results')) expect(resultsOf(html).length, state.label).toBeGreaterThan(0)
      if (state.label.startsWith('crisis')) expect(html, state.label).toContain('class="search-crisis')
      if (state.label.startsWith('no results')) expect(html, state.label).toContain('class="search-empty"')
      if (state.label.startsWith('finder, several')) expect(listedNames(html).length, state.label).toBeGreaterThan(0)
      if (state.label.startsWith('finder, nobody')) expect(html, state.label).toContain('finder__none')
      if (state.label.startsWith('hostile')) expect(html, state.label).not.toMatch(/<script>alert|<img src=x/)
    }
    expect(problems).toEqual([])
  })

  it('is valid HTML in every state (html-validate, standard rules)', async () => {
    const problems: string[] = []
    for (const state of states) problems.push(...(await htmlProblems((await getPage(`${checked.url}${state.path}`)).html, state.label)))
    expect(problems).toEqual([])
  })

  it('finds no axe violations in any state (WCAG 2.2 A/AA and best practices)', async () => {
    const { context, close } = (await launchChromium({ javaScriptEnabled: true, viewport: { width: 390, height: 844 }, requireFrom: webDir })) as { context: BrowserContext; close: () => Promise<void> }
    const problems: string[] = []
    try {
      const page = await context.newPage()
      for (const state of states) {
        const response = await page.goto(`${checked.url}${state.path}`)
        expect(response?.status(), state.label).toBe(state.status)
        problems.push(...(await axeProblems(page, state.label)))
      }
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })

  it('loads no script at all and stays within the weight budgets, as a phone without JavaScript', async () => {
    const { context, close } = (await launchChromium({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, requireFrom: webDir })) as { context: BrowserContext; close: () => Promise<void> }
    const problems: string[] = []
    const weights: string[] = []
    try {
      for (const state of states) {
        const html = (await getPage(`${checked.url}${state.path}`)).html
        // JSON-LD is data, not script (the CSP does not govern it, nothing runs).
        if (html.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g, '').includes('<script')) problems.push(`${state.label}: a <script> element in the HTML`)
        const weight = await pageWeight(context, `${checked.url}${state.path}`)
        expect(weight.status, state.label).toBe(state.status)
        if (weight.scripts.length) problems.push(`${state.label}: asked for ${weight.scripts.join(', ')}`)
        problems.push(...overBudget(weight, state.label))
        weights.push(`${state.label.padEnd(38)} ${(weight.withoutImages / 1024).toFixed(1)} KB, JS ${(weight.script / 1024).toFixed(1)} KB`)
      }
    } finally {
      await close()
    }
    console.info(`Weight of each state (first visit, without images):\n${weights.join('\n')}`)
    expect(problems).toEqual([])
  })
})

// Visitor forms through the built website, against a real CMS: bad input refused (with the right
// status for programs, and the form shown again with its messages for browsers without
// JavaScript), valid submissions stored exactly once, the rate limit, fresh idempotency keys on
// cached pages, what the public can see, and the CMS being down. Counts come from the CMS's
// admin API (stack.ts countRows): requests and comments have no public read route, by design.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient } from '@clinic/client'
import { countRows, findRow, getPage, listAllArticles, moderateComment, requestFrom, startStack, startWebServer, textOf, waitUntil, type PlainResponse, type Stack } from './stack'

let stack: Stack
let therapistSlug: string
let commentable: string
let closedArticle: string
let sensitiveArticle: string

const url = (path: string) => `${stack.webUrl}${path}`

// Each test speaks from its own address (127.0.0.0/8): the limits are per address.
let nextAddress = 10
const newAddress = () => `127.0.0.${nextAddress++}`

const validInquiry = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sam Rivers',
  contactMethod: 'phone',
  phone: '705-555-0123',
  email: '',
  preferredTimes: ['weekday_mornings', 'weekends'],
  sessionFormat: 'video',
  funding: 'jordans_principle',
  therapist: therapistSlug,
  consent: true,
  website: '',
  idempotencyKey: randomUUID(),
  ...overrides,
})

const validComment = (overrides: Record<string, unknown> = {}) => ({
  article: commentable,
  displayName: 'Jo',
  body: 'Thank you for writing this.',
  website: '',
  idempotencyKey: randomUUID(),
  ...overrides,
})

/** The fields as a browser posts them (checkboxes repeated, a ticked box as "yes", unticked left out). */
function urlEncoded(fields: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === false) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item === true ? 'yes' : String(item))
  }
  return params.toString()
}

const counts = async () => ({ inquiries: await countRows(stack, 'inquiries'), comments: await countRows(stack, 'comments') })

function postJson(path: string, body: unknown, address = newAddress(), headers: Record<string, string> = {}): Promise<PlainResponse> {
  return requestFrom(address, url(path), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  })
}

function postForm(path: string, body: string, address = newAddress(), headers: Record<string, string> = {}): Promise<PlainResponse> {
  return requestFrom(address, url(path), {
    method: 'POST',
    headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  })
}

const json = (response: PlainResponse) => JSON.parse(response.text) as { ok: boolean; message: string; errors: Record<string, string>; duplicate?: boolean }

beforeAll(async () => {
  stack = await startStack()
  const content = createContentClient({ endpoint: `${stack.cmsUrl}/graphql` })
  const [therapists, items] = await Promise.all([content.listTherapists(), listAllArticles(content)])
  therapistSlug = therapists[0]!.slug
  sensitiveArticle = items.find((article) => article.sensitiveTopic)!.slug

  const stamp = Date.now().toString(36)
  commentable = `e2e-open-for-comments-${stamp}`
  closedArticle = `e2e-comments-off-${stamp}`
  await stack.admin.publish(await stack.admin.createDraftArticle({ title: `Open for comments ${stamp}`, slug: commentable, commentsEnabled: true }))
  await stack.admin.publish(await stack.admin.createDraftArticle({ title: `Comments off ${stamp}`, slug: closedArticle, commentsEnabled: false }))
  await waitUntil(async () => (await getPage(url(`/articles/${commentable}`))).status === 200, 5000)
})

afterAll(async () => {
  await stack?.stop()
})

interface BadInput {
  name: string
  form: 'inquiry' | 'comment'
  fields?: () => Record<string, unknown> | unknown[]
  /** A body sent as is (content type, size, syntax cases). */
  raw?: () => { type: string; body: string | Buffer }
  headers?: Record<string, string>
  status: number
  message: RegExp
  /** The field the message belongs next to (none: a message about the whole form). */
  field?: string
  /** Only expressible as JSON (wrong types): no form-post variant. */
  jsonOnly?: true
  /** The form shown again keeps what was typed (not for bots or unreadable bodies). */
  keepsValues?: false
}

const bigText = 'x'.repeat(20_000)
const badInputs: BadInput[] = [
  { name: 'inquiry: nothing filled in', form: 'inquiry', fields: () => ({ idempotencyKey: randomUUID() }), status: 400, message: /what to call you/, field: 'name', keepsValues: false },
  { name: 'inquiry: missing name', form: 'inquiry', fields: () => validInquiry({ name: '' }), status: 400, message: /what to call you/, field: 'name' },
  { name: 'inquiry: name is a number', form: 'inquiry', fields: () => validInquiry({ name: 12 }), status: 400, message: /what to call you/, field: 'name', jsonOnly: true },
  { name: 'inquiry: name sent twice', form: 'inquiry', raw: () => ({ type: 'application/x-www-form-urlencoded', body: `${urlEncoded(validInquiry())}&name=Other` }), status: 400, message: /what to call you/, field: 'name' },
  { name: 'inquiry: name over 100 characters', form: 'inquiry', fields: () => validInquiry({ name: 'n'.repeat(101) }), status: 400, message: /100 characters/, field: 'name' },
  { name: 'inquiry: script tag in the name', form: 'inquiry', fields: () => validInquiry({ name: '<script>alert(1)</script>' }), status: 400, message: /plain text/, field: 'name' },
  { name: 'inquiry: control character in the name', form: 'inquiry', fields: () => validInquiry({ name: 'Sam\u0007Rivers' }), status: 400, message: /cannot be stored/, field: 'name' },
  { name: 'inquiry: phone chosen, no phone number', form: 'inquiry', fields: () => validInquiry({ phone: '' }), status: 400, message: /phone number/, field: 'phone' },
  { name: 'inquiry: phone number of letters', form: 'inquiry', fields: () => validInquiry({ phone: 'call me maybe' }), status: 400, message: /phone number/, field: 'phone' },
  { name: 'inquiry: e-mail chosen, bad address', form: 'inquiry', fields: () => validInquiry({ contactMethod: 'email', email: 'sam@' }), status: 400, message: /e-mail address/, field: 'email' },
  { name: 'inquiry: unknown contact method', form: 'inquiry', fields: () => validInquiry({ contactMethod: 'fax' }), status: 400, message: /e-mail or phone/, field: 'contactMethod' },
  { name: 'inquiry: preferred time not offered', form: 'inquiry', fields: () => validInquiry({ preferredTimes: ['3am'] }), status: 400, message: /listed times/, field: 'preferredTimes' },
  { name: 'inquiry: preferred times as an object', form: 'inquiry', fields: () => validInquiry({ preferredTimes: { a: 1 } }), status: 400, message: /listed times/, field: 'preferredTimes', jsonOnly: true },
  { name: 'inquiry: unknown session format', form: 'inquiry', fields: () => validInquiry({ sessionFormat: 'carrier-pigeon' }), status: 400, message: /video or phone/, field: 'sessionFormat' },
  { name: 'inquiry: unknown funding', form: 'inquiry', fields: () => validInquiry({ funding: 'lottery' }), status: 400, message: /how you expect to pay/, field: 'funding' },
  { name: 'inquiry: consent missing', form: 'inquiry', fields: () => validInquiry({ consent: false }), status: 400, message: /agree to how we handle/, field: 'consent' },
  { name: 'inquiry: unknown therapist', form: 'inquiry', fields: () => validInquiry({ therapist: 'dr-nobody' }), status: 400, message: /therapist from the list/, field: 'therapist' },
  { name: 'inquiry: honeypot filled', form: 'inquiry', fields: () => validInquiry({ website: 'http://spam.example' }), status: 400, message: /could not be sent/, keepsValues: false },
  { name: 'inquiry: bad idempotency key', form: 'inquiry', fields: () => validInquiry({ idempotencyKey: 'twice' }), status: 400, message: /reload the page/ },
  { name: 'inquiry: body is a list', form: 'inquiry', fields: () => [validInquiry()], status: 400, message: /highlighted fields/, jsonOnly: true },
  { name: 'inquiry: not JSON', form: 'inquiry', raw: () => ({ type: 'application/json', body: '{"name": "Sam",' }), status: 400, message: /could not be read/, jsonOnly: true },
  { name: 'inquiry: wrong content type', form: 'inquiry', raw: () => ({ type: 'text/plain', body: 'name=Sam' }), status: 415, message: /x-www-form-urlencoded or application\/json/, keepsValues: false },
  { name: 'inquiry: multipart body', form: 'inquiry', raw: () => ({ type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nSam\r\n--x--\r\n' }), status: 415, message: /x-www-form-urlencoded/, keepsValues: false },
  { name: 'inquiry: huge body', form: 'inquiry', raw: () => ({ type: 'application/x-www-form-urlencoded', body: urlEncoded(validInquiry({ name: bigText })) }), status: 413, message: /too long to send/, keepsValues: false },
  { name: 'inquiry: posted from another site', form: 'inquiry', fields: () => validInquiry(), headers: { 'sec-fetch-site': 'cross-site' }, status: 403, message: /clinic’s own website/, keepsValues: false },
  { name: 'comment: missing display name', form: 'comment', fields: () => validComment({ displayName: ' ' }), status: 400, message: /name to show/, field: 'displayName' },
  { name: 'comment: control characters in the name', form: 'comment', fields: () => validComment({ displayName: 'Jo\u001b[31m' }), status: 400, message: /cannot be stored/, field: 'displayName' },
  { name: 'comment: empty comment', form: 'comment', fields: () => validComment({ body: '' }), status: 400, message: /write a comment/, field: 'body' },
  { name: 'comment: over 2000 characters', form: 'comment', fields: () => validComment({ body: 'x'.repeat(2001) }), status: 400, message: /2000 characters/, field: 'body' },
  { name: 'comment: HTML in the comment', form: 'comment', fields: () => validComment({ body: 'hi <img src=x onerror=alert(1)>' }), status: 400, message: /plain text/, field: 'body' },
  { name: 'comment: script tag, status smuggled in', form: 'comment', fields: () => validComment({ body: '<script>fetch("/")</script>', status: 'approved' }), status: 400, message: /plain text/, field: 'body' },
  { name: 'comment: body is a number', form: 'comment', fields: () => validComment({ body: 42 }), status: 400, message: /write a comment/, field: 'body', jsonOnly: true },
  { name: 'comment: honeypot filled', form: 'comment', fields: () => validComment({ website: 'x' }), status: 400, message: /could not be sent/, keepsValues: false },
  { name: 'comment: article slug is a path', form: 'comment', fields: () => validComment({ article: '../admin' }), status: 400, message: /could not be found/ },
  { name: 'comment: missing article', form: 'comment', fields: () => validComment({ article: 'no-such-article' }), status: 404, message: /could not be found/ },
  { name: 'comment: sensitive article (comments off)', form: 'comment', fields: () => validComment({ article: sensitiveArticle }), status: 403, message: /closed/ },
  { name: 'comment: comments disabled on the article', form: 'comment', fields: () => validComment({ article: closedArticle }), status: 403, message: /closed/ },
  { name: 'comment: no idempotency key', form: 'comment', fields: () => validComment({ idempotencyKey: undefined }), status: 400, message: /reload the page/ },
  { name: 'comment: huge JSON body', form: 'comment', raw: () => ({ type: 'application/json', body: JSON.stringify(validComment({ body: bigText })) }), status: 413, message: /too long to send/, jsonOnly: true },
  { name: 'comment: huge form post', form: 'comment', raw: () => ({ type: 'application/x-www-form-urlencoded', body: urlEncoded(validComment({ body: bigText })) }), status: 413, message: /too long to send/, keepsValues: false },
]

function requestBody(input: BadInput, as: 'json' | 'form'): { type: string; body: string | Buffer } {
  if (input.raw) return input.raw()
  const fields = input.fields!()
  return as === 'json' ? { type: 'application/json', body: JSON.stringify(fields) } : { type: 'application/x-www-form-urlencoded', body: urlEncoded(fields as Record<string, unknown>) }
}

const pageOf = (input: BadInput) => (input.form === 'inquiry' ? '/contact' : `/articles/${commentable}`)

/** The answers, collected for the closing note (printed after the table runs). */
const answered: string[] = []

describe('bad input is refused and stores nothing', () => {
  it('tries at least 25 bad inputs across both forms', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(25)
    expect(new Set(badInputs.map((input) => input.form))).toEqual(new Set(['inquiry', 'comment']))
  })

  it.each(badInputs.map((input) => [input.name, input] as const))('%s → the right 4xx and message, for a program (JSON)', async (_name, input) => {
    const before = await counts()
    const { type, body } = requestBody(input, 'json')
    const response = await postJson(`/forms/${input.form}`, body, newAddress(), { 'content-type': type, ...input.headers })
    expect(response.status).toBe(input.status)
    expect(response.headers['cache-control']).toBe('no-store')
    const answer = json(response)
    expect(answer.ok).toBe(false)
    if (input.field) expect(answer.errors[input.field]).toMatch(input.message)
    else expect(answer.message).toMatch(input.message)
    if (input.status === 400 && input.field) expect(answer.message).toMatch(/highlighted fields/)
    answered.push(`${input.name} → ${response.status} ${input.field ? `${input.field}: ${answer.errors[input.field]}` : answer.message}`)
    expect(await counts()).toEqual(before)
  })

  it.each(badInputs.filter((input) => !input.jsonOnly).map((input) => [input.name, input] as const))(
    '%s → the form again, messages next to the fields, for a browser without JavaScript',
    async (_name, input) => {
      const before = await counts()
      const { type, body } = requestBody(input, 'form')
      const page = pageOf(input)
      const response = await postForm(`/forms/${input.form}?from=${encodeURIComponent(page)}`, body, newAddress(), { 'content-type': type, ...input.headers })
      expect(response.status).toBe(303)
      const location = String(response.headers.location)
      expect(location).toMatch(new RegExp(`^${page.replace(/[/]/g, '\\/')}\\?form=[A-Za-z0-9_-]{22}#${input.form}-errors$`))
      // Nothing the visitor typed goes in the URL.
      expect(location.replace(/form=[\w-]{22}/, '')).not.toMatch(/Sam|Jo|705/)

      const shown = await getPage(url(location.replace(/#.*$/, '')))
      expect(shown.status).toBe(200)
      expect(shown.headers.get('cache-control')).toBe('no-store')
      expect(shown.html).toContain(`id="${input.form}-errors"`)
      if (input.field) {
        const error = new RegExp(`<p id="${input.form}-${input.field}-error" class="field__error"[^>]*>(.*?)</p>`).exec(shown.html)
        expect(error?.[1] && textOf(error[1])).toMatch(input.message)
        expect(shown.html).toContain(`href="#${input.form}-${input.field}"`)
      } else {
        expect(textOf(shown.html.slice(shown.html.indexOf(`id="${input.form}-errors"`)))).toMatch(input.message)
      }
      if (input.keepsValues !== false) {
        const typed = input.form === 'inquiry' ? 'value="705-555-0123"' : 'value="Jo'
        if (input.field !== 'phone' && input.field !== 'displayName') expect(shown.html).toContain(typed)
      }
      expect(await counts()).toEqual(before)
    },
  )

  it('lists what it tried', () => {
    console.info(`[e2e] bad inputs and their answers (JSON):\n  ${answered.join('\n  ')}`)
    expect(answered.length).toBe(badInputs.length)
  })
})

describe('valid submissions', () => {
  it('stores a request sent by a plain form post once, and answers with a redirect to the confirmation', async () => {
    const inquiry = validInquiry({ name: 'Robin Lake' })
    const before = await counts()
    const address = newAddress()
    const response = await postForm('/forms/inquiry?from=%2Fcontact', urlEncoded(inquiry), address)
    expect(response.status).toBe(303)
    expect(response.headers.location).toBe('/contact?sent=inquiry#inquiry-sent')
    expect((await counts()).inquiries).toBe(before.inquiries + 1)
    const stored = await findRow(stack, 'inquiries', { idempotencyKey: inquiry.idempotencyKey })
    expect(stored).toMatchObject({ name: 'Robin Lake', contactMethod: 'phone', phone: '705-555-0123', email: null, funding: 'jordans_principle', progress: 'new' })
    expect(stored!.preferredTimes).toEqual(['weekday_mornings', 'weekends'])

    // The confirmation is a GET: reloading it sends nothing again.
    const confirmation = await getPage(url('/contact?sent=inquiry'))
    expect(textOf(confirmation.html)).toContain('Thank you: your request was sent')
    await getPage(url('/contact?sent=inquiry'))
    // A network retry of the same post (same key) is answered the same, and stores nothing more.
    const retried = await postForm('/forms/inquiry?from=%2Fcontact', urlEncoded(inquiry), address)
    expect(retried.headers.location).toBe('/contact?sent=inquiry#inquiry-sent')
    expect((await counts()).inquiries).toBe(before.inquiries + 1)
  })

  it('sends a therapist-page visitor back to that page', async () => {
    const response = await postForm(`/forms/inquiry?from=${encodeURIComponent(`/therapists/${therapistSlug}`)}`, urlEncoded(validInquiry()))
    expect(response.headers.location).toBe(`/therapists/${therapistSlug}?sent=inquiry#inquiry-sent`)
    // Anywhere else is not one of the form's pages: back to /contact.
    const elsewhere = await postForm(`/forms/inquiry?from=${encodeURIComponent('https://evil.example/')}`, urlEncoded(validInquiry()))
    expect(elsewhere.headers.location).toBe('/contact?sent=inquiry#inquiry-sent')
  })

  it('stores a concurrent double submit (the same form sent five times at once) exactly once', async () => {
    const inquiry = validInquiry()
    const address = newAddress()
    const results = await Promise.all(Array.from({ length: 5 }, () => postJson('/forms/inquiry', inquiry, address)))
    expect(results.map((result) => result.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(await countRows(stack, 'inquiries', { idempotencyKey: inquiry.idempotencyKey })).toBe(1)

    const comment = validComment()
    const comments = await Promise.all(Array.from({ length: 5 }, () => postForm(`/forms/comment?from=/articles/${commentable}`, urlEncoded(comment), address)))
    expect(comments.every((result) => result.status === 303 && /\?sent=comment#comment-sent$/.test(String(result.headers.location)))).toBe(true)
    expect(await countRows(stack, 'comments', { idempotencyKey: comment.idempotencyKey })).toBe(1)
  })

  it('stores only the contact detail the visitor chose', async () => {
    const inquiry = validInquiry({ contactMethod: 'email', email: 'robin@example.ca', phone: '705-555-0199', therapist: '' })
    expect((await postJson('/forms/inquiry', inquiry)).status).toBe(201)
    expect(await findRow(stack, 'inquiries', { idempotencyKey: inquiry.idempotencyKey })).toMatchObject({ email: 'robin@example.ca', phone: null })
  })
})

describe('rate limit', () => {
  it('answers the sixth request in an hour from one address with 429 and when to try again', async () => {
    const address = newAddress()
    for (let index = 0; index < 5; index += 1) expect((await postJson('/forms/inquiry', validInquiry(), address)).status).toBe(201)
    const before = await counts()
    const refused = await postJson('/forms/inquiry', validInquiry(), address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000)
    expect(json(refused).message).toMatch(/sent 5 requests in the last hour\. Please try again in \d+ minutes, or call the clinic at 705-535-1639/)

    // Without JavaScript: the form again, with the same message and what was typed.
    const form = await postForm('/forms/inquiry?from=%2Fcontact', urlEncoded(validInquiry({ name: 'Kept Name' })), address)
    expect(form.status).toBe(303)
    const shown = await getPage(url(String(form.headers.location).replace(/#.*/, '')))
    expect(textOf(shown.html)).toMatch(/sent 5 requests in the last hour/)
    expect(shown.html).toContain('value="Kept Name"')
    expect(await counts()).toEqual(before)

    // Someone else is not affected.
    expect((await postJson('/forms/inquiry', validInquiry())).status).toBe(201)
  })

  it('allows 10 comments an hour from one address', async () => {
    const address = newAddress()
    for (let index = 0; index < 10; index += 1) expect((await postJson('/forms/comment', validComment(), address)).status).toBe(201)
    const refused = await postJson('/forms/comment', validComment(), address)
    expect(refused.status).toBe(429)
    expect(json(refused).message).toMatch(/sent 10 comments in the last hour/)
  })
})

describe('idempotency keys on cached pages', () => {
  const keyOf = (html: string) => /name="idempotencyKey" value="([^"]*)"/.exec(html)?.[1]

  it('gives every response its own key, though the page comes from the cache, and lets nobody keep it', async () => {
    for (const path of ['/contact', `/therapists/${therapistSlug}`, `/articles/${commentable}`]) {
      const first = await getPage(url(path))
      const second = await getPage(url(path), { 'accept-encoding': 'br' })
      const [a, b] = [keyOf(first.html), keyOf(second.html)]
      expect(a, path).toMatch(/^[0-9a-f-]{36}$/)
      expect(b, path).toMatch(/^[0-9a-f-]{36}$/)
      expect(a).not.toBe(b)
      expect(first.html).not.toContain('@@clinic-form-key@@')
      for (const page of [first, second]) {
        expect(page.headers.get('cache-control')).toBe('no-store')
        expect(page.headers.get('etag')).toBeNull()
      }
    }
    // A page without a form is cached and revalidated as before.
    const plain = await getPage(url(`/articles/${sensitiveArticle}`))
    expect(plain.html).not.toContain('idempotencyKey')
    expect(plain.headers.get('etag')).toBeTruthy()
    expect(plain.headers.get('cache-control')).toBe('no-cache')
  })

  it('shows a refused post once, never from the cache, then a fresh form', async () => {
    const response = await postForm('/forms/inquiry?from=%2Fcontact', urlEncoded(validInquiry({ name: '', phone: '705-555-0177' })))
    const location = String(response.headers.location).replace(/#.*/, '')
    const first = await getPage(url(location))
    expect(first.html).toContain('value="705-555-0177"')
    expect(first.html).toContain('id="inquiry-name-error"')
    const again = await getPage(url(location))
    expect(again.status).toBe(200)
    expect(again.headers.get('cache-control')).toBe('no-store')
    expect(again.html).not.toContain('705-555-0177')
    expect(again.html).not.toContain('id="inquiry-errors"')
    // The plain page was not touched by either.
    expect((await getPage(url('/contact'))).html).not.toContain('705-555-0177')
  })
})

describe('what the public can see', () => {
  it('shows approved comments as plain text, never pending or rejected ones', async () => {
    const stamp = Date.now().toString(36)
    const bodies = { approved: `Approved words & "quotes" ${stamp}`, pending: `Pending words ${stamp}`, rejected: `Rejected words ${stamp}` }
    const keys: Record<string, string> = {}
    for (const [status, body] of Object.entries(bodies)) {
      const comment = validComment({ body, displayName: `Reader ${status}` })
      keys[status] = comment.idempotencyKey
      expect((await postJson('/forms/comment', comment)).status).toBe(201)
    }
    const documentId = async (status: string) => String((await findRow(stack, 'comments', { idempotencyKey: keys[status]! }))!.documentId)
    const page = async () => textOf((await getPage(url(`/articles/${commentable}`))).html)
    for (const body of Object.values(bodies)) expect(await page()).not.toContain(body)

    await moderateComment(stack, await documentId('rejected'), 'rejected')
    await moderateComment(stack, await documentId('approved'), 'approved')
    await waitUntil(async () => (await page()).includes(bodies.approved), 5000)
    const html = (await getPage(url(`/articles/${commentable}`))).html
    expect(html).toContain(`Approved words &amp; &quot;quotes&quot; ${stamp}`)
    expect(html).toContain('Reader approved')
    expect(await page()).not.toContain(bodies.pending)
    expect(await page()).not.toContain(bodies.rejected)
    expect(await page()).not.toContain('Reader pending')
  })

  it('never shows a consultation request anywhere on the site', async () => {
    const name = `Unique Visitor ${Date.now().toString(36)}`
    expect((await postJson('/forms/inquiry', validInquiry({ name }))).status).toBe(201)
    for (const path of ['/', '/contact', `/therapists/${therapistSlug}`, '/articles', '/sitemap.xml', '/rss.xml', '/api/content/therapists']) {
      expect(await (await fetch(url(path))).text(), path).not.toContain(name)
    }
  })
})

describe('behind a reverse proxy (NUXT_TRUSTED_PROXIES)', () => {
  // A second website process in front of the same CMS, told that 127.0.0.2 is its proxy.
  const PROXY = '127.0.0.2'
  const send = (site: string, from: string, forwardedFor?: string) =>
    requestFrom(from, `${site}/forms/inquiry`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify(validInquiry()),
    })

  it('counts each visitor the proxy names, ignores X-Forwarded-For from anyone else, and ignores what a visitor prepends', async () => {
    const site = await startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, env: { NUXT_TRUSTED_PROXIES: PROXY } })
    try {
      // Visitor A through the proxy: five requests an hour, then 429.
      const visitorA = '203.0.113.7'
      for (let i = 0; i < 5; i++) expect((await send(site.url, PROXY, visitorA)).status).toBe(201)
      expect((await send(site.url, PROXY, visitorA)).status).toBe(429)
      // Visitor B through the same proxy has a bucket of their own (not everyone behind the proxy in one).
      expect((await send(site.url, PROXY, '203.0.113.8')).status).toBe(201)
      // A forged first entry: the proxy appended the real address last, and that is what counts.
      expect((await send(site.url, PROXY, `198.51.100.${Math.floor(Math.random() * 200)}, ${visitorA}`)).status).toBe(429)
      // A client that is not the proxy sends a fresh X-Forwarded-For each time: ignored, its own address counts.
      const direct = '127.0.0.3'
      for (let i = 0; i < 5; i++) expect((await send(site.url, direct, `192.0.2.${i + 1}`)).status).toBe(201)
      expect((await send(site.url, direct, '192.0.2.99')).status).toBe(429)
    } finally {
      await site.stop()
    }
  })
})

describe('when the CMS is down', () => {
  it('gives the visitor a clear message with the clinic’s phone number, keeps what they typed, and stores nothing', async () => {
    // Let the notices of earlier tests' changes land first (one arriving later would make these
    // pages old again), then cache the pages, so they can still be shown while the CMS is away.
    await new Promise((resolve) => setTimeout(resolve, 6500))
    for (const path of ['/contact', `/articles/${commentable}`]) expect((await getPage(url(path))).status).toBe(200)
    const before = await counts()
    await stack.stopCms()

    const inquiry = await postJson('/forms/inquiry', validInquiry())
    expect(inquiry.status).toBe(503)
    expect(json(inquiry).message).toMatch(/could not send this just now.*705-535-1639/)
    const comment = await postJson('/forms/comment', validComment())
    expect(comment.status).toBe(503)

    const form = await postForm('/forms/inquiry?from=%2Fcontact', urlEncoded(validInquiry({ name: 'Still Here' })))
    expect(form.status).toBe(303)
    const shown = await getPage(url(String(form.headers.location).replace(/#.*/, '')))
    expect(shown.status).toBe(200)
    expect(textOf(shown.html)).toMatch(/could not send this just now.*705-535-1639/)
    expect(shown.html).toContain('value="Still Here"')
    // Counted through the admin API: with the CMS back on the same database, nothing was stored.
    await stack.restartCms()
    expect(await counts()).toEqual(before)
  }, 240_000) // includes a CMS restart
})

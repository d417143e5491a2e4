// The path every visitor form post takes on this server, in order:
//
//   where from (Sec-Fetch-Site) → content type (415) → size (413) → validate with the shared
//   @clinic/forms schema (400; the honeypot gets a message that names no field) → checks against
//   published content (unknown therapist 400, missing article 404, comments closed 403) →
//   per-address rate limit (429) → the CMS (which checks it all again) → the answer.
//
// The answer depends on who asked. public/js/forms.js and other programs send
// `Accept: application/json` (or a JSON body) and get a status code and JSON messages. A plain
// HTML form post (no JavaScript) always gets a 303 back to the page it came from
// (Post/Redirect/Get: refreshing never posts again): with ?sent=<form> after success, or with
// ?form=<token> to show the messages next to the fields and what was typed (server/utils/form-state.ts).
//
// Language: the visitor's, from the page the form was sent from (?from=/fr/…, and the hidden
// `language` field). Problems travel as @clinic/forms error CODES (from the schema, the checks
// below and the CMS) and are put into words here, once, from that language's catalogue.
import type { H3Event } from 'h3'
import { MAX_BODY_BYTES, isHoneypotOnly, type FieldErrors, type RateLimit, type Validation } from '@clinic/forms'
import { isSiteLocale, localeOfPath, type SiteLocale } from '#shared/i18n'
import { formErrorText, formErrorTexts, messagesFor, type Messages } from '#shared/messages'
import type { RateLimitResult } from './rate-limit'
import { FORM_FIELDS, FORM_POSTED_FIELDS, FORM_RETURN_PATHS, formIds, type FormName, type FormState } from '#shared/forms'

export interface Refusal {
  status: 400 | 403 | 404 | 413 | 415 | 429 | 503
  /** A message about the whole form (shown above the fields), in the visitor's language; '' for none. */
  message: string
  /** Error codes next to fields (@clinic/forms codes: the answer puts them into words). */
  errors: FieldErrors
  retryAfterSeconds?: number
}

export interface VisitorForm<Data extends { idempotencyKey: string }> {
  name: FormName
  parse(input: unknown): Validation<Data>
  /** Checks against published content (cached reads, in the visitor's language), before anything is sent on. */
  check(data: Data, t: Messages, locale: SiteLocale): Promise<Refusal | null>
  limit: RateLimit
  cmsPath: string
  /** The page to send a form-post visitor back to when ?from= is missing or not one of ours. */
  fallbackPage(fields: Record<string, unknown>): string
}

type Outcome = { sent: true; duplicate: boolean } | ({ sent: false; keepValues: boolean } & Refusal)

export async function handleFormPost<Data extends { idempotencyKey: string }>(event: H3Event, form: VisitorForm<Data>) {
  // Never cached by anyone: the answer is about this one submission.
  setResponseHeader(event, 'cache-control', 'no-store')
  const wantsJson = /\bapplication\/json\b/i.test(String(event.node.req.headers.accept ?? '')) || requestMediaType(event) === 'application/json'

  let fields: Record<string, unknown> = {}
  const from = getQuery(event).from
  let locale = localeOfPath(typeof from === 'string' ? from : '/')
  const outcome = await (async (): Promise<Outcome> => {
    // Browsers say where a post comes from; another site's page posting here is refused (the
    // Origin header cannot be used: with Referrer-Policy no-referrer, browsers send "null").
    if (event.node.req.headers['sec-fetch-site'] === 'cross-site') return refuse(403, messagesFor(locale).forms.crossSite, false)
    try {
      fields = await readFormBody(event, MAX_BODY_BYTES, messagesFor(locale).forms)
    } catch (error) {
      if (error instanceof FormBodyError) return refuse(error.statusCode, error.message, false)
      throw error
    }
    // The page's hidden `language` field says it too (programs posting JSON have no ?from=).
    if (isSiteLocale(fields.language)) locale = fields.language
    return submit(event, form, { ...fields, language: locale }, messagesFor(locale), locale)
  })()

  const t = messagesFor(locale)
  const worded = outcome.sent ? outcome : { ...outcome, errors: formErrorTexts(t, outcome.errors) }
  if (wantsJson) return answerJson(event, form, worded, t)
  return answerWithRedirect(event, form, worded, fields, t)
}

function refuse(status: Refusal['status'], message: string, keepValues: boolean, errors: FieldErrors = {}): Outcome {
  return { sent: false, status, message, errors, keepValues }
}

async function submit<Data extends { idempotencyKey: string }>(
  event: H3Event,
  form: VisitorForm<Data>,
  fields: Record<string, unknown>,
  t: Messages,
  locale: SiteLocale,
): Promise<Outcome> {
  const result = form.parse(fields)
  if (!result.ok) {
    // A filled honeypot means a bot: say nothing about which field gave it away.
    if ('website' in result.errors || isHoneypotOnly(result.errors)) return refuse(400, formErrorText(t, 'honeypot'), false)
    const { fieldErrors, formMessage } = splitErrors(form.name, result.errors)
    return refuse(400, (Object.keys(fieldErrors).length || !formMessage ? undefined : formErrorText(t, formMessage)) ?? t.forms.checkFields, true, fieldErrors)
  }
  const data = result.data

  const problem = await form.check(data, t, locale)
  if (problem) return { sent: false, keepValues: true, ...withFormMessage(form.name, problem, t) }

  let limited: RateLimitResult
  try {
    limited = await takeRateLimit(form.name, visitorAddress(event), data.idempotencyKey, form.limit)
  } catch (error) {
    // The shared store (Redis, with several instances) is down: without the count, nothing is
    // sent on; the visitor is told plainly, with the phone number, and keeps what they typed.
    console.error(`[forms] rate-limit store unavailable: ${(error as Error).message}`)
    return refuse(503, t.forms.unavailable, true)
  }
  if (!limited.allowed) return rateLimited(form, limited.retryAfterSeconds, t)

  const answer = await submitToCms(form.cmsPath, data as Record<string, unknown>, visitorAddress(event))
  switch (answer.kind) {
    case 'stored':
      return { sent: true, duplicate: answer.duplicate }
    case 'rate-limited':
      return rateLimited(form, answer.retryAfterSeconds, t)
    case 'refused':
      // The CMS's `message` is English for programs; its codes say what to tell the visitor.
      return { sent: false, keepValues: true, ...withFormMessage(form.name, { status: answer.status, message: '', errors: answer.errors }, t) }
    case 'unavailable':
      return refuse(503, t.forms.unavailable, true)
  }
}

function rateLimited(form: VisitorForm<{ idempotencyKey: string }>, retryAfterSeconds: number, t: Messages): Outcome {
  const what = form.name === 'inquiry' ? t.inquiry.what : t.comments.what
  const message = t.forms.rateLimited(form.limit.max, what, Math.ceil(retryAfterSeconds / 60))
  return { sent: false, keepValues: true, status: 429, message, errors: {}, retryAfterSeconds }
}

/** Field messages stay with their (visible) fields; the rest (idempotency key, hidden article, a
 *  body that is not an object) becomes the message about the whole form. */
function splitErrors(form: FormName, errors: FieldErrors): { fieldErrors: FieldErrors; formMessage?: string } {
  const visible = new Set<string>(FORM_FIELDS[form])
  const fieldErrors: FieldErrors = {}
  let formMessage: string | undefined
  for (const [field, message] of Object.entries(errors)) {
    if (visible.has(field)) fieldErrors[field] = message
    else formMessage ??= message
  }
  return { fieldErrors, formMessage }
}

function withFormMessage(form: FormName, refusal: Refusal, t: Messages): Refusal {
  const { fieldErrors, formMessage } = splitErrors(form, refusal.errors)
  const message = Object.keys(fieldErrors).length ? t.forms.checkFields : (formMessage && formErrorText(t, formMessage)) || refusal.message || t.forms.checkFields
  return { ...refusal, message, errors: fieldErrors }
}

function answerJson(event: H3Event, form: VisitorForm<{ idempotencyKey: string }>, outcome: Outcome, t: Messages) {
  if (outcome.sent) {
    setResponseStatus(event, outcome.duplicate ? 200 : 201)
    return { ok: true, duplicate: outcome.duplicate, message: (form.name === 'inquiry' ? t.inquiry : t.comments).sentTitle }
  }
  setResponseStatus(event, outcome.status)
  if (outcome.retryAfterSeconds) setResponseHeader(event, 'retry-after', outcome.retryAfterSeconds)
  return { ok: false, message: outcome.message, errors: outcome.errors }
}

async function answerWithRedirect(event: H3Event, form: VisitorForm<{ idempotencyKey: string }>, outcome: Outcome, fields: Record<string, unknown>, t: Messages) {
  const from = getQuery(event).from
  const page = typeof from === 'string' && FORM_RETURN_PATHS[form.name].test(from) ? from : form.fallbackPage(fields)
  const ids = formIds(form.name)
  if (outcome.sent) return sendRedirect(event, `${page}?sent=${form.name}#${ids.sent}`, 303)

  const state: FormState = {
    form: form.name,
    errors: outcome.errors,
    message: Object.keys(outcome.errors).length ? undefined : outcome.message,
    values: outcome.keepValues ? postedValues(form.name, fields) : {},
  }
  if (outcome.retryAfterSeconds) setResponseHeader(event, 'retry-after', outcome.retryAfterSeconds)
  let token: string
  try {
    token = await saveFormState(state)
  } catch (error) {
    // Nowhere to keep the messages for the page: answer with the calm 503 page (phone number,
    // help lines) rather than a redirect that would lose them.
    console.error(`[forms] form-state store unavailable: ${(error as Error).message}`)
    throw createError({ statusCode: 503, statusMessage: t.forms.unavailable })
  }
  return sendRedirect(event, `${page}?form=${token}#${ids.errors}`, 303)
}

/** What the visitor typed, for putting back in place: known fields only, as strings, bounded. */
function postedValues(form: FormName, fields: Record<string, unknown>): FormState['values'] {
  const values: FormState['values'] = {}
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 4000) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined)
  for (const name of FORM_POSTED_FIELDS[form]) {
    const value = fields[name]
    if (Array.isArray(value)) values[name] = value.map(text).filter((item): item is string => item !== undefined).slice(0, 10)
    else {
      const single = text(value)
      if (single !== undefined) values[name] = single
    }
  }
  return values
}

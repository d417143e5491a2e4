// Reads a visitor form's body: an HTML form post (application/x-www-form-urlencoded) or JSON, and
// nothing larger than MAX_BODY_BYTES (counted as it arrives, so a body without a Content-Length,
// or with a false one, is cut off too).
import type { H3Event } from 'h3'
import { en, type Messages } from '#shared/messages/en'

export type FormFields = Record<string, unknown>

export class FormBodyError extends Error {
  constructor(
    readonly statusCode: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

const FORM_TYPE = 'application/x-www-form-urlencoded'
const JSON_TYPE = 'application/json'

/** The media type of the request, without parameters ('application/json; charset=utf-8' → 'application/json'). */
export function requestMediaType(event: H3Event): string {
  return String(event.node.req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase()
}

/** `t`: the messages of the page the form was sent from. */
export async function readFormBody(event: H3Event, maxBytes: number, t: Messages['forms'] = en.forms): Promise<FormFields> {
  const type = requestMediaType(event)
  if (type !== FORM_TYPE && type !== JSON_TYPE) throw new FormBodyError(415, t.unsupported)

  const declared = Number(event.node.req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) throw new FormBodyError(413, t.tooLarge)

  const raw = await readAtMost(event, maxBytes)
  if (raw === null) throw new FormBodyError(413, t.tooLarge)
  const text = raw.toString('utf8')

  if (type === FORM_TYPE) return fromUrlEncoded(text)
  try {
    const parsed: unknown = text.trim() ? JSON.parse(text) : {}
    // A list, a string or a number is not a form; validation says which fields are missing.
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as FormFields) : { form: parsed }
  } catch {
    throw new FormBodyError(400, t.unreadable)
  }
}

/** Repeated names (checkboxes) become lists; a single value stays a string, as the schemas expect. */
function fromUrlEncoded(text: string): FormFields {
  const fields: Record<string, string | string[]> = Object.create(null)
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = fields[name]
    fields[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return { ...fields }
}

/** The body, or null as soon as it grows past `maxBytes` (the rest is not read). */
function readAtMost(event: H3Event, maxBytes: number): Promise<Buffer | null> {
  const request = event.node.req
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        cleanup()
        request.resume() // drain what is still coming; the answer goes out without waiting for it
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve(Buffer.concat(chunks))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
  })
}

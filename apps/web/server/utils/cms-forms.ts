// Hands a validated submission to the CMS (POST /api/inquiries/submit or /api/comments/submit),
// which validates it again, applies its own rate limit and stores it once per idempotency key.
// The CMS only accepts these calls with the shared forms secret, and learns the visitor's address
// from this server (it keeps a keyed hash of it, for its rate limit).
import type { FieldErrors } from '@clinic/forms'

const CMS_TIMEOUT_MS = 8000

export type CmsAnswer =
  | { kind: 'stored'; duplicate: boolean }
  | { kind: 'refused'; status: 400 | 403 | 404; message: string; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

interface CmsError {
  error?: { message?: unknown; details?: { errors?: unknown } }
  meta?: { duplicate?: unknown }
}

export async function submitToCms(path: string, body: Record<string, unknown>, visitor: string): Promise<CmsAnswer> {
  const { cmsUrl, formsSecret } = useRuntimeConfig()
  if (!formsSecret) {
    console.error('[forms] NUXT_FORMS_SECRET is not set: visitor forms cannot reach the CMS')
    return { kind: 'unavailable' }
  }
  let response: Response
  try {
    response = await fetch(`${String(cmsUrl).replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-clinic-forms-secret': String(formsSecret),
        'x-clinic-visitor-address': visitor,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
  } catch (error) {
    // Whether the CMS stored it before the line dropped is unknown: the visitor keeps the same
    // idempotency key, so sending again cannot store it twice.
    console.error(`[forms] ${path}: the CMS did not answer (${(error as Error).name}: ${(error as Error).message})`)
    return { kind: 'unavailable' }
  }

  const answer = (await response.json().catch(() => ({}))) as CmsError
  const status = response.status
  if (status === 200 || status === 201) return { kind: 'stored', duplicate: answer.meta?.duplicate === true }
  if (status === 429) {
    const retryAfterSeconds = Number(response.headers.get('retry-after'))
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : 3600 }
  }
  if (status === 400 || status === 403 || status === 404) {
    const errors = answer.error?.details?.errors
    return {
      kind: 'refused',
      status,
      message: typeof answer.error?.message === 'string' ? answer.error.message : '',
      errors: errors && typeof errors === 'object' ? (errors as FieldErrors) : {},
    }
  }
  // 401 (secrets differ), 413/415 (this server sent something it should not), 5xx: not the
  // visitor's doing. The details go to the log, without the submission.
  console.error(`[forms] ${path}: the CMS answered ${status} ${typeof answer.error?.message === 'string' ? answer.error.message : ''}`)
  return { kind: 'unavailable' }
}

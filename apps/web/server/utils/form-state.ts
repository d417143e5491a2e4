// A refused form post (no JavaScript) is answered with a redirect back to the page, which shows
// the messages and what the visitor typed. Those wait here, in the Nitro storage mount `form-state`,
// under a random token that goes in the URL (?form=<token>) instead of the values themselves:
// names and phone numbers stay out of URLs, logs and history. Read once, then deleted; gone after
// ten minutes either way.
import { randomBytes } from 'node:crypto'
import { FORM_TOKEN_PATTERN, type FormState } from '#shared/forms'

export const FORM_STATE_TTL_SECONDS = 600

interface StoredFormState extends FormState {
  expiresAt: number
}

const keyOf = (token: string) => `state:${token}`

export async function saveFormState(state: FormState): Promise<string> {
  const token = randomBytes(16).toString('base64url')
  await useStorage('form-state').setItem<StoredFormState>(
    keyOf(token),
    { ...state, expiresAt: Date.now() + FORM_STATE_TTL_SECONDS * 1000 },
    { ttl: FORM_STATE_TTL_SECONDS },
  )
  return token
}

/** The state left under `token`, once: it is deleted as it is read. */
export async function takeFormState(token: string): Promise<FormState | null> {
  if (!FORM_TOKEN_PATTERN.test(token)) return null
  const storage = useStorage('form-state')
  let stored: StoredFormState | null
  try {
    stored = await storage.getItem<StoredFormState>(keyOf(token))
    if (stored) await storage.removeItem(keyOf(token))
  } catch (error) {
    // The store (Redis) is down: show the page without the earlier messages rather than fail it.
    console.error(`[forms] form-state store unavailable: ${(error as Error).message}`)
    return null
  }
  if (!stored) return null
  if (stored.expiresAt < Date.now()) return null
  const { expiresAt: _expiresAt, ...state } = stored
  return state
}

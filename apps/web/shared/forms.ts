// What the visitor forms' pages (app/) and their server routes (server/routes/forms/) agree on:
// names, field order, where a form may send the visitor back to, and the idempotency-key
// placeholder that cached pages carry (server/utils/page-variants.ts fills it per response).

export type FormName = 'inquiry' | 'comment'

/** The visible fields of each form, in page order (the error summary follows this order). */
export const FORM_FIELDS = {
  inquiry: ['name', 'contactMethod', 'email', 'phone', 'preferredTimes', 'sessionFormat', 'funding', 'therapist', 'consent'],
  comment: ['displayName', 'body'],
} as const satisfies Record<FormName, readonly string[]>

/** Every field a form posts, visible or not: only these are kept to show the form again. */
export const FORM_POSTED_FIELDS = {
  inquiry: [...FORM_FIELDS.inquiry, 'idempotencyKey', 'language'],
  comment: [...FORM_FIELDS.comment, 'article', 'idempotencyKey', 'language'],
} as const satisfies Record<FormName, readonly string[]>

/** Where each form posts (a Nitro route, so the form works without JavaScript). */
export const FORM_ACTIONS: Record<FormName, string> = {
  inquiry: '/forms/inquiry',
  comment: '/forms/comment',
}

/** The pages a form may send the visitor back to after posting (no open redirect). */
export const FORM_RETURN_PATHS: Record<FormName, RegExp> = {
  inquiry: /^\/(?:contact|therapists\/[a-z0-9-]{1,80}|fr\/contact|fr\/therapeutes\/[a-z0-9-]{1,80})$/,
  comment: /^\/(?:fr\/)?articles\/[a-z0-9-]{1,120}$/,
}

/** The action URL of a form shown on `page`: the server sends the visitor back there. */
export function formAction(form: FormName, page: string): string {
  return `${FORM_ACTIONS[form]}?from=${encodeURIComponent(page)}`
}

/**
 * Stands in for the idempotency key in rendered (and cached) HTML. It is not a UUID, so a page
 * whose placeholder was somehow not replaced cannot store anything: validation refuses it.
 */
export const FORM_KEY_PLACEHOLDER = '@@clinic-form-key@@'

/** The ?form= token under which a refused post's messages and values wait (server/utils/form-state.ts). */
export const FORM_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** What a refused form post leaves for the page that shows the form again. */
export interface FormState {
  form: FormName
  /** One message per visible field. */
  errors: Record<string, string>
  /** A message about the whole form (rate limit, CMS down, too large...). */
  message?: string
  /** What the visitor typed, as posted (so it can be put back in place). */
  values: Record<string, string | string[]>
}

/** Element ids used by the pages, the server's redirects (#anchors) and public/js/forms.js. */
export const formIds = (form: FormName) => ({
  section: `${form}-section`,
  form: `${form}-form`,
  errors: `${form}-errors`,
  sent: `${form}-sent`,
  field: (name: string) => `${form}-${name}`,
  hint: (name: string) => `${form}-${name}-hint`,
  error: (name: string) => `${form}-${name}-error`,
})

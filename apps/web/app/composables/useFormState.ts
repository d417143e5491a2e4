import { FORM_FIELDS, FORM_KEY_PLACEHOLDER, formIds, type FormName, type FormState } from '#shared/forms'

export interface FormView {
  /** The page was reached after this form was sent (?sent=<form>). */
  sent: boolean
  errors: Record<string, string>
  message?: string
  /** What the visitor typed, when the form is shown again after a refused post. */
  values: FormState['values']
  /** The idempotency key to render: the posted one when shown again, else the per-response placeholder. */
  idempotencyKey: string
  ids: ReturnType<typeof formIds>
  /** aria-describedby of a field's control (or fieldset): its hint, then its message. */
  describedBy(field: string, hint?: boolean): string | undefined
  /** A posted text value ('' when none). */
  text(field: string): string
  /** Was this option posted for this field (radio, checkbox, select)? */
  chose(field: string, option: string): boolean
  /** The error summary's links, in field order; `labels` names each field, `targets` overrides the link target. */
  summary(labels: Record<string, string>, targets?: Record<string, string>): { target: string; text: string }[]
}

/** "Your name: Please…" ("Votre nom : Veuillez…"), but "How would you like to meet? Please…" (public/js/forms.js does the same). */
const summaryLine = (label: string, message: string, colon: string) => (label.endsWith('?') ? `${label} ${message}` : `${label}${colon}${message}`)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * What a form shows on this render: empty, sent, or refused with messages and values. Pages render
 * on the server only; a refused post's state was read by server/middleware/form-state.ts.
 */
export function useFormState(form: FormName): FormView {
  const route = useRoute()
  const state = import.meta.server ? (useRequestEvent()?.context.formState as FormState | null | undefined) : undefined
  const mine = state?.form === form ? state : undefined
  const posted = mine?.values.idempotencyKey
  const errors = mine?.errors ?? {}
  const values = mine?.values ?? {}
  const ids = formIds(form)
  const { colon } = useMessages().site
  return {
    sent: route.query.sent === form,
    errors,
    message: mine?.message,
    values,
    ids,
    describedBy: (field, hint = false) => [hint ? ids.hint(field) : '', errors[field] ? ids.error(field) : ''].filter(Boolean).join(' ') || undefined,
    text: (field) => {
      const value = values[field]
      return typeof value === 'string' ? value : ''
    },
    chose: (field, option) => {
      const value = values[field]
      return Array.isArray(value) ? value.includes(option) : value === option
    },
    summary: (labels, targets = {}) =>
      (FORM_FIELDS[form] as readonly string[])
        .filter((field) => errors[field])
        .map((field) => ({ target: targets[field] ?? ids.field(field), text: summaryLine(labels[field] ?? field, errors[field]!, colon) })),
    // Shown again after a refusal: keep the same key, so that a retry after a lost answer from
    // the CMS cannot store the request twice.
    idempotencyKey: typeof posted === 'string' && UUID.test(posted) ? posted : FORM_KEY_PLACEHOLDER,
  }
}

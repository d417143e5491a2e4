// The message catalogue of each language, and what a form error code says in it.
import { parseFormError } from '@clinic/forms'
import type { SiteLocale } from '../i18n'
import { en, type Messages } from './en'
import { fr } from './fr'

export type { HelpLine, Messages } from './en'

const catalogues: Record<SiteLocale, Messages> = { en, fr }

export function messagesFor(locale: SiteLocale): Messages {
  return catalogues[locale]
}

/** The words for a @clinic/forms error code (`consent`, `tooLong:100`…); unknown codes get the general message. */
export function formErrorText(t: Messages, code: string): string {
  const { code: name, max } = parseFormError(code)
  const entry = (t.formErrors as Record<string, string | ((max: number) => string) | undefined>)[name]
  if (typeof entry === 'function') return entry(max ?? 0)
  return entry ?? t.forms.checkFields
}

/** Every field's code as words. */
export function formErrorTexts(t: Messages, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, formErrorText(t, code)]))
}

import { z } from 'zod';
import { formErrors as m, LANGUAGES } from './messages.js';

// C0/C1 control characters other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Something that looks like an HTML tag or comment: "<b>", "</p>", "<!--", "<script".
const MARKUP = /<\s*[a-zA-Z!/?]/;

/** Free text a visitor types: trimmed, bounded, no control characters, no markup. */
export function plainText(max: number, { multiline = false, requiredMessage = m.required as string } = {}) {
  return z
    .string({ error: requiredMessage })
    .transform((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value.replace(/\s+/g, ' ')).trim())
    .pipe(
      z
        .string()
        .min(1, { error: requiredMessage })
        .max(max, { error: m.tooLong(max) })
        .refine((value) => !CONTROL.test(value), { error: m.controlCharacters })
        .refine((value) => !MARKUP.test(value), { error: m.markup })
        .refine((value) => multiline || !/[\n\r\t]/.test(value), { error: m.controlCharacters }),
    );
}

/** An HTML form sends a single checkbox as a string and several as an array. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** Checkbox values from a form post or JSON. */
export const checked = z.preprocess(
  (value) => value === true || value === 'true' || value === 'on' || value === 'yes' || value === '1',
  z.boolean(),
);

/** The honeypot: a field people never see and bots fill in. */
export const honeypot = z
  .string()
  .optional()
  .refine((value) => !value, { error: m.honeypot });

export const idempotencyKey = z.uuid({ error: m.idempotencyKey });

/** Empty strings from unfilled form fields count as "not given". */
export const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The language of the page the form was sent from (a hidden field the website sets); English if absent. */
export const language = z.preprocess(emptyToUndefined, z.enum(LANGUAGES, { error: m.language }).default('en'));

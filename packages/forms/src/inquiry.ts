import { z } from 'zod';
import { formErrors as m } from './messages.js';
import { checked, emptyToUndefined, honeypot, idempotencyKey, language, listOf, plainText } from './text-rules.js';

// A consultation request. Deliberately no free-text box: people must never be led to write
// about their health here (PHIPA: collect the minimum).
export const CONTACT_METHODS = ['email', 'phone'] as const;
export const PREFERRED_TIMES = ['weekday_mornings', 'weekday_afternoons', 'weekday_evenings', 'weekends'] as const;
export const SESSION_FORMATS = ['video', 'phone'] as const;
export const FUNDING_OPTIONS = ['private', 'benefits', 'nihb', 'jordans_principle', 'not_sure'] as const;

export const INQUIRY_LIMITS = { name: 100, email: 254, phone: 25 } as const;

const phoneNumber = z
  .string()
  .trim()
  .max(INQUIRY_LIMITS.phone, { error: m.phone })
  .refine((value) => /^[0-9+().\-\s]+$/.test(value) && value.replace(/\D/g, '').length >= 7, { error: m.phone });

// The fields on their own; the rules across fields follow below.
const inquiryFields = z.object({
  name: plainText(INQUIRY_LIMITS.name, { requiredMessage: m.name }),
  contactMethod: z.enum(CONTACT_METHODS, { error: m.contactMethod }),
  email: z.preprocess(emptyToUndefined, z.string().trim().max(INQUIRY_LIMITS.email, { error: m.email }).pipe(z.email({ error: m.email })).optional()),
  phone: z.preprocess(emptyToUndefined, phoneNumber.optional()),
  preferredTimes: listOf(z.enum(PREFERRED_TIMES, { error: m.preferredTimes })).refine((times) => new Set(times).size === times.length, { error: m.preferredTimes }),
  sessionFormat: z.enum(SESSION_FORMATS, { error: m.sessionFormat }),
  funding: z.enum(FUNDING_OPTIONS, { error: m.funding }),
  therapist: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9-]{1,80}$/, { error: m.therapist }).optional()),
  consent: checked.refine((value) => value, { error: m.consent }),
  language,
  website: honeypot,
  idempotencyKey,
});

const contactFields = inquiryFields.pick({ contactMethod: true, email: true, phone: true });

export const inquirySchema = inquiryFields
  .superRefine(
    (value, ctx) => {
      // Only the detail for the chosen method is required.
      if (value.contactMethod === 'email' && !value.email) ctx.addIssue({ code: 'custom', path: ['email'], message: m.email });
      if (value.contactMethod === 'phone' && !value.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: m.phone });
    },
    // Run this check even when unrelated fields failed, so every message shows at once.
    { when: (payload) => contactFields.safeParse(payload.value).success },
  )
  .transform(({ website: _honeypot, ...value }) => ({
    ...value,
    // Keep only the detail the visitor chose: the other one is not needed, so not stored.
    email: value.contactMethod === 'email' ? value.email : undefined,
    phone: value.contactMethod === 'phone' ? value.phone : undefined,
  }));

export type InquiryInput = z.input<typeof inquirySchema>;
export type Inquiry = z.output<typeof inquirySchema>;

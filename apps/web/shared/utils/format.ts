// Formatting shared by pages and server routes (feed, sitemap). Locale-aware so that the French
// version only passes another locale.

const CLINIC_TIME_ZONE = 'America/Toronto'

/** A calendar date ('2026-03-14') or a timestamp, as words: "March 14, 2026". */
export function formatDate(value: string | null | undefined, locale = 'en-CA'): string {
  if (!value) return ''
  // A date-only value is a calendar day: format it in UTC so no time zone moves it a day back.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : CLINIC_TIME_ZONE,
  }).format(date)
}

/** The date part (YYYY-MM-DD) of a date or timestamp, for <time datetime> and JSON-LD. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value)
  return match ? match[0] : undefined
}

/** Strapi time ('09:00:00.000') as a clock time in words: "9:00 a.m.". */
export function formatTime(value: string | null | undefined, locale = 'en-CA'): string {
  const match = value ? /^(\d{2}):(\d{2})/.exec(value) : null
  if (!match) return ''
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])))
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date)
}

/** Strapi time as schema.org wants it: 'HH:mm'. */
export function shortTime(value: string | null | undefined): string | undefined {
  const match = value ? /^(\d{2}):(\d{2})/.exec(value) : null
  return match ? `${match[1]}:${match[2]}` : undefined
}

/** A phone number as a tel: link ('705-535-1639' → 'tel:+17055351639'; '988' → 'tel:988'). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (/^\d{10}$/.test(digits)) return `tel:+1${digits}`
  if (/^1\d{10}$/.test(digits)) return `tel:+${digits}`
  return `tel:${digits}`
}

/** A number that takes text messages, as an sms: link. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/[^\d+]/g, '')}`
}

/** A Strapi uid (slug): letters, digits and - _ . ~ only. Anything else is not a page of ours. */
export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._~-]{1,160}$/.test(value)
}

/** Only web, mail and phone links from the CMS become links; `javascript:` and friends do not. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (/^(?:\/(?!\/)|#)/.test(trimmed)) return trimmed
  if (/^(?:https?:\/\/|mailto:|tel:|sms:)/i.test(trimmed)) return trimmed
  return undefined
}

/** Is this a link to another site (so it gets rel="noopener")? */
export function isExternalHref(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

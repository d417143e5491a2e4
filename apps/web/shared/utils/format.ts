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
  return formatter(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : CLINIC_TIME_ZONE }).format(date)
}

// Making an Intl.DateTimeFormat is the costly part (every page lists the week's opening hours, an
// article several dates; making them was 6% of a page's render): one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    // Locales come from the site's own two, but a bad caller must not grow this without bound.
    if (formatters.size < 32) formatters.set(key, format)
  }
  return format
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
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date)
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

// Links written by staff in the CMS. What matters is where the BROWSER goes, so each link is read
// with the WHATWG URL parser (the browser's own rules: leading control characters and spaces are
// stripped, tabs and newlines inside are dropped, `\` counts as `/` in web URLs). `//evil.example`
// and `/\evil.example` are links to another host, not paths of this site.
const SITE = 'https://this-site.invalid'
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:'])

export interface SafeLink {
  /** The link as the browser will read it (normalised by the URL parser). */
  href: string
  /** Another site: the link gets rel="noopener noreferrer". */
  external: boolean
}

/**
 * A staff-written link made safe to render, or undefined when it must not be a link: only web,
 * mail, phone and text-message links; never `javascript:`, `data:`, `vbscript:` or any other
 * scheme, nor a web address with a user name in it (`https://988.ca@evil.example`).
 */
export function safeLink(url: string | null | undefined): SafeLink | undefined {
  if (typeof url !== 'string') return undefined
  // What the parser itself ignores, removed first so the checks below see what the browser sees.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  // A link is absolute (a scheme), site-absolute (/ or \) or an anchor on this page; a relative
  // path ("articles/x") would mean something else on every page it appears on.
  if (!/^(?:[a-z][a-z\d+.-]*:|[/\\#])/i.test(cleaned)) return undefined
  let parsed: URL
  try {
    parsed = new URL(cleaned, `${SITE}/`)
  } catch {
    return undefined
  }
  if (cleaned.startsWith('#')) return { href: parsed.hash || '#', external: false }
  if (!LINK_SCHEMES.has(parsed.protocol)) return undefined
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    if (parsed.username || parsed.password) return undefined
    if (parsed.origin === SITE) {
      if (startsWithEncodedHost(parsed.pathname)) return undefined
      return { href: `${parsed.pathname}${parsed.search}${parsed.hash}`, external: false }
    }
    return { href: parsed.href, external: true }
  }
  return { href: parsed.href, external: false }
}

/**
 * `/%2F%2Fevil.example`, `/%5Cevil.example` (once or twice encoded) are paths to the browser but a
 * host to any server or router that decodes before redirecting: not pages of ours.
 */
function startsWithEncodedHost(pathname: string): boolean {
  let path = pathname
  for (let round = 0; round < 3; round += 1) {
    if (/^\/[/\\]/.test(path)) return true
    let decoded: string
    try {
      decoded = decodeURIComponent(path)
    } catch {
      return true // broken escapes: no page of ours has them
    }
    if (decoded === path) return false
    path = decoded
  }
  return true
}

/** The href of a staff-written link, or undefined when it must not become a link (see safeLink). */
export function safeHref(url: string | null | undefined): string | undefined {
  return safeLink(url)?.href
}

/** Is this a link to another site (so it gets rel="noopener noreferrer")? */
export function isExternalHref(url: string): boolean {
  return safeLink(url)?.external ?? false
}

/** The rel every link to another site carries: no window.opener, no Referer. */
export const EXTERNAL_REL = 'noopener noreferrer'

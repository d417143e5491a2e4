import { createHmac, timingSafeEqual } from 'node:crypto'

// The CMS's "content changed" notices (apps/cms/src/site/revalidate-site.ts), signed like Stripe's
// webhooks so a captured notice is worth nothing later:
//   x-clinic-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// The timestamp is inside the signed text, so it cannot be changed; a notice dated outside the
// window is refused, and one already accepted is refused by the route (server/api/revalidate.post.ts).

/** How far a notice's timestamp may be from this server's clock, either way. */
export const NOTICE_TOLERANCE_SECONDS = 300

export type NoticeCheck =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; problem: 'missing' | 'malformed' | 'signature' | 'window'; message: string }

const FORMAT = 'x-clinic-signature must be "t=<unix seconds>,v1=<hex HMAC-SHA256 of t.body>"'

/**
 * Checks a notice's x-clinic-signature against the raw body, in constant time, then its timestamp
 * against `now` (the signature first: an unsigned request learns nothing about the window).
 */
export function checkNoticeSignature(
  rawBody: Buffer | string,
  header: string | undefined,
  secret: string,
  now: Date = new Date(),
): NoticeCheck {
  if (!secret) return { ok: false, problem: 'signature', message: 'Invalid signature' }
  if (!header?.trim()) return { ok: false, problem: 'missing', message: `Missing signature: ${FORMAT}` }

  const parts = new Map<string, string[]>()
  for (const part of header.split(',')) {
    const at = part.indexOf('=')
    if (at <= 0) return { ok: false, problem: 'malformed', message: `Malformed signature: ${FORMAT}` }
    const key = part.slice(0, at).trim()
    parts.set(key, [...(parts.get(key) ?? []), part.slice(at + 1).trim()])
  }
  const timestamps = parts.get('t') ?? []
  const signatures = (parts.get('v1') ?? []).map((value) => value.toLowerCase())
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0]!) || !signatures.length) {
    return { ok: false, problem: 'malformed', message: `Malformed signature: ${FORMAT}` }
  }
  const timestamp = Number(timestamps[0])

  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest()
  // Several v1 values are allowed (a secret being rotated signs with both), as with Stripe.
  const signature = signatures.find((given) => /^[0-9a-f]{64}$/.test(given) && timingSafeEqual(expected, Buffer.from(given, 'hex')))
  if (!signature) return { ok: false, problem: 'signature', message: 'Invalid signature' }

  const skew = Math.floor(now.getTime() / 1000) - timestamp
  if (Math.abs(skew) > NOTICE_TOLERANCE_SECONDS) {
    const dated = new Date(timestamp * 1000).toISOString()
    return {
      ok: false,
      problem: 'window',
      // (Plain ASCII: h3 drops other characters from the HTTP status text.)
      message: `Notice dated ${dated} is not within ${NOTICE_TOLERANCE_SECONDS / 60} minutes of this server's clock: refused`,
    }
  }
  return { ok: true, timestamp, signature }
}

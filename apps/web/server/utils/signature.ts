import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Checks `x-clinic-signature`: the hex HMAC-SHA256 of the raw request body with the shared secret
 * (NUXT_REVALIDATE_SECRET here, the same secret on the CMS side). Constant-time comparison.
 */
export function isValidSignature(rawBody: Buffer | string, signature: string | undefined, secret: string): boolean {
  if (!secret || !signature) return false
  const given = signature.trim().replace(/^sha256=/i, '').toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(given)) return false
  const expected = createHmac('sha256', secret).update(rawBody).digest()
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}

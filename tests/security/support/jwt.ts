// HS256 JWTs as an attacker (or an old, leaked token) would present them. The suite knows the
// servers' secrets only to make tokens that are *almost* right: expired, for another audience,
// for another document; each must still be refused.
import { createHmac, hkdfSync } from 'node:crypto'

export function signJwt(claims: Record<string, unknown>, key: string | Uint8Array, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part(header)}.${part(claims)}`
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`
}

/** The preview-token key both servers derive from PREVIEW_SECRET (apps/cms/src/preview/preview-tokens.ts). */
export const previewKey = (secret: string) => new Uint8Array(hkdfSync('sha256', secret, 'clinic-preview', 'preview tokens v1', 32))

export const nowSeconds = () => Math.floor(Date.now() / 1000)

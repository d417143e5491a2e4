// The website's half of draft previews (the CMS's half: apps/cms/src/preview/preview-tokens.ts, with
// the same key derivation and claim names: change both together). JWTs signed with HMAC-SHA256
// (jose) under a key derived from NUXT_PREVIEW_SECRET, which only the two servers hold:
//
// - a preview LINK, made by the CMS for one document and its page, 15 minutes: checked here.
// - a preview SESSION, made here when a link is opened: the HttpOnly cookie that shows that one
//   document's preview for 30 minutes, so the link need not stay in the address bar.
// - a DRAFT READ, made here for one render and sent to the CMS in `x-clinic-draft-read`: lets that
//   request read that one document's draft for two minutes. It never reaches a browser.
// Each kind has its own audience, so none can stand in for another.
import { hkdfSync } from 'node:crypto'
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose'

export const DRAFT_READ_HEADER = 'x-clinic-draft-read'
export const PREVIEW_LINK_MINUTES = 15
export const PREVIEW_SESSION_MINUTES = 30
const DRAFT_READ_SECONDS = 120
/** The longest any preview token may live, whatever its exp says. */
const MAX_TOKEN_AGE = '30m'

const AUDIENCE = { link: 'clinic-preview-link', session: 'clinic-preview-session', draftRead: 'clinic-draft-read' } as const
const ISSUER = { link: 'clinic-cms', session: 'clinic-web', draftRead: 'clinic-web' } as const

export type PreviewStatus = 'draft' | 'published'

/** The one document (and its page on this site) a preview is for. */
export interface PreviewDocument {
  type: string
  documentId: string
  status: PreviewStatus
  locale?: string
  path: string
}

export type PreviewTokenCheck = { ok: true; document: PreviewDocument } | { ok: false; expired: boolean; reason: string }

/** Strapi document ids: letters and digits. */
export const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/

function tokenKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'clinic-preview', 'preview tokens v1', 32))
}

function sign(kind: 'session' | 'draftRead', document: PreviewDocument, secret: string, seconds: number): Promise<string> {
  const claims: JWTPayload = { type: document.type, documentId: document.documentId, status: document.status, locale: document.locale, path: document.path }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER[kind])
    .setAudience(AUDIENCE[kind])
    .setIssuedAt()
    .setExpirationTime(`${seconds}s`)
    .sign(tokenKey(secret))
}

async function verify(kind: 'link' | 'session', token: unknown, secret: string): Promise<PreviewTokenCheck> {
  if (typeof token !== 'string' || !token) return { ok: false, expired: false, reason: 'no token' }
  try {
    const { payload } = await jwtVerify(token, tokenKey(secret), {
      algorithms: ['HS256'],
      audience: AUDIENCE[kind],
      issuer: ISSUER[kind],
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: MAX_TOKEN_AGE,
    })
    const document = previewDocumentOf(payload)
    return document ? { ok: true, document } : { ok: false, expired: false, reason: 'the token does not name one page' }
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, expired: true, reason: 'it has expired' }
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, expired: false, reason: 'its signature is invalid' }
    if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, expired: false, reason: `it is not valid here (${error.claim})` }
    return { ok: false, expired: false, reason: 'it is malformed' }
  }
}

function previewDocumentOf(payload: JWTPayload): PreviewDocument | null {
  const { type, documentId, status, locale, path } = payload as Record<string, unknown>
  if (typeof type !== 'string' || !type.startsWith('api::')) return null
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) return null
  if (status !== 'draft' && status !== 'published') return null
  if (locale !== undefined && typeof locale !== 'string') return null
  const target = previewTarget(type, locale, path)
  if (!target) return null
  return { type, documentId, status, locale, path: target }
}

/** Checks the token of a preview link made by the CMS. */
export const verifyPreviewLink = (token: unknown, secret: string) => verify('link', token, secret)

/** Checks the preview-session cookie this site set. */
export const verifyPreviewSession = (token: unknown, secret: string) => verify('session', token, secret)

/** The value of the preview-session cookie for one document. */
export const signPreviewSession = (document: PreviewDocument, secret: string) => sign('session', document, secret, PREVIEW_SESSION_MINUTES * 60)

/** The x-clinic-draft-read token one render sends the CMS to read this document's draft. */
export const signDraftRead = (document: PreviewDocument, secret: string) => sign('draftRead', document, secret, DRAFT_READ_SECONDS)

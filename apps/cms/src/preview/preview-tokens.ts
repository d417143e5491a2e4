import { hkdfSync } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

// Draft previews without a master key in any URL. Two kinds of short-lived token, both JWTs signed
// with HMAC-SHA256 (jose) under a key derived from PREVIEW_SECRET, which only the CMS and the
// website's servers hold:
//
// - a preview LINK (made here, for the admin's preview panel; travels through staff's browsers):
//   names one document (type, documentId, locale, status) and its page, and expires in 15 minutes.
//   The website checks it and shows that one page (apps/web/server/utils/preview-tokens.ts).
// - a DRAFT READ (made by the website's server, sent to this CMS in `x-clinic-draft-read`, never
//   seen by a browser): lets that one request read that one document's draft, for two minutes
//   (src/content-api/draft-guard.ts). A preview link is not a draft read, nor the reverse: each
//   kind has its own audience.
//
// The website's file has the same key derivation and claim names: change both together.

export const PREVIEW_LINK_AUDIENCE = 'clinic-preview-link';
export const DRAFT_READ_AUDIENCE = 'clinic-draft-read';
export const DRAFT_READ_HEADER = 'x-clinic-draft-read';
export const PREVIEW_LINK_MINUTES = 15;
/** The longest any preview token may live, whatever its exp says. */
const MAX_TOKEN_AGE = '30m';

export type PreviewStatus = 'draft' | 'published';

/** The one document a token is for. */
export interface PreviewDocument {
  type: string;
  documentId: string;
  status: PreviewStatus;
  locale?: string;
}

export type DraftReadCheck = { ok: true; document: PreviewDocument } | { ok: false; message: string };

function tokenKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'clinic-preview', 'preview tokens v1', 32));
}

/** The token of a preview link for one document's page on the website. */
export async function signPreviewLink(document: PreviewDocument & { path: string }, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ type: document.type, documentId: document.documentId, status: document.status, locale: document.locale, path: document.path })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('clinic-cms')
    .setAudience(PREVIEW_LINK_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PREVIEW_LINK_MINUTES * 60)
    .sign(tokenKey(secret));
}

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** Checks an `x-clinic-draft-read` token from the website's server: which document it may read. */
export async function verifyDraftRead(token: string, secret: string | undefined): Promise<DraftReadCheck> {
  if (!secret) return { ok: false, message: 'Draft reads are not configured on this CMS (PREVIEW_SECRET)' };
  try {
    const { payload } = await jwtVerify(token, tokenKey(secret), {
      algorithms: ['HS256'],
      audience: DRAFT_READ_AUDIENCE,
      issuer: 'clinic-web',
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: MAX_TOKEN_AGE,
    });
    const { type, documentId, status, locale } = payload as Record<string, unknown>;
    if (typeof type !== 'string' || !type.startsWith('api::') || typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId) || (status !== 'draft' && status !== 'published') || (locale !== undefined && typeof locale !== 'string')) {
      return { ok: false, message: `${DRAFT_READ_HEADER}: the token does not name one document` };
    }
    return { ok: true, document: { type, documentId, status, locale } };
  } catch (error) {
    return { ok: false, message: `${DRAFT_READ_HEADER}: ${describeTokenError(error)}` };
  }
}

/** A plain reason for a refused token (never the token or the key). */
export function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token is not valid here (${error.claim})`;
  return 'the token is malformed';
}

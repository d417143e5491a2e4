import type { Core, UID } from '@strapi/strapi';
import { isHoneypotOnly, validate, type FieldErrors, type RateLimit } from '@clinic/forms';
import type { z } from 'zod';
import { sendError } from '../utils/error-response';
import { visitorHash } from './visitor';

// The steps every visitor submission goes through in the CMS, in order: validate (the same
// schema as the website), honeypot, idempotency, per-address rate limit, then store once.
// Field problems travel as @clinic/forms error CODES (`details.errors`), never as sentences: the
// website words them in the visitor's language. `message` is a plain English summary for programs.

type Uid = 'api::inquiry.inquiry' | 'api::comment.comment';

export function badRequest(ctx: any, message: string, errors: FieldErrors) {
  sendError(ctx, 400, 'ValidationError', message, { errors });
}

function tooMany(ctx: any, retryAfterSeconds: number, message: string) {
  ctx.set('Retry-After', String(retryAfterSeconds));
  // `code` for the website, which words it in the visitor's language (with the clinic's phone number).
  sendError(ctx, 429, 'TooManyRequests', message, { code: 'rateLimited', retryAfterSeconds });
}

export function parseOr400<S extends z.ZodType>(ctx: any, schema: S): z.output<S> | null {
  const result = validate(schema, ctx.request.body);
  if (result.ok) return result.data;
  if (isHoneypotOnly(result.errors)) badRequest(ctx, 'Your message could not be sent.', {});
  else badRequest(ctx, 'Please check the highlighted fields.', result.errors);
  return null;
}

async function findByKey(strapi: Core.Strapi, uid: Uid, idempotencyKey: string) {
  return strapi.db.query(uid as UID.ContentType).findOne({ where: { idempotencyKey }, select: ['documentId'] });
}

/** Returns false (and answers 429) when this address sent `limit.max` in the window. */
export async function withinRateLimit(strapi: Core.Strapi, ctx: any, uid: Uid, limit: RateLimit, what: string) {
  const since = new Date(Date.now() - limit.windowSeconds * 1000);
  const recent = await strapi.db.query(uid as UID.ContentType).findMany({
    where: { submitterHash: visitorHash(ctx), createdAt: { $gte: since.toISOString() } },
    select: ['createdAt'],
    orderBy: { createdAt: 'asc' },
    limit: limit.max,
  });
  if (recent.length < limit.max) return true;
  const oldest = new Date(recent[0].createdAt).getTime();
  const retryAfter = Math.max(1, Math.ceil((oldest + limit.windowSeconds * 1000 - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  tooMany(ctx, retryAfter, `You have sent ${limit.max} ${what} in the last hour. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  return false;
}

// Concurrent submissions with the same key (a double click, a retried request) must store one
// row: the unique index below is the guarantee; this per-process lock spares the second
// insert in the common case.
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Stores the entry once per idempotency key. Answers 201 for the first submission and 200
 * with `duplicate: true` for any repeat, so the visitor sees the same confirmation.
 */
export async function storeOnce(strapi: Core.Strapi, ctx: any, uid: Uid, idempotencyKey: string, data: Record<string, unknown>) {
  const lockKey = `${uid}:${idempotencyKey}`;
  while (inFlight.has(lockKey)) await inFlight.get(lockKey)!.catch(() => undefined);

  const existing = await findByKey(strapi, uid, idempotencyKey);
  if (existing) return respondStored(ctx, 200, true);

  const work = strapi.documents(uid).create({ data: { ...data, idempotencyKey, submitterHash: visitorHash(ctx) } as any });
  inFlight.set(lockKey, work);
  try {
    await work;
  } catch (error) {
    // Another instance stored the same key first (unique index): that is a duplicate, not an error.
    if (await findByKey(strapi, uid, idempotencyKey)) return respondStored(ctx, 200, true);
    throw error;
  } finally {
    inFlight.delete(lockKey);
  }
  return respondStored(ctx, 201, false);
}

function respondStored(ctx: any, status: number, duplicate: boolean) {
  ctx.status = status;
  ctx.body = { data: { received: true }, meta: { duplicate } };
  return duplicate;
}

/** Unique indexes that make "stored exactly once" hold across processes and servers. */
export async function ensureIdempotencyIndexes(strapi: Core.Strapi) {
  for (const table of ['inquiries', 'comments']) {
    await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_idempotency_key_unique ON ${table} (idempotency_key)`);
  }
}

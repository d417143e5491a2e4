import { timingSafeEqual } from 'node:crypto';
import { MAX_BODY_BYTES } from '@clinic/forms';

// In front of the visitor-form endpoints: only the website's server (which holds
// FORMS_SECRET) may call them, with a small JSON body. Runs before the body is parsed.

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export default () => async (ctx: any, next: () => Promise<void>) => {
  const expected = process.env.FORMS_SECRET;
  if (!expected) return ctx.throw(503, 'Visitor forms are not configured (FORMS_SECRET is not set).');
  const given = ctx.get('x-clinic-forms-secret');
  if (!given || !sameSecret(given, expected)) return ctx.unauthorized('This endpoint only accepts submissions from the clinic website.');
  if (!ctx.is('application/json')) {
    ctx.status = 415;
    ctx.body = { data: null, error: { status: 415, name: 'UnsupportedMediaType', message: 'Send the form as application/json.' } };
    return;
  }
  const length = Number(ctx.get('content-length') || 0);
  if (length > MAX_BODY_BYTES) {
    ctx.status = 413;
    ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLarge', message: `The form is larger than ${MAX_BODY_BYTES / 1024} KB.` } };
    return;
  }
  return next();
};

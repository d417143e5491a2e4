import { MAX_BODY_BYTES } from '@clinic/forms';
import { sendError } from '../utils/error-response';
import { matchesSecret } from '../utils/secrets';

// In front of the visitor-form endpoints: only the website's server (which holds
// FORMS_SECRET) may call them, with a small JSON body. Runs before the body is parsed.

export default () => async (ctx: any, next: () => Promise<void>) => {
  const expected = process.env.FORMS_SECRET;
  if (!expected) return ctx.throw(503, 'Visitor forms are not configured (FORMS_SECRET is not set).');
  if (!matchesSecret(ctx.get('x-clinic-forms-secret'), expected)) return ctx.unauthorized('This endpoint only accepts submissions from the clinic website.');
  if (!ctx.is('application/json')) return sendError(ctx, 415, 'UnsupportedMediaType', 'Send the form as application/json.');
  const length = Number(ctx.get('content-length') || 0);
  if (length > MAX_BODY_BYTES) return sendError(ctx, 413, 'PayloadTooLarge', `The form is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  return next();
};

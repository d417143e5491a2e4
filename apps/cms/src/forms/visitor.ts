import { createHmac } from 'node:crypto';

/**
 * The visitor's address as the website saw it (the website forwards it; only trusted because
 * the request carried FORMS_SECRET), reduced to a keyed hash: enough to rate-limit, useless
 * for identifying anyone, and never stored in the clear.
 */
export function visitorHash(ctx: any): string {
  const forwarded = String(ctx.get('x-clinic-visitor-address') || '').trim();
  const address = forwarded || ctx.request.ip || 'unknown';
  return createHmac('sha256', process.env.FORMS_SECRET ?? '').update(address).digest('hex').slice(0, 40);
}

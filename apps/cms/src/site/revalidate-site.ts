import { createHmac, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

// Tells the website to drop cached pages when content changes, so a publish shows within
// seconds without a rebuild. Set up in code (not as an admin webhook) so every fresh install
// has it. Signed like Stripe's webhooks, with REVALIDATE_SECRET:
//   x-clinic-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// The website refuses a notice dated outside ±5 minutes of its clock, and one it already took
// (apps/web/server/utils/signature.ts): a captured notice cannot be replayed.
export const CONTENT_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

/** The x-clinic-signature header for a notice body sent at `now`. */
export function signNotice(body: string, secret: string, now: Date = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export function registerSiteRevalidation(strapi: Core.Strapi) {
  const webUrl = (process.env.WEB_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) {
    strapi.log.warn('REVALIDATE_SECRET is not set: the website will not be told about content changes.');
    return;
  }

  for (const event of CONTENT_EVENTS) {
    strapi.eventHub.on(event, async (payload: any) => {
      const uid: string | undefined = payload?.uid;
      if (!uid?.startsWith('api::')) return; // users, admin, uploads: nothing on the site changes
      if (uid === 'api::inquiry.inquiry') return; // requests never appear on the site
      if (uid === 'api::comment.comment' && event === 'entry.create') return; // new comments are pending
      const body = JSON.stringify({
        id: randomUUID(), // two notices are never the same bytes, so neither is taken for a replay
        event,
        model: payload.model,
        uid,
        documentId: payload.entry?.documentId,
        slug: payload.entry?.slug,
        createdAt: new Date().toISOString(),
      });
      try {
        const response = await fetch(`${webUrl}/api/revalidate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clinic-signature': signNotice(body, secret) },
          body,
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) strapi.log.warn(`Website revalidation answered ${response.status} for ${event} ${uid}.`);
      } catch (error) {
        // The site may be down or not started yet; its pages expire on their own.
        strapi.log.debug(`Website revalidation failed for ${event} ${uid}: ${(error as Error).message}`);
      }
    });
  }
}

import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';

// Tells the website to drop cached pages when content changes, so a publish shows within
// seconds without a rebuild. Set up in code (not as an admin webhook) so every fresh install
// has it. The body is signed with REVALIDATE_SECRET (hex HMAC-SHA256 in x-clinic-signature).
export const CONTENT_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

export function signBody(body: string, secret: string) {
  return createHmac('sha256', secret).update(body).digest('hex');
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
          headers: { 'content-type': 'application/json', 'x-clinic-signature': signBody(body, secret) },
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

import type { Core } from '@strapi/strapi';

// Strapi's own home-page widgets ("Last edited entries", "Last published entries") title each
// entry with its type's main field: for a consultation request the visitor's name, for a
// comment the commenter's. The home page must show nothing personal, so in that one answer
// those entries are titled by their type instead ("Consultation request"). The main field
// itself stays the name, so the edit view's heading and relation pickers still read well.
const PERSONAL_TYPES = new Set(['api::inquiry.inquiry', 'api::comment.comment']);
const RECENT_DOCUMENTS = '/content-manager/homepage/recent-documents';

export function registerHomePrivacy(strapi: Core.Strapi) {
  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    await next();
    if (ctx.path !== RECENT_DOCUMENTS || !Array.isArray(ctx.body?.data)) return;
    ctx.body.data = ctx.body.data.map((entry: any) =>
      PERSONAL_TYPES.has(entry?.contentTypeUid) ? { ...entry, title: entry.contentTypeDisplayName } : entry,
    );
  });
}

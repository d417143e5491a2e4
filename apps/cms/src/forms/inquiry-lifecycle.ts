import type { Core } from '@strapi/strapi';

// Keeps `closedAt` in step with the progress staff set, so the retention job knows how long a
// request has been closed.
export function registerInquiryClosedAt(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== 'api::inquiry.inquiry' || !['create', 'update'].includes(ctx.action)) return next();
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (data && 'progress' in data) {
      if (data.progress === 'closed') data.closedAt ??= new Date().toISOString();
      else data.closedAt = null;
    }
    return next();
  });
}

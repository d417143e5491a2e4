import type { Core } from '@strapi/strapi';

// Comments are off by default on sensitive articles (DESIGN.md); staff may turn them on.
export function registerSensitiveDefaults(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid === 'api::article.article' && ctx.action === 'create') {
      const data = (ctx.params as { data?: Record<string, unknown> }).data;
      if (data?.sensitiveTopic && data.commentsEnabled === undefined) data.commentsEnabled = false;
    }
    return next();
  });
}

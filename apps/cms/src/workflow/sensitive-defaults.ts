import type { Core } from '@strapi/strapi';

// Comments are off by default on sensitive articles (the clinic's rule): a new article with a
// sensitive-topic notice starts with comments off (the admin always sends the field's default,
// so "not given" cannot be told apart); staff may turn them on afterwards.
export function registerSensitiveDefaults(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid === 'api::article.article' && ctx.action === 'create') {
      const data = (ctx.params as { data?: Record<string, unknown> }).data;
      if (data?.sensitiveTopic) data.commentsEnabled = false;
    }
    return next();
  });
}

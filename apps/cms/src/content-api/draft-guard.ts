import type { Core } from '@strapi/strapi';

// strapi/strapi#25326: the Content API returns drafts to anyone who asks with
// `?status=draft` (REST) or `status: DRAFT` (GraphQL). Only API tokens may read drafts;
// every other content-API caller (public, or a logged-in site user) is pinned to published.
const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export function callerMayReadDrafts(koaCtx: any): boolean {
  if (!koaCtx) return true; // not a request: seed scripts, cron jobs, the admin's own services
  const routeType = koaCtx.state?.route?.info?.type;
  if (routeType !== 'content-api') return true; // admin panel requests
  // Strapi 5 names the API-token strategy 'content-api-token' (v4: 'api-token').
  return ['content-api-token', 'api-token'].includes(koaCtx.state?.auth?.strategy?.name);
}

export function registerDraftGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (READ_ACTIONS.has(ctx.action) && !callerMayReadDrafts(strapi.requestContext.get())) {
      (ctx.params as Record<string, unknown>).status = 'published';
    }
    return next();
  });
}

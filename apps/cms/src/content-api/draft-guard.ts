import type { Core } from '@strapi/strapi';
import { matchesSecret } from '../utils/secrets';

// strapi/strapi#25326: the Content API returns drafts to anyone who asks with
// `?status=draft` (REST) or `status: DRAFT` (GraphQL). Only API tokens may read drafts;
// every other content-API caller (public, or a logged-in site user) is pinned to published.
// The website's preview route reads drafts with the preview secret (x-clinic-preview-secret).
const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export function callerMayReadDrafts(koaCtx: any): boolean {
  if (!koaCtx) return true; // not a request: seed scripts, cron jobs, the admin's own services
  const routeType = koaCtx.state?.route?.info?.type;
  if (routeType !== 'content-api') return true; // admin panel requests
  // The website's preview route sends PREVIEW_SECRET to read drafts (read-only, like a token).
  if (matchesSecret(koaCtx.get?.('x-clinic-preview-secret'), process.env.PREVIEW_SECRET)) return true;
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

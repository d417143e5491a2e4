import type { Core } from '@strapi/strapi';
import { DRAFT_READ_HEADER, verifyDraftRead, type PreviewDocument } from '../preview/preview-tokens';

// strapi/strapi#25326: the Content API returns drafts to anyone who asks with
// `?status=draft` (REST) or `status: DRAFT` (GraphQL). Only API tokens may read drafts;
// every other content-API caller (public, or a logged-in site user) is pinned to published.
// The website's preview route reads ONE document's draft with a short-lived draft-read token
// (x-clinic-draft-read, signed by the website's server: src/preview/preview-tokens.ts); every other
// document that request touches stays published.
const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/** Set on the Koa context by the draft-read check below, for the document middleware. */
const DRAFT_READ_STATE = 'clinicDraftRead';

type DraftAccess = 'all' | 'published' | PreviewDocument;

export function draftAccessOf(koaCtx: any): DraftAccess {
  if (!koaCtx) return 'all'; // not a request: seed scripts, cron jobs, the admin's own services
  const routeType = koaCtx.state?.route?.info?.type;
  if (routeType !== 'content-api') return 'all'; // admin panel requests
  // Strapi 5 names the API-token strategy 'content-api-token' (v4: 'api-token').
  if (['content-api-token', 'api-token'].includes(koaCtx.state?.auth?.strategy?.name)) return 'all';
  return (koaCtx.state?.[DRAFT_READ_STATE] as PreviewDocument | undefined) ?? 'published';
}

/** Pins one document-service read to what its caller may see. */
function restrictRead(ctx: { uid: string; action: string; params: Record<string, any> }, access: DraftAccess) {
  if (access === 'all') return;
  const params = ctx.params;
  const localized = (strapi.getModel(ctx.uid as any) as any)?.pluginOptions?.i18n?.localized === true;
  // A token binds its document's language too: one for the English draft reads no French draft
  // (a read in another language is an ordinary, published read), and the reverse.
  const otherLanguage = access !== 'published' && localized && Boolean(access.locale) && Boolean(params.locale) && params.locale !== access.locale;
  const isTheDocument = access !== 'published' && !otherLanguage && ctx.uid === access.type && (ctx.action !== 'findOne' || params.documentId === access.documentId);
  if (!isTheDocument) {
    params.status = 'published';
    return;
  }
  params.status = access.status;
  const documentOnly = { documentId: access.documentId };
  params.filters = params.filters ? { $and: [params.filters, documentOnly] } : documentOnly;
  if (access.locale && localized) params.locale = access.locale;
}

export function registerDraftGuard(strapi: Core.Strapi) {
  // A request with a draft-read token either carries a valid one (remembered for the reads below)
  // or is refused outright with a 401 that says why: never silently served as something else.
  // Added in register(), so it runs before every configured middleware and the router.
  strapi.server.use(async (koaCtx: any, next: () => Promise<unknown>) => {
    const token = koaCtx.get(DRAFT_READ_HEADER);
    if (!token) return next();
    const check = await verifyDraftRead(token, process.env.PREVIEW_SECRET);
    if (!check.ok) {
      koaCtx.status = 401;
      koaCtx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: check.message } };
      return undefined;
    }
    koaCtx.state[DRAFT_READ_STATE] = check.document;
    return next();
  });

  strapi.documents.use(async (ctx, next) => {
    if (READ_ACTIONS.has(ctx.action)) restrictRead(ctx as any, draftAccessOf(strapi.requestContext.get()));
    return next();
  });
}

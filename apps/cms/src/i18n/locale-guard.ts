import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSiteLocale, LOCALES } from './locales';

// Strapi answers a content-API read in a language it does not have (`?locale=de`,
// `articles(locale: "de")`) with an empty 200, which hides a typo in a caller. Name the problem.
const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export function registerLocaleGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    const locale = (ctx.params as { locale?: unknown }).locale;
    if (!READ_ACTIONS.has(ctx.action) || locale === undefined || locale === null || isSiteLocale(locale)) return next();
    if (strapi.requestContext.get()?.state?.route?.info?.type !== 'content-api') return next();
    throw new errors.ValidationError(`locale must be one of ${LOCALES.map((l) => l.code).join(', ')} (got "${String(locale)}")`);
  });
}

import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, isSiteLocale } from '../i18n/locales';

// Comments and requests are not part of the generated GraphQL API at all (no types, no
// queries, no mutations). The website reads approved comments through this one query, which
// exposes three fields and filters by status itself.
export function registerCommentsGraphql(strapi: Core.Strapi) {
  const extension = strapi.plugin('graphql').service('extension');
  extension.shadowCRUD('api::inquiry.inquiry').disable();
  extension.shadowCRUD('api::comment.comment').disable();

  extension.use(({ nexus }: any) => ({
    types: [
      nexus.objectType({
        name: 'ApprovedComment',
        description: 'A reader comment that staff approved. Only these are ever public.',
        definition(t: any) {
          t.nonNull.id('documentId');
          t.nonNull.string('displayName');
          t.nonNull.string('body');
          t.nonNull.field('createdAt', { type: 'DateTime' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t: any) {
          t.nonNull.list.nonNull.field('approvedComments', {
            type: 'ApprovedComment',
            args: {
              article: nexus.nonNull(nexus.stringArg({ description: 'The article slug (in `locale`)' })),
              locale: nexus.stringArg({ description: 'The language of the article page: en (default) or fr. Only comments written there are listed.' }),
            },
            resolve: (_parent: unknown, args: { article: string; locale?: string | null }) => approvedComments(strapi, args.article, args.locale ?? undefined),
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.approvedComments': { auth: false },
    },
  }));
}

export async function approvedComments(strapi: Core.Strapi, articleSlug: string, locale = DEFAULT_LOCALE) {
  if (!isSiteLocale(locale)) return [];
  const article = await strapi.documents('api::article.article').findFirst({ filters: { slug: articleSlug }, locale, status: 'published', fields: ['documentId'] });
  if (!article) return [];
  const rows = await strapi.db.query('api::comment.comment').findMany({
    // Comments are in the language of the page they were written on, and shown there.
    where: { moderation: 'approved', language: locale, article: { documentId: article.documentId } },
    select: ['documentId', 'displayName', 'body', 'createdAt'],
    orderBy: { createdAt: 'asc' },
    limit: 200,
  });
  return rows;
}

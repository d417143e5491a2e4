import { commentSchema, formErrors, RATE_LIMITS } from '@clinic/forms';
import { parseOr400, storeOnce, withinRateLimit } from './submission';

/** POST /api/comments/submit — a comment from the website's server, stored as pending. */
export async function submitComment(ctx: any) {
  const comment = parseOr400(ctx, commentSchema);
  if (!comment) return;

  // The article in the language the visitor read it in (slugs are per language).
  const article: any = await strapi.documents('api::article.article').findFirst({
    filters: { slug: comment.article },
    locale: comment.language,
    status: 'published',
    fields: ['documentId', 'commentsEnabled'],
  });
  if (!article) return ctx.notFound('This article could not be found.', { errors: { article: formErrors.article } });
  if (!article.commentsEnabled) return ctx.forbidden('Comments are closed on this article.', { errors: { body: formErrors.commentsClosed } });

  if (!(await withinRateLimit(strapi, ctx, 'api::comment.comment', RATE_LIMITS.comment, 'comments'))) return;

  await storeOnce(strapi, ctx, 'api::comment.comment', comment.idempotencyKey, {
    article: { documentId: article.documentId, locale: comment.language },
    displayName: comment.displayName,
    body: comment.body,
    language: comment.language,
    moderation: 'pending',
  });
}

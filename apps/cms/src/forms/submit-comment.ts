import { commentSchema, RATE_LIMITS } from '@clinic/forms';
import { parseOr400, storeOnce, withinRateLimit } from './submission';

/** POST /api/comments/submit — a comment from the website's server, stored as pending. */
export async function submitComment(ctx: any) {
  const comment = parseOr400(ctx, commentSchema);
  if (!comment) return;

  const article: any = await strapi.documents('api::article.article').findFirst({
    filters: { slug: comment.article },
    status: 'published',
    fields: ['documentId', 'commentsEnabled'],
  });
  if (!article) return ctx.notFound('This article could not be found.', { errors: { article: 'This article could not be found.' } });
  if (!article.commentsEnabled) return ctx.forbidden('Comments are closed on this article.', { errors: { body: 'Comments are closed on this article.' } });

  if (!(await withinRateLimit(strapi, ctx, 'api::comment.comment', RATE_LIMITS.comment, 'comments'))) return;

  await storeOnce(strapi, ctx, 'api::comment.comment', comment.idempotencyKey, {
    article: article.documentId,
    displayName: comment.displayName,
    body: comment.body,
    moderation: 'pending',
  });
}

import type { Core } from '@strapi/strapi';
import { listViewLink, type ListFilter } from './list-links';

// What waits for staff, as counts only: the home page never shows a name, a contact detail or
// a comment's text. Each count comes with the list-view link that shows exactly those entries.

const INQUIRY = 'api::inquiry.inquiry';
const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::article.article';
const DAY = 86_400_000;
export const SCHEDULE_WINDOW_DAYS = 7;
export const REVIEW_MAX_AGE_DAYS = 365;

export type WorkLine = { count: number; link: string };

export async function waitingRequests(strapi: Core.Strapi) {
  const filters: ListFilter[] = [{ path: ['progress'], op: '$eq', value: 'new' }];
  const where = { progress: 'new' };
  const count = await strapi.db.query(INQUIRY).count({ where });
  const oldest = await strapi.db.query(INQUIRY).findOne({ where, select: ['createdAt'], orderBy: { createdAt: 'asc' } });
  return {
    count,
    oldestWaitingSince: oldest ? new Date(oldest.createdAt).toISOString() : null,
    link: listViewLink(INQUIRY, filters, 'createdAt:ASC'),
  };
}

export async function pendingComments(strapi: Core.Strapi): Promise<WorkLine> {
  const count = await strapi.db.query(COMMENT).count({ where: { moderation: 'pending' } });
  return { count, link: listViewLink(COMMENT, [{ path: ['moderation'], op: '$eq', value: 'pending' }], 'createdAt:ASC') };
}

/** Drafts whose "Publish at" falls in the next seven days (the scheduler publishes them). */
export async function scheduledArticles(strapi: Core.Strapi, now = new Date()) {
  const from = now.toISOString();
  const to = new Date(now.getTime() + SCHEDULE_WINDOW_DAYS * DAY).toISOString();
  const count = await strapi.db.query(ARTICLE).count({ where: { publishedAt: null, publishAt: { $gt: from, $lte: to } } });
  return {
    count,
    from,
    to,
    link: listViewLink(ARTICLE, [
      { path: ['publishAt'], op: '$gt', value: from },
      { path: ['publishAt'], op: '$lte', value: to },
    ], 'publishAt:ASC'),
  };
}

/** Live articles on a sensitive topic whose clinical review is more than a year old. */
export async function staleSensitiveReviews(strapi: Core.Strapi, now = new Date()) {
  const cutoff = new Date(now.getTime() - REVIEW_MAX_AGE_DAYS * DAY).toISOString().slice(0, 10); // a date field
  const count = await strapi.db.query(ARTICLE).count({
    where: { publishedAt: { $notNull: true }, sensitiveTopic: { id: { $notNull: true } }, lastReviewedAt: { $lt: cutoff } },
  });
  return {
    count,
    reviewedBefore: cutoff,
    link: listViewLink(ARTICLE, [
      { path: ['sensitiveTopic', 'kind'], op: '$notNull', value: true },
      { path: ['lastReviewedAt'], op: '$lt', value: cutoff },
      { path: ['__status'], op: '$eq', value: 'published' },
    ], 'lastReviewedAt:ASC'),
  };
}

/** Articles this person created that have never been published. */
export async function ownDrafts(strapi: Core.Strapi, userId: number): Promise<WorkLine> {
  const drafts: Array<{ documentId: string }> = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, createdBy: { id: userId } },
    select: ['documentId'],
  });
  const ids = [...new Set(drafts.map((d) => d.documentId))];
  const live = ids.length
    ? await strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] })
    : [];
  const published = new Set(live.map((d: { documentId: string }) => d.documentId));
  return {
    count: ids.filter((id) => !published.has(id)).length,
    link: listViewLink(ARTICLE, [
      { path: ['createdBy', 'id'], op: '$eq', value: userId },
      { path: ['__status'], op: '$eq', value: 'draft' },
    ], 'updatedAt:DESC'),
  };
}

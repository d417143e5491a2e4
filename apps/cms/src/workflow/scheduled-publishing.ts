import type { Core } from '@strapi/strapi';

// Strapi's own scheduling (Releases) is a paid feature: staff set "Publish at" / "Unpublish at"
// on an article and this job, run every minute, honours them. Both checks are idempotent, so
// nothing needs clearing afterwards: a date is "done" once the published version is newer.

const ARTICLE = 'api::article.article';

export type ScheduleReport = { published: string[]; unpublished: string[]; refused: Array<{ documentId: string; reason: string }> };

export async function runScheduledPublishing(strapi: Core.Strapi, now = new Date()): Promise<ScheduleReport> {
  const report: ScheduleReport = { published: [], unpublished: [], refused: [] };
  const nowIso = now.toISOString();

  const due = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, publishAt: { $lte: nowIso } },
    select: ['documentId', 'publishAt', 'locale'],
  });
  for (const draft of due) {
    const live = await strapi.db.query(ARTICLE).findOne({
      where: { documentId: draft.documentId, locale: draft.locale, publishedAt: { $notNull: true } },
      select: ['publishedAt'],
    });
    if (live && new Date(live.publishedAt) >= new Date(draft.publishAt)) continue; // already done
    try {
      await strapi.documents(ARTICLE).publish({ documentId: draft.documentId, locale: draft.locale ?? undefined });
      report.published.push(draft.documentId);
    } catch (error) {
      // e.g. a sensitive article without a reviewer: the same rule as a manual publish.
      report.refused.push({ documentId: draft.documentId, reason: (error as Error).message });
    }
  }

  const expiring = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, unpublishAt: { $lte: nowIso } },
    select: ['documentId', 'publishedAt', 'unpublishAt', 'locale'],
  });
  for (const live of expiring) {
    if (new Date(live.publishedAt) >= new Date(live.unpublishAt)) continue; // re-published after the date
    await strapi.documents(ARTICLE).unpublish({ documentId: live.documentId, locale: live.locale ?? undefined });
    report.unpublished.push(live.documentId);
  }

  if (report.published.length || report.unpublished.length || report.refused.length) {
    strapi.log.info(`Scheduled publishing: published ${report.published.length}, unpublished ${report.unpublished.length}, refused ${report.refused.length}.`);
  }
  for (const { documentId, reason } of report.refused) strapi.log.warn(`Scheduled publishing refused ${documentId}: ${reason}`);
  return report;
}

export const scheduledPublishingTasks = {
  scheduledPublishing: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runScheduledPublishing(strapi),
    options: { rule: '* * * * *' },
  },
};

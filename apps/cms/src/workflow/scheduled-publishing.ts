import type { Core } from '@strapi/strapi';
import { ARTICLE, schedulePublishProblem, scheduleUnpublishProblem } from './editor-approval';

// Strapi's own scheduling (Releases) is a paid feature: staff set "Publish at" / "Unpublish at"
// on an article and this job, run every minute, honours them. Both checks are idempotent, so
// nothing needs clearing afterwards: a date is "done" once the published version is newer.
// The job only acts on dates an Editor set, on the draft as that Editor saved it
// (src/workflow/editor-approval.ts): an Author's later edit never goes live by itself.

const logged = new Map<string, string>();
/** True when this reason was already logged for this article (the job runs every minute). */
function alreadyLogged(documentId: string, reason: string): boolean {
  if (logged.get(documentId) === reason) return true;
  logged.set(documentId, reason);
  return false;
}

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
    const problem = await schedulePublishProblem(strapi, draft.documentId, draft.locale);
    if (problem) {
      report.refused.push({ documentId: draft.documentId, reason: `Not published by schedule: ${problem}` });
      continue;
    }
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
    const problem = await scheduleUnpublishProblem(strapi, live.documentId, live.unpublishAt, live.locale);
    if (problem) {
      report.refused.push({ documentId: live.documentId, reason: `Not taken off the site by schedule: ${problem}` });
      continue;
    }
    await strapi.documents(ARTICLE).unpublish({ documentId: live.documentId, locale: live.locale ?? undefined });
    report.unpublished.push(live.documentId);
  }

  if (report.published.length || report.unpublished.length || report.refused.length) {
    strapi.log.info(`Scheduled publishing: published ${report.published.length}, unpublished ${report.unpublished.length}, refused ${report.refused.length}.`);
  }
  // Once per article and reason, not every minute: it waits for an Editor either way.
  for (const { documentId, reason } of report.refused) {
    if (!alreadyLogged(documentId, reason)) strapi.log.warn(`Scheduled publishing left article ${documentId} for an Editor. ${reason}`);
  }
  return report;
}

export const scheduledPublishingTasks = {
  scheduledPublishing: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runScheduledPublishing(strapi),
    options: { rule: '* * * * *' },
  },
};

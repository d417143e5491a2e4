import type { Core } from '@strapi/strapi';
import { removalDate, retentionDays } from '../forms/retention';

// What the consultation request's edit view shows beside the form: the language the visitor
// wrote in, when the request will be deleted under the retention rule, and "Mark contacted".

const INQUIRY = 'api::inquiry.inquiry';
const DAY = 86_400_000;

/** The request's language field, once the French work adds one (`language`, or `locale`). */
function languageField(strapi: Core.Strapi): string | null {
  const attributes = strapi.contentType(INQUIRY).attributes as Record<string, unknown>;
  return ['language', 'locale'].find((name) => name in attributes) ?? null;
}

export async function requestDetails(strapi: Core.Strapi, documentId: string, now = new Date()) {
  const field = languageField(strapi);
  const entry: any = await strapi.db.query(INQUIRY).findOne({
    where: { documentId },
    select: ['progress', 'closedAt', 'createdAt', ...(field ? [field] : [])],
  });
  if (!entry) return null;
  const days = await retentionDays(strapi);
  const removal = entry.progress === 'closed' ? removalDate(entry.closedAt, days) : null;
  return {
    progress: entry.progress as string,
    language: field ? (entry[field] ?? null) : null,
    languageRecorded: field !== null,
    retentionDays: days,
    removalDate: removal?.toISOString() ?? null,
    daysUntilRemoval: removal ? Math.max(0, Math.ceil((removal.getTime() - now.getTime()) / DAY)) : null,
  };
}

export type MarkContactedResult = { status: 'done' | 'already' | 'closed' | 'missing' };

/** new → contacted; already contacted is fine; a closed request is not reopened by a click. */
export async function markContacted(strapi: Core.Strapi, documentId: string): Promise<MarkContactedResult> {
  const entry: any = await strapi.db.query(INQUIRY).findOne({ where: { documentId }, select: ['progress'] });
  if (!entry) return { status: 'missing' };
  if (entry.progress === 'contacted') return { status: 'already' };
  if (entry.progress === 'closed') return { status: 'closed' };
  // Through the document service, so the closedAt bookkeeping (inquiry-lifecycle) runs.
  await strapi.documents(INQUIRY).update({ documentId, data: { progress: 'contacted' } as any });
  return { status: 'done' };
}

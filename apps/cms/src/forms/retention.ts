import type { Core } from '@strapi/strapi';

// Closed consultation requests are deleted after the retention period staff set on the
// clinic details ("Keep closed requests for", default 90 days); the privacy statement says so.
export const DEFAULT_RETENTION_DAYS = 90;

/** The retention period staff set on the clinic details, or the default. */
export async function retentionDays(strapi: Core.Strapi): Promise<number> {
  // The clinic details have a row per language and per draft/published version (the field is
  // shared, so they agree once published): read the published one, whatever the database's order.
  const clinic: any = await strapi.db.query('api::clinic.clinic').findOne({
    select: ['inquiryRetentionDays'],
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    where: { publishedAt: { $notNull: true } },
  }) ?? (await strapi.db.query('api::clinic.clinic').findOne({ select: ['inquiryRetentionDays'] }));
  return Number(clinic?.inquiryRetentionDays) > 0 ? Number(clinic.inquiryRetentionDays) : DEFAULT_RETENTION_DAYS;
}

/** When a request closed at `closedAt` is deleted by the daily job (null while it is open). */
export function removalDate(closedAt: string | Date | null | undefined, days: number): Date | null {
  return closedAt ? new Date(new Date(closedAt).getTime() + days * 86_400_000) : null;
}

export async function deleteExpiredInquiries(strapi: Core.Strapi, now = new Date()) {
  const days = await retentionDays(strapi);
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const expired = await strapi.db.query('api::inquiry.inquiry').findMany({
    where: { progress: 'closed', closedAt: { $lte: cutoff } },
    select: ['documentId'],
  });
  for (const { documentId } of expired) await strapi.documents('api::inquiry.inquiry').delete({ documentId });
  if (expired.length) strapi.log.info(`Deleted ${expired.length} consultation request(s) closed more than ${days} days ago.`);
  return { deleted: expired.length, days };
}

export const retentionTasks = {
  inquiryRetention: {
    task: ({ strapi }: { strapi: Core.Strapi }) => deleteExpiredInquiries(strapi),
    options: { rule: '17 3 * * *' }, // daily, at a quiet hour
  },
};

import type { Core, UID } from '@strapi/strapi';
import { approaches, articles, clinic, therapists, topics } from './data';

// Seeding creates what is missing and never touches what exists: an entry whose slug is
// already taken (by the seed or by staff) is skipped, so staff edits are never overwritten.

export type SeedReport = { created: string[]; skipped: string[] };

type Data = Record<string, unknown>;

async function documentIdBySlug(strapi: Core.Strapi, uid: UID.ContentType, slug: string) {
  // Look at every row (draft or published): staff may have unpublished a seeded entry.
  const row = await strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] });
  return (row?.documentId as string | undefined) ?? null;
}

async function createPublishedOnce(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  slug: string,
  data: Data,
  report: SeedReport,
) {
  const label = `${uid.split('.').pop()}:${slug}`;
  if (await documentIdBySlug(strapi, uid, slug)) {
    report.skipped.push(label);
    return;
  }
  await strapi.documents(uid as UID.CollectionType).create({ data: { ...data, slug } as any, status: 'published' });
  report.created.push(label);
}

async function idsFor(strapi: Core.Strapi, uid: UID.ContentType, slugs: readonly string[] = []) {
  const ids: string[] = [];
  for (const slug of slugs) {
    const id = await documentIdBySlug(strapi, uid, slug);
    if (id) ids.push(id);
  }
  return ids;
}

export async function seedContent(strapi: Core.Strapi): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] };

  for (const topic of topics) {
    await createPublishedOnce(strapi, 'api::topic.topic', topic.slug, { ...topic }, report);
  }
  for (const approach of approaches) {
    await createPublishedOnce(strapi, 'api::approach.approach', approach.slug, { ...approach }, report);
  }
  for (const { approachSlugs, ...therapist } of therapists) {
    await createPublishedOnce(strapi, 'api::therapist.therapist', therapist.slug, {
      ...therapist,
      approaches: await idsFor(strapi, 'api::approach.approach', approachSlugs),
    }, report);
  }
  for (const { topicSlugs, approachSlugs, authorSlug, reviewedBySlug, ...article } of articles) {
    const [author] = await idsFor(strapi, 'api::therapist.therapist', authorSlug ? [authorSlug] : []);
    const [reviewedBy] = await idsFor(strapi, 'api::therapist.therapist', reviewedBySlug ? [reviewedBySlug] : []);
    await createPublishedOnce(strapi, 'api::article.article', article.slug, {
      ...article,
      topics: await idsFor(strapi, 'api::topic.topic', topicSlugs),
      approaches: await idsFor(strapi, 'api::approach.approach', approachSlugs),
      author: author ?? null,
      reviewedBy: reviewedBy ?? null,
    }, report);
  }

  const existingClinic = await strapi.db.query('api::clinic.clinic').findOne({ select: ['id'] });
  if (existingClinic) {
    report.skipped.push('clinic');
  } else {
    await strapi.documents('api::clinic.clinic').create({ data: clinic as any });
    report.created.push('clinic');
  }
  return report;
}

const SEED_MARKER = { type: 'core', name: 'clinic-seed', key: 'applied-at' } as const;

/**
 * Seeds an empty database on its first boot only. Afterwards staff own the content:
 * an approach they deleted is not brought back at the next restart (`pnpm seed` can still
 * add what is missing, on purpose).
 */
export async function seedOnFirstBoot(strapi: Core.Strapi) {
  const store = strapi.store(SEED_MARKER);
  if (await store.get({})) return null;
  const report = await seedContent(strapi);
  await store.set({ value: new Date().toISOString() });
  strapi.log.info(`Seed: created ${report.created.length} entries (${report.created.join(', ')}).`);
  return report;
}

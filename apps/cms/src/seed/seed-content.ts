import type { Core, UID } from '@strapi/strapi';
import { approaches, articles, clinic, therapists, topics } from './data';
import { approachesFr, articlesFr, clinicFr, therapistsFr, topicsFr } from './data/fr';

// Seeding creates what is missing and never touches what exists: an entry whose slug is
// already taken (by the seed or by staff) is skipped, so staff edits are never overwritten.
// The same holds per language: the English entry first, then its French version (the same
// document, locale `fr`), added only if that document has no French version yet.

export type SeedReport = { created: string[]; skipped: string[] };

type Data = Record<string, unknown>;

const FR = 'fr';

async function documentIdBySlug(strapi: Core.Strapi, uid: UID.ContentType, slug: string, locale = 'en') {
  // Look at every row (draft or published): staff may have unpublished a seeded entry.
  const row = await strapi.db.query(uid).findOne({ where: { slug, locale }, select: ['documentId'] });
  return (row?.documentId as string | undefined) ?? null;
}

/**
 * Adds the French version of the English entry `enSlug`, published, unless that document already
 * has one (or another entry took the French slug). Shared fields are copied from English by Strapi.
 */
async function addFrenchOnce(strapi: Core.Strapi, uid: UID.CollectionType, enSlug: string, data: Data & { slug: string }, report: SeedReport) {
  const label = `${uid.split('.').pop()}:${FR}:${data.slug}`;
  const documentId = await documentIdBySlug(strapi, uid, enSlug);
  const hasFrench = documentId && (await strapi.db.query(uid).findOne({ where: { documentId, locale: FR }, select: ['id'] }));
  if (!documentId || hasFrench || (await documentIdBySlug(strapi, uid, data.slug, FR))) {
    report.skipped.push(label);
    return;
  }
  await strapi.documents(uid).update({ documentId, locale: FR, data: data as any, status: 'published' });
  report.created.push(label);
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

/** documentIds of the English entries `slugs` (a document has one id in every language). */
async function idsFor(strapi: Core.Strapi, uid: UID.ContentType, slugs: readonly string[] = []) {
  const ids: string[] = [];
  for (const slug of slugs) {
    const id = await documentIdBySlug(strapi, uid, slug);
    if (id) ids.push(id);
  }
  return ids;
}

/** The same relations, in French: only to documents that have a French version (strapi/strapi#27467). */
async function frenchIdsFor(strapi: Core.Strapi, uid: UID.ContentType, slugs: readonly string[] = []) {
  const ids: Array<{ documentId: string; locale: string }> = [];
  for (const documentId of await idsFor(strapi, uid, slugs)) {
    if (await strapi.db.query(uid).findOne({ where: { documentId, locale: FR }, select: ['id'] })) ids.push({ documentId, locale: FR });
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

  const existingClinic = await strapi.db.query('api::clinic.clinic').findOne({ where: { locale: 'en' }, select: ['id'] });
  if (existingClinic) {
    report.skipped.push('clinic');
  } else {
    await strapi.documents('api::clinic.clinic').create({ data: clinic as any, locale: 'en' });
    report.created.push('clinic');
  }

  await seedFrench(strapi, report);
  return report;
}

async function seedFrench(strapi: Core.Strapi, report: SeedReport) {
  for (const topic of topics) {
    const fr = topicsFr[topic.slug];
    if (fr) await addFrenchOnce(strapi, 'api::topic.topic', topic.slug, { ...fr }, report);
  }
  for (const approach of approaches) {
    const fr = approachesFr[approach.slug];
    if (fr) await addFrenchOnce(strapi, 'api::approach.approach', approach.slug, { ...fr }, report);
  }
  for (const { slug, approachSlugs } of therapists) {
    const fr = therapistsFr[slug];
    if (fr) await addFrenchOnce(strapi, 'api::therapist.therapist', slug, { ...fr, approaches: await frenchIdsFor(strapi, 'api::approach.approach', approachSlugs) }, report);
  }
  for (const { slug, topicSlugs, approachSlugs, authorSlug, reviewedBySlug } of articles) {
    const fr = articlesFr[slug];
    if (!fr) continue;
    const [author] = await frenchIdsFor(strapi, 'api::therapist.therapist', [authorSlug]);
    const [reviewedBy] = await frenchIdsFor(strapi, 'api::therapist.therapist', [reviewedBySlug]);
    await addFrenchOnce(strapi, 'api::article.article', slug, {
      ...fr,
      topics: await frenchIdsFor(strapi, 'api::topic.topic', topicSlugs),
      approaches: await frenchIdsFor(strapi, 'api::approach.approach', approachSlugs),
      author: author ?? null,
      reviewedBy: reviewedBy ?? null,
    }, report);
  }

  const english = await strapi.db.query('api::clinic.clinic').findOne({ where: { locale: 'en' }, select: ['documentId'] });
  const french = await strapi.db.query('api::clinic.clinic').findOne({ where: { locale: FR }, select: ['id'] });
  if (!english || french) {
    report.skipped.push('clinic:fr');
  } else {
    await strapi.documents('api::clinic.clinic').update({ documentId: english.documentId, locale: FR, data: clinicFr as any });
    report.created.push('clinic:fr');
  }
}

const SEED_MARKER = { type: 'core', name: 'clinic-seed', key: 'applied-at' } as const;

/**
 * Seeds an empty database on its first boot only. Afterwards staff own the content:
 * an approach they deleted is not brought back at the next restart (`pnpm seed` can still
 * add what is missing, on purpose).
 */
// The French versions came later: a database seeded before them gets them once, on its first
// boot with this code, under their own marker (and never again, like the English seed).
const SEED_FR_MARKER = { type: 'core', name: 'clinic-seed', key: 'fr-applied-at' } as const;

export async function seedOnFirstBoot(strapi: Core.Strapi) {
  const store = strapi.store(SEED_MARKER);
  const frStore = strapi.store(SEED_FR_MARKER);
  const seeded = await store.get({});
  if (seeded && (await frStore.get({}))) return null;
  let report: SeedReport;
  if (seeded) {
    report = { created: [], skipped: [] };
    await seedFrench(strapi, report);
  } else {
    report = await seedContent(strapi);
    await store.set({ value: new Date().toISOString() });
  }
  await frStore.set({ value: new Date().toISOString() });
  strapi.log.info(`Seed: created ${report.created.length} entries (${report.created.join(', ')}).`);
  return report;
}

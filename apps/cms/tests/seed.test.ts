import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms(); });
afterAll(async () => { await ctx?.cms.stop(); });

type Block = { type: string; level?: number; format?: string; children?: Block[]; text?: string };
const textOf = (blocks: Block[]): string =>
  blocks.map((b) => (b.text ?? '') + (b.children ? ` ${textOf(b.children)}` : '')).join(' ');

describe('seed content on the first boot of an empty database', () => {
  it('creates the clinic with its exact contact details, hours, funding programs and help lines', async () => {
    const clinic: any = await ctx.cms.strapi.documents('api::clinic.clinic').findFirst({ populate: '*' });
    expect(clinic).toMatchObject({
      name: 'Northern Therapy Clinic',
      phone: '705-535-1639',
      fax: '855-583-1667',
      email: 'info@northerntherapyclinic.ca',
      locality: 'Kirkland Lake',
      region: 'Ontario',
    });
    expect(clinic.virtualCareNote).toMatch(/video/i);
    expect(clinic.virtualCareNote).toMatch(/phone/i);
    expect(clinic.serviceArea).toMatch(/Northeastern Ontario/);
    expect(clinic.openingHours).toEqual(expect.arrayContaining([
      // SQLite stores '09:00:00.000', PostgreSQL answers '09:00:00'.
      expect.objectContaining({ fromDay: 'monday', toDay: 'friday', opens: expect.stringMatching(/^09:00:00/), closes: expect.stringMatching(/^16:30:00/) }),
      expect.objectContaining({ fromDay: 'saturday', toDay: 'sunday', closed: true }),
    ]));
    expect(clinic.weekendNote).toMatch(/Saturday and Sunday appointments available/);
    expect(clinic.socialLinks.map((l: any) => l.platform).sort()).toEqual(['facebook', 'instagram']);
    expect(clinic.fundingPrograms.map((f: any) => f.shortName ?? f.name).join(' ')).toMatch(/NIHB/);
    expect(clinic.fundingPrograms.map((f: any) => f.name).join(' ')).toMatch(/Jordan's Principle/);
    const lines = clinic.crisisLines.map((l: any) => `${l.name} ${l.phone} ${l.textInstructions ?? ''} ${l.textNumber ?? ''}`).join(' | ');
    for (const expected of ['9-8-8', '1-855-242-3310', '1-800-668-6868', 'CONNECT', '686868', '911']) {
      expect(lines).toContain(expected);
    }
  });

  it('creates the five approaches and the topics, published', async () => {
    const approaches = await ctx.cms.strapi.documents('api::approach.approach').findMany({ status: 'published' });
    expect(approaches.map((a: any) => a.slug).sort()).toEqual(['dbt', 'emdr', 'ifs', 'mindfulness', 'somatic-therapy']);
    const topics = await ctx.cms.strapi.documents('api::topic.topic').findMany({ status: 'published' });
    expect(topics.map((t: any) => t.slug)).toContain('self-injury');
  });

  it('creates sample therapist profiles that say they are samples to be replaced', async () => {
    const therapists: any[] = await ctx.cms.strapi.documents('api::therapist.therapist').findMany({ status: 'published', populate: ['approaches'] });
    expect(therapists.length).toBeGreaterThanOrEqual(2);
    expect(therapists.length).toBeLessThanOrEqual(3);
    for (const therapist of therapists) {
      expect(`${therapist.shortBio} ${textOf(therapist.bio)}`).toMatch(/sample profile/i);
      expect(therapist.approaches.length).toBeGreaterThan(0);
    }
  });

  it('creates the self-injury article with every section as real Blocks, marked sensitive', async () => {
    const article: any = await ctx.cms.strapi.documents('api::article.article').findFirst({
      filters: { slug: 'why-people-self-injure' },
      status: 'published',
      populate: ['sensitiveTopic', 'topics', 'approaches', 'author', 'reviewedBy'],
    });
    expect(article).toBeTruthy();
    expect(article.sensitiveTopic.kind).toBe('self_harm');
    expect(article.commentsEnabled).toBe(false);
    expect(article.author).toBeTruthy();
    expect(article.reviewedBy).toBeTruthy();
    expect(article.lastReviewedAt).toBeTruthy();
    const blocks: Block[] = article.body;
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(blocks.some((b) => b.type === 'list' && b.format === 'ordered')).toBe(true);
    expect(blocks.some((b) => b.type === 'list' && b.format === 'unordered')).toBe(true);
    const text = textOf(blocks);
    for (const fact of ['endorphin', 'dopamine', 'serotonin', 'attention', 'cycle', 'DBT', 'EMDR', 'IFS', 'omatic', 'indful', 'not alone', '9-8-8']) {
      expect(text.toLowerCase()).toContain(fact.toLowerCase());
    }
    expect(article.approaches.map((a: any) => a.slug)).toEqual(expect.arrayContaining(['dbt', 'emdr', 'ifs']));
  });

  it('a second seed run creates nothing and keeps what staff changed', async () => {
    const strapi = ctx.cms.strapi;
    await strapi.documents('api::clinic.clinic').update({ documentId: (await strapi.documents('api::clinic.clinic').findFirst())!.documentId, data: { tagline: 'Edited by staff' } as any });
    const dbt = await strapi.documents('api::approach.approach').findFirst({ filters: { slug: 'dbt' } });
    await strapi.documents('api::approach.approach').update({ documentId: dbt!.documentId, data: { summary: 'Staff wording' } as any, status: 'published' });
    const before = {
      articles: await strapi.db.query('api::article.article').count(),
      therapists: await strapi.db.query('api::therapist.therapist').count(),
      approaches: await strapi.db.query('api::approach.approach').count(),
      topics: await strapi.db.query('api::topic.topic').count(),
      clinics: await strapi.db.query('api::clinic.clinic').count(),
    };

    const { seedContent } = ctx.cmsModule<typeof import('../src/seed/seed-content')>('seed/seed-content.js');
    const report = await seedContent(strapi);

    expect(report.created).toEqual([]);
    expect(report.skipped.length).toBeGreaterThan(10);
    expect({
      articles: await strapi.db.query('api::article.article').count(),
      therapists: await strapi.db.query('api::therapist.therapist').count(),
      approaches: await strapi.db.query('api::approach.approach').count(),
      topics: await strapi.db.query('api::topic.topic').count(),
      clinics: await strapi.db.query('api::clinic.clinic').count(),
    }).toEqual(before);
    expect((await strapi.documents('api::clinic.clinic').findFirst() as any).tagline).toBe('Edited by staff');
    expect((await strapi.documents('api::approach.approach').findFirst({ filters: { slug: 'dbt' }, status: 'published' }) as any).summary).toBe('Staff wording');
  });
});

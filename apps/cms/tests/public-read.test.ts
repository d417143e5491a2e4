import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms(); });
afterAll(async () => { await ctx?.cms.stop(); });

describe('the public reads published content', () => {
  it.each([
    ['/api/articles', 'why-people-self-injure'],
    ['/api/therapists', 'maya-thompson'],
    ['/api/approaches', 'dbt'],
    ['/api/topics', 'self-injury'],
  ])('over REST: GET %s lists the seeded entries', async (path, slug) => {
    const res = await ctx.http().get(path).expect(200);
    expect(res.body.data.map((entry: any) => entry.slug)).toContain(slug);
  });

  it('over REST: GET /api/articles/:documentId reads one article', async () => {
    const list = await ctx.http().get('/api/articles').expect(200);
    const { documentId } = list.body.data[0];
    const res = await ctx.http().get(`/api/articles/${documentId}`).expect(200);
    expect(res.body.data.title).toBeTruthy();
  });

  it('over REST: GET /api/clinic reads the clinic details', async () => {
    const res = await ctx.http().get('/api/clinic?populate=*').expect(200);
    expect(res.body.data.phone).toBe('705-535-1639');
    expect(res.body.data.crisisLines.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['articles', '{ articles { slug title author { name } topics { slug } } }', 'why-people-self-injure'],
    ['therapists', '{ therapists { slug name approaches { slug } } }', 'maya-thompson'],
    ['approaches', '{ approaches { slug name } }', 'dbt'],
    ['topics', '{ topics { slug name } }', 'self-injury'],
  ])('over GraphQL: %s are listed', async (field, query, slug) => {
    const res = await ctx.graphql(query).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data[field].map((entry: any) => entry.slug)).toContain(slug);
  });

  it('over GraphQL: the clinic single type is readable', async () => {
    const res = await ctx.graphql('{ clinic { name phone fax email openingHours { fromDay toDay opens closes } } }').expect(200);
    expect(res.body.data.clinic).toMatchObject({ name: 'Northern Therapy Clinic', phone: '705-535-1639', fax: '855-583-1667' });
  });
});

describe('private fields never leave the CMS', () => {
  it('REST responses omit editorNotes', async () => {
    const res = await ctx.http().get('/api/therapists').expect(200);
    for (const therapist of res.body.data) expect(therapist).not.toHaveProperty('editorNotes');
  });

  it('GraphQL has no editorNotes field to ask for', async () => {
    const res = await ctx.graphql('{ therapists { name editorNotes } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/editorNotes/);
  });

  it.each([
    ['filter', '/api/therapists?filters[editorNotes][$contains]=a'],
    ['filter through a relation', '/api/articles?filters[author][editorNotes][$contains]=a'],
    ['sort', '/api/therapists?sort=editorNotes:asc'],
    ['populate of a private field', '/api/articles?populate[author][fields][0]=editorNotes'],
  ])('REST refuses a %s on a private field', async (_label, path) => {
    const res = await ctx.http().get(path);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/editorNotes|Invalid/i);
  });

  it('GraphQL refuses a filter on a private field', async () => {
    const res = await ctx.graphql('{ therapists(filters: { editorNotes: { contains: "a" } }) { name } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/editorNotes/);
  });
});

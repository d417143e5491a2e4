import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// strapi/strapi#25326: Strapi 5 hands drafts to anyone who asks with status=draft.
let ctx: Awaited<ReturnType<typeof bootCms>>;
let draft: { documentId: string; slug: string; title: string };
let therapistId: string;

beforeAll(async () => {
  ctx = await bootCms();
  const strapi = ctx.cms.strapi;
  const therapist = await strapi.documents('api::therapist.therapist').findFirst({ filters: { slug: 'maya-thompson' }, status: 'published' });
  therapistId = therapist!.documentId;
  // A draft written by a published therapist, never published.
  draft = (await ctx.cms.createDraftArticle({ title: 'Secret draft about winter', author: therapistId })) as any;
});
afterAll(async () => { await ctx?.cms.stop(); });

const restForms = [
  '/api/articles',
  '/api/articles?status=draft',
  '/api/articles?status=DRAFT',
  '/api/articles?publicationState=preview',
  '/api/articles?status[0]=draft',
  '/api/articles?status=draft&filters[title][$contains]=Secret',
  '/api/articles?filters[publishedAt][$null]=true',
  '/api/articles?filters[publishedAt][$null]=true&status=draft',
];

describe('a draft article is invisible to the public', () => {
  it('has a slug generated from its title', () => {
    expect(draft.slug).toBe('secret-draft-about-winter');
  });

  it.each(restForms)('REST %s does not return it', async (path) => {
    const res = await ctx.http().get(path);
    expect([200, 400]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain('Secret draft');
  });

  it('REST GET /api/articles/:documentId?status=draft is a 404', async () => {
    const res = await ctx.http().get(`/api/articles/${draft.documentId}?status=draft`);
    expect(res.status).toBe(404);
  });

  it.each([
    '{ articles { title } }',
    '{ articles(status: DRAFT) { title } }',
    `{ article(documentId: "DOC", status: DRAFT) { title } }`,
    '{ articles_connection(status: DRAFT) { nodes { title } pageInfo { total } } }',
    '{ articles(filters: { title: { contains: "Secret" } }, status: DRAFT) { title } }',
    '{ therapists(status: DRAFT) { name articles { title } } }',
    '{ therapists { name articles(status: DRAFT) { title } } }',
    '{ topics(status: DRAFT) { articles { title } } }',
  ])('GraphQL %s does not return it', async (template) => {
    const res = await ctx.graphql(template.replace('DOC', draft.documentId));
    expect(JSON.stringify(res.body)).not.toContain('Secret draft');
  });

  it('is not reachable as a relation of its published author, over REST', async () => {
    const res = await ctx.http().get(`/api/therapists/${therapistId}?populate=articles&status=draft`).expect(200);
    expect(JSON.stringify(res.body)).not.toContain('Secret draft');
  });

  it('cannot be found by filtering a published therapist on it', async () => {
    const res = await ctx.http().get('/api/therapists?filters[articles][title][$contains]=Secret').expect(200);
    expect(res.body.data).toEqual([]);
    const gql = await ctx.graphql('{ therapists(filters: { articles: { title: { contains: "Secret" } } }) { name } }');
    expect(gql.body.data.therapists).toEqual([]);
  });

  it('a read-only API token can read it (other apps preview drafts with a token)', async () => {
    const token = await ctx.cms.createApiToken('read-only');
    const res = await ctx.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).expect(200);
    expect(JSON.stringify(res.body)).toContain('Secret draft');
    const gql = await ctx.graphql('{ articles(status: DRAFT) { title } }', {}, token).expect(200);
    expect(JSON.stringify(gql.body)).toContain('Secret draft');
  });

  it('the website\'s preview secret reads it over GraphQL; a wrong secret does not', async () => {
    const query = '{ articles(status: DRAFT, filters: { title: { contains: "Secret" } }) { title } }';
    const right = await ctx.http().post('/graphql').set('x-clinic-preview-secret', 'test-preview-secret').send({ query }).expect(200);
    expect(JSON.stringify(right.body)).toContain('Secret draft');
    const wrong = await ctx.http().post('/graphql').set('x-clinic-preview-secret', 'test-preview-secreT').send({ query });
    expect(JSON.stringify(wrong.body)).not.toContain('Secret draft');
  });

  it('the preview secret does not allow writing', async () => {
    const res = await ctx.http().post('/api/articles').set('x-clinic-preview-secret', 'test-preview-secret').send({ data: { title: 'x' } });
    expect([401, 403]).toContain(res.status);
  });

  it('a read-only token still cannot write', async () => {
    const token = await ctx.cms.createApiToken('read-only', 'ro-write-check');
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`).send({ data: { title: 'x' } });
    expect(res.status).toBe(403);
  });

  it('becomes visible once published', async () => {
    await ctx.cms.strapi.documents('api::article.article').publish({ documentId: draft.documentId });
    const res = await ctx.http().get('/api/articles').expect(200);
    expect(JSON.stringify(res.body)).toContain('Secret draft');
  });
});

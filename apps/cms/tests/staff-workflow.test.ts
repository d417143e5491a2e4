import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

const DEMO_PASSWORD = 'Demo-password-1';
let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms({ env: { DEMO_PASSWORD } }); });
afterAll(async () => { await ctx?.cms.stop(); });

const CM = '/content-manager/collection-types/api::article.article';
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Written in the admin.' }] }];

async function login(email: string) {
  const res = await ctx.http().post('/admin/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return res.body.data.token as string;
}

async function therapistId(slug: string) {
  return (await ctx.cms.strapi.documents('api::therapist.therapist').findFirst({ filters: { slug }, status: 'published' }))!.documentId;
}

describe('staff roles', () => {
  it('an Author writes a draft but cannot publish it', async () => {
    const token = await login('author@clinic.local');
    const created = await ctx.http().post(CM).set('Authorization', `Bearer ${token}`)
      .send({ title: 'Sleep and low mood in winter', body: paragraph }).expect(201);
    const documentId = created.body.data.documentId;
    expect(created.body.data.slug).toBe('sleep-and-low-mood-in-winter');

    const publish = await ctx.http().post(`${CM}/${documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({});
    expect(publish.status).toBe(403);
    const live = await ctx.cms.strapi.documents('api::article.article').findOne({ documentId, status: 'published' });
    expect(live).toBeNull();
  });

  it('an Author cannot delete articles or edit the clinic details', async () => {
    const token = await login('author@clinic.local');
    const seeded = await ctx.cms.strapi.documents('api::article.article').findFirst({ status: 'published' });
    const del = await ctx.http().delete(`${CM}/${seeded!.documentId}`).set('Authorization', `Bearer ${token}`);
    expect(del.status).toBe(403);
    const clinic = await ctx.http().put('/content-manager/single-types/api::clinic.clinic').set('Authorization', `Bearer ${token}`).send({ phone: '000' });
    expect(clinic.status).toBe(403);
  });

  it('an Editor publishes a draft', async () => {
    const token = await login('editor@clinic.local');
    const draft: any = await ctx.cms.createDraftArticle({ title: 'Editor publishes this' });
    await ctx.http().post(`${CM}/${draft.documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
    const res = await ctx.http().get('/api/articles?filters[slug][$eq]=editor-publishes-this').expect(200);
    expect(res.body.data).toHaveLength(1);
  });

  it('the Author role holds no publish or delete permission', async () => {
    const role = await (ctx.cms.strapi.service('admin::role') as any).findOne({ code: 'strapi-author' }, ['permissions']);
    const actions: string[] = role.permissions.map((p: any) => p.action);
    expect(actions).toContain('plugin::content-manager.explorer.create');
    expect(actions.filter((a) => a.endsWith('.publish') || a.endsWith('.delete'))).toEqual([]);
  });
});

describe('clinical review before publishing', () => {
  it('a sensitive article without a reviewer is refused with a plain message', async () => {
    const token = await login('editor@clinic.local');
    const draft: any = await ctx.cms.createDraftArticle({ title: 'Talking about suicide', sensitiveTopic: { kind: 'suicide' } });
    const res = await ctx.http().post(`${CM}/${draft.documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/sensitive topic/);
    expect(res.body.error.message).toMatch(/Reviewed by/);
    expect(res.body.error.message).toMatch(/Last reviewed/);
    expect(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: draft.documentId, status: 'published' })).toBeNull();
  });

  it('the same article publishes once a therapist reviewed it', async () => {
    const token = await login('editor@clinic.local');
    const draft: any = await ctx.cms.createDraftArticle({
      title: 'Talking about suicide, reviewed',
      sensitiveTopic: { kind: 'suicide' },
      reviewedBy: await therapistId('elise-gagnon'),
      lastReviewedAt: '2026-11-20',
    });
    await ctx.http().post(`${CM}/${draft.documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
  });

  it('an image in the body without alternative text blocks publishing', async () => {
    const draft: any = await ctx.cms.createDraftArticle({
      title: 'Pictures without words',
      body: [{
        type: 'image',
        image: { name: 'lake.jpg', alternativeText: '', url: '/uploads/lake.jpg', caption: null, width: 10, height: 10, formats: {}, hash: 'lake', ext: '.jpg', mime: 'image/jpeg', size: 1, previewUrl: null, provider: 'local', provider_metadata: null, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' },
        children: [{ type: 'text', text: '' }],
      }],
    });
    await expect(ctx.cms.strapi.documents('api::article.article').publish({ documentId: draft.documentId }))
      .rejects.toThrow(/alternative text/);
  });
});

describe('scheduled publishing', () => {
  const run = (now: Date) => ctx.cmsModule<typeof import('../src/workflow/scheduled-publishing')>('workflow/scheduled-publishing.js')
    .runScheduledPublishing(ctx.cms.strapi, now);

  it('publishes a draft whose "publish at" has passed, and not one in the future', async () => {
    const past: any = await ctx.cms.createDraftArticle({ title: 'Due article', publishAt: new Date(Date.now() - 60_000).toISOString() });
    const future: any = await ctx.cms.createDraftArticle({ title: 'Future article', publishAt: new Date(Date.now() + 86_400_000).toISOString() });
    const report = await run(new Date());
    expect(report.published).toContain(past.documentId);
    expect(report.published).not.toContain(future.documentId);
    expect(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: past.documentId, status: 'published' })).toBeTruthy();
    expect(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: future.documentId, status: 'published' })).toBeNull();

    const again = await run(new Date());
    expect(again.published).not.toContain(past.documentId); // idempotent
  });

  it('unpublishes an article whose "unpublish at" has passed', async () => {
    const draft: any = await ctx.cms.createDraftArticle({ title: 'Expiring article', unpublishAt: new Date(Date.now() + 1000).toISOString() });
    await ctx.cms.strapi.documents('api::article.article').publish({ documentId: draft.documentId });
    const report = await run(new Date(Date.now() + 5000));
    expect(report.unpublished).toContain(draft.documentId);
    expect(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: draft.documentId, status: 'published' })).toBeNull();
  });

  it('a scheduled sensitive article without a reviewer stays a draft, with the reason logged', async () => {
    const draft: any = await ctx.cms.createDraftArticle({ title: 'Scheduled sensitive', sensitiveTopic: { kind: 'self_harm' }, publishAt: new Date(Date.now() - 1000).toISOString() });
    const report = await run(new Date());
    expect(report.refused.map((r) => r.documentId)).toContain(draft.documentId);
  });
});

describe('admin preview', () => {
  const previewUrl = (token: string, documentId: string, status = 'draft', uid = 'api::article.article') =>
    ctx.http().get(`/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`).set('Authorization', `Bearer ${token}`);

  it('hands the preview panel a link that names one document and expires in 15 minutes, with no secret in it', async () => {
    const article: any = await ctx.cms.strapi.documents('api::article.article').findFirst({ status: 'published' });
    const res = await previewUrl(await login('editor@clinic.local'), article.documentId).expect(200);
    // The static key is nowhere in what the admin receives.
    expect(JSON.stringify(res.body)).not.toContain('test-preview-secret');
    const url = new URL(res.body.data.url);
    expect(url.pathname).toBe('/api/preview');
    expect([...url.searchParams.keys()]).toEqual(['token']);
    const { decodeJwt, decodeProtectedHeader } = await import('jose');
    const token = url.searchParams.get('token')!;
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ type: 'api::article.article', documentId: article.documentId, status: 'draft', path: `/articles/${article.slug}`, aud: 'clinic-preview-link', iss: 'clinic-cms' });
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(60);

    const published = new URL((await previewUrl(await login('editor@clinic.local'), article.documentId, 'published').expect(200)).body.data.url);
    expect(decodeJwt(published.searchParams.get('token')!).status).toBe('published');
  });

  it('an Author, who may read articles, gets a link too', async () => {
    const article: any = await ctx.cms.strapi.documents('api::article.article').findFirst({ status: 'published' });
    const res = await previewUrl(await login('author@clinic.local'), article.documentId).expect(200);
    expect(res.body.data.url).toMatch(/\/api\/preview\?token=/);
  });

  it('a staff member whose role may not read a type gets no link for it', async () => {
    const strapi = ctx.cms.strapi;
    const role = await (strapi.service('admin::role') as any).create({ name: 'Front desk', description: 'No content access' });
    await (strapi.service('admin::user') as any).create({
      email: 'desk@clinic.local', firstname: 'Front', lastname: 'Desk', password: DEMO_PASSWORD, isActive: true, registrationToken: null, roles: [role.id],
    });
    const article: any = await strapi.documents('api::article.article').findFirst({ status: 'published' });
    const res = await previewUrl(await login('desk@clinic.local'), article.documentId);
    expect(res.status).toBe(204);
  });

  it('nobody without an admin session gets a link', async () => {
    const article: any = await ctx.cms.strapi.documents('api::article.article').findFirst({ status: 'published' });
    const res = await ctx.http().get(`/content-manager/preview/url/api::article.article?documentId=${article.documentId}&status=draft`);
    expect(res.status).toBe(401);
  });
});

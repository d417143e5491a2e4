import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
let articleId: string;
beforeAll(async () => {
  ctx = await bootCms();
  articleId = (await ctx.cms.strapi.documents('api::article.article').findFirst({ status: 'published' }))!.documentId;
});
afterAll(async () => { await ctx?.cms.stop(); });

const body = { data: { title: 'Written by a visitor', name: 'Visitor', body: [] } };

describe('the public cannot change anything', () => {
  it.each([
    ['post', '/api/articles'],
    ['post', '/api/therapists'],
    ['post', '/api/approaches'],
    ['post', '/api/topics'],
    ['put', '/api/clinic'],
    ['delete', '/api/clinic'],
    ['put', '/api/articles/ARTICLE'],
    ['delete', '/api/articles/ARTICLE'],
  ] as const)('%s %s is forbidden', async (method, path) => {
    const res = await ctx.http()[method](path.replace('ARTICLE', () => articleId)).send(body);
    expect([401, 403]).toContain(res.status);
  });

  it.each([
    'mutation { createArticle(data: { title: "x" }) { title } }',
    `mutation { deleteArticle(documentId: "ARTICLE") { documentId } }`,
    'mutation { updateClinic(data: { phone: "000" }) { phone } }',
    'mutation { register(input: { username: "v", email: "v@example.com", password: "Passw0rd!" }) { jwt } }',
  ])('GraphQL %s is refused', async (mutation) => {
    const res = await ctx.graphql(mutation.replace('ARTICLE', articleId));
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(res.body.data?.createArticle ?? res.body.data?.deleteArticle ?? res.body.data?.updateClinic ?? res.body.data?.register ?? null).toBeNull();
  });

  it('nothing was changed by those attempts', async () => {
    const clinic: any = await ctx.cms.strapi.documents('api::clinic.clinic').findFirst();
    expect(clinic.phone).toBe('705-535-1639');
    expect(await ctx.cms.strapi.db.query('api::article.article').count({ where: { title: 'Written by a visitor' } })).toBe(0);
    expect(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: articleId })).toBeTruthy();
  });

  it.each(['/api/users', '/api/users/1', '/api/users/me', '/api/upload/files', '/api/users-permissions/roles'])(
    'GET %s is forbidden',
    async (path) => {
      const res = await ctx.http().get(path);
      expect([401, 403]).toContain(res.status);
    },
  );

  it('GraphQL does not list users or uploaded files', async () => {
    for (const query of ['{ usersPermissionsUsers { username } }', '{ uploadFiles { name } }']) {
      const res = await ctx.graphql(query);
      expect(res.body.data?.usersPermissionsUsers ?? res.body.data?.uploadFiles ?? null).toBeNull();
      expect(res.body.errors?.length).toBeGreaterThan(0);
    }
  });

  it('registration through the API is closed', async () => {
    const res = await ctx.http().post('/api/auth/local/register').send({ username: 'visitor', email: 'v@example.com', password: 'Passw0rd!' });
    expect([401, 403]).toContain(res.status);
  });

  it('the Public role holds only published reads, even after a boot that found more', async () => {
    const role = await ctx.cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = role.permissions.map((p: any) => p.action).sort();
    expect(actions.every((a: string) => /\.(find|findOne)$/.test(a))).toBe(true);
    expect(actions).toContain('api::clinic.clinic.find');
  });
});

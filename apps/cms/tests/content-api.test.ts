import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
let token: string;
beforeAll(async () => {
  ctx = await bootCms();
  token = await ctx.cms.createApiToken('full-access', 'writer');
});
afterAll(async () => { await ctx?.cms.stop(); });

const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }];

describe('slugs created through the API', () => {
  it('are generated from the title when none is given', async () => {
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Coping with Winter Blues: a Guide', body: paragraph } }).expect(201);
    expect(res.body.data.slug).toBe('coping-with-winter-blues-a-guide');
  });

  it('stay unique when two entries share a title', async () => {
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Coping with Winter Blues: a Guide', body: paragraph } }).expect(201);
    expect(res.body.data.slug).toBe('coping-with-winter-blues-a-guide-2');
  });

  it('are generated over GraphQL too, from a name with accents', async () => {
    const res = await ctx.graphql('mutation { createTopic(data: { name: "Santé mentale" }) { slug } }', {}, token).expect(200);
    expect(res.body.data.createTopic.slug).toBe('sante-mentale');
  });

  it('the placeholder slug the admin pre-fills ("article-1") gives way to the title', async () => {
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Finding calm', slug: 'article-1', body: paragraph } }).expect(201);
    expect(res.body.data.slug).toBe('finding-calm');
  });

  it('a slug given by staff is kept (normalised)', async () => {
    const res = await ctx.http().post('/api/topics').set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Grief', slug: 'Grief and Loss' } }).expect(201);
    expect(res.body.data.slug).toBe('grief-and-loss');
  });

  it('an update that does not touch the slug keeps it', async () => {
    const created = await ctx.http().post('/api/topics').set('Authorization', `Bearer ${token}`).send({ data: { name: 'Sleep' } }).expect(201);
    const updated = await ctx.http().put(`/api/topics/${created.body.data.documentId}`).set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Sleep and rest' } }).expect(200);
    expect(updated.body.data.slug).toBe('sleep');
  });

  it('a missing title is a 400 that names the field, not a 500', async () => {
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`).send({ data: { body: paragraph } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/title/);
  });
});

describe('admin field help', () => {
  it('every field of every content type and component has a plain-language description', async () => {
    const strapi = ctx.cms.strapi;
    const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
    const components = strapi.plugin('content-manager').service('components') as any;
    const missing: string[] = [];
    const skip = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id']);
    for (const uid of Object.keys(strapi.contentTypes).filter((u) => u.startsWith('api::'))) {
      const configuration = await contentTypes.findConfiguration(contentTypes.findContentType(uid));
      for (const field of Object.keys((strapi.contentTypes as any)[uid].attributes)) {
        if (!skip.has(field) && !configuration.metadatas[field]?.edit?.description) missing.push(`${uid}.${field}`);
      }
    }
    for (const uid of Object.keys(strapi.components)) {
      const configuration = await components.findConfiguration((strapi.components as any)[uid]);
      for (const field of Object.keys((strapi.components as any)[uid].attributes)) {
        if (!skip.has(field) && !configuration.metadatas[field]?.edit?.description) missing.push(`${uid}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('fields carry readable labels, not attribute names', async () => {
    const contentTypes = ctx.cms.strapi.plugin('content-manager').service('content-types') as any;
    const configuration = await contentTypes.findConfiguration(contentTypes.findContentType('api::article.article'));
    expect(configuration.metadatas.lastReviewedAt.edit.label).toBe('Last reviewed');
    expect(configuration.metadatas.commentsEnabled.edit.label).toBe('Comments enabled');
    expect(configuration.metadatas.seo.edit.label).toBe('SEO');
  });

  it('the article list view shows the columns staff scan for', async () => {
    const contentTypes = ctx.cms.strapi.plugin('content-manager').service('content-types') as any;
    const configuration = await contentTypes.findConfiguration(contentTypes.findContentType('api::article.article'));
    expect(configuration.layouts.list).toEqual(expect.arrayContaining(['title', 'topics', 'author', 'updatedAt']));
  });
});

describe('links in content', () => {
  const withLink = (url: string) => [{ type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', url, children: [{ type: 'text', text: 'this' }] }, { type: 'text', text: '' }] }];
  const post = (url: string) => ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`).send({ data: { title: `Link ${url}`, body: withLink(url) } });

  it.each([
    ['javascript:alert(1)', /never javascript: links/],
    ['JaVaScRiPt:alert(1)', /never javascript: links/],
    ['java\tscript:alert(1)', /invisible characters/],
    ['data:text/html,<script>alert(1)</script>', /never data: links/],
    ['vbscript:msgbox', /never vbscript: links/],
  ])('a Blocks link to %s is refused with a plain 400', async (url, message) => {
    const res = await post(url);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Not saved: please fix the link/);
    expect(res.body.error.message).toMatch(message);
  });

  it.each(['//evil.example', '/\\evil.example', '\\\\evil.example', '\\/evil.example'])(
    'a Blocks link written %s counts as another website and must be written in full',
    async (url) => {
      const res = await post(url);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/leads to another website, not a page of this site; write the full address, starting with https:\/\//);
    },
  );

  it.each(['https://988.ca', '/contact', '/articles/finding-calm#help', 'mailto:info@example.com', 'tel:988'])('a Blocks link to %s is accepted', async (url) => {
    const res = await post(url);
    expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  });

  it('a link hidden in a nested list is checked too, and nothing is saved', async () => {
    const body = [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'link', url: 'javascript:void(0)', children: [{ type: 'text', text: 'x' }] }] }] }];
    const res = await ctx.http().post('/api/articles').set('Authorization', `Bearer ${token}`).send({ data: { title: 'Nested bad link', body } });
    expect(res.status).toBe(400);
    expect(await ctx.cms.strapi.db.query('api::article.article').count({ where: { title: 'Nested bad link' } })).toBe(0);
  });

  it('help-line, social and funding web addresses must be full http(s) addresses', async () => {
    const clinic: any = await ctx.cms.strapi.documents('api::clinic.clinic').findFirst({ populate: ['crisisLines', 'socialLinks', 'fundingPrograms'] as any });
    for (const [field, item] of [
      ['crisisLines', { name: 'Bad line', url: '//evil.example' }],
      ['socialLinks', { platform: 'other', label: 'Bad', url: 'javascript:alert(1)' }],
      ['fundingPrograms', { name: 'Bad program', url: '/contact' }],
    ] as const) {
      const res = await ctx.http().put('/api/clinic').set('Authorization', `Bearer ${token}`).send({ data: { [field]: [item] } });
      expect(res.status, field).toBe(400);
      expect(res.body.error.message).toMatch(/starting with https:\/\/|never javascript: links/);
    }
    const after: any = await ctx.cms.strapi.documents('api::clinic.clinic').findFirst({ populate: ['crisisLines'] as any });
    expect(after.crisisLines.length).toBe(clinic.crisisLines.length);
  });

  it('an Editor in the admin gets the same message', async () => {
    const strapi = ctx.cms.strapi;
    const roles = strapi.service('admin::role') as any;
    await (strapi.service('admin::user') as any).create({
      email: 'link-editor@clinic.local', firstname: 'Link', lastname: 'Editor', password: 'Link-editor-1', isActive: true, roles: [(await roles.findOne({ code: 'strapi-editor' })).id],
    });
    const login = await ctx.http().post('/admin/login').send({ email: 'link-editor@clinic.local', password: 'Link-editor-1' }).expect(200);
    const res = await ctx.http().post('/content-manager/collection-types/api::article.article').set('Authorization', `Bearer ${login.body.data.token}`)
      .send({ title: 'Admin link', body: withLink('/\\evil.example') });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/leads to another website/);
  });
});

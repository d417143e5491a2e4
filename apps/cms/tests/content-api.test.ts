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

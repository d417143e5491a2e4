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

  it.each(['articles', 'therapists', 'approaches'])('REST refuses filters, sorts and field lists on %s.editorNotes', async (type) => {
    for (const query of ['filters[editorNotes][$containsi]=a', 'filters[$or][0][editorNotes][$null]=false', 'sort[0]=editorNotes:desc', 'fields[0]=editorNotes']) {
      const res = await ctx.http().get(`/api/${type}?${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it.each([
    ['articles', 'Article'],
    ['therapists', 'Therapist'],
    ['approaches', 'Approach'],
  ])('GraphQL %s cannot be filtered or sorted on editorNotes', async (field) => {
    const filter = await ctx.graphql(`{ ${field}(filters: { editorNotes: { contains: "a" } }) { documentId } }`);
    expect(filter.status).toBe(400);
    const sort = await ctx.graphql(`{ ${field}(sort: ["editorNotes:asc"]) { documentId } }`);
    expect(sort.body.data?.[field] ?? null).toBeNull();
    expect(sort.body.errors?.length).toBeGreaterThan(0);
  });
});

describe('search (_q) never looks in private fields', () => {
  const SECRET = 'quokkazanzibar';
  beforeAll(async () => {
    const strapi = ctx.cms.strapi;
    for (const uid of ['api::therapist.therapist', 'api::article.article', 'api::approach.approach']) {
      const row = await strapi.db.query(uid).findOne({ where: { publishedAt: { $notNull: true } } });
      await strapi.db.query(uid).updateMany({ where: { documentId: row.documentId }, data: { editorNotes: `Private: ${SECRET} waiting for review` } });
    }
  });

  it.each(['therapists', 'articles', 'approaches'])('GET /api/%s?_q=<a word only in editorNotes> finds nothing', async (type) => {
    const res = await ctx.http().get(`/api/${type}?_q=${SECRET}`).expect(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta.pagination.total).toBe(0);
  });

  it('search still finds words in public fields, combined with filters', async () => {
    const res = await ctx.http().get('/api/therapists?_q=Maya').expect(200);
    expect(res.body.data.map((t: any) => t.slug)).toContain('maya-thompson');
    const filtered = await ctx.http().get('/api/therapists?_q=Maya&filters[slug][$eq]=nobody').expect(200);
    expect(filtered.body.data).toEqual([]);
  });

  it('an API token cannot search private fields either', async () => {
    const token = await ctx.cms.createApiToken('read-only');
    const res = await ctx.http().get(`/api/therapists?_q=${SECRET}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body.data).toEqual([]);
  });

  it('a private field that Strapi would search (no searchable: false) is still not searched through the content API', async () => {
    const attribute = ctx.cms.strapi.db.metadata.get('api::therapist.therapist').attributes.editorNotes;
    attribute.searchable = true; // as an older private field would be (strapi/strapi#27482)
    try {
      const res = await ctx.http().get(`/api/therapists?_q=${SECRET}`).expect(200);
      expect(res.body.data).toEqual([]);
      // …while staff searching in the admin still find their notes.
      const staff = await ctx.cms.strapi.documents('api::therapist.therapist').findMany({ _q: SECRET } as any);
      expect(staff.length).toBeGreaterThan(0);
    } finally {
      attribute.searchable = false;
    }
  });

  it('every private text field of every content type is marked non-searchable or covered by the content-API rewrite', async () => {
    const { publicSearchFields } = ctx.cmsModule<typeof import('../src/content-api/private-search')>('content-api/private-search.js');
    for (const [uid, model] of Object.entries(ctx.cms.strapi.contentTypes as Record<string, any>)) {
      if (!uid.startsWith('api::')) continue;
      const privateFields = Object.entries(model.attributes).filter(([, a]: any) => a.private).map(([name]) => name);
      for (const field of privateFields) expect(publicSearchFields(model), `${uid}.${field}`).not.toContain(field);
    }
    expect(ctx.cms.strapi.contentTypes['api::therapist.therapist'].attributes.editorNotes.searchable).toBe(false);
  });
});

// publishedArticle (src/content-api/published-article-*.ts) reads an article's page in one go,
// beside the generated queries: it must answer what they answer, to the same people, and no more.
describe('one article page in one read (publishedArticle)', () => {
  const PAGE = `query($slug: String!, $locale: I18NLocaleCode) { publishedArticle(slug: $slug, locale: $locale) {
    title slug publishedAt author { name } topics { slug } sensitiveTopic { kind } related { slug publishedAt topics { slug } author { name } } } }`;
  const page = async (slug: string, locale?: string) => {
    const res = await ctx.graphql(PAGE, { slug, locale });
    return { status: res.status, data: res.body.data?.publishedArticle, errors: res.body.errors };
  };
  const publicRole = () => ctx.cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  /** Runs `check` while the Public role lacks `action`, then gives it back. */
  async function withoutPermission(action: string, check: () => Promise<void>) {
    const role = await publicRole();
    const permissions = ctx.cms.strapi.db.query('plugin::users-permissions.permission');
    const removed = await permissions.findOne({ where: { action, role: role.id } });
    expect(removed, action).toBeTruthy();
    await permissions.delete({ where: { id: removed.id } });
    try {
      await check();
    } finally {
      await permissions.create({ data: { action, role: role.id } });
    }
  }

  it('reads the seeded article with its author, topics, content note and related articles', async () => {
    const therapist = await ctx.cms.strapi.documents('api::therapist.therapist').findFirst({ status: 'published' });
    await ctx.cms.createPublishedArticle({ title: 'Sharing a topic', slug: 'sharing-a-topic', topics: ['self-injury'], author: therapist!.documentId });
    await ctx.cms.createPublishedArticle({ title: 'Sharing nothing', slug: 'sharing-nothing' });
    const { data, errors } = await page('why-people-self-injure');
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ slug: 'why-people-self-injure', author: { name: expect.any(String) }, sensitiveTopic: { kind: 'self_harm' } });
    expect(data.topics.map((t: any) => t.slug)).toContain('self-injury');
    expect(data.related).toEqual([expect.objectContaining({ slug: 'sharing-a-topic', author: { name: therapist!.name } })]);
  });

  it('answers null for an unknown slug, a draft, and an English slug asked in French', async () => {
    await ctx.cms.createDraftArticle({ title: 'Unpublished page read', slug: 'unpublished-page-read' });
    expect((await page('no-such-article')).data).toBeNull();
    expect((await page('unpublished-page-read')).data).toBeNull();
    expect((await page('why-people-self-injure', 'fr')).data).toBeNull();
  });

  it('shows the published version when the draft has unpublished changes', async () => {
    const published = await ctx.cms.createPublishedArticle({ title: 'The published title', slug: 'changed-in-a-draft' });
    await ctx.cms.strapi.documents('api::article.article').update({ documentId: published.documentId, data: { title: 'An unpublished new title' } as never });
    expect((await page('changed-in-a-draft')).data.title).toBe('The published title');
  });

  it('refuses a language the site does not have, naming the ones it has', async () => {
    const { data, errors } = await page('why-people-self-injure', 'de');
    expect(data ?? null).toBeNull();
    expect(JSON.stringify(errors)).toMatch(/locale must be one of en, fr/);
  });

  it('has no private field to ask for', async () => {
    const res = await ctx.graphql('{ publishedArticle(slug: "why-people-self-injure") { title editorNotes } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/editorNotes/);
    // No type it answers with names a private attribute of what it stands for.
    const strapi = ctx.cms.strapi;
    const privateOf = (uid: string) => Object.entries(strapi.getModel(uid as never).attributes).filter(([, attribute]: any) => attribute.private).map(([name]) => name);
    expect(privateOf('api::article.article')).toContain('editorNotes');
    const types = {
      PublishedArticle: 'api::article.article',
      RelatedArticle: 'api::article.article',
      EntryTopic: 'api::topic.topic',
      EntryPerson: 'api::therapist.therapist',
      EntryApproach: 'api::approach.approach',
      EntryLocalization: 'api::article.article',
      EntryImage: 'plugin::upload.file',
      EntrySeo: 'shared.seo',
      EntryImageAlt: 'content.image-alt',
    };
    const names = Object.keys(types);
    const schema = await ctx.graphql(`{ ${names.map((name) => `${name}: __type(name: "${name}") { fields { name } }`).join(' ')} }`).expect(200);
    for (const [name, uid] of Object.entries(types)) {
      const fields = schema.body.data[name].fields.map((field: any) => field.name);
      expect(fields.filter((field: string) => privateOf(uid).includes(field)), name).toEqual([]);
    }
  });

  it('is refused to a caller who may not read articles', async () => {
    await withoutPermission('api::article.article.find', async () => {
      const { data, errors } = await page('why-people-self-injure');
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.message).toMatch(/Forbidden/);
    });
    expect((await page('why-people-self-injure')).data?.slug).toBe('why-people-self-injure');
  });

  it('leaves out the author for a caller who may not read therapists', async () => {
    await withoutPermission('api::therapist.therapist.find', async () => {
      const { data, errors } = await page('why-people-self-injure');
      expect(errors).toBeUndefined();
      expect(data.title).toBeTruthy();
      expect(data.author).toBeNull();
      expect(data.related.map((r: any) => r.author)).toEqual([null]);
    });
  });
});

import { hkdfSync } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// strapi/strapi#25326: Strapi 5 hands drafts to anyone who asks with status=draft.
let ctx: Awaited<ReturnType<typeof bootCms>>;
let draft: { documentId: string; slug: string; title: string };
let therapistId: string;
let otherDraft: { documentId: string };
const PREVIEW_SECRET = 'test-preview-secret'; // the throwaway CMS's (@clinic/testing)

beforeAll(async () => {
  ctx = await bootCms();
  const strapi = ctx.cms.strapi;
  const therapist = await strapi.documents('api::therapist.therapist').findFirst({ filters: { slug: 'maya-thompson' }, status: 'published' });
  therapistId = therapist!.documentId;
  // A draft written by a published therapist, never published.
  draft = (await ctx.cms.createDraftArticle({ title: 'Secret draft about winter', author: therapistId })) as any;
  otherDraft = (await ctx.cms.createDraftArticle({ title: 'Another secret draft about spring' })) as any;
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

  it('the old static preview secret opens nothing any more', async () => {
    const query = '{ articles(status: DRAFT, filters: { title: { contains: "Secret" } }) { title } }';
    const res = await ctx.http().post('/graphql').set('x-clinic-preview-secret', PREVIEW_SECRET).send({ query });
    expect(JSON.stringify(res.body)).not.toContain('Secret draft');
    const rest = await ctx.http().get('/api/articles?status=draft').set('x-clinic-preview-secret', PREVIEW_SECRET);
    expect(JSON.stringify(rest.body)).not.toContain('Secret draft');
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

// What the website's server sends to read one document's draft (apps/web/server/utils/preview-tokens.ts):
// a JWT for that document, audience clinic-draft-read, signed under a key derived from PREVIEW_SECRET.
const tokenKey = (secret: string) => new Uint8Array(hkdfSync('sha256', secret, 'clinic-preview', 'preview tokens v1', 32));
function draftRead(claims: JWTPayload, { secret = PREVIEW_SECRET, audience = 'clinic-draft-read', issuer = 'clinic-web', expiresIn = '2m', issuedAt }: { secret?: string; audience?: string; issuer?: string; expiresIn?: string | number; issuedAt?: number } = {}) {
  const jwt = new SignJWT({ type: 'api::article.article', status: 'draft', ...claims }).setProtectedHeader({ alg: 'HS256' }).setAudience(audience).setIssuer(issuer);
  return jwt.setIssuedAt(issuedAt).setExpirationTime(expiresIn).sign(tokenKey(secret));
}
const draftTitles = (body: any) => JSON.stringify(body).match(/(Another s|S)ecret draft about \w+/g) ?? [];
const gqlWith = (token: string, query: string) => ctx.http().post('/graphql').set('x-clinic-draft-read', token).send({ query });

describe('a draft read for one document (the website\'s preview)', () => {
  let mine: { documentId: string; slug: string };
  beforeAll(async () => {
    mine = (await ctx.cms.createDraftArticle({ title: 'Secret draft about autumn', author: therapistId })) as any;
  });

  it('reads that document\'s draft over GraphQL and REST', async () => {
    const token = await draftRead({ documentId: mine.documentId });
    const gql = await gqlWith(token, `{ articles(status: DRAFT, filters: { slug: { eq: "${mine.slug}" } }) { title author { name } } }`).expect(200);
    expect(gql.body.data.articles).toEqual([{ title: 'Secret draft about autumn', author: { name: expect.any(String) } }]);
    const rest = await ctx.http().get(`/api/articles/${mine.documentId}?status=draft`).set('x-clinic-draft-read', token).expect(200);
    expect(rest.body.data.title).toBe('Secret draft about autumn');
  });

  it('reads no other draft, however it asks', async () => {
    const token = await draftRead({ documentId: mine.documentId });
    for (const query of [
      '{ articles(status: DRAFT) { title } }',
      '{ articles(status: DRAFT, filters: { title: { contains: "Another" } }) { title } }',
      `{ article(documentId: "${otherDraft.documentId}", status: DRAFT) { title } }`,
      '{ articles_connection(status: DRAFT) { nodes { title } pageInfo { total } } }',
      '{ therapists(status: DRAFT) { name articles(status: DRAFT) { title } } }',
    ]) {
      const res = await gqlWith(token, query);
      expect(draftTitles(res.body), query).not.toContain('Another secret draft about spring');
    }
    const listed = await gqlWith(token, '{ articles(status: DRAFT, pagination: { pageSize: 100 }) { documentId } }').expect(200);
    expect(listed.body.data.articles).toEqual([{ documentId: mine.documentId }]);
    const rest = await ctx.http().get(`/api/articles/${otherDraft.documentId}?status=draft`).set('x-clinic-draft-read', token);
    expect(rest.status).toBe(404);
  });

  it('never turns the published-only page read (publishedArticle) into a draft read', async () => {
    const token = await draftRead({ documentId: mine.documentId });
    const res = await gqlWith(token, `{ publishedArticle(slug: "${mine.slug}") { title } }`).expect(200);
    expect(res.body).toEqual({ data: { publishedArticle: null } });
  });

  it('a read for the published version, or for another type, shows no draft', async () => {
    const published = await draftRead({ documentId: mine.documentId, status: 'published' });
    expect((await gqlWith(published, '{ articles(status: DRAFT) { title } }').expect(200)).body.data.articles).toEqual([]);
    const therapist = await draftRead({ type: 'api::therapist.therapist', documentId: mine.documentId });
    // (Published articles, such as the one published above, are still there: only drafts are not.)
    expect(draftTitles((await gqlWith(therapist, '{ articles(status: DRAFT) { title } }').expect(200)).body)).not.toContain('Secret draft about autumn');
  });

  it.each([
    ['an expired token', () => draftRead({ documentId: mine.documentId }, { issuedAt: Math.floor(Date.now() / 1000) - 600, expiresIn: Math.floor(Date.now() / 1000) - 300 }), /has expired/],
    ['a token signed with another key', () => draftRead({ documentId: mine.documentId }, { secret: 'guessed-secret' }), /signature is invalid/],
    ['a preview link (it is for the website, not for the CMS)', () => draftRead({ documentId: mine.documentId }, { audience: 'clinic-preview-link', issuer: 'clinic-cms' }), /not valid here \((aud|iss)\)/],
    ['a token that lives longer than 30 minutes', () => draftRead({ documentId: mine.documentId }, { issuedAt: Math.floor(Date.now() / 1000) - 3600, expiresIn: '2h' }), /expired|not valid/],
    ['a token naming no document', () => draftRead({}), /does not name one document/],
    ['a token whose documentId was changed after signing', async () => {
      const [header, payload, signature] = (await draftRead({ documentId: mine.documentId })).split('.');
      const changed = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), documentId: otherDraft.documentId };
      return `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
    }, /signature is invalid/],
    ['an unsigned token (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ aud: 'clinic-draft-read', iss: 'clinic-web', documentId: mine.documentId, type: 'api::article.article', status: 'draft', iat: 1, exp: 9999999999 })).toString('base64url')}.`, /malformed|not valid/],
    ['the static PREVIEW_SECRET itself', async () => PREVIEW_SECRET, /malformed/],
  ])('%s is refused with a 401 that says why, and no draft', async (_, make, message) => {
    const token = await make();
    for (const res of [
      await gqlWith(token, '{ articles(status: DRAFT) { title } }'),
      await ctx.http().get(`/api/articles/${mine.documentId}?status=draft`).set('x-clinic-draft-read', token),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.error.message).toMatch(/^x-clinic-draft-read: /);
      expect(res.body.error.message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toContain('Secret draft');
    }
  });

  it('does not allow writing', async () => {
    const token = await draftRead({ documentId: mine.documentId });
    const res = await ctx.http().post('/api/articles').set('x-clinic-draft-read', token).send({ data: { title: 'x' } });
    expect([401, 403]).toContain(res.status);
    const update = await ctx.http().put(`/api/articles/${mine.documentId}`).set('x-clinic-draft-read', token).send({ data: { title: 'changed' } });
    expect([401, 403, 405]).toContain(update.status);
    expect((await ctx.cms.strapi.documents('api::article.article').findOne({ documentId: mine.documentId, status: 'draft' }))!.title).toBe('Secret draft about autumn');
  });
});

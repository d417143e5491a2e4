import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// The admin home page's "Waiting for you" numbers and the consultation request panel, against
// requests, comments and schedules seeded here; and who may NOT read them.
const DEMO_PASSWORD = 'Demo-password-1';
const DAY = 86_400_000;
const INQUIRY = 'api::inquiry.inquiry';
const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::article.article';
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }];

let ctx: Awaited<ReturnType<typeof bootCms>>;
let editor: string;
let author: string;
const ids: Record<string, string> = {};

async function login(email: string) {
  const res = await ctx.http().post('/admin/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return res.body.data.token as string;
}
const get = (path: string, token?: string) => {
  const req = ctx.http().get(path);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function seedRequest(progress: 'new' | 'contacted' | 'closed', createdDaysAgo: number, closedDaysAgo?: number) {
  const strapi = ctx.cms.strapi;
  const created = await strapi.documents(INQUIRY).create({
    data: { name: 'Sam Rivers', contactMethod: 'phone', phone: '705-555-0100', sessionFormat: 'video', funding: 'not_sure', consentAt: daysAgo(createdDaysAgo), progress },
  });
  // Backdate, as if the request had been waiting.
  await strapi.db.query(INQUIRY).update({
    where: { documentId: created.documentId },
    data: { createdAt: daysAgo(createdDaysAgo), ...(closedDaysAgo !== undefined ? { closedAt: daysAgo(closedDaysAgo) } : {}) },
  });
  return created.documentId as string;
}

beforeAll(async () => {
  ctx = await bootCms({ env: { DEMO_PASSWORD } });
  const strapi = ctx.cms.strapi;
  editor = await login('editor@clinic.local');
  author = await login('author@clinic.local');

  ids.oldest = await seedRequest('new', 5);
  ids.newer = await seedRequest('new', 1);
  ids.contacted = await seedRequest('contacted', 3);
  ids.closed = await seedRequest('closed', 100, 80);

  const article = await strapi.documents(ARTICLE).findFirst({ filters: { slug: 'why-people-self-injure' }, status: 'published' });
  for (const moderation of ['pending', 'pending', 'pending', 'approved', 'rejected']) {
    await strapi.documents(COMMENT).create({ data: { article: article.documentId, displayName: 'Reader', body: 'Thank you.', moderation } });
  }

  // Schedules: two within the week, one next month, one whose date has passed.
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  for (const [title, publishAt] of [['Soon one', inDays(2)], ['Soon two', inDays(6)], ['Next month', inDays(30)], ['Overdue', daysAgo(1)]]) {
    await ctx.cms.createDraftArticle({ title, publishAt });
  }

  // A live sensitive article reviewed two years ago; a draft one (not live) as old; the seed's
  // own sensitive article was reviewed recently.
  const reviewer = (await strapi.documents('api::therapist.therapist').findFirst({ status: 'published' })).documentId;
  const stale = await ctx.cms.createDraftArticle({ title: 'Old review', body: paragraph, sensitiveTopic: { kind: 'suicide' }, reviewedBy: reviewer, lastReviewedAt: daysAgo(730).slice(0, 10) });
  await strapi.documents(ARTICLE).publish({ documentId: stale.documentId });
  await ctx.cms.createDraftArticle({ title: 'Old review, draft only', body: paragraph, sensitiveTopic: { kind: 'abuse' }, reviewedBy: reviewer, lastReviewedAt: daysAgo(800).slice(0, 10) });

  // The Author's own drafts, written in the admin as they would.
  for (const title of ['Author draft one', 'Author draft two']) {
    await ctx.http().post(`/content-manager/collection-types/${ARTICLE}`).set('Authorization', `Bearer ${author}`).send({ title, body: paragraph }).expect(201);
  }
});
afterAll(async () => { await ctx?.cms.stop(); });

/** Opens a line's link as the content-manager list does and returns how many entries it lists. */
async function listTotal(link: string, token: string) {
  const res = await get(link, token).expect(200);
  return res.body.pagination.total as number;
}

describe('what an Editor sees', () => {
  it('new consultation requests, and since when the oldest has waited', async () => {
    const res = await get('/staff-home/requests', editor).expect(200);
    expect(res.body.count).toBe(2);
    const waited = Date.now() - new Date(res.body.oldestWaitingSince).getTime();
    expect(Math.round(waited / DAY)).toBe(5);
    expect(decodeURIComponent(res.body.link)).toContain('filters[$and][0][progress][$eq]=new');
    expect(await listTotal(res.body.link, editor)).toBe(2);
  });

  it('comments waiting for moderation', async () => {
    const res = await get('/staff-home/comments', editor).expect(200);
    expect(res.body.count).toBe(3);
    expect(await listTotal(res.body.link, editor)).toBe(3);
  });

  it('articles scheduled in the next 7 days, and live sensitive articles reviewed over a year ago', async () => {
    const res = await get('/staff-home/articles', editor).expect(200);
    expect(res.body.scheduled.count).toBe(2);
    expect(await listTotal(res.body.scheduled.link, editor)).toBe(2);
    expect(res.body.staleReviews.count).toBe(1);
    expect(await listTotal(res.body.staleReviews.link, editor)).toBe(1);
  });

  it('nothing personal: counts, dates and links only', async () => {
    const bodies = await Promise.all(['/staff-home/requests', '/staff-home/comments', '/staff-home/articles'].map((p) => get(p, editor)));
    const text = JSON.stringify(bodies.map((b) => b.body));
    for (const personal of ['Sam Rivers', '705-555-0100', 'Thank you.', 'Reader']) expect(text).not.toContain(personal);
  });
});

describe('Strapi’s own home-page widgets', () => {
  it('title requests and comments by their type, not by the visitor’s name', async () => {
    // The Editor just touched a request and a comment: both are "last edited".
    await ctx.http().put(`/content-manager/collection-types/${INQUIRY}/${ids.contacted}`).set('Authorization', `Bearer ${editor}`).send({ preferredTimes: null }).expect(200);
    for (const action of ['update', 'publish']) {
      const res = await get(`/content-manager/homepage/recent-documents?action=${action}`, editor).expect(200);
      const text = JSON.stringify(res.body);
      for (const personal of ['Sam Rivers', '705-555-0100', 'Reader', 'Thank you.']) expect(text).not.toContain(personal);
    }
    const recent = (await get('/content-manager/homepage/recent-documents?action=update', editor)).body.data;
    expect(recent.find((doc: any) => doc.contentTypeUid === INQUIRY)?.title).toBe('Consultation request');
  });
});

describe('what an Author sees', () => {
  it('their own drafts and what is scheduled', async () => {
    const res = await get('/staff-home/articles', author).expect(200);
    expect(res.body.ownDrafts.count).toBe(2);
    expect(await listTotal(res.body.ownDrafts.link, author)).toBe(2);
    expect(res.body.scheduled.count).toBe(2);
    // The Editor created none of these drafts.
    expect((await get('/staff-home/articles', editor).expect(200)).body.ownDrafts.count).toBe(0);
  });

  it('no consultation requests or comments', async () => {
    for (const path of ['/staff-home/requests', '/staff-home/comments', `/staff-home/requests/${ids.oldest}`]) {
      expect((await get(path, author)).status).toBe(403);
    }
    const mark = await ctx.http().post(`/staff-home/requests/${ids.oldest}/contacted`).set('Authorization', `Bearer ${author}`);
    expect(mark.status).toBe(403);
    expect((await ctx.cms.strapi.db.query(INQUIRY).findOne({ where: { documentId: ids.oldest } })).progress).toBe('new');
  });
});

describe('nobody else reaches the endpoints', () => {
  const paths = ['/staff-home/requests', '/staff-home/comments', '/staff-home/articles'];

  it('the public gets 401', async () => {
    for (const path of paths) expect((await get(path)).status).toBe(401);
    expect((await ctx.http().post(`/staff-home/requests/${ids.oldest}/contacted`)).status).toBe(401);
  });

  it('a full-access API token gets 401', async () => {
    const token = await ctx.cms.createApiToken('full-access');
    for (const path of paths) expect((await get(path, token)).status).toBe(401);
    expect((await ctx.http().post(`/staff-home/requests/${ids.oldest}/contacted`).set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('they are not on the content API', async () => {
    const token = await ctx.cms.createApiToken('full-access');
    for (const path of paths) {
      expect((await get(`/api${path}`)).status).toBe(404);
      expect((await get(`/api${path}`, token)).status).toBe(404);
    }
  });
});

describe('the consultation request panel', () => {
  it('an open request is kept until it is closed', async () => {
    const res = await get(`/staff-home/requests/${ids.newer}`, editor).expect(200);
    expect(res.body).toMatchObject({ progress: 'new', retentionDays: 90, removalDate: null, daysUntilRemoval: null });
  });

  it('a request closed 80 days ago is deleted in 10 days (90-day rule)', async () => {
    const res = await get(`/staff-home/requests/${ids.closed}`, editor).expect(200);
    expect(res.body.daysUntilRemoval).toBe(10);
  });

  it('follows the retention period staff set on the clinic details', async () => {
    const clinic = ctx.cms.strapi.db.query('api::clinic.clinic');
    // A shared field: saving the clinic details sets it on every language and version alike.
    await clinic.updateMany({ where: {}, data: { inquiryRetentionDays: 120 } });
    try {
      expect((await get(`/staff-home/requests/${ids.closed}`, editor).expect(200)).body.daysUntilRemoval).toBe(40);
    } finally {
      await clinic.updateMany({ where: {}, data: { inquiryRetentionDays: 90 } });
    }
  });

  it('reports whether the request records a language', async () => {
    const res = await get(`/staff-home/requests/${ids.newer}`, editor).expect(200);
    const attributes = ctx.cms.strapi.contentType(INQUIRY).attributes;
    expect(res.body.languageRecorded).toBe('language' in attributes || 'locale' in attributes);
  });

  it('"Mark contacted" moves a new request on, once', async () => {
    const first = await ctx.http().post(`/staff-home/requests/${ids.newer}/contacted`).set('Authorization', `Bearer ${editor}`).expect(200);
    expect(first.body).toEqual({ progress: 'contacted', changed: true });
    expect((await ctx.cms.strapi.db.query(INQUIRY).findOne({ where: { documentId: ids.newer } })).progress).toBe('contacted');
    const again = await ctx.http().post(`/staff-home/requests/${ids.newer}/contacted`).set('Authorization', `Bearer ${editor}`).expect(200);
    expect(again.body.changed).toBe(false);
    expect((await get('/staff-home/requests', editor)).body.count).toBe(1);
  });

  it('does not reopen a closed request, and names unknown ones', async () => {
    const closed = await ctx.http().post(`/staff-home/requests/${ids.closed}/contacted`).set('Authorization', `Bearer ${editor}`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toMatch(/closed/);
    expect((await ctx.cms.strapi.db.query(INQUIRY).findOne({ where: { documentId: ids.closed } })).progress).toBe('closed');
    for (const bad of ['nosuchrequest', 'x'.repeat(65), '..%2F..']) {
      const res = await ctx.http().post(`/staff-home/requests/${bad}/contacted`).set('Authorization', `Bearer ${editor}`);
      expect(res.status).toBe(404);
    }
    expect((await get('/staff-home/requests/nosuchrequest', editor)).status).toBe(404);
  });
});

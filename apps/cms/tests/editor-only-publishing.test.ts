import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// Publishing is an Editor's act by every path: the Publish button, the schedule fields, the
// clinical-review fields, a clone. Each test sends what an Author could send to the admin API.
const DEMO_PASSWORD = 'Demo-password-1';
let ctx: Awaited<ReturnType<typeof bootCms>>;
let author: string;
let editor: string;
let reviewer: { id: number; documentId: string };
beforeAll(async () => {
  ctx = await bootCms({ env: { DEMO_PASSWORD } });
  author = await login('author@clinic.local');
  editor = await login('editor@clinic.local');
  const therapist: any = await ctx.cms.strapi.db.query('api::therapist.therapist').findOne({ where: { slug: 'elise-gagnon', publishedAt: null } });
  reviewer = { id: therapist.id, documentId: therapist.documentId };
});
afterAll(async () => { await ctx?.cms.stop(); });

const CM = '/content-manager/collection-types/api::article.article';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const past = () => new Date(Date.now() - 60_000).toISOString();

async function login(email: string) {
  const res = await ctx.http().post('/admin/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return res.body.data.token as string;
}
const as = (token: string, req: any) => req.set('Authorization', `Bearer ${token}`);
const draftRow = (documentId: string) => ctx.cms.strapi.db.query('api::article.article').findOne({ where: { documentId, publishedAt: null }, populate: ['reviewedBy', 'author'] });
const isLive = async (documentId: string) => !!(await ctx.cms.strapi.documents('api::article.article').findOne({ documentId, status: 'published' }));
const runScheduleAt = (now: Date) => ctx.cmsModule<typeof import('../src/workflow/scheduled-publishing')>('workflow/scheduled-publishing.js').runScheduledPublishing(ctx.cms.strapi, now);
const runSchedule = () => runScheduleAt(new Date());

async function authorDraft(title: string) {
  const res = await as(author, ctx.http().post(CM)).send({ title, body: paragraph('By an Author.') }).expect(201);
  return res.body.data.documentId as string;
}

describe('an Author cannot write the Editor-only fields through the admin API', () => {
  it('creating an article with a schedule, a reviewer, a review date and an author stores none of them', async () => {
    const res = await as(author, ctx.http().post(CM)).send({
      title: 'Author tries to schedule',
      body: paragraph('Draft.'),
      publishAt: past(),
      unpublishAt: new Date(Date.now() + 86_400_000).toISOString(),
      lastReviewedAt: '2026-11-20',
      reviewedBy: { connect: [{ id: reviewer.id }] },
      author: { connect: [{ id: reviewer.id }] },
    });
    expect(res.status).toBe(201);
    const row: any = await draftRow(res.body.data.documentId);
    expect(row).toMatchObject({ title: 'Author tries to schedule', publishAt: null, unpublishAt: null, lastReviewedAt: null, reviewedBy: null, author: null });
  });

  it('updating an own draft with those fields leaves them unchanged, and the draft is not published by the scheduler', async () => {
    const documentId = await authorDraft('Author edits the schedule');
    const res = await as(author, ctx.http().put(`${CM}/${documentId}`)).send({
      title: 'Author edits the schedule', body: paragraph('Changed.'), publishAt: past(), lastReviewedAt: '2026-11-20', reviewedBy: { connect: [{ id: reviewer.id }] },
    });
    expect(res.status).toBe(200);
    const row: any = await draftRow(documentId);
    expect(row.publishAt).toBeNull();
    expect(row.reviewedBy).toBeNull();
    expect(row.body[0].children[0].text).toBe('Changed.');
    await runSchedule();
    expect(await isLive(documentId)).toBe(false);
  });

  it('the Author role holds the fields for reading but not for writing', async () => {
    const role = await (ctx.cms.strapi.service('admin::role') as any).findOne({ code: 'strapi-author' }, ['permissions']);
    const fieldsOf = (action: string) => role.permissions.find((p: any) => p.action === action && p.subject === 'api::article.article').properties.fields as string[];
    for (const action of ['plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.update']) {
      expect(fieldsOf(action)).toContain('title');
      for (const field of ['publishAt', 'unpublishAt', 'reviewedBy', 'lastReviewedAt', 'author']) expect(fieldsOf(action)).not.toContain(field);
    }
    expect(fieldsOf('plugin::content-manager.explorer.read')).toEqual(expect.arrayContaining(['publishAt', 'reviewedBy']));
  });
});

describe('the scheduler publishes only what an Editor scheduled', () => {
  it('a date an Editor set publishes the draft as the Editor saved it', async () => {
    const documentId = await authorDraft('Editor schedules this');
    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ publishAt: past() }).expect(200);
    const report = await runSchedule();
    expect(report.published).toContain(documentId);
    expect(await isLive(documentId)).toBe(true);
  });

  it("an Author's edit after the Editor scheduled it is not published; the reason is plain; an Editor's save releases it", async () => {
    const documentId = await authorDraft('Scheduled, then edited');
    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ publishAt: past() }).expect(200);
    await as(author, ctx.http().put(`${CM}/${documentId}`)).send({ body: paragraph('Edited by the Author after scheduling.') }).expect(200);

    const refused = await runSchedule();
    expect(refused.published).not.toContain(documentId);
    expect(refused.refused.find((r) => r.documentId === documentId)?.reason).toMatch(/changed after an Editor scheduled it/);
    expect(await isLive(documentId)).toBe(false);

    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ body: paragraph('Edited by the Author after scheduling.') }).expect(200);
    expect((await runSchedule()).published).toContain(documentId);
  });

  it("an Author's edit to a live article does not go live by schedule", async () => {
    const documentId = await authorDraft('Live, then edited');
    await as(editor, ctx.http().post(`${CM}/${documentId}/actions/publish`)).send({}).expect(200);
    await as(author, ctx.http().put(`${CM}/${documentId}`)).send({ body: paragraph('Unreviewed change.') }).expect(200);
    // Whatever date is on the draft (here written straight into the database), the change waits.
    await ctx.cms.strapi.db.query('api::article.article').update({ where: { documentId, publishedAt: null }, data: { publishAt: new Date(Date.now() + 1000).toISOString() } });
    const report = await runScheduleAt(new Date(Date.now() + 60_000));
    expect(report.refused.find((r) => r.documentId === documentId)?.reason).toMatch(/"Publish at" was not set by an Editor/);
    const live: any = await ctx.cms.strapi.documents('api::article.article').findOne({ documentId, status: 'published' });
    expect(live.body[0].children[0].text).toBe('By an Author.');
  });

  it('an "unpublish at" date not set by an Editor never takes an article down', async () => {
    const documentId = await authorDraft('Stays up');
    await as(editor, ctx.http().post(`${CM}/${documentId}/actions/publish`)).send({}).expect(200);
    await ctx.cms.strapi.db.query('api::article.article').updateMany({ where: { documentId }, data: { unpublishAt: new Date(Date.now() + 1000).toISOString() } });
    const report = await runScheduleAt(new Date(Date.now() + 60_000));
    expect(report.unpublished).not.toContain(documentId);
    expect(report.refused.find((r) => r.documentId === documentId)?.reason).toMatch(/"Unpublish at" was not set by an Editor/);
    expect(await isLive(documentId)).toBe(true);
  });

  it('an "unpublish at" an Editor set and published takes the article down', async () => {
    const documentId = await authorDraft('Comes down');
    await as(editor, ctx.http().post(`${CM}/${documentId}/actions/publish`)).send({ unpublishAt: new Date(Date.now() + 1000).toISOString() }).expect(200);
    const report = await runScheduleAt(new Date(Date.now() + 60_000));
    expect(report.unpublished).toContain(documentId);
    expect(await isLive(documentId)).toBe(false);
  });

  it("an Author's clone of a scheduled article is not published by the copied date", async () => {
    const documentId = await authorDraft('Original to clone');
    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ publishAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(200);
    const clone = await as(author, ctx.http().post(`${CM}/clone/${documentId}`)).send({ title: 'Clone by an Author', body: paragraph('Cloned.') });
    expect(clone.status).toBe(200);
    const cloneId = clone.body.data.documentId;
    await ctx.cms.strapi.db.query('api::article.article').update({ where: { documentId: cloneId, publishedAt: null }, data: { publishAt: past() } });
    const report = await runSchedule();
    expect(report.published).not.toContain(cloneId);
    expect(await isLive(cloneId)).toBe(false);
  });

  it('a date set by an Editor who since lost the Editor role is left for another Editor', async () => {
    const strapi = ctx.cms.strapi;
    const roles = strapi.service('admin::role') as any;
    const user = await (strapi.service('admin::user') as any).create({
      email: 'former-editor@clinic.local', firstname: 'Former', lastname: 'Editor', password: 'Former-editor-1', isActive: true,
      roles: [(await roles.findOne({ code: 'strapi-editor' })).id],
    });
    const token = (await ctx.http().post('/admin/login').send({ email: 'former-editor@clinic.local', password: 'Former-editor-1' }).expect(200)).body.data.token;
    const documentId = await authorDraft('Scheduled by a former Editor');
    await as(token, ctx.http().put(`${CM}/${documentId}`)).send({ publishAt: past() }).expect(200);
    await (strapi.service('admin::user') as any).updateById(user.id, { roles: [(await roles.findOne({ code: 'strapi-author' })).id] });
    const report = await runSchedule();
    expect(report.refused.find((r) => r.documentId === documentId)?.reason).toMatch(/can no longer publish/);
    expect(await isLive(documentId)).toBe(false);
  });
});

describe('the clinical-review gate trusts review fields only as an Editor saved them', () => {
  it('review fields that did not come from an Editor do not pass the gate; an Editor saving them does', async () => {
    const documentId = await authorDraft('On suicide, self-reviewed');
    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ sensitiveTopic: { kind: 'suicide' } }).expect(200);
    // Review fields written around the admin (as an Author could before field permissions).
    await ctx.cms.strapi.db.query('api::article.article').update({ where: { documentId, publishedAt: null }, data: { lastReviewedAt: '2026-11-20', reviewedBy: reviewer.id } });

    await expect(ctx.cms.strapi.documents('api::article.article').publish({ documentId })).rejects.toThrow(/have an Editor confirm the review/);
    expect(await isLive(documentId)).toBe(false);

    await as(editor, ctx.http().put(`${CM}/${documentId}`)).send({ lastReviewedAt: '2026-11-20', reviewedBy: { connect: [{ id: reviewer.id }] } }).expect(200);
    await ctx.cms.strapi.documents('api::article.article').publish({ documentId });
    expect(await isLive(documentId)).toBe(true);
  });

  it('an Editor publishing a sensitive article with its review in the same save passes', async () => {
    const documentId = await authorDraft('On self-harm, reviewed by a therapist');
    const res = await as(editor, ctx.http().post(`${CM}/${documentId}/actions/publish`)).send({
      sensitiveTopic: { kind: 'self_harm' }, lastReviewedAt: '2026-11-21', reviewedBy: { connect: [{ id: reviewer.id }] },
    });
    expect(res.status).toBe(200);
    expect(await isLive(documentId)).toBe(true);
  });
});

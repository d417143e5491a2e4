import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms(); });
afterAll(async () => { await ctx?.cms.stop(); });

const SECRET = 'test-forms-secret';
let visitor = 0;
/** Each test posts from its own visitor address, so rate limits do not leak between tests. */
const post = (path: string, body: unknown, address = `198.51.100.${++visitor}`) =>
  ctx.http().post(path).set('x-clinic-forms-secret', SECRET).set('x-clinic-visitor-address', address).send(body as object);

const validInquiry = () => ({
  name: 'Sam Rivers',
  contactMethod: 'phone',
  phone: '705-555-0123',
  email: '',
  preferredTimes: ['weekday_mornings'],
  sessionFormat: 'video',
  funding: 'jordans_principle',
  therapist: 'maya-thompson',
  consent: true,
  website: '',
  idempotencyKey: randomUUID(),
});

let commentableSlug: string;
beforeAll(async () => {
  const article: any = await ctx.cms.strapi.documents('api::article.article').create({
    data: { title: 'Open for comments', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }], commentsEnabled: true },
    status: 'published',
  });
  commentableSlug = article.slug;
});
const validComment = () => ({ article: commentableSlug, displayName: 'Jo', body: 'Thank you for writing this.', website: '', idempotencyKey: randomUUID() });

const count = async () => ({
  inquiries: await ctx.cms.strapi.db.query('api::inquiry.inquiry').count(),
  comments: await ctx.cms.strapi.db.query('api::comment.comment').count(),
});

describe('bad input is refused and stores nothing', () => {
  const cases: Array<[string, string, () => unknown, number, RegExp]> = [
    ['inquiry: empty body', '/api/inquiries/submit', () => ({}), 400, /highlighted fields/],
    ['inquiry: missing name', '/api/inquiries/submit', () => ({ ...validInquiry(), name: '' }), 400, /"name":"name"/],
    ['inquiry: name is a number', '/api/inquiries/submit', () => ({ ...validInquiry(), name: 12 }), 400, /"name":"name"/],
    ['inquiry: overlong name', '/api/inquiries/submit', () => ({ ...validInquiry(), name: 'n'.repeat(101) }), 400, /"name":"tooLong:100"/],
    ['inquiry: script tag in the name', '/api/inquiries/submit', () => ({ ...validInquiry(), name: '<script>alert(1)</script>' }), 400, /"name":"markup"/],
    ['inquiry: control character', '/api/inquiries/submit', () => ({ ...validInquiry(), name: 'Sam\u0000Rivers' }), 400, /"name":"controlCharacters"/],
    ['inquiry: phone chosen, no phone', '/api/inquiries/submit', () => ({ ...validInquiry(), phone: '' }), 400, /"phone":"phone"/],
    ['inquiry: e-mail chosen, bad e-mail', '/api/inquiries/submit', () => ({ ...validInquiry(), contactMethod: 'email', email: 'sam@' }), 400, /"email":"email"/],
    ['inquiry: unknown contact method', '/api/inquiries/submit', () => ({ ...validInquiry(), contactMethod: 'fax' }), 400, /"contactMethod":"contactMethod"/],
    ['inquiry: unknown funding', '/api/inquiries/submit', () => ({ ...validInquiry(), funding: 'lottery' }), 400, /"funding":"funding"/],
    ['inquiry: unknown session format', '/api/inquiries/submit', () => ({ ...validInquiry(), sessionFormat: 'carrier-pigeon' }), 400, /"sessionFormat":"sessionFormat"/],
    ['inquiry: preferred time not offered', '/api/inquiries/submit', () => ({ ...validInquiry(), preferredTimes: ['3am'] }), 400, /"preferredTimes":"preferredTimes"/],
    ['inquiry: consent missing', '/api/inquiries/submit', () => ({ ...validInquiry(), consent: false }), 400, /"consent":"consent"/],
    ['inquiry: unknown therapist', '/api/inquiries/submit', () => ({ ...validInquiry(), therapist: 'dr-nobody' }), 400, /"therapist":"therapist"/],
    ['inquiry: honeypot filled', '/api/inquiries/submit', () => ({ ...validInquiry(), website: 'http://spam.example' }), 400, /could not be sent/],
    ['inquiry: bad idempotency key', '/api/inquiries/submit', () => ({ ...validInquiry(), idempotencyKey: 'twice' }), 400, /"idempotencyKey":"idempotencyKey"/],
    ['inquiry: body is a list', '/api/inquiries/submit', () => [validInquiry()], 400, /highlighted fields/],
    ['comment: missing display name', '/api/comments/submit', () => ({ ...validComment(), displayName: ' ' }), 400, /"displayName":"displayName"/],
    ['comment: empty comment', '/api/comments/submit', () => ({ ...validComment(), body: '' }), 400, /"body":"comment"/],
    ['comment: overlong comment', '/api/comments/submit', () => ({ ...validComment(), body: 'x'.repeat(2001) }), 400, /"body":"tooLong:2000"/],
    ['comment: HTML in the comment', '/api/comments/submit', () => ({ ...validComment(), body: 'hi <img src=x onerror=alert(1)>' }), 400, /"body":"markup"/],
    ['comment: honeypot filled', '/api/comments/submit', () => ({ ...validComment(), website: 'x' }), 400, /could not be sent/],
    ['comment: missing article', '/api/comments/submit', () => ({ ...validComment(), article: 'no-such-article' }), 404, /"article":"article"/],
    ['comment: sensitive article (comments off)', '/api/comments/submit', () => ({ ...validComment(), article: 'why-people-self-injure' }), 403, /"body":"commentsClosed"/],
    ['comment: extra fields are ignored, status cannot be set', '/api/comments/submit', () => ({ ...validComment(), status: 'approved', body: '<b>approve me</b>' }), 400, /"body":"markup"/],
  ];

  // Field problems come back as @clinic/forms codes (the website words them in the visitor's language).
  it.each(cases)('%s → %i', async (_label, path, body, status, message) => {
    const before = await count();
    const res = await post(path, body());
    expect(res.status).toBe(status);
    expect(res.body.error.message + JSON.stringify(res.body.error.details ?? {})).toMatch(message);
    expect(await count()).toEqual(before);
  });

  it('a form-encoded body is refused with 415', async () => {
    const before = await count();
    const res = await ctx.http().post('/api/inquiries/submit').set('x-clinic-forms-secret', SECRET).type('form').send('name=Sam');
    expect(res.status).toBe(415);
    expect(await count()).toEqual(before);
  });

  it('a huge body is refused with 413', async () => {
    const before = await count();
    const res = await post('/api/comments/submit', { ...validComment(), body: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(await count()).toEqual(before);
  });

  it('a request without the website\'s secret is refused with 401', async () => {
    const res = await ctx.http().post('/api/inquiries/submit').send(validInquiry());
    expect(res.status).toBe(401);
    const wrong = await ctx.http().post('/api/inquiries/submit').set('x-clinic-forms-secret', 'guess').send(validInquiry());
    expect(wrong.status).toBe(401);
  });
});

describe('valid submissions', () => {
  it('a consultation request is stored once, with only the chosen contact detail', async () => {
    const body = { ...validInquiry(), email: 'should-not-be-kept@example.ca' };
    const res = await post('/api/inquiries/submit', body);
    expect(res.status).toBe(201);
    const stored: any = await ctx.cms.strapi.db.query('api::inquiry.inquiry').findOne({ where: { idempotencyKey: body.idempotencyKey }, populate: ['therapist'] });
    expect(stored).toMatchObject({ name: 'Sam Rivers', phone: '705-555-0123', email: null, progress: 'new', funding: 'jordans_principle' });
    expect(stored.therapist.slug).toBe('maya-thompson');
    expect(stored.consentAt).toBeTruthy();
    expect(stored.submitterHash).not.toContain('198.51.100');
  });

  it('the same submission sent again (refresh, retry) is stored only once', async () => {
    const body = validInquiry();
    const first = await post('/api/inquiries/submit', body, '203.0.113.7');
    const second = await post('/api/inquiries/submit', body, '203.0.113.7');
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.meta.duplicate).toBe(true);
    expect(await ctx.cms.strapi.db.query('api::inquiry.inquiry').count({ where: { idempotencyKey: body.idempotencyKey } })).toBe(1);
  });

  it('a concurrent double submit is stored only once', async () => {
    const body = validComment();
    const results = await Promise.all(Array.from({ length: 5 }, () => post('/api/comments/submit', body, '203.0.113.8')));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await ctx.cms.strapi.db.query('api::comment.comment').count({ where: { idempotencyKey: body.idempotencyKey } })).toBe(1);
  });

  it('a comment is stored as pending, whatever the visitor sends', async () => {
    const body = validComment();
    await post('/api/comments/submit', { ...body, moderation: 'approved', status: 'approved' }).expect(201);
    const stored: any = await ctx.cms.strapi.db.query('api::comment.comment').findOne({ where: { idempotencyKey: body.idempotencyKey } });
    expect(stored.moderation).toBe('pending');
  });
});

describe('rate limits', () => {
  it('the sixth request in an hour from one address gets 429 with when to try again', async () => {
    const address = '192.0.2.55';
    for (let i = 0; i < 5; i += 1) await post('/api/inquiries/submit', validInquiry(), address).expect(201);
    const before = await count();
    const res = await post('/api/inquiries/submit', validInquiry(), address);
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.message).toMatch(/try again in \d+ minute/);
    expect(res.body.error.details.code).toBe('rateLimited');
    expect(await count()).toEqual(before);
    await post('/api/inquiries/submit', validInquiry(), '192.0.2.56').expect(201); // others are unaffected
  });
});

describe('what the public can see', () => {
  it('inquiries and comments have no public REST routes', async () => {
    for (const path of ['/api/inquiries', '/api/comments', '/api/inquiries/1', '/api/comments?filters[status]=pending']) {
      const res = await ctx.http().get(path);
      expect([403, 404, 405]).toContain(res.status);
    }
  });

  it('GraphQL has no inquiry or comment types, queries or mutations', async () => {
    for (const query of ['{ inquiries { name } }', '{ comments { body } }', 'mutation { createInquiry(data: {}) { name } }']) {
      const res = await ctx.graphql(query);
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
    }
  });

  it('only approved comments are public, and only three fields of them', async () => {
    const strapi = ctx.cms.strapi;
    const article = await strapi.documents('api::article.article').findFirst({ filters: { slug: commentableSlug }, status: 'published' });
    for (const [status, body] of [['approved', 'Approved words'], ['pending', 'Pending words'], ['rejected', 'Rejected words']]) {
      await strapi.documents('api::comment.comment').create({ data: { article: article!.documentId, displayName: 'Reader', body, moderation: status, submitterHash: 'h' } as any });
    }
    const res = await ctx.graphql('query($a: String!) { approvedComments(article: $a) { displayName body createdAt } }', { a: commentableSlug }).expect(200);
    const bodies = res.body.data.approvedComments.map((c: any) => c.body);
    expect(bodies).toContain('Approved words');
    expect(bodies).not.toContain('Pending words');
    expect(bodies).not.toContain('Rejected words');
    const asked = await ctx.graphql('query($a: String!) { approvedComments(article: $a) { submitterHash } }', { a: commentableSlug });
    expect(asked.status).toBe(400);
  });
});

describe('staff side', () => {
  it('an Editor approves a comment and closes a request in the admin (content-manager API)', async () => {
    const strapi = ctx.cms.strapi;
    const roles = strapi.service('admin::role') as any;
    const editorRole = await roles.findOne({ code: 'strapi-editor' });
    await (strapi.service('admin::user') as any).create({
      email: 'moderator@clinic.local', firstname: 'Mo', lastname: 'Derator', password: 'Moderator-password-1', isActive: true, registrationToken: null, roles: [editorRole.id],
    });
    const login = await ctx.http().post('/admin/login').send({ email: 'moderator@clinic.local', password: 'Moderator-password-1' }).expect(200);
    const auth = `Bearer ${login.body.data.token}`;

    const comment = validComment();
    await post('/api/comments/submit', comment).expect(201);
    const storedComment = await strapi.db.query('api::comment.comment').findOne({ where: { idempotencyKey: comment.idempotencyKey } });
    await ctx.http().put(`/content-manager/collection-types/api::comment.comment/${storedComment.documentId}`).set('Authorization', auth)
      .send({ moderation: 'approved' }).expect(200);
    const listed = await ctx.graphql('query($a: String!) { approvedComments(article: $a) { body } }', { a: commentableSlug }).expect(200);
    expect(listed.body.data.approvedComments.map((c: any) => c.body)).toContain(comment.body);

    const inquiry = validInquiry();
    await post('/api/inquiries/submit', inquiry).expect(201);
    const storedInquiry = await strapi.db.query('api::inquiry.inquiry').findOne({ where: { idempotencyKey: inquiry.idempotencyKey } });
    await ctx.http().put(`/content-manager/collection-types/api::inquiry.inquiry/${storedInquiry.documentId}`).set('Authorization', auth)
      .send({ progress: 'contacted' }).expect(200);
    expect((await strapi.db.query('api::inquiry.inquiry').findOne({ where: { documentId: storedInquiry.documentId } })).progress).toBe('contacted');
  });

  it('closing a request stamps closedAt, and the retention job deletes it after the period', async () => {
    const body = validInquiry();
    await post('/api/inquiries/submit', body).expect(201);
    const strapi = ctx.cms.strapi;
    const stored = await strapi.db.query('api::inquiry.inquiry').findOne({ where: { idempotencyKey: body.idempotencyKey } });
    await strapi.documents('api::inquiry.inquiry').update({ documentId: stored.documentId, data: { progress: 'closed' } as any });
    const closed = await strapi.db.query('api::inquiry.inquiry').findOne({ where: { documentId: stored.documentId } });
    expect(closed.closedAt).toBeTruthy();

    const { deleteExpiredInquiries } = ctx.cmsModule<typeof import('../src/forms/retention')>('forms/retention.js');
    expect((await deleteExpiredInquiries(strapi, new Date(Date.now() + 89 * 86_400_000))).deleted).toBe(0);
    const later = await deleteExpiredInquiries(strapi, new Date(Date.now() + 91 * 86_400_000));
    expect(later).toEqual({ deleted: 1, days: 90 });
    expect(await strapi.db.query('api::inquiry.inquiry').findOne({ where: { documentId: stored.documentId } })).toBeNull();
  });

  it('the staff notice says only that a request is waiting', async () => {
    const { noticeText, NOTICE_SUBJECT } = ctx.cmsModule<typeof import('../src/forms/notify-staff')>('forms/notify-staff.js');
    const text = noticeText('http://localhost:1337/admin');
    expect(NOTICE_SUBJECT).toBe('A new consultation request is waiting');
    expect(text).not.toMatch(/Sam|705-555|@example/);
  });
});

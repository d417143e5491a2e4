// English and French: the locales made at boot, the French seed, the content API in `fr` for every
// type (GraphQL and REST, repeatable components included: strapi/strapi#26967), the other
// language's slug, relations to entries missing in a language (strapi/strapi#27467), the publish
// rules in each language, and the visitor's language stored with forms.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

const DEMO_PASSWORD = 'Demo-password-1';
const FORMS_SECRET = 'test-forms-secret';
let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms({ env: { DEMO_PASSWORD, FORMS_SECRET } }); });
afterAll(async () => { await ctx?.cms.stop(); });

const CM = '/content-manager/collection-types/api::article.article';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const documents = (uid: string) => ctx.cms.strapi.documents(uid as any);

async function login(email: string) {
  const res = await ctx.http().post('/admin/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return res.body.data.token as string;
}

async function therapistId(slug: string) {
  return (await documents('api::therapist.therapist').findFirst({ filters: { slug }, status: 'published' }))!.documentId as string;
}

describe('locales', () => {
  it('has English (default) and Canadian French, made at boot', async () => {
    const locales = ctx.cms.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('en');
    const codes = (await locales.find()).map((locale: any) => locale.code).sort();
    expect(codes).toEqual(['en', 'fr']);
    expect((await locales.findByCode('fr')).name).toMatch(/Canada/);
  });
});

describe('the French seed', () => {
  it('publishes a French version of every seeded entry, as the same document, with French slugs', async () => {
    const expected: Record<string, string[]> = {
      'api::topic.topic': ['anxiete', 'automutilation', 'emotions-et-adaptation', 'la-therapie-expliquee', 'soutenir-un-proche', 'traumatisme'],
      'api::approach.approach': ['emdr', 'ifs', 'pleine-conscience', 'tcd', 'therapie-somatique'],
      'api::therapist.therapist': ['elise-gagnon', 'maya-thompson', 'sam-kowalski'],
      'api::article.article': ['comprendre-l-automutilation'],
    };
    for (const [uid, slugs] of Object.entries(expected)) {
      const french: any[] = await documents(uid).findMany({ locale: 'fr', status: 'published' });
      expect(french.map((entry) => entry.slug).sort(), uid).toEqual(expect.arrayContaining(slugs));
      for (const entry of french) {
        // The same document as an English entry: one documentId, two languages.
        expect(await ctx.cms.strapi.db.query(uid as any).count({ where: { documentId: entry.documentId, locale: 'en' } })).toBeGreaterThan(0);
      }
    }
  });

  it('writes the article in French, clinically reviewed, with its relations in French', async () => {
    const article: any = await documents('api::article.article').findFirst({
      locale: 'fr',
      status: 'published',
      filters: { slug: 'comprendre-l-automutilation' },
      populate: ['sensitiveTopic', 'topics', 'approaches', 'author', 'reviewedBy'],
    });
    expect(article.title).toMatch(/automutilation/);
    expect(article.sensitiveTopic.kind).toBe('self_harm');
    expect(article.reviewedBy.slug).toBe('elise-gagnon');
    expect(article.lastReviewedAt).toBeTruthy();
    expect(article.commentsEnabled).toBe(false); // shared with English
    expect(article.topics.map((topic: any) => topic.slug)).toContain('automutilation');
    expect(article.approaches.map((approach: any) => approach.slug)).toEqual(expect.arrayContaining(['tcd', 'emdr', 'ifs']));
    const text = JSON.stringify(article.body);
    for (const term of ['TCD', 'EMDR', 'systèmes familiaux intérieurs', 'approches somatiques', 'pleine conscience', 'intervenant·e', '9-8-8']) expect(text).toContain(term);
  });

  it('keeps shared fields shared: a therapist\'s name, credentials and availability are the same in both languages', async () => {
    const [en, fr]: any[] = await Promise.all(['en', 'fr'].map((locale) =>
      documents('api::therapist.therapist').findFirst({ locale, status: 'published', filters: { slug: 'elise-gagnon' }, populate: ['languages'] })));
    for (const field of ['name', 'credentials', 'acceptingNewClients', 'offersVideo', 'order', 'billsNihb', 'billsJordansPrinciple', 'billsBenefits', 'billsPrivate']) expect(fr[field], field).toEqual(en[field]);
    expect(fr.role).toBe('Travailleuse sociale inscrite');
    expect(fr.languages.map((label: any) => label.text)).toEqual(['Français', 'Anglais']);
  });

  it('adds nothing and changes nothing when run again, in either language', async () => {
    const topic: any = await documents('api::topic.topic').findFirst({ locale: 'fr', filters: { slug: 'anxiete' } });
    await documents('api::topic.topic').update({ documentId: topic.documentId, locale: 'fr', data: { description: 'Texte modifié par le personnel.' }, status: 'published' });
    const { seedContent } = ctx.cmsModule<typeof import('../src/seed/seed-content')>('seed/seed-content.js');
    const report = await seedContent(ctx.cms.strapi);
    expect(report.created).toEqual([]);
    expect(report.skipped).toContain('topic:fr:anxiete');
    const after: any = await documents('api::topic.topic').findFirst({ locale: 'fr', status: 'published', filters: { slug: 'anxiete' } });
    expect(after.description).toBe('Texte modifié par le personnel.');
  });
});

describe('the content API in French', () => {
  const summaryQuery = `query($locale: I18NLocaleCode) {
    articles(locale: $locale) { slug title locale localizations { slug locale } sensitiveTopic { message } topics { slug name } author { slug role } }
    therapists(locale: $locale) { slug role locale focusAreas { text } languages { text } approaches { slug name } localizations { slug locale } }
    approaches(locale: $locale) { slug name fullName locale localizations { slug locale } }
    topics(locale: $locale) { slug name locale localizations { slug locale } }
    clinic(locale: $locale) { name phone tagline locale serviceArea
      crisisLines { name phone textInstructions url }
      openingHours { fromDay toDay opens closes }
      fundingPrograms { name shortName url }
      socialLinks { platform url }
      localizations { locale tagline } }
  }`;

  it('answers every type over GraphQL in French, repeatable components included (strapi/strapi#26967)', async () => {
    const res = await ctx.graphql(summaryQuery, { locale: 'fr' }).expect(200);
    expect(res.body.errors).toBeUndefined();
    const { articles, therapists, approaches, topics, clinic } = res.body.data;
    expect(articles.map((article: any) => article.slug)).toContain('comprendre-l-automutilation');
    for (const list of [articles, therapists, approaches, topics]) for (const entry of list) expect(entry.locale).toBe('fr');
    // Repeatable components come back in the language asked for, not in English.
    expect(clinic.locale).toBe('fr');
    expect(clinic.crisisLines.map((line: any) => line.name)).toEqual(expect.arrayContaining(['9-8-8 : Ligne d’aide en cas de crise de suicide', 'Ligne d’écoute d’espoir pour le mieux-être', 'Jeunesse, J’écoute']));
    expect(clinic.crisisLines.find((line: any) => line.phone === '1-800-668-6868').textInstructions).toMatch(/PARLER/);
    expect(clinic.fundingPrograms.map((program: any) => program.shortName)).toContain('SSNA');
    expect(clinic.openingHours).toHaveLength(2);
    expect(clinic.socialLinks.map((link: any) => link.platform).sort()).toEqual(['facebook', 'instagram']); // shared
    expect(clinic.phone).toBe('705-535-1639'); // shared
    const elise = therapists.find((therapist: any) => therapist.slug === 'elise-gagnon');
    expect(elise.focusAreas.map((area: any) => area.text)).toContain('Deuil et perte');
    expect(elise.approaches.map((approach: any) => approach.name)).toEqual(expect.arrayContaining(['IFS', 'Thérapie somatique']));
    expect(approaches.find((approach: any) => approach.slug === 'tcd').fullName).toBe('Thérapie comportementale dialectique');
  });

  it('gives each entry the other language\'s slug (localizations)', async () => {
    const fr = (await ctx.graphql(summaryQuery, { locale: 'fr' }).expect(200)).body.data;
    const en = (await ctx.graphql(summaryQuery, { locale: 'en' }).expect(200)).body.data;
    const frArticle = fr.articles.find((article: any) => article.slug === 'comprendre-l-automutilation');
    expect(frArticle.localizations).toEqual([{ slug: 'why-people-self-injure', locale: 'en' }]);
    const enArticle = en.articles.find((article: any) => article.slug === 'why-people-self-injure');
    expect(enArticle.localizations).toEqual([{ slug: 'comprendre-l-automutilation', locale: 'fr' }]);
    expect(en.approaches.find((approach: any) => approach.slug === 'dbt').localizations).toEqual([{ slug: 'tcd', locale: 'fr' }]);
    expect(en.clinic.crisisLines[0].name).toMatch(/^9-8-8 Suicide Crisis Helpline/);
    expect(en.clinic.localizations[0].tagline).toMatch(/Thérapie virtuelle/);
  });

  it('answers every type over REST in French, components populated', async () => {
    const articles = await ctx.http().get('/api/articles?locale=fr&populate[0]=sensitiveTopic&populate[1]=localizations').expect(200);
    expect(articles.body.data.map((article: any) => article.slug)).toContain('comprendre-l-automutilation');
    expect(articles.body.data[0].locale).toBe('fr');
    const therapists = await ctx.http().get('/api/therapists?locale=fr&populate[0]=focusAreas&populate[1]=languages').expect(200);
    expect(therapists.body.data.find((therapist: any) => therapist.slug === 'elise-gagnon').languages.map((label: any) => label.text)).toContain('Français');
    const approaches = await ctx.http().get('/api/approaches?locale=fr').expect(200);
    expect(approaches.body.data.map((approach: any) => approach.name)).toContain('Pleine conscience');
    const topics = await ctx.http().get('/api/topics?locale=fr').expect(200);
    expect(topics.body.data.map((topic: any) => topic.name)).toContain('Automutilation');
    const clinic = await ctx.http().get('/api/clinic?locale=fr&populate[0]=crisisLines&populate[1]=fundingPrograms&populate[2]=openingHours').expect(200);
    expect(clinic.body.data.locale).toBe('fr');
    expect(clinic.body.data.crisisLines.map((line: any) => line.name)).toContain('Jeunesse, J’écoute');
    expect(clinic.body.data.fundingPrograms.map((program: any) => program.name)).toContain('Principe de Jordan');
    expect(clinic.body.data.inquiryRetentionDays).toBeUndefined(); // private in every language
  });

  it('refuses a language the site does not have with a 400, not a 500', async () => {
    const rest = await ctx.http().get('/api/articles?locale=de');
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toMatch(/locale must be one of en, fr/);
    const graphql = await ctx.graphql('query { articles(locale: "de") { slug } }');
    expect(graphql.status).toBeLessThan(500);
    expect(graphql.body.errors[0].message).toMatch(/locale must be one of en, fr/);
  });

  it('keeps French drafts closed to the public, like English ones (strapi/strapi#25326)', async () => {
    const draft: any = await documents('api::article.article').create({ locale: 'fr', data: { title: 'Brouillon en français', body: paragraph('Pas encore publié.') }, status: 'draft' });
    const res = await ctx.graphql('query { articles(locale: "fr", status: DRAFT) { slug } }').expect(200);
    expect(res.body.data.articles.map((article: any) => article.slug)).not.toContain(draft.slug);
    const rest = await ctx.http().get('/api/articles?locale=fr&status=draft').expect(200);
    expect(rest.body.data.map((article: any) => article.slug)).not.toContain(draft.slug);
  });
});

describe('relations to an entry that has no French version (strapi/strapi#27467)', () => {
  it('a French article cannot point at an English-only therapist: the relation stays empty in French', async () => {
    const therapist: any = await documents('api::therapist.therapist').create({ locale: 'en', data: { name: 'Only In English', shortBio: 'English only.' }, status: 'published' });
    const article: any = await documents('api::article.article').create({ locale: 'en', data: { title: 'Written in English first', body: paragraph('Hello.'), author: therapist.documentId }, status: 'published' });
    // Connecting the French version to that therapist: there is no French therapist row to point at.
    let refused: unknown = null;
    try {
      await documents('api::article.article').update({
        documentId: article.documentId, locale: 'fr', status: 'published',
        data: { title: 'Écrit d’abord en anglais', body: paragraph('Bonjour.'), author: { documentId: therapist.documentId, locale: 'fr' } },
      });
    } catch (error) {
      refused = error;
    }
    const french: any = await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'fr', status: refused ? 'draft' : 'published', populate: ['author'] });
    // Either way, no French page ever names an author that does not exist in French. The client
    // works around it (packages/client/src/relations-elsewhere.ts: the English profile, marked as
    // English); once this test fails upstream has fixed it, and the workaround can go.
    expect(french?.author ?? null).toBeNull();
    const english: any = await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'en', status: 'published', populate: ['author'] });
    expect(english.author.slug).toBe(therapist.slug); // English is untouched
  });
});

describe('publish rules hold in each language', () => {
  it('a French version of a sensitive article needs its own notice, reviewer and review date', async () => {
    const token = await login('editor@clinic.local');
    const elise = await therapistId('elise-gagnon');
    const article: any = await documents('api::article.article').create({
      locale: 'en',
      data: { title: 'On suicide, reviewed', body: paragraph('Reviewed.'), sensitiveTopic: { kind: 'suicide' }, reviewedBy: elise, lastReviewedAt: '2026-11-20' },
      status: 'published',
    });
    // A French draft that dropped the notice and has no review.
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { title: 'Parler du suicide', body: paragraph('Brouillon.') } });
    const refused = await ctx.http().post(`${CM}/${article.documentId}/actions/publish?locale=fr`).set('Authorization', `Bearer ${token}`).send({});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Sensitive topic/);
    expect(refused.body.error.message).toMatch(/Reviewed by/);
    expect(refused.body.error.message).toMatch(/Last reviewed/);
    expect(await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'fr', status: 'published' })).toBeNull();

    await documents('api::article.article').update({
      documentId: article.documentId, locale: 'fr',
      data: { sensitiveTopic: { kind: 'suicide', message: 'Cet article parle de suicide.' }, reviewedBy: { documentId: elise, locale: 'fr' }, lastReviewedAt: '2026-11-25' },
    });
    await ctx.http().post(`${CM}/${article.documentId}/actions/publish?locale=fr`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
    const live: any = await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'fr', status: 'published', populate: ['sensitiveTopic'] });
    expect(live.sensitiveTopic.message).toMatch(/suicide/);
  });

  it('a French cover needs alt text in French; the English one may use the Media Library text', async () => {
    const file: any = await ctx.cms.strapi.db.query('plugin::upload.file').create({
      data: { name: 'lake.png', alternativeText: 'A calm lake at dawn', url: '/uploads/lake_i18n.png', hash: `lake_${randomUUID()}`, ext: '.png', mime: 'image/png', size: 1, provider: 'local', width: 10, height: 10 },
    });
    const article: any = await documents('api::article.article').create({ locale: 'en', data: { title: 'A lake picture', body: paragraph('Water.'), cover: file.id }, status: 'draft' });
    await documents('api::article.article').publish({ documentId: article.documentId, locale: 'en' });
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { title: 'Une photo de lac', body: paragraph('De l’eau.') } });
    await expect(documents('api::article.article').publish({ documentId: article.documentId, locale: 'fr' })).rejects.toThrow(/Cover alt text/);
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { coverAlt: 'Un lac calme à l’aube' } });
    await documents('api::article.article').publish({ documentId: article.documentId, locale: 'fr' });
    const live: any = await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'fr', status: 'published', populate: ['cover'] });
    expect(live.cover.id).toBe(file.id); // the picture is shared
    expect(live.coverAlt).toBe('Un lac calme à l’aube');
  });

  it('a picture in a French body needs its alt text in French ("Body image alt text"); English keeps the Media Library text', async () => {
    const file: any = await ctx.cms.strapi.db.query('plugin::upload.file').create({
      data: { name: 'trail.png', alternativeText: 'A forest trail in autumn', url: '/uploads/trail_i18n.png', hash: `trail_${randomUUID()}`, ext: '.png', mime: 'image/png', size: 1, provider: 'local', width: 10, height: 10 },
    });
    // The Blocks editor stores the picture with the Media Library text it had (English), in both languages.
    const body = (words: string) => [...paragraph(words), { type: 'image', image: { ...file }, children: [{ type: 'text', text: '' }] }];
    const article: any = await documents('api::article.article').create({ locale: 'en', data: { title: 'A trail picture', body: body('A walk.') }, status: 'draft' });
    await documents('api::article.article').publish({ documentId: article.documentId, locale: 'en' });
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { title: 'Une photo de sentier', body: body('Une promenade.') } });
    await expect(documents('api::article.article').publish({ documentId: article.documentId, locale: 'fr' })).rejects.toThrow(/"Body image alt text".*trail\.png/);
    // An entry for another picture does not count.
    const other: any = await ctx.cms.strapi.db.query('plugin::upload.file').create({
      data: { name: 'lake.png', alternativeText: 'A lake', url: '/uploads/lake_other.png', hash: `lake_${randomUUID()}`, ext: '.png', mime: 'image/png', size: 1, provider: 'local', width: 10, height: 10 },
    });
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { bodyImageAlts: [{ image: other.id, alt: 'Un lac' }] } });
    await expect(documents('api::article.article').publish({ documentId: article.documentId, locale: 'fr' })).rejects.toThrow(/Body image alt text/);
    await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { bodyImageAlts: [{ image: file.id, alt: 'Un sentier en forêt à l’automne' }] } });
    await documents('api::article.article').publish({ documentId: article.documentId, locale: 'fr' });

    // Over GraphQL, in each language: French has its text for that picture, English has none (it uses the library's).
    const query = (locale: string) => ctx.http().post('/graphql').send({ query: `{ articles(locale: "${locale}", filters: { documentId: { eq: "${article.documentId}" } }) { bodyImageAlts { alt image { url } } } }` });
    expect((await query('fr').expect(200)).body.data.articles[0].bodyImageAlts).toEqual([{ alt: 'Un sentier en forêt à l’automne', image: { url: file.url } }]);
    expect((await query('en').expect(200)).body.data.articles[0].bodyImageAlts).toEqual([]);
  });

  it('the scheduler publishes the French version on its own date, with the same rules', async () => {
    const article: any = await documents('api::article.article').create({ locale: 'en', data: { title: 'Scheduled in two languages', body: paragraph('Soon.') }, status: 'published' });
    await documents('api::article.article').update({
      documentId: article.documentId, locale: 'fr',
      data: { title: 'Programmé en français', body: paragraph('Bientôt.'), publishAt: new Date(Date.now() - 60_000).toISOString() },
    });
    const { runScheduledPublishing } = ctx.cmsModule<typeof import('../src/workflow/scheduled-publishing')>('workflow/scheduled-publishing.js');
    const report = await runScheduledPublishing(ctx.cms.strapi);
    expect(report.published).toContain(article.documentId);
    expect(await documents('api::article.article').findOne({ documentId: article.documentId, locale: 'fr', status: 'published' })).toBeTruthy();
  });
});

describe('visitor forms keep the visitor\'s language, for staff', () => {
  let visitor = 0;
  const post = (path: string, body: unknown) =>
    ctx.http().post(path).set('x-clinic-forms-secret', FORMS_SECRET).set('x-clinic-visitor-address', `198.51.100.${++visitor}`).send(body as object);

  it('stores a request sent from a French page with language fr, and the therapist in French', async () => {
    const body = {
      name: 'Geneviève Roy', contactMethod: 'phone', phone: '705-555-0199', preferredTimes: ['weekends'], sessionFormat: 'phone',
      funding: 'nihb', therapist: 'elise-gagnon', consent: true, language: 'fr', website: '', idempotencyKey: randomUUID(),
    };
    await post('/api/inquiries/submit', body).expect(201);
    const stored: any = await ctx.cms.strapi.db.query('api::inquiry.inquiry').findOne({ where: { idempotencyKey: body.idempotencyKey }, populate: ['therapist'] });
    expect(stored.language).toBe('fr');
    expect(stored.therapist.locale).toBe('fr');
    const english = { ...body, idempotencyKey: randomUUID(), language: undefined };
    await post('/api/inquiries/submit', english).expect(201);
    expect((await ctx.cms.strapi.db.query('api::inquiry.inquiry').findOne({ where: { idempotencyKey: english.idempotencyKey } })).language).toBe('en');
  });

  it('takes comments on a French article by its French slug, and lists approved ones only on that language\'s page', async () => {
    const article: any = await documents('api::article.article').create({ locale: 'en', data: { title: 'Open in both languages', body: paragraph('Hi.'), commentsEnabled: true }, status: 'published' });
    const french: any = await documents('api::article.article').update({ documentId: article.documentId, locale: 'fr', data: { title: 'Ouvert dans les deux langues', body: paragraph('Allô.') }, status: 'published' });
    const key = randomUUID();
    await post('/api/comments/submit', { article: french.slug, displayName: 'Luc', body: 'Merci pour cet article.', language: 'fr', website: '', idempotencyKey: key }).expect(201);
    // The English slug is not a French article.
    const wrong = await post('/api/comments/submit', { article: article.slug, displayName: 'Luc', body: 'Merci.', language: 'fr', website: '', idempotencyKey: randomUUID() });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.details.errors).toEqual({ article: 'article' });

    const stored: any = await ctx.cms.strapi.db.query('api::comment.comment').findOne({ where: { idempotencyKey: key } });
    expect(stored.language).toBe('fr');
    await documents('api::comment.comment').update({ documentId: stored.documentId, data: { moderation: 'approved' } });
    const query = 'query($article: String!, $locale: String) { approvedComments(article: $article, locale: $locale) { body } }';
    const fr = await ctx.graphql(query, { article: french.slug, locale: 'fr' }).expect(200);
    expect(fr.body.data.approvedComments).toEqual([{ body: 'Merci pour cet article.' }]);
    const en = await ctx.graphql(query, { article: article.slug }).expect(200);
    expect(en.body.data.approvedComments).toEqual([]);
  });

  it('refuses a language the site does not have, with its code', async () => {
    const res = await post('/api/comments/submit', { article: 'why-people-self-injure', displayName: 'X', body: 'Hallo', language: 'de', website: '', idempotencyKey: randomUUID() });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.language).toBe('language');
  });
});

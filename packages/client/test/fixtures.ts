// Response bodies shaped like Strapi's, for the fake fetch.
export const media = { url: '/uploads/lake.jpg', alternativeText: 'A lake at dawn', width: 1200, height: 800, formats: { small: { url: '/uploads/small_lake.jpg', width: 500, height: 333 } } }

export const topic = { documentId: 't1', name: 'Self-injury', slug: 'self-injury', description: 'Why people hurt themselves.' }

export const articleSummary = (slug: string, topics = [topic]) => ({
  documentId: `doc-${slug}`,
  title: `Title of ${slug}`,
  slug,
  excerpt: 'An excerpt.',
  publishedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  lastReviewedAt: '2026-11-01',
  cover: media,
  topics,
  author: { name: 'Maya Thompson', slug: 'maya-thompson', credentials: 'RP' },
  sensitiveTopic: { kind: 'self_harm', message: 'This article talks about self-injury.' },
})

export const article = (slug: string, topics = [topic]) => ({
  ...articleSummary(slug, topics),
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }],
  reviewedBy: { name: 'Élise Gagnon', slug: 'elise-gagnon', credentials: 'RSW' },
  approaches: [{ name: 'DBT', slug: 'dbt', fullName: 'Dialectical Behaviour Therapy' }, null],
  commentsEnabled: false,
  seo: { metaTitle: 'Meta', metaDescription: 'Description', noIndex: false, shareImage: null },
})

export const clinic = {
  documentId: 'c1',
  name: 'Northern Therapy Clinic',
  tagline: null,
  phone: '705-535-1639',
  fax: null,
  email: null,
  locality: 'Kirkland Lake',
  region: 'ON',
  country: 'CA',
  serviceArea: null,
  virtualCareNote: null,
  about: null,
  openingHours: [{ fromDay: 'monday', toDay: 'friday', opens: '09:00:00.000', closes: '17:00:00.000', closed: false, note: null }],
  weekendNote: null,
  socialLinks: null,
  fundingPrograms: [],
  crisisLines: null,
  logo: null,
  privacyContactName: null,
  privacyContactEmail: null,
  seo: null,
}

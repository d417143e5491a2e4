import type { Core } from '@strapi/strapi';
import { readPublishedArticle } from './published-article-read';

// `publishedArticle(slug, locale)`: an article's page in one GraphQL query and one read
// (published-article-read.ts). Its types hold plain values only, never Strapi's entity types:
// those resolve their relations with their own database reads, which do not know this read is
// published-only. Field names and nullability follow the generated `Article` type, so a client
// selects the same fields either way.

type Nexus = any;
type Definition = any;

const scalars = (t: Definition, fields: Record<string, string>) => {
  for (const [name, type] of Object.entries(fields)) {
    if (type.endsWith('!')) t.nonNull.field(name, { type: type.slice(0, -1) });
    else t.field(name, { type });
  }
};

function types(nexus: Nexus) {
  const object = (name: string, description: string, definition: (t: Definition) => void) => nexus.objectType({ name, description, definition });
  const teaser = (t: Definition) => {
    scalars(t, { documentId: 'ID!', locale: 'String', title: 'String!', slug: 'String!', excerpt: 'String', publishedAt: 'DateTime' });
    t.nonNull.list.nonNull.field('topics', { type: 'EntryTopic' });
    t.field('author', { type: 'EntryPerson' });
  };
  return [
    object('EntryTopic', 'A topic an entry is filed under.', (t) =>
      scalars(t, { documentId: 'ID!', locale: 'String', name: 'String!', slug: 'String!', description: 'String' })),
    object('EntryPerson', 'A therapist named on an entry (author, reviewer).', (t) =>
      scalars(t, { name: 'String!', slug: 'String!', credentials: 'String', locale: 'String' })),
    object('EntryApproach', 'A therapy approach an entry is about.', (t) =>
      scalars(t, { name: 'String!', slug: 'String!', fullName: 'String', locale: 'String', order: 'Int' })),
    object('EntryLocalization', 'The same entry in another language.', (t) => scalars(t, { locale: 'String', slug: 'String!' })),
    object('EntryImage', 'An uploaded image.', (t) =>
      scalars(t, { url: 'String!', alternativeText: 'String', width: 'Int', height: 'Int', formats: 'JSON' })),
    object('EntrySeo', 'What search engines and link previews show.', (t) => {
      scalars(t, { metaTitle: 'String', metaDescription: 'String', noIndex: 'Boolean' });
      t.field('shareImage', { type: 'EntryImage' });
    }),
    object('EntryImageAlt', 'The alt text, in this language, of a picture in the body.', (t) => {
      t.nonNull.string('alt');
      t.nonNull.field('image', { type: 'EntryImage' });
    }),
    object('RelatedArticle', 'Another published article that shares a topic.', teaser),
    object('PublishedArticle', 'A published article with everything its page shows.', (t) => {
      teaser(t);
      scalars(t, { updatedAt: 'DateTime', lastReviewedAt: 'Date', body: 'JSON!', coverAlt: 'String', commentsEnabled: 'Boolean' });
      t.nonNull.list.nonNull.field('localizations', { type: 'EntryLocalization' });
      t.field('cover', { type: 'EntryImage' });
      // Strapi's own component type: plain values only, no relations.
      t.field('sensitiveTopic', { type: 'ComponentContentSensitiveTopic' });
      t.field('seo', { type: 'EntrySeo' });
      t.list.nonNull.field('bodyImageAlts', { type: 'EntryImageAlt' });
      t.field('reviewedBy', { type: 'EntryPerson' });
      t.nonNull.list.nonNull.field('approaches', { type: 'EntryApproach' });
      t.nonNull.list.nonNull.field('related', { type: 'RelatedArticle', description: 'Up to 3 other published articles that share a topic with it, newest first.' });
    }),
  ];
}

export function registerPublishedArticleGraphql(strapi: Core.Strapi) {
  strapi.plugin('graphql').service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      ...types(nexus),
      nexus.extendType({
        type: 'Query',
        definition(t: Definition) {
          t.field('publishedArticle', {
            type: 'PublishedArticle',
            description: 'The published article with this slug in `locale`, with everything its page shows, in one read. Null when there is none.',
            args: {
              slug: nexus.nonNull(nexus.stringArg()),
              locale: nexus.arg({ type: 'I18NLocaleCode' }),
            },
            resolve: (_parent: unknown, args: { slug: string; locale?: string | null }, context: any) =>
              readPublishedArticle(strapi, { slug: args.slug, locale: args.locale ?? undefined, auth: context.state?.auth }),
          });
        },
      }),
    ],
    resolversConfig: {
      // Whoever may read articles through `articles` may read them here (users-permissions).
      'Query.publishedArticle': { auth: { scope: ['api::article.article.find'] } },
    },
  }));
}

import type { Core } from '@strapi/strapi';

// Everything an article's page shows, read in one go: the article with its relations and
// components, and up to three other published articles that share a topic with it.
//
// The generated `articles` query reads the same data, but resolves each relation and component
// of each entry on its own, each with its own argument checks and an existence check: 30 SQL
// statements and more for one page. This is one document-service read per list, with the fields
// named here: 19 statements, and a third less CMS time (apps/cms/README.md, "Read speed").
//
// It is published-only: drafts and previews use the generated queries. The document service
// applies the clinic's read guards (draft pinning, languages), and the answer goes through
// Strapi's content-API output sanitiser with the caller's permissions, as the generated queries'
// answers do.

const ARTICLE = 'api::article.article';

const person = { fields: ['name', 'slug', 'credentials', 'locale'] };
const topic = { fields: ['documentId', 'locale', 'name', 'slug', 'description'] };
// `provider` tells the upload plugin whether a file's URL must be signed (private buckets).
const image = { fields: ['url', 'alternativeText', 'width', 'height', 'formats', 'provider'] };

const TEASER = {
  fields: ['documentId', 'locale', 'title', 'slug', 'excerpt', 'publishedAt'],
  populate: { topics: topic, author: person },
};

const ARTICLE_PAGE = {
  fields: [...TEASER.fields, 'updatedAt', 'lastReviewedAt', 'body', 'coverAlt', 'commentsEnabled'],
  populate: {
    ...TEASER.populate,
    reviewedBy: person,
    approaches: { fields: ['name', 'slug', 'fullName', 'locale', 'order'] },
    localizations: { fields: ['locale', 'slug'] },
    cover: image,
    sensitiveTopic: { fields: ['kind', 'message'] },
    seo: { fields: ['metaTitle', 'metaDescription', 'noIndex'], populate: { shareImage: image } },
    bodyImageAlts: { fields: ['alt'], populate: { image } },
  },
};

/** How many related articles a page lists. */
const RELATED_COUNT = 3;

export interface ReadOptions {
  slug: string;
  locale?: string;
  /** The caller's content-API auth (`ctx.state.auth`): what the output sanitiser lets them read. */
  auth: unknown;
}

/** The published article `slug` in `locale` with its related articles, or null when there is none. */
export async function readPublishedArticle(strapi: Core.Strapi, { slug, locale, auth }: ReadOptions) {
  const articles = strapi.documents(ARTICLE);
  const [article, related] = await Promise.all([
    articles.findFirst({ filters: { slug }, locale, status: 'published', ...ARTICLE_PAGE } as any),
    articles.findMany({
      locale,
      status: 'published',
      filters: { slug: { $ne: slug }, topics: { articles: { slug: { $eq: slug } } } },
      sort: ['publishedAt:desc'],
      limit: RELATED_COUNT,
      ...TEASER,
    } as any),
  ]);
  // A preview's draft-read token may turn this read into a draft read (draft-guard.ts): never here.
  if (!article?.publishedAt) return null;
  const model = strapi.getModel(ARTICLE);
  const sanitize = (entry: unknown) => strapi.contentAPI.sanitize.output(entry as any, model, { auth: auth as any });
  const [page, teasers] = await Promise.all([sanitize(article).then((entry) => signImages(strapi, entry)), Promise.all(related.map(sanitize))]);
  return { ...page, related: teasers };
}

/** Signs the page's image URLs when uploads live in a private bucket, as the generated queries do. */
async function signImages(strapi: Core.Strapi, entry: any) {
  const upload = strapi.plugin('upload');
  if (!upload) return entry;
  const sign = (file: any) => (file ? upload.service('file').signFileUrls(file) : file);
  const [cover, shareImage, alts] = await Promise.all([
    sign(entry.cover),
    sign(entry.seo?.shareImage),
    Promise.all((entry.bodyImageAlts ?? []).map(async (alt: any) => ({ ...alt, image: await sign(alt.image) }))),
  ]);
  return { ...entry, cover, bodyImageAlts: alts, ...(entry.seo && { seo: { ...entry.seo, shareImage } }) };
}

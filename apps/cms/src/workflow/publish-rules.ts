import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reviewConfirmedByEditor } from './editor-approval';

// Rules checked when an article is published, from the admin, the API or the scheduler.
// Messages are for clinic staff: they say what to do, in plain words.

type Block = { type?: string; image?: { alternativeText?: string | null; name?: string; url?: string }; children?: Block[] };
type ImageAlt = { alt?: string | null; image?: { url?: string } | null };

/**
 * The body's pictures that have no alt text in this language. A "Body image alt text" entry for the
 * same picture (matched by its file's URL) counts first; in the default language (English) the
 * Media Library text the picture carries will do, in French it will not (it is in English).
 */
function imagesWithoutAltText(blocks: Block[] | null | undefined, alts: ImageAlt[] | null | undefined, defaultLocale: boolean): string[] {
  const given = new Set((alts ?? []).filter((entry) => entry?.alt?.trim() && entry.image?.url).map((entry) => entry.image!.url));
  const missing: string[] = [];
  const visit = (nodes: Block[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'image') {
        const described = (node.image?.url && given.has(node.image.url)) || (defaultLocale && node.image?.alternativeText?.trim());
        if (!described) missing.push(node.image?.name ?? 'an image');
      }
      visit(node.children);
    }
  };
  visit(blocks ?? []);
  return missing;
}

/** What the rules need besides the draft itself (each language is published on its own). */
export type PublishContext = {
  /** Another language of this article carries a sensitive-topic notice. */
  sensitiveElsewhere?: boolean;
  /** The Media Library's alt text is in English: other languages need their own "Cover alt text" and "Body image alt text". */
  defaultLocale?: boolean;
  /** An Editor saved "Reviewed by" and "Last reviewed" as they are now (default true). */
  reviewConfirmed?: boolean;
};

/** An article is sensitive when any of its languages says so: a translation cannot drop the rule. */
export function isSensitive(article: any, context: PublishContext = {}) {
  return Boolean(article?.sensitiveTopic) || Boolean(context.sensitiveElsewhere);
}

export function articlePublishProblems(article: any, context: PublishContext = { defaultLocale: true }): string[] {
  const problems: string[] = [];
  const reviewConfirmed = context.reviewConfirmed ?? true;
  if (isSensitive(article, context)) {
    if (!article?.sensitiveTopic) problems.push('add the "Sensitive topic" notice in this language too (the other language has one)');
    if (!article?.reviewedBy) problems.push('choose the therapist who reviewed it in "Reviewed by"');
    if (!article?.lastReviewedAt) problems.push('fill in the "Last reviewed" date');
    if (article?.reviewedBy && article?.lastReviewedAt && !reviewConfirmed) {
      problems.push('have an Editor confirm the review ("Reviewed by" and "Last reviewed" count only once an Editor has saved them)');
    }
  }
  const coverAlt = article?.coverAlt?.trim() || (context.defaultLocale ? article?.cover?.alternativeText?.trim() : '');
  if (article?.cover && !coverAlt) {
    problems.push(
      context.defaultLocale
        ? 'add alternative text to the cover image (in the Media Library, describe what the picture shows)'
        : 'describe the cover image in this language in "Cover alt text"',
    );
  }
  const bodyImages = imagesWithoutAltText(article?.body, article?.bodyImageAlts, Boolean(context.defaultLocale));
  if (bodyImages.length) {
    problems.push(
      context.defaultLocale
        ? `add alternative text to the image(s) in the article body: ${bodyImages.join(', ')}`
        : `describe the image(s) in the article body in this language in "Body image alt text" (pick the same picture): ${bodyImages.join(', ')}`,
    );
  }
  return problems;
}

export function publishRefusal(article: any, context: PublishContext = { defaultLocale: true }): string | null {
  const problems = articlePublishProblems(article, context);
  if (!problems.length) return null;
  const reviewConfirmed = context.reviewConfirmed ?? true;
  const why = isSensitive(article, context) && (!article?.sensitiveTopic || !article?.reviewedBy || !article?.lastReviewedAt || !reviewConfirmed)
    ? 'This article is on a sensitive topic, so a therapist must review it before it goes on the site. '
    : '';
  return `Not published yet. ${why}Please ${problems.join(', and ')}, then publish again.`;
}

export function registerPublishRules(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== 'api::article.article' || ctx.action !== 'publish') return next();
    const { documentId, locale } = ctx.params as { documentId: string; locale?: string };
    const draft = await strapi.documents('api::article.article').findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { reviewedBy: { fields: ['documentId'] }, sensitiveTopic: true, cover: true, bodyImageAlts: { populate: { image: { fields: ['url'] } } } },
    });
    // Each language is published on its own, and every rule holds in each one.
    const defaultLocale = await strapi.plugin('i18n').service('locales').getDefaultLocale();
    const inLocale = draft?.locale ?? locale ?? defaultLocale;
    const otherSensitive = await strapi.db.query('api::article.article').count({
      where: { documentId, locale: { $ne: inLocale }, sensitiveTopic: { id: { $notNull: true } } },
    });
    // The clinical-review gate trusts the review fields only as an Editor saved them.
    const reviewConfirmed = !(draft?.sensitiveTopic || otherSensitive > 0) || (await reviewConfirmedByEditor(strapi, draft));
    const refusal = publishRefusal(draft, { sensitiveElsewhere: otherSensitive > 0, defaultLocale: inLocale === defaultLocale, reviewConfirmed });
    if (refusal) throw new errors.ValidationError(refusal);
    return next();
  });
}

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reviewConfirmedByEditor } from './editor-approval';

// Rules checked when an article is published, from the admin, the API or the scheduler.
// Messages are for clinic staff: they say what to do, in plain words.

type Block = { type?: string; image?: { alternativeText?: string | null; name?: string }; children?: Block[] };

function imagesWithoutAltText(blocks: Block[] | null | undefined): string[] {
  const missing: string[] = [];
  const visit = (nodes: Block[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'image' && !node.image?.alternativeText?.trim()) missing.push(node.image?.name ?? 'an image');
      visit(node.children);
    }
  };
  visit(blocks ?? []);
  return missing;
}

/** `reviewConfirmed`: an Editor saved "Reviewed by" and "Last reviewed" as they are now. */
export function articlePublishProblems(article: any, reviewConfirmed = true): string[] {
  const problems: string[] = [];
  if (article?.sensitiveTopic) {
    if (!article.reviewedBy) problems.push('choose the therapist who reviewed it in "Reviewed by"');
    if (!article.lastReviewedAt) problems.push('fill in the "Last reviewed" date');
    if (article.reviewedBy && article.lastReviewedAt && !reviewConfirmed) {
      problems.push('have an Editor confirm the review ("Reviewed by" and "Last reviewed" count only once an Editor has saved them)');
    }
  }
  if (article?.cover && !article.cover.alternativeText?.trim()) {
    problems.push('add alternative text to the cover image (in the Media Library, describe what the picture shows)');
  }
  const bodyImages = imagesWithoutAltText(article?.body);
  if (bodyImages.length) problems.push(`add alternative text to the image(s) in the article body: ${bodyImages.join(', ')}`);
  return problems;
}

export function publishRefusal(article: any, reviewConfirmed = true): string | null {
  const problems = articlePublishProblems(article, reviewConfirmed);
  if (!problems.length) return null;
  const why = article?.sensitiveTopic && (!article.reviewedBy || !article.lastReviewedAt || !reviewConfirmed)
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
      populate: { reviewedBy: { fields: ['documentId'] }, sensitiveTopic: true, cover: true },
    });
    // The clinical-review gate trusts the review fields only as an Editor saved them.
    const reviewConfirmed = !draft?.sensitiveTopic || (await reviewConfirmedByEditor(strapi, draft));
    const refusal = publishRefusal(draft, reviewConfirmed);
    if (refusal) throw new errors.ValidationError(refusal);
    return next();
  });
}

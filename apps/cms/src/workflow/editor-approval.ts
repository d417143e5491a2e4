import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

// Only Editors put words on the public site. Authors cannot write the schedule or review
// fields (src/admin-setup/staff-roles.ts), but a date an Editor set stays on the article while
// an Author keeps editing it. So each time someone who may publish saves an article, the CMS
// notes what they saw: the schedule, the review and a fingerprint of the draft. The scheduler
// and the clinical-review gate trust those fields only while they still match that note.
// The notes live in Strapi's core store, out of reach of the admin's forms and of the API.

export const ARTICLE = 'api::article.article';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/** Who saved: a publishing staff member, an API token, or the CMS itself (seed, scripts). */
export type Approver = { type: 'admin'; id: number } | { type: 'api-token'; id?: number } | { type: 'system' };

export type EditorApproval = {
  by: Approver;
  at: string;
  publishAt: string | null;
  unpublishAt: string | null;
  reviewedBy: string | null;
  lastReviewedAt: string | null;
  fingerprint: string;
};

// Fields that are not "the words on the site": the schedule is compared on its own, and
// the staff-only notes never go live.
const NOT_CONTENT = new Set(['publishAt', 'unpublishAt', 'editorNotes', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'id', 'documentId']);
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'editor-approvals' });
const keyOf = (documentId: string, locale?: string | null) => `${documentId}:${locale ?? ''}`;

/** The acting caller, if they may publish articles; null for anyone else (an Author). */
export function currentPublisher(strapi: Core.Strapi): Approver | null {
  const ctx: any = strapi.requestContext.get();
  if (!ctx) return { type: 'system' };
  const routeType = ctx.state?.route?.info?.type;
  if (routeType === 'admin') {
    const user = ctx.state?.user;
    return user && ctx.state.userAbility?.can(PUBLISH, ARTICLE) ? { type: 'admin', id: user.id } : null;
  }
  // The content API publishes on write, so a token allowed to write articles already publishes.
  if (['content-api-token', 'api-token'].includes(ctx.state?.auth?.strategy?.name)) {
    return { type: 'api-token', id: ctx.state.auth.credentials?.id };
  }
  return null;
}

/** Is the person who made this note still someone who may publish? */
async function stillMayPublish(strapi: Core.Strapi, by: Approver): Promise<boolean> {
  if (by.type !== 'admin') return true;
  const user = await strapi.db.query('admin::user').findOne({ where: { id: by.id }, populate: ['roles'] });
  if (!user || !user.isActive || user.blocked) return false;
  const ability = await (strapi.service('admin::permission') as any).engine.generateUserAbility(user);
  return ability.can(PUBLISH, ARTICLE);
}

function contentPopulate(strapi: Core.Strapi) {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(strapi.contentTypes[ARTICLE]?.attributes ?? {}) as Array<[string, any]>) {
    if (NOT_CONTENT.has(name)) continue;
    if (attribute.type === 'component' || attribute.type === 'dynamiczone') populate[name] = { populate: '*' };
    else if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
  }
  return populate;
}

/** Related entries and files by documentId only; timestamps and row ids left out. */
function canonical(value: unknown, nested = false): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, true));
  if (!value || typeof value !== 'object') return value ?? null;
  const record = value as Record<string, unknown>;
  if (nested && typeof record.documentId === 'string') return record.documentId;
  return Object.fromEntries(
    Object.keys(record).filter((key) => !VOLATILE.has(key)).sort().map((key) => [key, canonical(record[key], true)]),
  );
}

export function fingerprintOf(draft: Record<string, unknown>): string {
  const content = Object.fromEntries(Object.entries(draft).filter(([key]) => !NOT_CONTENT.has(key)));
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex');
}

export async function readDraft(strapi: Core.Strapi, documentId: string, locale?: string | null) {
  return strapi.documents(ARTICLE).findOne({ documentId, locale: locale ?? undefined, status: 'draft', populate: contentPopulate(strapi) as any }) as Promise<any>;
}

const relationId = (value: any) => (value && typeof value === 'object' ? value.documentId ?? null : value ?? null);
const sameInstant = (a: unknown, b: unknown) => (a ? new Date(a as string).getTime() : null) === (b ? new Date(b as string).getTime() : null);

async function recordApproval(strapi: Core.Strapi, by: Approver, documentId: string, locale?: string | null) {
  const draft = await readDraft(strapi, documentId, locale);
  if (!draft) return;
  const approval: EditorApproval = {
    by,
    at: new Date().toISOString(),
    publishAt: draft.publishAt ?? null,
    unpublishAt: draft.unpublishAt ?? null,
    reviewedBy: relationId(draft.reviewedBy),
    lastReviewedAt: draft.lastReviewedAt ?? null,
    fingerprint: fingerprintOf(draft),
  };
  await store(strapi).set({ key: keyOf(documentId, draft.locale), value: approval });
}

export async function findApproval(strapi: Core.Strapi, documentId: string, locale?: string | null): Promise<EditorApproval | null> {
  return ((await store(strapi).get({ key: keyOf(documentId, locale) })) as EditorApproval | null) ?? null;
}

const NOT_BY_EDITOR = 'was not set by an Editor (or was changed since). An Editor can open the article, check it and save it again.';

/** Why the scheduler must not publish this draft now, in plain words; null when it may. */
export async function schedulePublishProblem(strapi: Core.Strapi, documentId: string, locale?: string | null): Promise<string | null> {
  const [approval, draft] = await Promise.all([findApproval(strapi, documentId, locale), readDraft(strapi, documentId, locale)]);
  if (!draft) return 'the draft no longer exists.';
  if (!approval || !sameInstant(approval.publishAt, draft.publishAt)) return `"Publish at" ${NOT_BY_EDITOR}`;
  if (approval.fingerprint !== fingerprintOf(draft)) {
    return 'the article was changed after an Editor scheduled it, so it stays a draft until an Editor checks the changes and saves it again (or publishes it by hand).';
  }
  if (!(await stillMayPublish(strapi, approval.by))) return 'the Editor who scheduled it can no longer publish. Another Editor can check it and save it again.';
  return null;
}

/** Why the scheduler must not take this article off the site now; null when it may. */
export async function scheduleUnpublishProblem(strapi: Core.Strapi, documentId: string, unpublishAt: unknown, locale?: string | null): Promise<string | null> {
  const approval = await findApproval(strapi, documentId, locale);
  if (!approval || !sameInstant(approval.unpublishAt, unpublishAt)) return `"Unpublish at" ${NOT_BY_EDITOR}`;
  if (!(await stillMayPublish(strapi, approval.by))) return 'the Editor who set "Unpublish at" can no longer publish. Another Editor can check it and save it again.';
  return null;
}

/** The review fields count only as an Editor last saved them. */
export async function reviewConfirmedByEditor(strapi: Core.Strapi, draft: any): Promise<boolean> {
  if (!draft?.documentId) return false;
  const approval = await findApproval(strapi, draft.documentId, draft.locale);
  if (!approval) return false;
  const unchanged = approval.reviewedBy === relationId(draft.reviewedBy)
    && String(approval.lastReviewedAt ?? '') === String(draft.lastReviewedAt ?? '');
  return unchanged && (await stillMayPublish(strapi, approval.by));
}

export function registerEditorApprovals(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !WRITE_ACTIONS.has(ctx.action)) return next();
    const publisher = currentPublisher(strapi);
    const result: any = await next();
    // An Author's save leaves the last Editor's note as it was: it no longer matches the draft.
    if (!publisher) return result;
    const params = ctx.params as { documentId?: string; locale?: string };
    const documentId = ctx.action === 'update' ? params.documentId ?? result?.documentId : result?.documentId;
    if (documentId) await recordApproval(strapi, publisher, documentId, result?.locale ?? params.locale);
    return result;
  });
}

import type { Core, UID } from '@strapi/strapi';

// Strapi's `_q` search looks in every string column that is not marked `searchable: false`,
// private ones included: `GET /api/therapists?_q=<words>` matched words found only in the
// private editorNotes, so notes could be read word by word. Upstream now marks new private
// fields non-searchable (strapi/strapi#27482, docs PR strapi/documentation#3440) but leaves
// existing ones as they are. Our private notes carry `searchable: false` in their schemas, and
// for every content-API caller (visitors and API tokens alike) `_q` is rewritten here into a
// plain filter over the fields the caller may read, so no private field of any type, present
// or future, is ever searched. Staff searching in the admin are not affected.

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
const READ_ACTIONS = new Set(['findMany', 'findFirst', 'count']);

/** The fields `_q` may look in: public text attributes that are searchable. */
export function publicSearchFields(model: { attributes: Record<string, any> }): string[] {
  return Object.entries(model.attributes)
    .filter(([, attribute]) => TEXT_TYPES.has(attribute.type) && !attribute.private && attribute.searchable !== false)
    .map(([name]) => name);
}

export function registerPrivateSearchGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    const params = ctx.params as Record<string, any>;
    if (!READ_ACTIONS.has(ctx.action) || typeof params._q !== 'string') return next();
    const request: any = strapi.requestContext.get();
    if (request?.state?.route?.info?.type !== 'content-api') return next();

    const words = params._q;
    delete params._q;
    if (!words) return next();
    const model = strapi.contentTypes[ctx.uid as UID.ContentType];
    const fields = model ? publicSearchFields(model) : [];
    // No searchable field: nothing can match (an always-false filter on the id).
    const search = fields.length ? { $or: fields.map((field) => ({ [field]: { $containsi: words } })) } : { id: { $null: true } };
    params.filters = params.filters ? { $and: [params.filters, search] } : search;
    return next();
  });
}

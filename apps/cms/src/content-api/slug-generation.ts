import type { Core, UID } from '@strapi/strapi';

// Strapi fills uid fields only in the admin UI; entries created through the API or by the
// seed would otherwise have no slug. This fills it from the target field, unique per type.
const WRITE_ACTIONS = new Set(['create', 'update']);

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

function uidFieldOf(strapi: Core.Strapi, uid: string) {
  const model = strapi.contentTypes[uid as UID.ContentType];
  if (!model || !uid.startsWith('api::')) return null;
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'uid' && 'targetField' in attribute && attribute.targetField) {
      return { field: name, targetField: attribute.targetField as string };
    }
  }
  return null;
}

export function registerSlugGeneration(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (!WRITE_ACTIONS.has(ctx.action)) return next();
    const uidField = uidFieldOf(strapi, ctx.uid);
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (!uidField || !data) return next();

    const current = data[uidField.field];
    const source = data[uidField.targetField];
    let wanted = typeof current === 'string' && current.trim() ? slugify(current) : null;
    // The admin pre-fills a new entry's slug with the type's name ("article", "article-1")
    // before a title is typed, and does not always replace it: derive it from the title then.
    const singular = strapi.contentTypes[ctx.uid as UID.ContentType]?.info.singularName;
    if (ctx.action === 'create' && wanted && typeof source === 'string' && source.trim() && new RegExp(`^${singular}(-\\d+)?$`).test(wanted)) {
      wanted = null;
    }
    const { documentId, locale } = ctx.params as { documentId?: string; locale?: string };
    // An update that adds a language (a French version of an English entry) creates that row: it
    // needs its own slug, from its own title. Any other update keeps the slug it has.
    if (ctx.action === 'update' && !wanted && (await hasRowInLocale(strapi, ctx.uid, documentId, locale))) return next();
    const base = wanted ?? (typeof source === 'string' ? slugify(source) : '');
    if (!base) return next(); // validation will say the slug is required

    data[uidField.field] = await uniqueSlug(strapi, ctx.uid, uidField.field, base, documentId, locale);
    return next();
  });
}

async function hasRowInLocale(strapi: Core.Strapi, uid: string, documentId?: string, locale?: string) {
  if (!documentId || !locale) return true;
  return Boolean(await strapi.db.query(uid as UID.ContentType).findOne({ where: { documentId, locale }, select: ['id'] }));
}

async function uniqueSlug(strapi: Core.Strapi, uid: string, field: string, base: string, documentId?: string, locale?: string) {
  // Slugs are per language (a uid field is always localized): "dbt" in English, "tcd" in French.
  const localized = Boolean((strapi.contentTypes[uid as UID.ContentType] as any)?.pluginOptions?.i18n?.localized);
  const inLocale = localized ? { locale: locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale()) } : {};
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    // Both draft and published rows hold the slug: check every row, not one status.
    const clash = await strapi.db.query(uid as UID.ContentType).findOne({
      where: { [field]: candidate, ...inLocale, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    });
    if (!clash) return candidate;
  }
}

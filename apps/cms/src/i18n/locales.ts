import type { Core } from '@strapi/strapi';

// The site's two languages. English is the default (what a request without `locale` gets, and
// what untranslated entries fall back to); French is Canadian French, labelled so in the admin.
export const DEFAULT_LOCALE = 'en';
export const LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'fr', name: 'Français (Canada) (fr)' },
] as const;
export type SiteLocale = (typeof LOCALES)[number]['code'];

export function isSiteLocale(value: unknown): value is SiteLocale {
  return LOCALES.some((locale) => locale.code === value);
}

/**
 * Creates any of the two locales that is missing and makes English the default, at every boot,
 * so a fresh database, an old one and a test database all have the same languages. A locale staff
 * added themselves is left alone.
 */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create({ ...locale });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}

/**
 * On a translated type, an admin permission covers only the languages in `properties.locales`
 * (none when absent): staff roles get both languages.
 */
export function withLocales<P extends { subject?: string; properties?: Record<string, unknown> }>(strapi: Core.Strapi, permission: P): P {
  const model = permission.subject ? (strapi.contentTypes as Record<string, any>)[permission.subject] : undefined;
  if (!model?.pluginOptions?.i18n?.localized) return permission;
  return { ...permission, properties: { ...permission.properties, locales: LOCALES.map((locale) => locale.code) } };
}

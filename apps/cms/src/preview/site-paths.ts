// Where each previewable content type lives on the website, in each language (the website's own
// table is apps/web/shared/i18n.ts PAGE_PATHS: French pages live under /fr with French path names).
// The website refuses a preview link whose page is not that type's page in the link's language, so
// a drift between the two tables shows up as a refused preview, never as the wrong draft.

export type SiteLocale = 'en' | 'fr';

const LIST_PATHS: Record<string, Record<SiteLocale, string>> = {
  'api::article.article': { en: '/articles', fr: '/fr/articles' },
  'api::therapist.therapist': { en: '/therapists', fr: '/fr/therapeutes' },
  'api::approach.approach': { en: '/approaches', fr: '/fr/approches' },
};
const HOME: Record<SiteLocale, string> = { en: '/', fr: '/fr' };

/** Whether the admin's preview panel can open this type in this language on the website. */
export function isPreviewable(uid: string, locale: string | undefined): boolean {
  return Object.hasOwn(HOME, locale || 'en') && (uid === 'api::clinic.clinic' || Object.hasOwn(LIST_PATHS, uid));
}

/** The page of one document on the website in a language (null: that type has no page there). */
export function sitePathOf(uid: string, locale: string | undefined, slug: string | undefined): string | null {
  if (!isPreviewable(uid, locale)) return null;
  const language = (locale || 'en') as SiteLocale;
  if (uid === 'api::clinic.clinic') return HOME[language];
  const list = LIST_PATHS[uid]![language];
  return list && slug ? `${list}/${slug}` : null;
}

import type { Core } from '@strapi/strapi';

// Strapi's own home-page widgets ("Last edited entries", "Last published entries") title each
// entry with its type's main field, which for a consultation request is the visitor's name
// and for a comment the commenter's. The home page must show nothing personal, so these
// types are titled by their id instead; the name stays in the form and the list's columns.
const PERSONAL_MAIN_FIELDS: Record<string, string[]> = {
  'api::inquiry.inquiry': ['name', 'email', 'phone'],
  'api::comment.comment': ['displayName', 'body'],
};

export async function keepNamesOffTheHomePage(strapi: Core.Strapi) {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
  for (const [uid, personal] of Object.entries(PERSONAL_MAIN_FIELDS)) {
    const model = contentTypes.findContentType(uid);
    if (!model) continue;
    const configuration = await contentTypes.findConfiguration(model);
    const mainField = configuration?.settings?.mainField;
    if (mainField && !personal.includes(mainField)) continue;
    const { uid: _uid, ...rest } = configuration;
    await contentTypes.updateConfiguration(model, { ...rest, settings: { ...rest.settings, mainField: 'id' } });
  }
}

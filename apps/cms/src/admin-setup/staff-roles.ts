import type { Core } from '@strapi/strapi';
import { withLocales } from '../i18n/locales';

// The clinic's admin roles, kept as code says at every boot (like the Public role):
// - Author: writes and edits drafts of articles (their own), reads the rest; cannot publish
//   or delete.
// - Editor: creates, edits, publishes, unpublishes and deletes all content.
// - Super Admin (the clinic's owner): everything, including settings and users.
// A role changed by hand in Settings → Roles is reset at the next restart: change it here.

const EXPLORER = 'plugin::content-manager.explorer';
const CONTENT = ['api::article.article', 'api::therapist.therapist', 'api::approach.approach', 'api::topic.topic', 'api::clinic.clinic'];
const AUTHORED = ['api::article.article'];
const STAFF_ONLY = ['api::comment.comment', 'api::inquiry.inquiry']; // Editors moderate these
// Putting words on the site is an Editor's act: an Author sees these fields but cannot write
// them, in the admin or through its API (field-level permissions; the content manager drops
// fields a role may not write). The article's author is named by an Editor too.
export const EDITOR_ONLY_ARTICLE_FIELDS = ['publishAt', 'unpublishAt', 'reviewedBy', 'lastReviewedAt', 'author'];

const UPLOADS = (isAuthor: boolean) => [
  { action: 'plugin::upload.read', conditions: isAuthor ? ['admin::is-creator'] : [] },
  { action: 'plugin::upload.configure-view' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions: isAuthor ? ['admin::is-creator'] : [] },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

type Permission = { action: string; subject?: string; conditions?: string[]; properties?: Record<string, unknown> };

function withoutFields(permissions: Permission[], excluded: string[]): Permission[] {
  const kept = (field: string) => !excluded.some((name) => field === name || field.startsWith(`${name}.`));
  return permissions.map((p) => {
    const fields = p.properties?.fields;
    return Array.isArray(fields) ? { ...p, properties: { ...p.properties, fields: fields.filter(kept) } } : p;
  });
}

function contentPermissions(strapi: Core.Strapi, actions: string[], subjects: string[], conditions: string[] = []): Permission[] {
  const contentTypeService = strapi.service('admin::content-type') as any;
  const { actionProvider } = strapi.service('admin::permission') as any;
  // Strapi's own helper lists every (nested) field, as the default roles do.
  const withFields: Permission[] = contentTypeService.getPermissionsWithNestedFields(
    actions.map((actionId) => ({ ...actionProvider.get(actionId), subjects })),
  );
  return withFields
    .filter((p) => p.subject && subjects.includes(p.subject))
    .map((p) => ({ ...withLocales(strapi, p), conditions }));
}

export function authorPermissions(strapi: Core.Strapi): Permission[] {
  return [
    ...withoutFields(contentPermissions(strapi, [`${EXPLORER}.create`], AUTHORED), EDITOR_ONLY_ARTICLE_FIELDS),
    ...contentPermissions(strapi, [`${EXPLORER}.read`], [...CONTENT]),
    ...withoutFields(contentPermissions(strapi, [`${EXPLORER}.update`], AUTHORED, ['admin::is-creator']), EDITOR_ONLY_ARTICLE_FIELDS),
    ...UPLOADS(true),
  ];
}

export function editorPermissions(strapi: Core.Strapi): Permission[] {
  const all = [...CONTENT, ...STAFF_ONLY];
  return [
    ...contentPermissions(strapi, [`${EXPLORER}.create`, `${EXPLORER}.read`, `${EXPLORER}.update`, `${EXPLORER}.delete`], all),
    ...contentPermissions(strapi, [`${EXPLORER}.publish`], CONTENT.filter((uid) => uid !== 'api::clinic.clinic')),
    ...UPLOADS(false),
  ];
}

export const ROLE_CODES = { author: 'strapi-author', editor: 'strapi-editor' } as const;

export async function configureStaffRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as any;
  const found = async (code: string, name: string, description: string) =>
    (await roles.findOne({ code })) ?? roles.create({ name, code, description });

  const author = await found(ROLE_CODES.author, 'Author', 'Writes and edits article drafts; an Editor publishes them.');
  const editor = await found(ROLE_CODES.editor, 'Editor', 'Publishes, unpublishes and moderates all content.');
  await roles.update({ id: author.id }, { description: 'Writes and edits article drafts; an Editor publishes them.' });
  await roles.assignPermissions(author.id, authorPermissions(strapi));
  await roles.assignPermissions(editor.id, editorPermissions(strapi));
  return { author, editor };
}

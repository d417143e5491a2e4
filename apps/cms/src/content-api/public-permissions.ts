import type { Core } from '@strapi/strapi';

// What a visitor without a token may do through the content API: read published content.
// Everything else (writes, users, uploads, auth routes) is removed from the Public role at
// every boot, and the Authenticated role keeps nothing, so a click in the admin cannot quietly
// open either up.
export const PUBLIC_READ_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::therapist.therapist.find',
  'api::therapist.therapist.findOne',
  'api::approach.approach.find',
  'api::approach.approach.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::clinic.clinic.find',
];

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Leaves the users-permissions role of this type with exactly `actions`, whatever was clicked in the admin. */
async function keepOnly(strapi: Core.Strapi, type: 'public' | 'authenticated', actions: string[]) {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
  if (!role) throw new Error(`The users-permissions ${type} role is missing.`);

  const existing: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: role.id }, select: ['id', 'action'] });

  const allowed = new Set(actions);
  const stray = existing.filter((p) => !allowed.has(p.action));
  if (stray.length > 0) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stray.map((p) => p.id) } } });
    strapi.log.info(`${role.name} role: removed ${stray.length} permission(s) it must not have.`);
  }

  const have = new Set(existing.map((p) => p.action));
  for (const action of actions) {
    if (!have.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
}

export async function configurePublicPermissions(strapi: Core.Strapi) {
  await keepOnly(strapi, 'public', PUBLIC_READ_ACTIONS);
  // The clinic has no site accounts (src/content-api/site-accounts.ts): a signed-in site user,
  // should one ever exist, may do nothing at all.
  await keepOnly(strapi, 'authenticated', []);
}

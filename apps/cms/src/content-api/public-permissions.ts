import type { Core } from '@strapi/strapi';

// What a visitor without a token may do through the content API: read published content.
// Everything else (writes, users, uploads listing, auth routes) is removed from the Public
// role at every boot, so a click in the admin cannot quietly open it up.
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

export async function configurePublicPermissions(strapi: Core.Strapi) {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing.');

  const existing: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: role.id }, select: ['id', 'action'] });

  const allowed = new Set(PUBLIC_READ_ACTIONS);
  const stray = existing.filter((p) => !allowed.has(p.action));
  if (stray.length > 0) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stray.map((p) => p.id) } } });
    strapi.log.info(`Public role: removed ${stray.length} permission(s) beyond published reads.`);
  }

  const have = new Set(existing.map((p) => p.action));
  for (const action of PUBLIC_READ_ACTIONS) {
    if (!have.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
}

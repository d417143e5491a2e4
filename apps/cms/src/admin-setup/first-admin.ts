import type { Core } from '@strapi/strapi';

/**
 * Local default only: create the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD so a new
 * developer can log in at /admin without the registration screen. Does nothing once any admin
 * exists, and never runs in production (there the owner registers through /admin).
 */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password || process.env.NODE_ENV === 'production') return false;

  const users = strapi.service('admin::user') as any;
  if (await users.exists()) return false;

  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Clinic',
    lastname: process.env.ADMIN_LASTNAME ?? 'Owner',
  });
  strapi.log.info(`Created the first admin account ${email}.`);
  return true;
}

import type { Core } from '@strapi/strapi';
import { ROLE_CODES } from './staff-roles';

// Local default only: one account per role so a developer can try the staff workflow.
// Never created with NODE_ENV=production; the password comes from DEMO_PASSWORD in .env.
export const DEMO_ACCOUNTS = [
  { email: 'author@clinic.local', firstname: 'Alex', lastname: 'Author', role: ROLE_CODES.author },
  { email: 'editor@clinic.local', firstname: 'Eden', lastname: 'Editor', role: ROLE_CODES.editor },
];

export async function ensureDemoAccounts(strapi: Core.Strapi) {
  const password = process.env.DEMO_PASSWORD;
  if (!password || process.env.NODE_ENV === 'production') return [];
  const users = strapi.service('admin::user') as any;
  const roles = strapi.service('admin::role') as any;
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await users.exists({ email: account.email })) continue;
    const role = await roles.findOne({ code: account.role });
    await users.create({
      email: account.email,
      firstname: account.firstname,
      lastname: account.lastname,
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    created.push(account.email);
  }
  if (created.length) strapi.log.info(`Demo accounts created: ${created.join(', ')} (password: DEMO_PASSWORD in apps/cms/.env).`);
  return created;
}

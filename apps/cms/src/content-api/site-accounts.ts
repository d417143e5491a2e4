import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

// The clinic's site has no visitor accounts: visitors only read. users-permissions ships with
// registration, password-reset mail and sign-in open: its GraphQL mutations skip the role
// check (`auth: false` in its resolvers config), so closing the REST routes in the Public role
// is not enough. Each door is shut where it opens: the plugin's own settings (registration,
// sign-in providers), and the GraphQL mutations refuse before they reach the plugin.

export const ACCOUNT_RESOLVERS = [
  ...['register', 'login', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation'].map((name) => `Mutation.${name}`),
  'Query.me', // answers any valid site JWT without a role check
];
export const NO_ACCOUNTS_MESSAGE = 'The clinic website has no visitor accounts: nobody can sign up, sign in or reset a password here. Staff sign in at /admin.';

/** Register phase: every account mutation (and `me`) answers FORBIDDEN with a plain message. */
export function closeAccountMutations(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const refuse = async () => {
    throw new errors.ForbiddenError(NO_ACCOUNTS_MESSAGE);
  };
  strapi.plugin('graphql').service('extension').use({
    resolversConfig: Object.fromEntries(ACCOUNT_RESOLVERS.map((path) => [path, { middlewares: [refuse] }])),
  });
}

/** Bootstrap phase: registration off and every sign-in provider (e-mail included) disabled, at every boot. */
export async function closeSiteAccounts(strapi: Core.Strapi) {
  const settings = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await settings.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await settings.set({ key: 'advanced', value: { ...advanced, allow_register: false, email_confirmation: false, email_reset_password: null } });
  const grant = ((await settings.get({ key: 'grant' })) ?? {}) as Record<string, Record<string, unknown>>;
  const disabled = Object.fromEntries(Object.entries(grant).map(([provider, config]) => [provider, { ...config, enabled: false }]));
  await settings.set({ key: 'grant', value: disabled });
}

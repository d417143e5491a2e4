// The secrets Strapi needs. Local runs generate them once into apps/cms/.env
// (scripts/ensure-env.mjs); production must be given real ones.
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'FORMS_SECRET',
] as const;

const PLACEHOLDER = /^(|tobemodified.*|changeme.*|replace-me.*)$/i;

export function missingSecrets(env: NodeJS.ProcessEnv): string[] {
  return REQUIRED_SECRETS.filter((name) => PLACEHOLDER.test((env[name] ?? '').trim()));
}

/** Stops a production start that would run on missing or placeholder secrets. */
export function assertProductionSecrets(env: NodeJS.ProcessEnv) {
  if (env.NODE_ENV !== 'production') return;
  const missing = missingSecrets(env);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production without real secrets. Set: ${missing.join(', ')} ` +
        '(see apps/cms/.env.example; generate each with `openssl rand -base64 32`).',
    );
  }
}

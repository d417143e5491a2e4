import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const secret = () => randomBytes(18).toString('base64');

/** Environment for a throwaway CMS: fresh secrets, a new SQLite file, nothing phoned home. */
export function throwawayCmsEnv(overrides = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-cms-'));
  return {
    dir,
    env: {
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(dir, 'data.db'),
      APP_KEYS: [secret(), secret()].join(','),
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      REVALIDATE_SECRET: 'test-revalidate-secret',
      PREVIEW_SECRET: 'test-preview-secret',
      FORMS_SECRET: 'test-forms-secret',
      WEB_URL: 'http://127.0.0.1:9',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_STARTUP_LOG: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      ...overrides,
    },
  };
}

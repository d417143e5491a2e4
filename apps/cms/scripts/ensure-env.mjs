#!/usr/bin/env node
// Local runs only: writes apps/cms/.env with freshly generated secrets the first time, and
// adds any secret a newer version needs. Existing values are never changed.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const envFile = join(dirname(fileURLToPath(import.meta.url)), '..', '.env');
const secret = () => randomBytes(24).toString('base64');

const wanted = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  REVALIDATE_SECRET: () => randomBytes(24).toString('hex'),
  PREVIEW_SECRET: () => randomBytes(24).toString('hex'),
  FORMS_SECRET: () => randomBytes(24).toString('hex'),
  ADMIN_EMAIL: () => 'admin@clinic.local',
  ADMIN_PASSWORD: () => `Clinic-${randomBytes(6).toString('hex')}`,
  DEMO_PASSWORD: () => `Demo-${randomBytes(6).toString('hex')}`,
};

const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
const have = new Set(current.split('\n').map((line) => line.split('=')[0]?.trim()).filter(Boolean));
const added = Object.entries(wanted).filter(([key]) => !have.has(key));

if (added.length > 0) {
  const header = current ? '' : '# Generated for local runs by scripts/ensure-env.mjs. Never commit this file.\n';
  const lines = added.map(([key, make]) => `${key}=${make()}`).join('\n');
  writeFileSync(envFile, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${header}${lines}\n`, { mode: 0o600 });
  console.log(`apps/cms/.env: generated ${added.map(([key]) => key).join(', ')}`);
}

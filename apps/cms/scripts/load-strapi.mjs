// Loads the CMS without serving it, for scripts that need its services (schema, seed).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const require = createRequire(join(appDir, 'package.json'));

export async function loadStrapi() {
  // Load @strapi/strapi through require: its ESM build fails on a `lodash/fp` directory import.
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const appContext = await compileStrapi({ appDir });
  return createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
}

import type { Core } from '@strapi/strapi';
import { applyFieldHelp } from './admin-setup/apply-field-help';
import { ensureFirstAdmin } from './admin-setup/first-admin';
import { registerDraftGuard } from './content-api/draft-guard';
import { configurePublicPermissions } from './content-api/public-permissions';
import { registerSlugGeneration } from './content-api/slug-generation';
import { seedOnFirstBoot } from './seed/seed-content';
import { registerSiteRevalidation } from './site/revalidate-site';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDraftGuard(strapi);
    registerSlugGeneration(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await configurePublicPermissions(strapi);
    await applyFieldHelp(strapi);
    await ensureFirstAdmin(strapi);
    if (process.env.SEED_ON_BOOT !== 'false') await seedOnFirstBoot(strapi);
    registerSiteRevalidation(strapi);
  },
};

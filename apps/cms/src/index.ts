import { startIdleCollection } from '@clinic/idle-gc';
import type { Core } from '@strapi/strapi';
import { applyFieldHelp } from './admin-setup/apply-field-help';
import { ensureDemoAccounts } from './admin-setup/demo-accounts';
import { ensureFirstAdmin } from './admin-setup/first-admin';
import { configureStaffRoles } from './admin-setup/staff-roles';
import { registerDraftGuard } from './content-api/draft-guard';
import { registerLinkCheck } from './content-api/link-check';
import { registerPrivateSearchGuard } from './content-api/private-search';
import { configurePublicPermissions } from './content-api/public-permissions';
import { registerPublishedArticleGraphql } from './content-api/published-article-graphql';
import { closeAccountMutations, closeSiteAccounts } from './content-api/site-accounts';
import { registerSlugGeneration } from './content-api/slug-generation';
import { registerCommentsGraphql } from './forms/approved-comments';
import { registerLocaleGuard } from './i18n/locale-guard';
import { ensureLocales } from './i18n/locales';
import { registerInquiryClosedAt } from './forms/inquiry-lifecycle';
import { ensureIdempotencyIndexes } from './forms/submission';
import { seedOnFirstBoot } from './seed/seed-content';
import { registerSiteRevalidation } from './site/revalidate-site';
import { registerHomePrivacy } from './staff-home/home-privacy';
import { registerStaffHomeRoutes } from './staff-home/routes';
import { registerEditorApprovals } from './workflow/editor-approval';
import { registerPublishRules } from './workflow/publish-rules';
import { registerSensitiveDefaults } from './workflow/sensitive-defaults';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDraftGuard(strapi);
    registerLocaleGuard(strapi);
    registerPrivateSearchGuard(strapi);
    registerSlugGeneration(strapi);
    registerLinkCheck(strapi);
    registerEditorApprovals(strapi);
    registerPublishRules(strapi);
    registerSensitiveDefaults(strapi);
    registerInquiryClosedAt(strapi);
    registerCommentsGraphql(strapi);
    registerPublishedArticleGraphql(strapi);
    registerStaffHomeRoutes(strapi);
    registerHomePrivacy(strapi);
    closeAccountMutations(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await configurePublicPermissions(strapi);
    await closeSiteAccounts(strapi);
    await ensureIdempotencyIndexes(strapi);
    await applyFieldHelp(strapi);
    await configureStaffRoles(strapi);
    await ensureFirstAdmin(strapi);
    await ensureDemoAccounts(strapi);
    if (process.env.SEED_ON_BOOT !== 'false') await seedOnFirstBoot(strapi);
    registerSiteRevalidation(strapi);
    // The collector's pauses between requests, not inside them (packages/idle-gc).
    startIdleCollection();
  },
};

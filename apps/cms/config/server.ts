import { assertProductionSecrets } from '../src/utils/required-secrets';
import { retentionTasks } from '../src/forms/retention';
import { scheduledPublishingTasks } from '../src/workflow/scheduled-publishing';
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    // Public address of the CMS (admin links, preview button); empty means "same host".
    url: env('PUBLIC_URL', ''),
    app: {
      keys: env.array('APP_KEYS'),
    },
    // Scheduled publishing ("Publish at" / "Unpublish at", every minute) and the daily
    // deletion of consultation requests closed longer than the retention period.
    cron: {
      enabled: env.bool('CRON_ENABLED', true),
      tasks: { ...scheduledPublishingTasks, ...retentionTasks },
    },
    // No update checks: the clinic's server talks only to what it must.
    logger: {
      updates: { enabled: false },
      startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) },
    },
  };
};

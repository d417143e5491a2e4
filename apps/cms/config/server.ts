import { assertProductionSecrets } from '../src/utils/required-secrets';
import { retentionTasks } from '../src/forms/retention';
import { withJobLock } from '../src/workflow/job-lock';
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
    // Behind a reverse proxy (TRUST_PROXY=true, with the CMS port reachable only through it):
    // visitor addresses (users-permissions' rate limits, logs) come from the last
    // X-Forwarded-For entry, the one the proxy added, not from the proxy's own address.
    proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: env.int('TRUST_PROXY_HOPS', 1) },
    // Scheduled publishing ("Publish at" / "Unpublish at", every minute) and the daily
    // deletion of consultation requests closed longer than the retention period. On PostgreSQL
    // each run takes an advisory lock first, so several CMS instances run each task once.
    cron: {
      enabled: env.bool('CRON_ENABLED', true),
      tasks: withJobLock({ ...scheduledPublishingTasks, ...retentionTasks }),
    },
    // No update checks: the clinic's server talks only to what it must.
    logger: {
      updates: { enabled: false },
      startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) },
    },
  };
};

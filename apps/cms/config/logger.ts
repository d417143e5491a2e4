import type { Core } from '@strapi/strapi';

// LOG_LEVEL=warn keeps tests and scripts quiet; the default shows each request.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});

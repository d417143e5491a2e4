import type { Core } from '@strapi/strapi';
// CORS is an explicit allow-list (CORS_ORIGINS, comma separated); the website calls the CMS
// from its server, so the default list only holds the local admin and site.
export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", env('WEB_PUBLIC_URL', env('WEB_URL', 'http://localhost:3000'))],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['http://localhost:1337', 'http://localhost:3000']),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
  },
  'strapi::session',
  {
    name: 'global::page-size-limit',
    config: { maxPageSize: env.int('API_MAX_PAGE_SIZE', 100) },
  },
  'strapi::favicon',
  'strapi::public',
];

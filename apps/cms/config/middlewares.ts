import type { Core } from '@strapi/strapi';
// CORS is an explicit allow-list (CORS_ORIGINS, comma separated); the website calls the CMS
// from its server, so the default list only holds the local admin and site. It covers
// /graphql too (the GraphQL plugin's own CORS is off in config/plugins.ts), and a preflight
// only ever allows the headers listed here, never whatever a page asks for.
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
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept'],
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
    config: { maxPageSize: env.int('API_MAX_PAGE_SIZE', 100), maxTokens: env.int('GRAPHQL_MAX_TOKENS', 5000) },
  },
  {
    name: 'global::query-size-limit',
    config: { maxPopulateDepth: env.int('API_MAX_POPULATE_DEPTH', 3), maxResponseBytes: env.int('API_MAX_RESPONSE_BYTES', 2 * 1024 * 1024) },
  },
  'global::upload-headers',
  'strapi::favicon',
  'strapi::public',
];

import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { aliasLimitRule, queryCostPlugin } from '../src/content-api/graphql-cost';
import { IMAGE_TYPES } from '../src/uploads/image-types';

// In production a browser opening /graphql gets this page instead of Apollo's, which loads
// scripts from Apollo's CDN: nothing to run, nothing fetched from elsewhere.
const plainLandingPage = () => ({
  async serverWillStart() {
    return {
      async renderLandingPage() {
        return { html: '<!doctype html><html lang="en"><meta charset="utf-8"><title>GraphQL API</title><p>This is the clinic’s GraphQL API. Apps send their queries here with POST.</p></html>' };
      },
    };
  },
});

// Uploads go to S3-compatible storage when S3_BUCKET is set (several CMS instances then serve the
// same media), else to public/uploads on this server's disk. The upload plugin's provider settings.
function s3Upload(env: Core.Config.Shared.ConfigParams['env']) {
  if (!env('S3_BUCKET')) return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      // '/uploads' keeps file URLs relative, as with local storage: the website's /uploads proxy
      // (and the reverse proxy in front) serve them from the bucket.
      baseUrl: env('S3_PUBLIC_URL', '/uploads'),
      rootPath: env('S3_ROOT_PATH', ''),
      s3Options: {
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
        region: env('S3_REGION', 'us-east-1'),
        endpoint: env('S3_ENDPOINT') || undefined,
        // Self-hosted S3 servers (MinIO, Garage, fauxqs) want path-style URLs and do not
        // compute the AWS SDK's default CRC checksums.
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', Boolean(env('S3_ENDPOINT'))),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        params: { Bucket: env('S3_BUCKET'), ...(env('S3_ACL') ? { ACL: env('S3_ACL') } : {}) },
      },
    },
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  const defaultLimit = env.int('API_DEFAULT_PAGE_SIZE', 25);
  const maxLimit = env.int('API_MAX_PAGE_SIZE', 100);
  const costLimits = {
    maxCost: env.int('GRAPHQL_MAX_COST', 25000),
    maxAliases: env.int('GRAPHQL_MAX_ALIASES', 20),
    maxTokens: env.int('GRAPHQL_MAX_TOKENS', 5000),
    defaultLimit,
    maxLimit,
  };
  return {
    'users-permissions': {
      config: {
        // Visitors never register: the public site only reads.
        register: { allowedFields: [] },
        jwt: { expiresIn: '7d' },
      },
    },
    // Uploads are pictures only, checked by their content (src/uploads/image-only.ts adds the
    // strict content check; this is Strapi's own allow/deny list for every upload route).
    upload: {
      config: {
        // Merged into this one `upload` entry: a second `upload` key would replace it (and did:
        // the S3 provider was silently dropped, uploads stayed on each server's disk).
        ...s3Upload(env),
        sizeLimit: env.int('UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
        security: {
          allowedTypes: [...IMAGE_TYPES],
          deniedTypes: ['image/svg+xml', 'text/*', 'application/*'],
        },
      },
    },
    // E-mail goes through SMTP when SMTP_HOST is set. Without it nodemailer's JSON transport
    // is used, which sends nothing, and the CMS logs that a notice would have gone
    // (src/forms/notify-staff.ts).
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: env('SMTP_HOST')
          ? {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              auth: env('SMTP_USERNAME') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } : undefined,
            }
          : { jsonTransport: true },
        settings: {
          defaultFrom: env('SMTP_FROM', 'no-reply@northerntherapyclinic.ca'),
          defaultReplyTo: env('SMTP_FROM', 'no-reply@northerntherapyclinic.ca'),
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Strapi ships GraphQL unbounded: cap nesting depth, page sizes, cost, aliases and tokens
        // (src/content-api/graphql-cost.ts).
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
        defaultLimit,
        maxLimit,
        landingPage: production ? plainLandingPage : true,
        apolloServer: {
          introspection: !production,
          // Errors never carry stack traces or server paths, in any mode.
          includeStacktraceInErrorResponses: false,
          // The plugin's own CORS answers `*` and echoes any requested header: leave CORS to
          // the strapi::cors allow-list (config/middlewares.ts), as for REST.
          cors: false,
          parseOptions: { maxTokens: costLimits.maxTokens },
          validationRules: [aliasLimitRule(costLimits.maxAliases)],
          // Apollo's cache-control plugin (on by default) prices every field of every answer for
          // cache hints that nothing here reads: ~9% of an article query's time, measured.
          plugins: [queryCostPlugin(costLimits), ApolloServerPluginCacheControlDisabled()],
        },
      },
    },
  };
};

import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  return {
    'users-permissions': {
      config: {
        // Visitors never register: the public site only reads.
        register: { allowedFields: [] },
        jwt: { expiresIn: '7d' },
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
        // Strapi ships GraphQL unbounded: cap nesting depth and page sizes.
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
        defaultLimit: env.int('API_DEFAULT_PAGE_SIZE', 25),
        maxLimit: env.int('API_MAX_PAGE_SIZE', 100),
        landingPage: !production,
        apolloServer: {
          introspection: !production,
        },
      },
    },
  };
};

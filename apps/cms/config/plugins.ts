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

import type { Core } from '@strapi/strapi';
// REST limits: Strapi's defaults allow any page size; a visitor or an app asking for
// pageSize=1000 gets at most maxLimit entries.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  rest: {
    defaultLimit: env.int('API_DEFAULT_PAGE_SIZE', 25),
    maxLimit: env.int('API_MAX_PAGE_SIZE', 100),
    withCount: true,
  },
});

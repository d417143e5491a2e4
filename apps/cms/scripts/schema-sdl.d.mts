/** The CMS's GraphQL schema as sorted SDL, from a loaded Strapi instance. */
export function sortedSchemaSdl(strapi: unknown): string;

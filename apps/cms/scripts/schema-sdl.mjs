// The CMS's GraphQL schema as sorted SDL: what packages/client/schema.graphql must hold.
import { createRequire } from 'node:module';
import { require } from './load-strapi.mjs';

export function sortedSchemaSdl(strapi) {
  // Use the graphql module the plugin uses: schemas from two copies do not mix.
  const graphqlRequire = createRequire(require.resolve('@strapi/plugin-graphql/package.json'));
  const { lexicographicSortSchema, printSchema } = graphqlRequire('graphql');
  const schema = strapi.plugin('graphql').service('content-api').buildSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

#!/usr/bin/env node
// Prints the CMS's GraphQL schema, sorted, without a server, into packages/client/schema.graphql
// (or to stdout with --stdout). The client's drift test compares against this output.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { throwawayCmsEnv } from '@clinic/testing';
import { appDir, loadStrapi, require } from './load-strapi.mjs';

export const schemaFile = join(appDir, '../../packages/client/schema.graphql');

export async function buildSortedSchema() {
  const { env } = throwawayCmsEnv({ SEED_ON_BOOT: 'false', NODE_ENV: 'development' });
  Object.assign(process.env, env);
  const strapi = await loadStrapi();
  try {
    // Use the graphql module the plugin uses: schemas from two copies do not mix.
    const graphqlRequire = createRequire(require.resolve('@strapi/plugin-graphql/package.json'));
    const { lexicographicSortSchema, printSchema } = graphqlRequire('graphql');
    const schema = strapi.plugin('graphql').service('content-api').buildSchema();
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await strapi.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sdl = await buildSortedSchema();
  if (process.argv.includes('--stdout')) process.stdout.write(sdl);
  else {
    writeFileSync(schemaFile, sdl);
    console.log(`Wrote ${schemaFile}`);
  }
  process.exit(0);
}

#!/usr/bin/env node
// `pnpm --filter @clinic/cms print-schema`: writes the CMS's GraphQL schema, sorted, to
// packages/client/schema.graphql, without a server (a throwaway SQLite file is enough).
// The schema-drift test fails until this is re-run after a content-type change.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { throwawayCmsEnv } from '@clinic/testing';
import { appDir, loadStrapi } from './load-strapi.mjs';
import { sortedSchemaSdl } from './schema-sdl.mjs';

const schemaFile = join(appDir, '../../packages/client/schema.graphql');

Object.assign(process.env, throwawayCmsEnv({ SEED_ON_BOOT: 'false', LOG_LEVEL: 'warn' }).env);
const strapi = await loadStrapi();
try {
  writeFileSync(schemaFile, sortedSchemaSdl(strapi));
  console.log(`Wrote ${schemaFile}`);
} finally {
  await strapi.destroy();
}
process.exit(0);

#!/usr/bin/env node
// `pnpm --filter @clinic/cms seed`: adds any seed content missing from the database named by
// .env / DATABASE_*; never changes or re-creates what exists.
import { join } from 'node:path';
import { loadStrapi, require } from './load-strapi.mjs';

process.env.SEED_ON_BOOT = 'false';
const strapi = await loadStrapi();
try {
  // compileStrapi wrote the TypeScript sources to dist/.
  const { seedContent } = require(join(strapi.dirs.dist.src, 'seed/seed-content.js'));
  const report = await seedContent(strapi);
  console.log(`Seed: created ${report.created.length} (${report.created.join(', ') || 'nothing'}), kept ${report.skipped.length} existing.`);
} finally {
  await strapi.destroy();
}
process.exit(0);

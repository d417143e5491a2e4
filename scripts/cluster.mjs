#!/usr/bin/env node
// `pnpm cluster`: the product as a clinic with more than one server would run it, on this machine:
// Debian's nginx on :8080 (website) and :8081 (CMS admin and API) in front of two website and two
// CMS instances, PostgreSQL, Redis and S3 storage (see scripts/cluster/stack.mjs). Data is kept in
// .tmp/cluster between runs (`--fresh` starts over). Ctrl+C stops every part.
// Needs a prior `pnpm build` and apps/cms/.env (node apps/cms/scripts/ensure-env.mjs).
import { join } from 'node:path';
import { readEnvFile } from './lib/dotenv.mjs';
import { repoRoot, step } from './lib/util.mjs';
import { ensureClusterAdmin, startCluster } from './cluster/stack.mjs';

const started = Date.now();
const verbose = process.argv.includes('--verbose');
const cmsEnvFile = readEnvFile(join(repoRoot, 'apps/cms/.env'));
const sitePort = Number(process.env.CLUSTER_PORT ?? 8080);
const cmsPort = Number(process.env.CLUSTER_CMS_PORT ?? sitePort + 1);

let cluster;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  step('Stopping every part of the cluster');
  await cluster?.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  step('Starting the cluster: nginx, 2 website and 2 CMS instances, PostgreSQL, Redis, S3 storage');
  cluster = await startCluster({
    sitePort, cmsPort, fresh: process.argv.includes('--fresh'),
    // Errors and warnings always; everything with --verbose.
    log: (line) => { if (verbose || (/\b(error|warn|fatal)/i.test(line) && !/overcommit/.test(line))) console.log(line); },
  });
  const email = process.env.ADMIN_EMAIL ?? cmsEnvFile.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD ?? cmsEnvFile.ADMIN_PASSWORD;
  const created = await ensureClusterAdmin(cluster, email, password);
  if (created) step(`Created the first admin ${created}`);
  step(`Cluster ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [index, proc] of [...cluster.cms, ...cluster.web].entries()) {
    proc.child.once('exit', (code, signal) => { if (!stopping) step(`${proc.name} stopped (${signal ?? `exit ${code}`}); nginx sends its requests to the other instance`); void index; });
  }
  console.log(`
  Website        http://localhost:${sitePort}      (nginx → web-1 :${cluster.webPorts[0]}, web-2 :${cluster.webPorts[1]})
  Admin panel    http://localhost:${cmsPort}/admin (nginx → cms-1 :${cluster.cmsPorts[0]}, cms-2 :${cluster.cmsPorts[1]})
  Admin login    ${email ?? '(register at /admin)'}${created ? ` / ${password}` : ' (the existing admin)'}
  PostgreSQL     ${cluster.pg.url}
  Redis          ${cluster.redis.url}   (website cache, form rate limits, form state)
  S3 uploads     ${cluster.s3.publicUrl}

  Ctrl+C stops everything.
`);
} catch (error) {
  console.error(error.message ?? error);
  await stop(1);
}

// The whole several-server stack on one machine: nginx in front of two website and two CMS
// instances, PostgreSQL, Redis (the website's shared cache, rate limits and form state) and S3
// storage for uploads. Used by `pnpm cluster` (scripts/cluster.mjs) and `pnpm cluster:faults`.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../packages/testing/src/cms-process.mjs';
import { readEnvFile } from '../lib/dotenv.mjs';
import { repoRoot, step } from '../lib/util.mjs';
import { startCms, startNginx, startPostgres, startRedis, startS3, startWeb, stopAllProcesses, waitForUrl } from './services.mjs';

export const INSTANCES = 2;

/**
 * Starts everything; returns handles for each part. `dir` holds PostgreSQL's data and the S3
 * objects (kept between runs unless `fresh`), `log` receives every child's output lines.
 */
export async function startCluster({ dir = join(repoRoot, '.tmp', 'cluster'), sitePort = 8080, cmsPort = 8081, fresh = false, log = () => {}, quietSteps = false } = {}) {
  const say = quietSteps ? () => {} : step;
  for (const [what, path] of [['the CMS', 'apps/cms/dist'], ['the website', 'apps/web/.output/server/index.mjs']]) {
    if (!existsSync(join(repoRoot, path))) throw new Error(`${what} is not built (${path} is missing): run \`pnpm build\` first.`);
  }
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cmsEnvFile = readEnvFile(join(repoRoot, 'apps/cms/.env'));
  const secret = (name) => process.env[name] || cmsEnvFile[name];
  const missing = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'REVALIDATE_SECRET', 'PREVIEW_SECRET', 'FORMS_SECRET'].filter((name) => !secret(name));
  if (missing.length) throw new Error(`Missing secrets (${missing.join(', ')}): run \`node apps/cms/scripts/ensure-env.mjs\` or set them in the environment.`);

  const ports = { pg: await freePort(), redis: await freePort(), s3: await freePort() };
  const cmsPorts = [];
  const webPorts = [];
  for (let i = 0; i < INSTANCES; i++) {
    cmsPorts.push(await freePort());
    webPorts.push(await freePort());
  }
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;

  say(`Starting PostgreSQL, Redis and S3 storage (fauxqs) under ${dir.replace(`${repoRoot}/`, '')}`);
  const pg = await startPostgres({ dir: join(dir, 'postgres'), port: ports.pg });
  const redis = await startRedis({ port: ports.redis, log });
  const s3 = await startS3({ dir: join(dir, 's3'), port: ports.s3, bucket: 'clinic-media', log });
  say(`PostgreSQL on :${ports.pg}${pg.fresh ? ' (new database)' : ''}, Redis on :${ports.redis}, S3 on :${ports.s3}`);

  const cmsEnv = {
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: pg.url,
    // Connections are re-made after PostgreSQL restarts; none are held idle.
    DATABASE_POOL_MIN: '0',
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'clinic-cluster',
    S3_SECRET_ACCESS_KEY: 'clinic-cluster-secret',
    // Change notices go through nginx to whichever website instance answers: the page cache is
    // shared in Redis, so one instance emptying it is enough for all.
    WEB_URL: siteUrl,
    WEB_PUBLIC_URL: `http://localhost:${sitePort}`,
    PUBLIC_URL: `http://localhost:${cmsPort}`,
    CORS_ORIGINS: `http://localhost:${cmsPort},http://localhost:${sitePort}`,
    TRUST_PROXY: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...Object.fromEntries(['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'REVALIDATE_SECRET', 'PREVIEW_SECRET', 'FORMS_SECRET'].map((name) => [name, secret(name)])),
  };
  const webEnv = {
    NODE_ENV: 'production',
    NUXT_CMS_URL: cmsUrl,
    NUXT_CMS_PUBLIC_URL: `http://localhost:${cmsPort}`,
    NUXT_PUBLIC_SITE_URL: `http://localhost:${sitePort}`,
    NUXT_REDIS_URL: redis.url,
    NUXT_MEDIA_URL: s3.publicUrl,
    NUXT_TRUSTED_PROXIES: '127.0.0.1',
    NUXT_REVALIDATE_SECRET: cmsEnv.REVALIDATE_SECRET,
    NUXT_PREVIEW_SECRET: cmsEnv.PREVIEW_SECRET,
    NUXT_FORMS_SECRET: cmsEnv.FORMS_SECRET,
    NUXT_TELEMETRY_DISABLED: '1',
  };

  const cluster = {
    dir, pg, redis, s3, siteUrl, cmsUrl, sitePort, cmsPort, cmsPorts, webPorts, cmsEnv, webEnv, log,
    cms: [], web: [], nginx: null,
    startCmsInstance(index) {
      const proc = startCms({ name: `cms-${index + 1}`, port: cmsPorts[index], env: cmsEnv, log });
      cluster.cms[index] = proc;
      return waitForUrl(`http://127.0.0.1:${cmsPorts[index]}/_health`, { accept: (status) => status === 204 || status === 200, proc, label: proc.name, timeoutMs: 300_000 });
    },
    startWebInstance(index) {
      const proc = startWeb({ name: `web-${index + 1}`, port: webPorts[index], env: webEnv, log });
      cluster.web[index] = proc;
      return waitForUrl(`http://127.0.0.1:${webPorts[index]}/robots.txt`, { accept: (status) => status === 200, proc, label: proc.name });
    },
    async stop() {
      await stopAllProcesses();
      pg.stop();
    },
  };

  try {
    // The first instance creates or migrates the schema (and seeds a new database) alone; the
    // second starts once it is healthy.
    say(`Starting CMS instance 1 of ${INSTANCES}${pg.fresh ? ': first boot creates the schema and seeds the clinic\'s content' : ''}`);
    let ms = await cluster.startCmsInstance(0);
    say(`CMS instance 1 ready in ${(ms / 1000).toFixed(1)} s`);
    say(`Starting CMS instance 2 and ${INSTANCES} website instances`);
    const rest = await Promise.all([...cmsPorts.slice(1).map((_, i) => cluster.startCmsInstance(i + 1)), ...webPorts.map((_, i) => cluster.startWebInstance(i))]);
    ms = Math.max(...rest);
    say(`CMS instance 2 and both website instances ready in ${(ms / 1000).toFixed(1)} s`);
    say(`Starting nginx on :${sitePort} (website) and :${cmsPort} (CMS)`);
    cluster.nginx = await startNginx({ dir: join(dir, 'nginx'), sitePort, cmsPort, webPorts, cmsPorts, s3, log });
    await waitForUrl(`${siteUrl}/`, { accept: (status) => status === 200, label: 'the home page through nginx' });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

/**
 * The first admin, from ADMIN_EMAIL / ADMIN_PASSWORD, through Strapi's own registration endpoint
 * (open only while no admin exists; the CMS runs in production, where the local-only
 * ensureFirstAdmin does nothing). Returns the e-mail, or null when an admin already exists.
 */
export async function ensureClusterAdmin(cluster, email, password) {
  if (!email || !password) return null;
  const init = await (await fetch(`${cluster.cmsUrl}/admin/init`)).json();
  if (init?.data?.hasAdmin) return null;
  const response = await fetch(`${cluster.cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: email.toLowerCase(), password, firstname: process.env.ADMIN_FIRSTNAME ?? 'Clinic', lastname: process.env.ADMIN_LASTNAME ?? 'Owner' }),
  });
  if (!response.ok) throw new Error(`Creating the first admin failed: ${response.status} ${await response.text()}`);
  return email;
}

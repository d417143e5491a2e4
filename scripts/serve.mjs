#!/usr/bin/env node
// Runs the built product locally: the CMS on :1337 (SQLite in apps/cms/.tmp, seeded on first
// boot) and the website on :3000. Ctrl+C stops both. Needs Node 24 and a prior build
// (`npm start` does both for you).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvFile } from './lib/dotenv.mjs';
import { repoRoot, step } from './lib/util.mjs';

const cmsDir = join(repoRoot, 'apps/cms');
const webDir = join(repoRoot, 'apps/web');
const cmsEnv = readEnvFile(join(cmsDir, '.env'));
const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const cmsUrl = `http://localhost:${cmsPort}`;
const webUrl = `http://localhost:${webPort}`;

const children = [];
function start(name, args, cwd, env) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) => String(chunk).split('\n').filter(Boolean).map((line) => `${name} | ${line}`).join('\n');
  child.stdout.on('data', (chunk) => console.log(prefix(chunk)));
  child.stderr.on('data', (chunk) => console.error(prefix(chunk)));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} stopped (exit code ${code}); stopping everything.`);
      stopAll(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitFor(url, accept, label) {
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    try {
      const response = await fetch(url);
      if (accept(response.status)) return ((Date.now() - started) / 1000).toFixed(1);
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${label} did not answer at ${url} within 3 minutes.`);
}

const firstBoot = !existsSync(join(cmsDir, cmsEnv.DATABASE_FILENAME ?? '.tmp/data.db'));
step(firstBoot ? 'Starting the CMS: first boot creates the SQLite database and seeds the clinic\'s content' : 'Starting the CMS');
start('cms', [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], cmsDir, {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  PORT: String(cmsPort),
  WEB_URL: webUrl,
  STRAPI_STARTUP_LOG: 'false',
});
const cmsSeconds = await waitFor(`${cmsUrl}/_health`, (status) => status < 300, 'The CMS');
step(`CMS ready in ${cmsSeconds} s: ${cmsUrl}/admin`);

const webServer = join(webDir, '.output/server/index.mjs');
if (existsSync(webServer)) {
  step('Starting the website');
  start('web', [webServer], webDir, {
    PORT: String(webPort),
    NITRO_PORT: String(webPort),
    NUXT_CMS_URL: cmsUrl,
    NUXT_REVALIDATE_SECRET: cmsEnv.REVALIDATE_SECRET ?? '',
    NUXT_PREVIEW_SECRET: cmsEnv.PREVIEW_SECRET ?? '',
    NUXT_FORMS_SECRET: cmsEnv.FORMS_SECRET ?? '',
    NUXT_PUBLIC_SITE_URL: webUrl,
  });
  const webSeconds = await waitFor(webUrl, (status) => status < 500, 'The website');
  step(`Website ready in ${webSeconds} s: ${webUrl}`);
} else {
  step('The website is not built (apps/web/.output is missing): serving the CMS only');
}

console.log(`
  Website        ${webUrl}
  Admin panel    ${cmsUrl}/admin
  Admin login    ${cmsEnv.ADMIN_EMAIL ?? '(register at /admin)'} / ${cmsEnv.ADMIN_PASSWORD ?? ''}   (Super Admin, from apps/cms/.env)
  Demo staff     author@clinic.local and editor@clinic.local / ${cmsEnv.DEMO_PASSWORD ?? '(DEMO_PASSWORD)'}
  GraphQL        ${cmsUrl}/graphql

  Ctrl+C stops both.
`);

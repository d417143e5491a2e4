#!/usr/bin/env node
// `pnpm cluster:faults`: faults under load. Starts a fresh cluster (scripts/cluster/stack.mjs) on
// :8090/:8091, keeps visitors coming through nginx (page views, consultation requests, CMS API
// reads) and, one at a time: kills a website instance, kills a CMS instance, restarts PostgreSQL,
// stops Redis. Prints a table: each fault, requests sent, failed, and stored data lost (every
// request the site accepted must be in the CMS afterwards, found through the admin API).
// First, under the same load, several publishes and how soon each is visible through every
// website instance (scripts/cluster/publish-visible.mjs; figures, the 2 s target printed beside
// them). Then the several-server promises: a scheduled article is published exactly once by the
// two CMS instances, and the sign-in limit holds whichever CMS instance answers.
// Prints figures; exits 1 if something stored was lost, the stack did not come back, or one of
// those promises failed.
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot, step } from '../lib/util.mjs';
import { inquiryBody, nextAddress, pause, send, startLoad } from './load.mjs';
import { createNoticeWatch, measurePublishVisible } from './publish-visible.mjs';
import { ensureClusterAdmin, startCluster } from './stack.mjs';

const sitePort = Number(process.env.FAULTS_PORT ?? 8090);
// --only=publish: just the publish → visible figures (a quicker run while working on that path).
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

async function adminToken(cluster, email, password) {
  const response = await fetch(`${cluster.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`admin login: ${response.status}`);
  return (await response.json()).data.token;
}

/** Every idempotency key the CMS has stored, read as staff read them (content-manager API). */
async function storedKeys(cluster, token) {
  const keys = new Set();
  for (let page = 1; ; page++) {
    const response = await fetch(`${cluster.cmsUrl}/content-manager/collection-types/api::inquiry.inquiry?page=${page}&pageSize=100`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`listing requests: ${response.status} ${await response.text()}`);
    const { results, pagination } = await response.json();
    for (const entry of results) keys.add(entry.idempotencyKey);
    if (page >= pagination.pageCount) return keys;
  }
}

const FAULTS = [
  {
    name: 'kill web-1 (SIGKILL)',
    async inject(cluster) { await cluster.web[0].kill('SIGKILL'); },
    async heal(cluster) { await cluster.startWebInstance(0); },
  },
  {
    name: 'kill cms-1 (SIGKILL)',
    async inject(cluster) { await cluster.cms[0].kill('SIGKILL'); },
    async heal(cluster) { await cluster.startCmsInstance(0); },
  },
  {
    name: 'restart PostgreSQL',
    async inject(cluster) { cluster.pg.restart(); },
    async heal() {},
  },
  {
    name: 'stop Redis',
    async inject(cluster) { await cluster.redis.proc.kill('SIGTERM'); },
    async heal(cluster) {
      const during = await send(`${cluster.siteUrl}/articles`, { headers: { accept: 'text/html' } });
      this.note = `pages ${during.status === 200 ? 'rendered afresh' : `answered ${during.status}`}, forms 503 + phone`;
      await cluster.redis.start();
      // The website reconnects by itself; wait until a form is accepted again.
      const started = Date.now();
      for (;;) {
        const key = randomUUID();
        const answer = await send(`${cluster.siteUrl}/forms/inquiry`, { method: 'POST', localAddress: nextAddress(), headers: { accept: 'application/json', 'content-type': 'application/json' }, body: inquiryBody(key, 'After Redis') });
        if (answer.status === 201) { this.extraAccepted = [key]; break; }
        if (Date.now() - started > 30_000) throw new Error(`forms did not work again after Redis came back: ${answer.status} ${answer.text}`);
        await pause(250);
      }
    },
  },
];


/** The several-server promises, checked on the running cluster. */
async function clusterChecks(cluster, token) {
  const results = [];
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const manager = `${cluster.cmsUrl}/content-manager/collection-types/api::article.article`;
  const draft = async (slug, extra = {}) => {
    const response = await fetch(manager, { method: 'POST', headers, body: JSON.stringify({ title: `Check ${slug}`, slug, excerpt: 'A check.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Checking.' }] }], ...extra }) });
    if (!response.ok) throw new Error(`creating ${slug}: ${response.status} ${await response.text()}`);
    return (await response.json()).data.documentId;
  };

  // A scheduled article, with both CMS instances running the every-minute job.
  const scheduledSlug = `scheduled-${Date.now()}`;
  const logLines = () => cluster.cms.map((proc) => (proc.output.join('').match(/Scheduled publishing: published [1-9]/g) ?? []).length);
  const linesBefore = logLines();
  const scheduledId = await draft(scheduledSlug, { publishAt: new Date(Date.now() - 1000).toISOString() });
  const waitStarted = Date.now();
  let live = false;
  while (Date.now() - waitStarted < 130_000 && !live) {
    live = (await (await fetch(`${cluster.cmsUrl}/api/articles?filters[slug][$eq]=${scheduledSlug}`)).json()).data.length === 1;
    if (!live) await pause(1000);
  }
  await pause(61_000); // one more run of the job on each instance: it must change nothing
  const runs = logLines().map((count, index) => count - linesBefore[index]);
  const versions = await (await fetch(`${manager}/${scheduledId}`, { headers })).json();
  const publishedVersions = (await (await fetch(`${cluster.cmsUrl}/api/articles?filters[slug][$eq]=${scheduledSlug}`)).json()).data.length;
  results.push({ check: 'scheduled article published exactly once', value: `live: ${live}, publishes per instance: ${runs.join(' + ')}, public entries: ${publishedVersions}`, ok: live && runs.reduce((a, b) => a + b, 0) === 1 && publishedVersions === 1 && Boolean(versions.data) });

  // users-permissions sign-in from one address (the Public role may not even sign in here: 403):
  //    the sixth try is refused with 429 by nginx, whichever CMS instance would have answered.
  const statuses = [];
  for (let i = 0; i < 8; i++) {
    const response = await send(`${cluster.cmsUrl}/api/auth/local`, { method: 'POST', localAddress: '127.0.9.9', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: 'nobody@example.ca', password: 'wrong-password' }) });
    statuses.push(response.status);
  }
  const other = await send(`${cluster.cmsUrl}/api/auth/local`, { method: 'POST', localAddress: '127.0.9.10', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: 'nobody@example.ca', password: 'wrong-password' }) });
  results.push({ check: 'sign-in limit across CMS instances', value: `8 tries: ${statuses.join(' ')}; another address: ${other.status}`, ok: statuses.slice(0, 5).every((s) => s !== 429) && statuses.slice(5).every((s) => s === 429) && other.status !== 429 });
  return results;
}

const started = Date.now();
step(`Faults under load: a fresh cluster on :${sitePort}/:${sitePort + 1}`);
const email = 'faults-admin@example.ca';
const password = `Faults-${randomBytes(6).toString('hex')}A1`;
const noticeWatch = createNoticeWatch();
let cluster;
const rows = [];
const checkRows = [];
let failedRun = false;
try {
  cluster = await startCluster({ dir: join(repoRoot, '.tmp', 'cluster-faults'), sitePort, cmsPort: sitePort + 1, fresh: true, log: noticeWatch.log });
  step(`Cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await ensureClusterAdmin(cluster, email, password);
  const token = await adminToken(cluster, email, password);
  const articlesBefore = (await (await fetch(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=1`)).json()).meta.pagination.total;

  /** Runs `during` under load; adds its row to the table (requests, failed, data lost). */
  const underLoad = async (name, during) => {
    const load = startLoad(cluster);
    await pause(3000);
    const extraAccepted = (await during()) ?? [];
    await pause(2000);
    const stats = await load.stop();
    // Every request the site accepted must be stored, and no article may have gone.
    const keys = await storedKeys(cluster, token);
    const accepted = [...stats.accepted, ...extraAccepted];
    const lost = accepted.filter((key) => !keys.has(key)).length;
    const articlesNow = (await (await fetch(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=1`)).json()).meta.pagination.total;
    rows.push({ fault: name, stats, accepted: accepted.length, lost: lost + Math.max(0, articlesBefore - articlesNow) });
    if (lost || articlesNow < articlesBefore) failedRun = true;
    for (const [error, count] of stats.errors) console.log(`    ${count} × ${error.replace(/\s+/g, ' ')}`);
  };

  step('Publish → visible on every website instance, under load');
  await underLoad('5 publishes', async () => {
    checkRows.push(...(await measurePublishVisible(cluster, token, { publishes: 5, noticeWatch })));
  });
  if (only !== 'publish') {
    for (const fault of FAULTS) {
      step(`Fault: ${fault.name}`);
      await underLoad(fault.name, async () => {
        await fault.inject(cluster);
        await pause(6000);
        await fault.heal(cluster);
        return fault.extraAccepted;
      });
      rows.at(-1).note = fault.note ?? '';
    }
    step('Several-server checks: scheduled publishing, sign-in limit');
    checkRows.push(...(await clusterChecks(cluster, token)));
  }
  if (checkRows.some((row) => !row.ok)) failedRun = true;
} catch (error) {
  console.error(error);
  failedRun = true;
} finally {
  await cluster?.stop();
}

const pad = (value, width) => String(value).padStart(width);
console.log('\n  fault                    requests  failed   (pages  forms   CMS API)  forms accepted  refused w/ phone  data lost  note');
for (const { fault, stats, accepted, lost, note = '' } of rows) {
  const sent = stats.pages + stats.forms + stats.api;
  const failed = stats.pagesFailed + stats.formsFailed + stats.apiFailed;
  console.log(`  ${fault.padEnd(24)} ${pad(sent, 8)} ${pad(failed, 7)}   (${pad(stats.pagesFailed, 5)} ${pad(stats.formsFailed, 6)} ${pad(stats.apiFailed, 8)})  ${pad(accepted, 14)}  ${pad(stats.formsRefusedClearly, 16)}  ${pad(lost, 9)}  ${note}`);
}
console.log('');
for (const { check, value, ok } of checkRows) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${check.padEnd(42)} ${value}`);
console.log(`\n  total ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(failedRun ? 1 : 0);

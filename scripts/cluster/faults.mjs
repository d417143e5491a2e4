#!/usr/bin/env node
// `pnpm cluster:faults`: faults under load. Starts a fresh cluster (scripts/cluster/stack.mjs) on
// :8090/:8091, keeps visitors coming through nginx (page views, consultation requests, CMS API
// reads) and, one at a time: kills a website instance, kills a CMS instance, restarts PostgreSQL,
// stops Redis. Prints a table: each fault, requests sent, failed, and stored data lost (every
// request the site accepted must be in the CMS afterwards, found through the admin API).
// Then the several-server promises: a publish is visible through every website instance within
// 2 s, a scheduled article is published exactly once by the two CMS instances, and the sign-in
// limit holds whichever CMS instance answers.
// Prints figures; exits 1 if something stored was lost, the stack did not come back, or one of
// those promises failed.
import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { repoRoot, step } from '../lib/util.mjs';
import { ensureClusterAdmin, startCluster } from './stack.mjs';
import { waitForUrl } from './services.mjs';

const PHONE = '705-535-1639';
const sitePort = Number(process.env.FAULTS_PORT ?? 8090);
const PAGES = ['/', '/articles', '/therapists', '/approaches', '/contact', '/get-help'];

// Each consultation request comes from its own address (127.0.1.x…): the per-visitor limit (5 an
// hour) is for people, and nginx passes each address on in X-Forwarded-For.
let addressCounter = 0;
const nextAddress = () => { addressCounter++; return `127.0.${1 + Math.floor(addressCounter / 250)}.${2 + (addressCounter % 250)}`; };

function send(url, { method = 'GET', headers = {}, body, localAddress } = {}) {
  return new Promise((resolve) => {
    const request = httpRequest(url, { method, headers, localAddress, timeout: 15_000 }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => resolve({ status: 0, text: String(error) }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ status: 0, text: String(error) }));
    request.end(body);
  });
}

/** Visitors until stop(): page views (4 at a time), a consultation request every 250 ms, CMS API reads. */
function startLoad(cluster) {
  const stats = { pages: 0, pagesFailed: 0, forms: 0, formsFailed: 0, formsRefusedClearly: 0, api: 0, apiFailed: 0, accepted: [], errors: new Map() };
  let running = true;
  const note = (what, response) => {
    const key = `${what} ${response.status} ${response.text.slice(0, 80)}`;
    stats.errors.set(key, (stats.errors.get(key) ?? 0) + 1);
  };
  const pageWorker = async (offset) => {
    for (let i = offset; running; i++) {
      const response = await send(`${cluster.siteUrl}${PAGES[i % PAGES.length]}`, { headers: { accept: 'text/html' } });
      stats.pages++;
      if (response.status !== 200) { stats.pagesFailed++; note('page', response); }
    }
  };
  const formWorker = async () => {
    while (running) {
      const key = randomUUID();
      const body = JSON.stringify({ name: 'Load Test', contactMethod: 'email', email: `load+${key.slice(0, 8)}@example.ca`, phone: '', preferredTimes: ['weekends'], sessionFormat: 'video', funding: 'not_sure', consent: true, website: '', idempotencyKey: key });
      const response = await send(`${cluster.siteUrl}/forms/inquiry`, { method: 'POST', localAddress: nextAddress(), headers: { accept: 'application/json', 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body });
      stats.forms++;
      if (response.status === 201 || response.status === 200) stats.accepted.push(key);
      else if (response.status === 503 && response.text.includes(PHONE)) stats.formsRefusedClearly++;
      else { stats.formsFailed++; note('form', response); }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const apiWorker = async () => {
    while (running) {
      const response = await send(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=5&fields[0]=title`);
      stats.api++;
      if (response.status !== 200) { stats.apiFailed++; note('api', response); }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const workers = [pageWorker(0), pageWorker(1), pageWorker(2), pageWorker(3), formWorker(), apiWorker()];
  return { stats, async stop() { running = false; await Promise.all(workers); return stats; } };
}

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

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
        const body = JSON.stringify({ name: 'After Redis', contactMethod: 'email', email: 'after@example.ca', phone: '', preferredTimes: ['weekends'], sessionFormat: 'video', funding: 'not_sure', consent: true, website: '', idempotencyKey: key });
        const answer = await send(`${cluster.siteUrl}/forms/inquiry`, { method: 'POST', localAddress: nextAddress(), headers: { accept: 'application/json', 'content-type': 'application/json' }, body });
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

  // 1. Publish → visible through each website instance (asked directly, not through nginx).
  const slug = `visible-${Date.now()}`;
  const documentId = await draft(slug);
  for (const port of cluster.webPorts) await (await fetch(`http://127.0.0.1:${port}/articles`)).text();
  const clicked = Date.now();
  const answer = await fetch(`${manager}/${documentId}/actions/publish`, { method: 'POST', headers, body: '{}' });
  if (!answer.ok) throw new Error(`publish: ${answer.status}`);
  // Counted from the CMS's "published" answer (what staff see); the publish itself is shown too.
  const published = Date.now();
  const seen = await Promise.all(cluster.webPorts.map(async (port) => {
    while (Date.now() - published < 10_000) {
      if ((await (await fetch(`http://127.0.0.1:${port}/articles`)).text()).includes(slug)) return (Date.now() - published) / 1000;
      await pause(50);
    }
    return Infinity;
  }));
  results.push({ check: 'publish visible on every web instance', value: `${seen.map((s) => `${s.toFixed(2)} s`).join(', ')} after the publish answered (${((published - clicked) / 1000).toFixed(2)} s)`, ok: seen.every((s) => s <= 2) });

  // 2. A scheduled article, with both CMS instances running the every-minute job.
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

  // 3. users-permissions sign-in from one address (the Public role may not even sign in here: 403):
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
let cluster;
const rows = [];
let checkRows = [];
let failedRun = false;
try {
  cluster = await startCluster({ dir: join(repoRoot, '.tmp', 'cluster-faults'), sitePort, cmsPort: sitePort + 1, fresh: true, log: () => {} });
  step(`Cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await ensureClusterAdmin(cluster, email, password);
  const token = await adminToken(cluster, email, password);
  const articlesBefore = (await (await fetch(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=1`)).json()).meta.pagination.total;

  for (const fault of FAULTS) {
    step(`Fault: ${fault.name}`);
    const load = startLoad(cluster);
    await pause(3000);
    await fault.inject(cluster);
    await pause(6000);
    await fault.heal(cluster);
    await pause(2000);
    const stats = await load.stop();
    // Give the CMS a moment to answer what was in flight, then check every accepted request.
    const keys = await storedKeys(cluster, token);
    const accepted = [...stats.accepted, ...(fault.extraAccepted ?? [])];
    const lost = accepted.filter((key) => !keys.has(key)).length;
    const articlesNow = (await (await fetch(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=1`)).json()).meta.pagination.total;
    rows.push({ fault: fault.name, stats, accepted: accepted.length, lost: lost + Math.max(0, articlesBefore - articlesNow), note: fault.note ?? '' });
    if (lost || articlesNow < articlesBefore) failedRun = true;
    for (const [error, count] of stats.errors) console.log(`    ${count} × ${error.replace(/\s+/g, ' ')}`);
  }
  step('Several-server checks: publish visibility, scheduled publishing, sign-in limit');
  checkRows = await clusterChecks(cluster, token);
  if (checkRows.some((row) => !row.ok)) failedRun = true;
} catch (error) {
  console.error(error);
  failedRun = true;
} finally {
  await cluster?.stop();
}

const pad = (value, width) => String(value).padStart(width);
console.log('\n  fault                    requests  failed   (pages  forms   CMS API)  forms accepted  refused w/ phone  data lost  note');
for (const { fault, stats, accepted, lost, note } of rows) {
  const sent = stats.pages + stats.forms + stats.api;
  const failed = stats.pagesFailed + stats.formsFailed + stats.apiFailed;
  console.log(`  ${fault.padEnd(24)} ${pad(sent, 8)} ${pad(failed, 7)}   (${pad(stats.pagesFailed, 5)} ${pad(stats.formsFailed, 6)} ${pad(stats.apiFailed, 8)})  ${pad(accepted, 14)}  ${pad(stats.formsRefusedClearly, 16)}  ${pad(lost, 9)}  ${note}`);
}
console.log('');
for (const { check, value, ok } of checkRows) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${check.padEnd(42)} ${value}`);
console.log(`\n  total ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(failedRun ? 1 : 0);

#!/usr/bin/env node
// `pnpm --filter @clinic/cms bench`: prints how the built CMS behaves on this machine.
// Figures only — nothing here passes or fails. Needs `pnpm --filter @clinic/cms build`.
//   - boot time to /_health: first boot (creates + seeds the SQLite file) and a warm reboot
//   - resident memory of the idle CMS
//   - GraphQL and REST requests per second for the website's article query (sequential
//     and 10 concurrent clients, with p99 latency)
import { readFileSync } from 'node:fs';
import { startCmsProcess } from '@clinic/testing';

const ARTICLE_QUERY = `query { articles(filters: { slug: { eq: "why-people-self-injure" } }) { title slug body author { name } topics { name slug } } }`;

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function load(label, makeRequest, { seconds = 5, concurrency = 10 } = {}) {
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const response = await makeRequest();
      await response.arrayBuffer();
      if (!response.ok) errors += 1;
      latencies.push(performance.now() - started);
    }
  }));
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`${label.padEnd(44)} ${(latencies.length / seconds).toFixed(0).padStart(6)} req/s   p50 ${p(0.5)} ms   p99 ${p(0.99)} ms   errors ${errors}`);
}

const first = Date.now();
const cms = await startCmsProcess({ env: { LOG_LEVEL: 'warn', CRON_ENABLED: 'false' } });
console.log(`first boot to /_health (create + seed SQLite)  ${((Date.now() - first) / 1000).toFixed(1)} s`);
await cms.stop();

const again = Date.now();
const warm = await startCmsProcess({ port: cms.port, env: { ...cms.env, LOG_LEVEL: 'warn', CRON_ENABLED: 'false' } });
console.log(`warm boot to /_health                          ${((Date.now() - again) / 1000).toFixed(1)} s`);

await new Promise((resolve) => setTimeout(resolve, 5000));
const pid = Number(readFileSync('/proc/self/stat', 'utf8').split(' ')[0]);
const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number).filter(Boolean);
for (const child of children) console.log(`idle resident memory of the CMS (pid ${child})      ${rssOf(child).toFixed(0)} MB`);

const graphql = () => fetch(`${warm.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ARTICLE_QUERY }) });
const rest = () => fetch(`${warm.url}/api/articles?filters[slug][$eq]=why-people-self-injure&populate[author][fields][0]=name`);
await load('GraphQL article query, 1 client', graphql, { concurrency: 1 });
await load('GraphQL article query, 10 clients', graphql);
await load('REST article query, 10 clients', rest);

await warm.stop();
warm.cleanup();
cms.cleanup();
process.exit(0);

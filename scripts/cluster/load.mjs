// Visitors for `pnpm cluster:faults`: page views, consultation requests and CMS API reads sent
// through nginx until stopped, with counts of what failed and the idempotency key of every
// request the site accepted (so the caller can check each one was stored).
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';

export const PHONE = '705-535-1639';
const PAGES = ['/', '/articles', '/therapists', '/approaches', '/contact', '/get-help'];

// Each consultation request comes from its own address (127.0.1.x…): the per-visitor limit (5 an
// hour) is for people, and nginx passes each address on in X-Forwarded-For.
let addressCounter = 0;
export const nextAddress = () => { addressCounter++; return `127.0.${1 + Math.floor(addressCounter / 250)}.${2 + (addressCounter % 250)}`; };

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One HTTP request (node:http, so a source address can be chosen); never throws: status 0 on error. */
export function send(url, { method = 'GET', headers = {}, body, localAddress } = {}) {
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

/** A consultation request's JSON body with its own idempotency key. */
export function inquiryBody(key, name = 'Load Test') {
  return JSON.stringify({ name, contactMethod: 'email', email: `load+${key.slice(0, 8)}@example.ca`, phone: '', preferredTimes: ['weekends'], sessionFormat: 'video', funding: 'not_sure', consent: true, website: '', idempotencyKey: key });
}

/** Visitors until stop(): page views (4 at a time), a consultation request every 250 ms, CMS API reads. */
export function startLoad(cluster) {
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
      const response = await send(`${cluster.siteUrl}/forms/inquiry`, { method: 'POST', localAddress: nextAddress(), headers: { accept: 'application/json', 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: inquiryBody(key) });
      stats.forms++;
      if (response.status === 201 || response.status === 200) stats.accepted.push(key);
      else if (response.status === 503 && response.text.includes(PHONE)) stats.formsRefusedClearly++;
      else { stats.formsFailed++; note('form', response); }
      await pause(250);
    }
  };
  const apiWorker = async () => {
    while (running) {
      const response = await send(`${cluster.cmsUrl}/api/articles?pagination[pageSize]=5&fields[0]=title`);
      stats.api++;
      if (response.status !== 200) { stats.apiFailed++; note('api', response); }
      await pause(50);
    }
  };
  const workers = [pageWorker(0), pageWorker(1), pageWorker(2), pageWorker(3), formWorker(), apiWorker()];
  return { stats, async stop() { running = false; await Promise.all(workers); return stats; } };
}

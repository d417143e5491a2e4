import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// A stand-in for the website's /api/revalidate that records what the CMS sends.
const received: Array<{ signature: string; body: string }> = [];
let site: Server;
let ctx: Awaited<ReturnType<typeof bootCms>>;

beforeAll(async () => {
  site = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.url === '/api/revalidate') received.push({ signature: String(req.headers['x-clinic-signature']), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const { port } = site.address() as { port: number };
  ctx = await bootCms({ env: { WEB_URL: `http://127.0.0.1:${port}`, REVALIDATE_SECRET: 'shared-secret' } });
});
afterAll(async () => {
  await ctx?.cms.stop();
  site?.close();
});

async function waitForEvent(event: string) {
  for (let i = 0; i < 50; i += 1) {
    const hit = received.find((r) => JSON.parse(r.body).event === event);
    if (hit) return hit;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${event} notice reached the site`);
}

describe('the CMS tells the website when content changes', () => {
  it('sends a signed notice when an article is published and unpublished', async () => {
    const draft: any = await ctx.cms.createDraftArticle({ title: 'Notice me' });
    await ctx.cms.strapi.documents('api::article.article').publish({ documentId: draft.documentId });
    const published = await waitForEvent('entry.publish');
    const payload = JSON.parse(published.body);
    expect(payload).toMatchObject({ event: 'entry.publish', uid: 'api::article.article', documentId: draft.documentId });
    // t=<unix seconds>,v1=<HMAC-SHA256 of "<t>.<body>">: the timestamp is signed with the body.
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(published.signature);
    expect(match, published.signature).not.toBeNull();
    const [, timestamp, mac] = match!;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(mac).toBe(createHmac('sha256', 'shared-secret').update(`${timestamp}.${published.body}`).digest('hex'));
    // The body alone, or the body with another time, does not match: the date cannot be changed.
    expect(mac).not.toBe(createHmac('sha256', 'shared-secret').update(published.body).digest('hex'));
    expect(mac).not.toBe(createHmac('sha256', 'shared-secret').update(`${Number(timestamp) + 1}.${published.body}`).digest('hex'));

    await ctx.cms.strapi.documents('api::article.article').unpublish({ documentId: draft.documentId });
    const unpublished = await waitForEvent('entry.unpublish');
    // Every notice is unique (an id), so two real notices are never taken for a replay.
    expect(JSON.parse(unpublished.body).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(unpublished.body).id).not.toBe(payload.id);
  });

  it('signs with the time it is sent, so the website can refuse an old or replayed notice', async () => {
    const { signNotice } = ctx.cmsModule<typeof import('../src/site/revalidate-site')>('site/revalidate-site.js');
    const body = '{"event":"entry.publish"}';
    const at = new Date('2020-01-01T00:00:00Z');
    expect(signNotice(body, 'shared-secret', at)).toBe(`t=1577836800,v1=${createHmac('sha256', 'shared-secret').update(`1577836800.${body}`).digest('hex')}`);
  });
});

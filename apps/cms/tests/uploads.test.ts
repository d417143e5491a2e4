import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// Uploads are never active content on the admin's origin: pictures only, checked by content,
// on every way in, and whatever sits in /uploads is served so that it cannot run.
const DEMO_PASSWORD = 'Demo-password-1';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const HTML = Buffer.from('<!doctype html><script>fetch("/admin/users")</script>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
const JS = Buffer.from('alert(document.cookie)');

let ctx: Awaited<ReturnType<typeof bootCms>>;
let author: string;
let editor: string;
const stray = 'hand-placed-test-page.html';
beforeAll(async () => {
  ctx = await bootCms({ seed: false, env: { DEMO_PASSWORD } });
  author = await login('author@clinic.local');
  editor = await login('editor@clinic.local');
});
afterAll(async () => {
  rmSync(join(ctx.cms.strapi.dirs.static.public, 'uploads', stray), { force: true });
  await ctx?.cms.stop();
});

async function login(email: string) {
  const res = await ctx.http().post('/admin/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return res.body.data.token as string;
}
const upload = (token: string, content: Buffer, filename: string, contentType: string, path = '/upload') =>
  ctx.http().post(path).set('Authorization', `Bearer ${token}`).attach('files', content, { filename, contentType });
const files = () => ctx.cms.strapi.db.query('plugin::upload.file').count();

describe('only pictures can be uploaded, checked by content', () => {
  it.each([
    ['an HTML page', HTML, 'page.html', 'text/html'],
    ['an HTML page named like a picture', HTML, 'photo.png', 'image/png'],
    ['an SVG', SVG, 'logo.svg', 'image/svg+xml'],
    ['an SVG named like a picture', SVG, 'logo.jpg', 'image/jpeg'],
    ['a script', JS, 'app.js', 'application/javascript'],
    ['a script declared as a GIF', JS, 'anim.gif', 'image/gif'],
  ])('an Author uploading %s gets a plain 400 and nothing is stored', async (_label, content, filename, type) => {
    const before = await files();
    const res = await upload(author, content, filename, type);
    expect(res.status).toBe(400);
    // Strapi's own check ("File type 'text/html' is not allowed") or ours, which reads the content.
    expect(res.body.error.message).toMatch(/File type '.+' is not allowed|Only pictures can be uploaded: JPEG, PNG, WebP, AVIF or GIF/);
    expect(await files()).toBe(before);
  });

  it('an Editor is refused the same way, on the single-file route too', async () => {
    expect((await upload(editor, HTML, 'page.html', 'text/html')).status).toBe(400);
    expect((await upload(editor, SVG, 'logo.svg', 'image/svg+xml', '/upload/files')).status).toBe(400);
  });

  it('pictures upload for Authors and Editors', async () => {
    const png = await upload(author, PNG, 'dot.png', 'image/png').expect(201);
    expect(png.body[0]).toMatchObject({ mime: 'image/png', ext: '.png' });
    const gif = await upload(editor, GIF, 'dot.gif', 'image/gif').expect(201);
    expect(gif.body[0].mime).toBe('image/gif');
  });

  it('a picture named like a page is refused; one without a type or extension is stored as what it is', async () => {
    expect((await upload(author, PNG, 'innocent.html', 'application/octet-stream')).status).toBe(400);
    const res = await upload(author, PNG, 'innocent', 'application/octet-stream').expect(201);
    expect(res.body[0]).toMatchObject({ mime: 'image/png', ext: '.png', name: 'innocent.png' });
    expect(res.body[0].url).toMatch(/\.png$/);
  });

  it('replacing a picture with a page is refused and the picture stays', async () => {
    const original = (await upload(author, PNG, 'keep.png', 'image/png').expect(201)).body[0];
    for (const path of [`/upload?id=${original.id}`, `/upload/files/${original.id}/replace`]) {
      const res = await upload(author, HTML, 'keep.png', 'image/png', path);
      expect(res.status, path).toBe(400);
    }
    const stored = await ctx.cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: original.id } });
    expect(stored).toMatchObject({ mime: 'image/png', hash: original.hash });
  });

  it('the content API upload is closed to the public', async () => {
    const res = await ctx.http().post('/api/upload').attach('files', PNG, { filename: 'dot.png', contentType: 'image/png' });
    expect([401, 403]).toContain(res.status);
  });

  it('an API token that may upload is still held to pictures', async () => {
    const token = await ctx.cms.createApiToken('full-access');
    const res = await ctx.http().post('/api/upload').set('Authorization', `Bearer ${token}`).attach('files', HTML, { filename: 'page.png', contentType: 'image/png' });
    expect(res.status).toBe(400);
  });

  it('upload from a web address is switched off, and says so', async () => {
    const res = await ctx.http().post('/upload/actions/upload-from-urls').set('Authorization', `Bearer ${editor}`)
      .send({ urls: [`http://0.0.0.0:${new URL(ctx.cms.url).port}/_health`] });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Uploading from a web address is switched off/);
  });
});

describe('files in /uploads cannot run on the admin origin', () => {
  it('a picture is served inline, with nosniff and a sandboxing CSP', async () => {
    const file = (await upload(author, PNG, 'served.png', 'image/png').expect(201)).body[0];
    const res = await ctx.http().get(file.url).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('anything else found there (stored before, or put there by hand) is a sandboxed download', async () => {
    writeFileSync(join(ctx.cms.strapi.dirs.static.public, 'uploads', stray), HTML);
    const res = await ctx.http().get(`/uploads/${stray}`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment');
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

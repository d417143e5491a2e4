import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSettled, BROWSER_WAIT_MS, freePort, launchChromium, logInToAdmin, startCmsProcess, startWebProcess, type CmsProcess, type WebProcess } from '@clinic/testing';
import { openEditView, save } from './admin-page';

// The real admin panel (built by `strapi build`) in Debian's Chromium, with the real website
// beside it: what an Author and an Editor actually click. Every step waits on what the admin
// shows (tests/browser/admin-page.ts), so a busy machine makes the test slower, never red.
const PASSWORD = 'Demo-password-1';
const shots = join(__dirname, '../../reports/screenshots');
mkdirSync(shots, { recursive: true });

let cms: CmsProcess;
let web: WebProcess;
const browsers: Array<Awaited<ReturnType<typeof launchChromium>>> = [];

beforeAll(async () => {
  const webPort = await freePort();
  cms = await startCmsProcess({ env: { DEMO_PASSWORD: PASSWORD, WEB_URL: `http://127.0.0.1:${webPort}`, LOG_LEVEL: 'warn' } });
  web = await startWebProcess({ cmsUrl: cms.url, port: webPort });
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await web?.stop();
  await cms?.stop();
  cms?.cleanup();
});

/** Each person gets their own browser profile, as on their own computer. */
async function loginAs(email: string) {
  const browser = await launchChromium({ requireFrom: join(__dirname, '../..') });
  browsers.push(browser);
  return logInToAdmin(await browser.newPage(), cms.url, email, PASSWORD);
}

async function writeArticle(page: any, title: string, text: string) {
  const titleField = await openEditView(page, `${cms.url}/admin/content-manager/collection-types/api::article.article/create`);
  await titleField.fill(title);
  await expect.poll(() => titleField.inputValue(), { timeout: BROWSER_WAIT_MS }).toBe(title);
  const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
  await editor.waitFor({ state: 'visible' });
  await editor.click();
  await page.keyboard.type(text);
  await expect.poll(() => editor.innerText(), { timeout: BROWSER_WAIT_MS }).toContain(text);
}

async function apiArticle(slug: string, status: 'draft' | 'published') {
  // The test reads with an API token-free admin-side check: the public API shows published only.
  const res = await fetch(`${cms.url}/api/articles?filters[slug][$eq]=${slug}${status === 'draft' ? '&status=draft' : ''}`);
  return (await res.json()).data as Array<{ title: string; slug: string }>;
}

describe('the staff workflow in the real admin panel', () => {
  it('an Author writes an article in the Blocks editor and saves it, but cannot publish it', async () => {
    const page = await loginAs('author@clinic.local');
    await writeArticle(page, 'Winter and low mood', 'Short days can weigh on us.');
    await save(page);
    await page.screenshot({ path: join(shots, 'admin-1-author-saved-draft.png') });

    const publish = page.getByRole('button', { name: /^publish$/i });
    await publish.waitFor({ state: 'visible' });
    expect(await publish.isDisabled()).toBe(true);
    expect(await apiArticle('winter-and-low-mood', 'published')).toEqual([]);
    await page.close();
  });

  it('an Editor opens the preview, publishes the draft, and it is on the site within seconds', async () => {
    const page = await loginAs('editor@clinic.local');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article`);
    await adminSettled(page);
    await page.getByText('Winter and low mood').first().click();
    await openEditView(page, page.url(), { title: 'Winter and low mood' });

    await page.getByText(/open preview/i).click();
    const frame = page.locator('iframe').first();
    await frame.waitFor({ state: 'visible' });
    // A link for this one document that expires, with no secret in it.
    const src = new URL((await frame.getAttribute('src'))!);
    expect(src.pathname).toBe('/api/preview');
    expect([...src.searchParams.keys()]).toEqual(['token']);
    const claims = decodeJwt(src.searchParams.get('token')!);
    expect(claims).toMatchObject({ type: 'api::article.article', status: 'draft', path: '/articles/winter-and-low-mood' });
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    // The draft as the site will show it, inside the admin, with the preview banner.
    const preview = page.frameLocator('iframe').first();
    await preview.locator('.preview-banner').waitFor({ state: 'visible' });
    await preview.getByRole('heading', { name: 'Winter and low mood' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: join(shots, 'admin-2-editor-preview.png') });
    await page.goBack();
    await openEditView(page, page.url(), { title: 'Winter and low mood' });

    const publish = page.getByRole('button', { name: /^publish$/i });
    await expect.poll(() => publish.isEnabled(), { timeout: BROWSER_WAIT_MS }).toBe(true);
    await publish.click();
    await page.getByText(/published document/i).first().waitFor({ state: 'visible' });
    const publishedAt = Date.now();
    await page.screenshot({ path: join(shots, 'admin-3-editor-published.png') });

    // Upper bound for the site to show it (the webhook normally takes well under a second).
    let status = 0;
    while (Date.now() - publishedAt < 60_000) {
      status = (await fetch(`${web.url}/articles/winter-and-low-mood`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100)); // how often to look
    }
    console.info(`[browser] publish → on the site: ${Date.now() - publishedAt} ms`);
    expect(status).toBe(200);
    const html = await (await fetch(`${web.url}/articles/winter-and-low-mood`)).text();
    expect(html).toContain('Short days can weigh on us.');
    await page.close();
  });

  it('a sensitive article without a reviewer is refused with a plain message', async () => {
    const page = await loginAs('editor@clinic.local');
    await writeArticle(page, 'Talking about suicide safely', 'A careful article.');
    const empty = page.getByRole('button', { name: 'No entry yet. Click to add one.' });
    // The article's empty components, in form order: body image alt text, then the sensitive-topic notice.
    await empty.nth(1).click();
    const kind = page.getByRole('combobox').filter({ hasText: /choose here/i }).first();
    await kind.waitFor({ state: 'visible' });
    await kind.click();
    await page.getByRole('option', { name: 'suicide' }).click();
    await save(page);
    const publish = page.getByRole('button', { name: /^publish$/i });
    await expect.poll(() => publish.isEnabled(), { timeout: BROWSER_WAIT_MS }).toBe(true);
    await publish.click();
    const message = page.getByText(/sensitive topic, so a therapist must review it/i);
    await message.first().waitFor({ state: 'visible' });
    await page.screenshot({ path: join(shots, 'admin-4-sensitive-refused.png') });
    expect(await message.first().innerText()).toMatch(/Reviewed by/);
    expect(await apiArticle('talking-about-suicide-safely', 'published')).toEqual([]);
    await page.close();
  });
});

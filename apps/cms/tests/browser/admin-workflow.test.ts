import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, startCmsProcess, startWebProcess, type CmsProcess, type WebProcess } from '@clinic/testing';

// The real admin panel (built by `strapi build`) in Debian's Chromium, with the real website
// beside it: what an Author and an Editor actually click.
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
  const page = await browser.context.newPage();
  // The admin is a large single-page app: on a busy two-core machine its first load is slow.
  page.setDefaultTimeout(60_000);
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
  return page;
}

async function writeArticle(page: any, title: string, text: string) {
  await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/create`);
  await page.getByLabel(/^title/i).fill(title);
  const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
  await editor.click();
  await page.keyboard.type(text);
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
    await page.getByRole('button', { name: /^save$/i }).click();
    await page.getByText(/saved document/i).waitFor();
    await page.screenshot({ path: join(shots, 'admin-1-author-saved-draft.png') });

    const publish = page.getByRole('button', { name: /^publish$/i });
    expect(await publish.isDisabled()).toBe(true);
    expect(await apiArticle('winter-and-low-mood', 'published')).toEqual([]);
    await page.close();
  });

  it('an Editor opens the preview, publishes the draft, and it is on the site within seconds', async () => {
    const page = await loginAs('editor@clinic.local');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article`);
    await page.getByText('Winter and low mood').first().click();
    await page.getByText(/open preview/i).click();
    const frame = page.locator('iframe').first();
    await frame.waitFor();
    const src = new URL((await frame.getAttribute('src'))!);
    expect(src.pathname).toBe('/api/preview');
    expect(src.searchParams.get('path')).toBe('/articles/winter-and-low-mood');
    // The draft as the site will show it, inside the admin, with the preview banner.
    const preview = page.frameLocator('iframe').first();
    await preview.getByText(/preview/i).first().waitFor();
    await preview.getByRole('heading', { name: 'Winter and low mood' }).waitFor();
    await page.screenshot({ path: join(shots, 'admin-2-editor-preview.png') });
    await page.goBack();

    await page.getByRole('button', { name: /^publish$/i }).click();
    await page.getByText(/published document/i).waitFor();
    const publishedAt = Date.now();
    await page.screenshot({ path: join(shots, 'admin-3-editor-published.png') });

    let status = 0;
    while (Date.now() - publishedAt < 10_000) {
      status = (await fetch(`${web.url}/articles/winter-and-low-mood`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    const html = await (await fetch(`${web.url}/articles/winter-and-low-mood`)).text();
    expect(html).toContain('Short days can weigh on us.');
    await page.close();
  });

  it('a sensitive article without a reviewer is refused with a plain message', async () => {
    const page = await loginAs('editor@clinic.local');
    await writeArticle(page, 'Talking about suicide safely', 'A careful article.');
    const empty = page.getByRole('button', { name: 'No entry yet. Click to add one.' });
    await empty.first().click(); // the sensitive-topic notice
    await page.getByRole('combobox').filter({ hasText: /choose here/i }).first().click();
    await page.getByRole('option', { name: 'suicide' }).click();
    await page.getByRole('button', { name: /^save$/i }).click();
    await page.getByText(/saved document/i).waitFor();
    await page.getByRole('button', { name: /^publish$/i }).click();
    const message = page.getByText(/sensitive topic, so a therapist must review it/i);
    await message.first().waitFor();
    await page.screenshot({ path: join(shots, 'admin-4-sensitive-refused.png') });
    expect(await message.first().innerText()).toMatch(/Reviewed by/);
    expect(await apiArticle('talking-about-suicide-safely', 'published')).toEqual([]);
    await page.close();
  });
});

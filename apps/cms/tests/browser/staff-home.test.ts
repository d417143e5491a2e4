import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startCmsProcess, type CmsProcess } from '@clinic/testing';

// The admin home page's "Waiting for you" widget in Debian's Chromium, as the demo Editor and
// Author see it, in English and in French; the links it offers; the consultation request panel.
// Screenshots go outside the repo (STAFF_HOME_SHOTS, default /tmp/staff-home-shots).
const PASSWORD = 'Demo-password-1';
const shots = process.env.STAFF_HOME_SHOTS ?? '/tmp/staff-home-shots';
mkdirSync(shots, { recursive: true });
const DAY = 86_400_000;
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }];
const CM = '/content-manager/collection-types';

let cms: CmsProcess;
const browsers: Array<Awaited<ReturnType<typeof launchChromium>>> = [];

async function adminToken(email: string) {
  const res = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  return (await res.json()).data.token as string;
}

/** What staff do in the admin, through the same admin API the admin's pages call. */
async function adminApi(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${cms.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

beforeAll(async () => {
  cms = await startCmsProcess({ env: { DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' } });
  const editor = await adminToken('editor@clinic.local');
  const author = await adminToken('author@clinic.local');
  const request = { name: 'Sam Rivers', contactMethod: 'phone', phone: '705-555-0100', sessionFormat: 'video', funding: 'nihb', language: 'fr', consentAt: new Date().toISOString(), progress: 'new' };
  for (const progress of ['new', 'new', 'contacted']) await adminApi(editor, 'POST', `${CM}/api::inquiry.inquiry`, { ...request, progress });

  const articles = await adminApi(editor, 'GET', `${CM}/api::article.article?filters[$and][0][slug][$eq]=why-people-self-injure`);
  const article = articles.results[0].documentId;
  for (const moderation of ['pending', 'approved']) {
    await adminApi(editor, 'POST', `${CM}/api::comment.comment`, { article, displayName: 'Reader', body: 'Thank you for this.', moderation });
  }

  await adminApi(editor, 'POST', `${CM}/api::article.article`, { title: 'Coming on Thursday', body: paragraph, publishAt: new Date(Date.now() + 3 * DAY).toISOString() });
  await adminApi(editor, 'POST', `${CM}/api::article.article`, { title: 'Coming next month', body: paragraph, publishAt: new Date(Date.now() + 30 * DAY).toISOString() });
  const therapists = await adminApi(editor, 'GET', `${CM}/api::therapist.therapist`);
  const stale = await adminApi(editor, 'POST', `${CM}/api::article.article`, {
    title: 'Reviewed long ago', body: paragraph, sensitiveTopic: { kind: 'self_harm' },
    reviewedBy: therapists.results[0].documentId, lastReviewedAt: new Date(Date.now() - 500 * DAY).toISOString().slice(0, 10),
  });
  await adminApi(editor, 'POST', `${CM}/api::article.article/${stale.data.documentId}/actions/publish`, {});
  await adminApi(author, 'POST', `${CM}/api::article.article`, { title: 'My draft on sleep', body: paragraph });
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await cms?.stop();
  cms?.cleanup();
});

async function loginAs(email: string) {
  const browser = await launchChromium({ requireFrom: join(__dirname, '../..'), viewport: { width: 1400, height: 1000 } });
  browsers.push(browser);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(90_000); // the admin's first load is slow on a busy two-core machine
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole('button', { name: /log ?in|connexion|se connecter/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
  return page;
}

const widget = (page: any) => page.getByRole('list', { name: /waiting for you|en attente/i });

describe('the Editor’s home page', () => {
  it('shows what waits, and each line opens the filtered list', async () => {
    const page = await loginAs('editor@clinic.local');
    const lines = widget(page);
    await lines.getByText('2 new consultation requests').waitFor();
    await lines.getByText('the oldest has waited less than an hour').waitFor();
    await lines.getByText('1 comment waiting for moderation').waitFor();
    await lines.getByText('1 article scheduled to publish in the next 7 days').waitFor();
    await lines.getByText('1 sensitive article last reviewed over a year ago').waitFor();
    const text = await lines.innerText();
    for (const personal of ['Sam Rivers', '705-555-0100', 'Thank you for this', 'Reader']) expect(text).not.toContain(personal);
    await page.screenshot({ path: join(shots, 'home-editor.png'), fullPage: true });

    await lines.getByRole('link', { name: '2 new consultation requests' }).click();
    await page.waitForURL(/api::inquiry\.inquiry/);
    expect(decodeURIComponent(page.url())).toContain('filters[$and][0][progress][$eq]=new');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2);
    // Choice fields read as words in the list: "New", "Phone", not the stored codes.
    await rows.first().getByText('New', { exact: true }).waitFor();
    await rows.first().getByText('Phone', { exact: true }).first().waitFor();

    await page.goBack();
    await lines.getByRole('link', { name: '1 comment waiting for moderation' }).click();
    await page.waitForURL(/api::comment\.comment/);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 60_000 }).toBe(1);

    await page.goBack();
    await lines.getByRole('link', { name: /scheduled to publish/ }).click();
    await page.waitForURL(/api::article\.article.*publishAt/);
    await page.locator('tbody tr').filter({ hasText: 'Coming on Thursday' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);

    await page.goBack();
    await lines.getByRole('link', { name: /reviewed over a year ago/ }).click();
    await page.waitForURL(/api::article\.article.*lastReviewedAt/);
    await page.locator('tbody tr').filter({ hasText: 'Reviewed long ago' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.close();
  });

  it('the request’s panel gives its retention and marks it contacted in one click', async () => {
    const page = await loginAs('editor@clinic.local');
    await widget(page).getByRole('link', { name: /new consultation requests/ }).click();
    await page.waitForURL(/api::inquiry\.inquiry/);
    await page.locator('tbody tr').filter({ hasText: 'Sam Rivers' }).first().click();
    await page.getByText('This request').waitFor();
    await page.getByText('90 days after it is closed (kept while it is open)').waitFor();
    // The visitor wrote from the French site: the request's language reads as a word.
    await page.getByTestId('Language').filter({ hasText: /^French$/ }).waitFor();
    // The funding choice reads as words in the edit form too.
    await page.getByText('Non-Insured Health Benefits (NIHB)').waitFor();
    await page.screenshot({ path: join(shots, 'request-panel-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Mark contacted' }).click();
    await page.getByText('Marked as contacted.').waitFor();
    await page.getByRole('button', { name: 'Mark contacted' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: join(shots, 'request-panel-contacted.png'), fullPage: true });
    // The form shows the new progress (it reloaded the saved request).
    await page.locator('[role="combobox"][name="progress"]').filter({ hasText: 'Contacted' }).waitFor();
    await page.goto(`${cms.url}/admin`);
    await widget(page).getByText('1 new consultation request').waitFor();
    await page.close();
  });
});

describe('the Author’s home page', () => {
  it('shows their own drafts and what is scheduled, and nothing about requests or comments', async () => {
    const page = await loginAs('author@clinic.local');
    const lines = widget(page);
    await lines.getByText('You have 1 unpublished draft').waitFor();
    await lines.getByText('1 article scheduled to publish in the next 7 days').waitFor();
    const text = await lines.innerText();
    expect(text).not.toMatch(/consultation|comment|reviewed/i);
    await page.screenshot({ path: join(shots, 'home-author.png'), fullPage: true });

    await lines.getByRole('link', { name: 'You have 1 unpublished draft' }).click();
    await page.waitForURL(/api::article\.article.*createdBy/);
    await page.locator('tbody tr').filter({ hasText: 'My draft on sleep' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.close();
  });
});

describe('in French', () => {
  it('staff who chose French read the widget in French', async () => {
    const token = await adminToken('editor@clinic.local');
    await adminApi(token, 'PUT', '/admin/users/me', { preferedLanguage: 'fr' });
    const page = await loginAs('editor@clinic.local');
    const lines = widget(page);
    await lines.getByText('1 nouvelle demande de consultation').waitFor();
    await lines.getByText('1 commentaire à modérer').waitFor();
    await lines.getByText('1 article programmé pour publication dans les 7 prochains jours').waitFor();
    await lines.getByText('1 article sensible révisé il y a plus d’un an').waitFor();
    // Strapi's own strings that its French catalogue leaves in English (src/admin/strapi-fr.ts).
    await page.getByText('Voici la nouvelle médiathèque').waitFor();
    await page.getByRole('button', { name: 'Ajouter un widget' }).waitFor();
    expect(await page.getByText(/Introducing the new Media Library|Add Widget/).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'home-editor-fr.png'), fullPage: true });
    await lines.getByRole('link', { name: '1 nouvelle demande de consultation' }).click();
    await page.waitForURL(/api::inquiry\.inquiry/);
    await page.locator('tbody tr').first().getByText('Nouvelle', { exact: true }).waitFor();
    await page.close();
  });
});

import { launchChromium } from '@clinic/testing';
const url = 'http://127.0.0.1:41337', PASSWORD = 'Demo-password-1', DAY = 86400000, CM = '/content-manager/collection-types';
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }];
async function adminToken(email) { const r = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) }); return (await r.json()).data.token; }
async function api(t, m, p, b) { const r = await fetch(`${url}${p}`, { method: m, headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) }); if (!r.ok) throw new Error(`${m} ${p} ${r.status} ${await r.text()}`); return r.json(); }
const editor = await adminToken('editor@clinic.local');
if (process.argv[2] === 'seed') {
  const author = await adminToken('author@clinic.local');
  const request = { name: 'Sam Rivers', contactMethod: 'phone', phone: '705-555-0100', sessionFormat: 'video', funding: 'nihb', consentAt: new Date().toISOString(), progress: 'new' };
  for (const progress of ['new', 'new', 'contacted']) await api(editor, 'POST', `${CM}/api::inquiry.inquiry`, { ...request, progress });
  const articles = await api(editor, 'GET', `${CM}/api::article.article?filters[$and][0][slug][$eq]=why-people-self-injure`);
  for (const moderation of ['pending', 'approved']) await api(editor, 'POST', `${CM}/api::comment.comment`, { article: articles.results[0].documentId, displayName: 'Reader', body: 'Thank you for this.', moderation });
  await api(editor, 'POST', `${CM}/api::article.article`, { title: 'Coming on Thursday', body: paragraph, publishAt: new Date(Date.now() + 3 * DAY).toISOString() });
  await api(author, 'POST', `${CM}/api::article.article`, { title: 'My draft on sleep', body: paragraph });
}
console.log(JSON.stringify(await api(editor, 'GET', '/staff-home/requests')));
if (process.argv[4] === 'fr') console.log(JSON.stringify(await api(editor, 'PUT', '/admin/users/me', { preferedLanguage: 'fr' })).slice(0, 300));
const browser = await launchChromium({ requireFrom: process.cwd(), viewport: { width: 1400, height: 1000 } });
const page = await browser.context.newPage();
page.setDefaultTimeout(90000);
page.on('response', (r) => { if (r.status() >= 500) console.log('500:', r.url()); });
await page.goto(`${url}/admin/auth/login`);
await page.getByLabel(/email|courriel/i).fill(process.argv[3] ?? 'editor@clinic.local');
await page.getByLabel(/password|mot de passe/i).fill(PASSWORD);
await page.getByRole('button', { name: /log ?in|connexion/i }).click();
await page.waitForURL(/\/admin(?!\/auth)/);
const list = page.getByRole('list', { name: /waiting for you|en attente/i });
await list.waitFor();
await list.getByRole('listitem').first().waitFor();
console.log('WIDGET:', await list.innerText());
await page.screenshot({ path: '/tmp/sh-probe/home.png' });
await list.getByRole('link').first().click();
await page.waitForURL(/inquiry/);
await page.locator('tbody tr').first().waitFor();
console.log('ROWS:', await page.locator('tbody').innerText());
await page.screenshot({ path: '/tmp/sh-probe/list.png' });
await page.locator('tbody tr').first().click();
await page.getByText(/This request|Cette demande/).waitFor();
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/sh-probe/edit.png' });
await browser.close();

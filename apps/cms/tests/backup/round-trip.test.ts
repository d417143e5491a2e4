// A clinic that started on the embedded SQLite default moves to PostgreSQL with `pnpm backup` and
// `pnpm restore`: every published entry, relation and image must read the same afterwards through
// the public API. Runs only with CLINIC_TEST_POSTGRES_URL (vitest.config.mts, project "backup").
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir, createThrowawayDatabase, postgresAdminUrl, startCmsProcess } from '@clinic/testing';
import { adminToken, backupCli } from './backup-helpers';
import { png } from './png';

const ADMIN = { email: 'backup-admin@example.test', password: 'Backup-admin-Passw0rd' };
const KEY = randomBytes(24).toString('base64');
const work = mkdtempSync(join(tmpdir(), 'clinic-backup-test-'));
const backupFile = join(work, 'clinic.backup');


const PUBLIC_TYPES = ['articles', 'therapists', 'approaches', 'topics'];

/** Everything the public reads: each type with its relations and media, plus the bytes of every image. */
async function publicContent(cmsUrl: string) {
  const content: Record<string, unknown> = {};
  const images = new Map<string, string>();
  const collectImages = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collectImages);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.url === 'string' && typeof record.mime === 'string') images.set(record.url, '');
      Object.values(record).forEach(collectImages);
    }
  };
  for (const type of PUBLIC_TYPES) {
    const response = await fetch(`${cmsUrl}/api/${type}?populate=*&pagination[pageSize]=100&sort=documentId`);
    expect(response.status).toBe(200);
    content[type] = ((await response.json()) as { data: unknown }).data;
  }
  const clinic = await fetch(`${cmsUrl}/api/clinic?populate=*`);
  expect(clinic.status).toBe(200);
  content.clinic = ((await clinic.json()) as { data: unknown }).data;
  collectImages(content);
  for (const url of images.keys()) {
    const response = await fetch(`${cmsUrl}${url}`);
    expect(response.status, url).toBe(200);
    images.set(url, createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex'));
  }
  return { content: withoutRowIds(content), images: Object.fromEntries([...images].sort()) };
}

/**
 * Row ids are the database's own numbering; documentIds are what the content is known by. A
 * `time` field reads "09:00:00.000" from SQLite and "09:00:00" from PostgreSQL's time type: the
 * same time, written the way each database gives it back.
 */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, withoutRowIds(inner)]));
  if (typeof value === 'string' && /^\d{2}:\d{2}:\d{2}\.000$/.test(value)) return value.slice(0, 8);
  return value;
}

const cli = backupCli(backupFile, KEY);

let source: Awaited<ReturnType<typeof startCmsProcess>>;
let target: Awaited<ReturnType<typeof startCmsProcess>> | undefined;
let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let before: Awaited<ReturnType<typeof publicContent>>;
let uploadedFiles: string[] = [];

beforeAll(async () => {
  source = await startCmsProcess({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATABASE_CLIENT: 'sqlite' } });
  const token = await adminToken(source.url, ADMIN);
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png(640, 360))], { type: 'image/png' }), 'lake.png');
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A calm lake at dawn' }));
  const upload = await fetch(`${source.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(upload.status).toBe(201);
  const [file] = (await upload.json()) as Array<{ id: number; url: string; formats: Record<string, { url: string }> }>;
  uploadedFiles = [file!.url, ...Object.values(file!.formats).map((format) => format.url)];

  // A published article with a cover image, an author and topics: relations of every kind.
  const therapists = (await (await fetch(`${source.url}/api/therapists`)).json()) as { data: Array<{ documentId: string }> };
  const topics = (await (await fetch(`${source.url}/api/topics`)).json()) as { data: Array<{ documentId: string }> };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const manager = `${source.url}/content-manager/collection-types/api::article.article`;
  const created = await fetch(manager, {
    method: 'POST', headers,
    body: JSON.stringify({
      title: 'Moving house, and moving on', slug: 'moving-on', excerpt: 'A short piece for the round trip.', cover: file!.id,
      author: therapists.data[0]!.documentId, topics: topics.data.slice(0, 2).map((topic) => topic.documentId),
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Carried from SQLite to PostgreSQL.' }] }],
    }),
  });
  expect(created.status).toBe(201);
  const { data } = (await created.json()) as { data: { documentId: string } };
  expect((await fetch(`${manager}/${data.documentId}/actions/publish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);

  before = await publicContent(source.url);
  await source.stop();
  database = await createThrowawayDatabase(postgresAdminUrl()!);
});

afterAll(async () => {
  await target?.stop();
  target?.cleanup();
  source?.cleanup();
  await database?.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('backup and restore, SQLite → PostgreSQL', () => {
  it('backs up the SQLite database into one encrypted file', () => {
    const result = cli('backup', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: source.env.DATABASE_FILENAME!, SEED_ON_BOOT: 'false' });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    // Encrypted: neither the article's words nor a gzip header are readable in the file.
    const bytes = spawnSync('head', ['-c', '2', backupFile]).stdout as Buffer;
    expect(bytes.equals(Buffer.from([0x1f, 0x8b]))).toBe(false);
  });

  it('refuses to open the backup with the wrong key', () => {
    const result = backupCli(backupFile, 'not-the-key-at-all-000')('restore', database.env);
    expect(result.status).not.toBe(0);
  });

  it('restores into an empty PostgreSQL database, media included, with identical public content', async () => {
    // The media must come from the backup, not from the disk they were uploaded to.
    for (const url of uploadedFiles) rmSync(join(cmsDir, 'public', url), { force: true });
    const result = cli('restore', database.env);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    for (const url of uploadedFiles) expect(existsSync(join(cmsDir, 'public', url)), url).toBe(true);

    target = await startCmsProcess({ env: { ...database.env, SEED_ON_BOOT: 'false' } });
    const after = await publicContent(target.url);
    expect(Object.keys(after.images).length).toBeGreaterThanOrEqual(uploadedFiles.length);
    expect(after.images).toEqual(before.images);
    expect(after.content).toEqual(before.content);
    const article = (after.content as { articles: Array<{ slug: string; cover: unknown; author: unknown; topics: unknown[] }> }).articles.find((entry) => entry.slug === 'moving-on');
    expect(article?.cover).toBeTruthy();
    expect(article?.author).toBeTruthy();
    expect(article?.topics).toHaveLength(2);
  });

  it('refuses to restore over a database that holds content, unless --force', async () => {
    await target?.stop()
    const refused = cli('restore', database.env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not empty .*articles.*--force/s);
    const forced = cli('restore', database.env, '--force');
    expect(forced.status, forced.stderr + forced.stdout).toBe(0);
  });
});

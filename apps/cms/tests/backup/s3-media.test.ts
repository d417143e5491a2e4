// Uploads in S3 (what `pnpm cluster` and a multi-server clinic use): `pnpm backup` carries the
// bucket's media in its one encrypted file, and `pnpm restore` puts them into the bucket the CMS is
// configured with, byte for byte. Real parts: Strapi with @strapi/provider-upload-aws-s3, and
// fauxqs (an S3 server from npm) for a bucket that is lost and one that is new.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, startCmsProcess } from '@clinic/testing';
import { adminToken, backupCli } from './backup-helpers';
import { png } from './png';

const ADMIN = { email: 's3-backup-admin@example.test', password: 'S3-backup-Passw0rd' };
const KEY = randomBytes(24).toString('base64');
const work = mkdtempSync(join(tmpdir(), 'clinic-s3-backup-test-'));
const backupFile = join(work, 'clinic.backup');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type S3 = { proc: { kill(signal?: string): Promise<unknown> }; endpoint: string; bucket: string; publicUrl: string };
let services: { startS3(options: Record<string, unknown>): Promise<S3>; stopAllProcesses(): Promise<void> };
let oldBucket: S3;
let newBucket: S3;
let source: Awaited<ReturnType<typeof startCmsProcess>>;
let target: Awaited<ReturnType<typeof startCmsProcess>> | undefined;
/** Object key → sha256 of what was uploaded (the original and Strapi's resized copies). */
const uploaded = new Map<string, string>();

const s3Env = (s3: S3) => ({ S3_BUCKET: s3.bucket, S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: 'clinic-test', S3_SECRET_ACCESS_KEY: 'clinic-test-secret' });
const keyOf = (url: string) => url.replace(/^\/uploads\//, '');

const cli = backupCli(backupFile, KEY);

async function objectHash(s3: S3, key: string) {
  const response = await fetch(`${s3.publicUrl}/${key}`);
  return response.ok ? sha256(Buffer.from(await response.arrayBuffer())) : `HTTP ${response.status}`;
}

beforeAll(async () => {
  services = await import(join(repoRoot, 'scripts/cluster/services.mjs'));
  oldBucket = await services.startS3({ dir: join(work, 's3-old'), port: await freePort(), bucket: 'clinic-media' });
  newBucket = await services.startS3({ dir: join(work, 's3-new'), port: await freePort(), bucket: 'clinic-media-restored' });
  source = await startCmsProcess({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATABASE_CLIENT: 'sqlite', ...s3Env(oldBucket) } });
  const token = await adminToken(source.url, ADMIN);
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png(800, 450))], { type: 'image/png' }), 'shore.png');
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A quiet shoreline' }));
  const upload = await fetch(`${source.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(upload.status).toBe(201);
  const [file] = (await upload.json()) as Array<{ url: string; formats: Record<string, { url: string }> }>;
  for (const url of [file!.url, ...Object.values(file!.formats).map((format) => format.url)]) {
    expect(url).toMatch(/^\/uploads\//);
    uploaded.set(keyOf(url), await objectHash(oldBucket, keyOf(url)));
  }
  await source.stop();
});

afterAll(async () => {
  await target?.stop();
  target?.cleanup();
  source?.cleanup();
  await services?.stopAllProcesses();
  rmSync(work, { recursive: true, force: true });
});

describe('backup and restore with uploads in S3', () => {
  it('puts the bucket’s media into the one encrypted backup file', () => {
    expect(uploaded.size).toBeGreaterThan(1);
    for (const hash of uploaded.values()) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const result = cli('backup', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: source.env.DATABASE_FILENAME!, SEED_ON_BOOT: 'false', ...s3Env(oldBucket) });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`${uploaded.size} media objects from S3`));
    // Encrypted: no PNG signature, no tar header, no file name in the clear.
    const bytes = readFileSync(backupFile);
    expect(bytes.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
    expect(bytes.includes(Buffer.from('ustar'))).toBe(false);
    expect(bytes.includes(Buffer.from([...uploaded.keys()][0]!))).toBe(false);
  });

  it('refuses a wrong key before touching the database or the bucket', async () => {
    const result = backupCli(backupFile, 'not-the-key-at-all-000')('restore', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(work, 'wrong-key.db'), ...s3Env(newBucket) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot be opened with this BACKUP_ENCRYPTION_KEY/);
    for (const key of uploaded.keys()) expect(await objectHash(newBucket, key)).toBe('HTTP 404');
  });

  it('restores into a new database and an empty bucket: every media object back, byte for byte', async () => {
    // The old bucket is gone: whatever comes back comes from the backup file.
    await oldBucket.proc.kill('SIGKILL');
    const database = join(work, 'restored.db');
    const result = cli('restore', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...s3Env(newBucket) });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    for (const [key, hash] of uploaded) expect(await objectHash(newBucket, key), key).toBe(hash);

    // The restored CMS lists the same file, pointing at the same keys.
    target = await startCmsProcess({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database, SEED_ON_BOOT: 'false', ...s3Env(newBucket) } });
    // Admin accounts are not in backups: the local default makes the first one from ADMIN_EMAIL again.
    const token = await adminToken(target!.url, ADMIN);
    const listing = await fetch(`${target.url}/upload/files?pageSize=100`, { headers: { authorization: `Bearer ${token}` } });
    expect(listing.status).toBe(200);
    const { results: files } = (await listing.json()) as { results: Array<{ url: string; formats: Record<string, { url: string }> }> };
    const listed = files.flatMap((file) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)]).map(keyOf);
    expect(new Set(listed)).toEqual(new Set(uploaded.keys()));
  });
});

#!/usr/bin/env node
// `pnpm backup FILE` and `pnpm restore FILE [--force]`: the clinic's content and media, through
// Strapi's own `strapi export` / `strapi import` (README "Backups" says why: it is the one format
// that moves between SQLite and PostgreSQL, and it carries the uploaded files on local disk).
// When uploads live in S3 (S3_BUCKET), the bucket's objects go into the same file beside the
// export (scripts/lib/s3-media.mjs: Strapi's export cannot fetch our relative media URLs) and are
// put back into the configured bucket on restore.
//
// The file is one tar archive encrypted with BACKUP_ENCRYPTION_KEY (scripts/lib/backup-file.mjs,
// AES-256-GCM); keep that key somewhere else than the backups. Backups made before this format
// (Strapi's own .tar.gz.enc) still restore. The database is the one the CMS is configured with
// (apps/cms/.env, overridden by the environment: DATABASE_CLIENT, DATABASE_URL, …).
// Not in a backup (Strapi's export leaves them out): admin accounts and API tokens.
// `restore` replaces everything in the target (Strapi's import wipes it first), so it refuses a
// database that already holds content unless --force is given.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { decryptFile, encryptFile, isClinicBackup } from './lib/backup-file.mjs';
import { readEnvFile } from './lib/dotenv.mjs';
import { downloadMedia, uploadMedia } from './lib/s3-media.mjs';
import { repoRoot, step } from './lib/util.mjs';

const cmsDir = join(repoRoot, 'apps/cms');
const [command, fileArg, ...flags] = process.argv.slice(2);
const force = flags.includes('--force');
const usage = 'Usage: pnpm backup FILE   |   pnpm restore FILE [--force]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!['backup', 'restore'].includes(command) || !fileArg) fail(usage);
const file = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
const env = { ...readEnvFile(join(cmsDir, '.env')), ...process.env };
const key = env.BACKUP_ENCRYPTION_KEY;
if (!key || key.length < 16) {
  fail('Set BACKUP_ENCRYPTION_KEY (at least 16 characters, e.g. `openssl rand -base64 32`) in the environment or apps/cms/.env: backups are always encrypted, and the same key opens them again.');
}

// The tables that hold what the clinic made (content types and the media library).
const CONTENT_TABLES = ['articles', 'therapists', 'approaches', 'topics', 'clinics', 'comments', 'inquiries', 'files'];

/** How many rows each content table holds in the configured database (missing tables count 0). */
export async function contentCounts(dbEnv) {
  const counts = {};
  if ((dbEnv.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    const { Client } = createRequire(join(cmsDir, 'package.json'))('pg');
    const client = new Client(dbEnv.DATABASE_URL
      ? { connectionString: dbEnv.DATABASE_URL }
      : { host: dbEnv.DATABASE_HOST ?? 'localhost', port: Number(dbEnv.DATABASE_PORT ?? 5432), database: dbEnv.DATABASE_NAME ?? 'clinic', user: dbEnv.DATABASE_USERNAME ?? 'clinic', password: dbEnv.DATABASE_PASSWORD ?? '' });
    await client.connect();
    try {
      const schema = dbEnv.DATABASE_SCHEMA ?? 'public';
      for (const table of CONTENT_TABLES) {
        const exists = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, table]);
        counts[table] = exists.rowCount ? Number((await client.query(`SELECT COUNT(*) AS n FROM "${schema}"."${table}"`)).rows[0].n) : 0;
      }
    } finally {
      await client.end();
    }
    return counts;
  }
  const filename = resolve(cmsDir, dbEnv.DATABASE_FILENAME ?? '.tmp/data.db');
  if (!existsSync(filename)) return Object.fromEntries(CONTENT_TABLES.map((table) => [table, 0]));
  const database = new DatabaseSync(filename, { readOnly: true });
  try {
    for (const table of CONTENT_TABLES) {
      const exists = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      counts[table] = exists ? Number(database.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get().n) : 0;
    }
  } finally {
    database.close();
  }
  return counts;
}

function strapi(args) {
  const result = spawnSync(process.execPath, [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), ...args], {
    cwd: cmsDir,
    // No seeding into the database being restored, no scheduled jobs while the CLI runs.
    env: { ...env, SEED_ON_BOOT: 'false', CRON_ENABLED: 'false', STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) fail(`strapi ${args[0]} failed (exit ${result.status}); see its output above.`);
}

function tar(args) {
  const result = spawnSync('tar', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`tar ${args[0]} failed (exit ${result.status}).`);
}

const where = (env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' ? 'PostgreSQL' : `SQLite (${env.DATABASE_FILENAME ?? '.tmp/data.db'})`;
const work = mkdtempSync(join(tmpdir(), 'clinic-backup-'));
try {
  const s3 = Boolean(env.S3_BUCKET);
  if (command === 'backup') {
    step(`Backing up content and media from ${where}${s3 ? ` and the S3 bucket ${env.S3_BUCKET}` : ''} to ${file}`);
    const archive = join(work, 'archive');
    mkdirSync(archive);
    // strapi export adds .tar.gz to the name it is given; the whole archive is encrypted below.
    // With S3, Strapi's asset stage is left out (`--exclude files` keeps the media library's rows:
    // it only drops the file bytes, which it would fetch from their relative /uploads URLs and
    // fail on); the bucket's objects are copied instead.
    strapi(['export', '--file', join(archive, 'export'), '--no-encrypt', ...(s3 ? ['--exclude', 'files'] : [])]);
    let media = 0;
    if (s3) {
      const types = await downloadMedia(env, cmsDir, join(archive, 'media'));
      writeFileSync(join(archive, 'media.json'), JSON.stringify(types));
      media = Object.keys(types).length;
    }
    tar(['-cf', join(work, 'backup.tar'), '-C', archive, '.']);
    await encryptFile(join(work, 'backup.tar'), file, key);
    step(`Backup written: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, encrypted${s3 ? `, ${media} media objects from S3` : ''}). It holds no admin accounts or API tokens.`);
  } else {
    if (!existsSync(file)) fail(`No backup file at ${file}.`);
    // Opened first: a wrong key is refused before anything is checked or changed.
    const archive = join(work, 'archive');
    mkdirSync(archive);
    const current = isClinicBackup(file);
    if (current) {
      try {
        await decryptFile(file, join(work, 'backup.tar'), key);
      } catch (error) {
        fail(error.message);
      }
      tar(['-xf', join(work, 'backup.tar'), '-C', archive]);
    }
    const counts = await contentCounts(env);
    const held = Object.entries(counts).filter(([, n]) => n > 0);
    if (held.length && !force) {
      fail(`The ${where} database is not empty (${held.map(([table, n]) => `${n} ${table}`).join(', ')}).\n` +
        'Restoring replaces ALL of it with the backup. If that is what you want, run again with --force.');
    }
    step(`Restoring ${file} into ${where}${held.length ? ' (replacing what is there: --force)' : ''}`);
    if (current) {
      strapi(['import', '--file', join(archive, 'export.tar.gz'), '--force']);
    } else {
      // strapi import reads the format from the extension.
      copyFileSync(file, join(work, 'backup.tar.gz.enc'));
      strapi(['import', '--file', join(work, 'backup.tar.gz.enc'), '--key', key, '--force']);
    }
    if (existsSync(join(archive, 'media'))) {
      if (!s3) fail('This backup holds media from S3 storage, but S3_BUCKET is not set: set the S3_* variables of the bucket to restore them into, and run again with --force.');
      const types = JSON.parse(readFileSync(join(archive, 'media.json'), 'utf8'));
      step(`Putting ${await uploadMedia(env, cmsDir, join(archive, 'media'), types)} media objects back into the S3 bucket ${env.S3_BUCKET}`);
    }
    const after = await contentCounts(env);
    step(`Restored: ${Object.entries(after).filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table}`).join(', ') || 'nothing'}. Admin accounts and API tokens are not in backups: sign in with an existing admin, or register the first one at /admin.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

#!/usr/bin/env node
// `pnpm backup FILE` and `pnpm restore FILE [--force]`: the clinic's content and media, through
// Strapi's own `strapi export` / `strapi import` (README "Backups" says why: it is the one format
// that moves between SQLite and PostgreSQL, and it carries the uploaded files).
//
// The file is encrypted with BACKUP_ENCRYPTION_KEY (from the environment or apps/cms/.env); keep
// that key somewhere else than the backups. The database is the one the CMS is configured with
// (apps/cms/.env, overridden by the environment: DATABASE_CLIENT, DATABASE_URL, …).
// Not in a backup (Strapi's export leaves them out): admin accounts and API tokens.
// `restore` replaces everything in the target (Strapi's import wipes it first), so it refuses a
// database that already holds content unless --force is given.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { readEnvFile } from './lib/dotenv.mjs';
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

const where = (env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' ? 'PostgreSQL' : `SQLite (${env.DATABASE_FILENAME ?? '.tmp/data.db'})`;
const work = mkdtempSync(join(tmpdir(), 'clinic-backup-'));
try {
  if (command === 'backup') {
    step(`Backing up content and media from ${where} to ${file}`);
    // strapi export adds .tar.gz.enc to the name it is given.
    strapi(['export', '--file', join(work, 'backup'), '--key', key]);
    renameSync(join(work, 'backup.tar.gz.enc'), file);
    step(`Backup written: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, encrypted). It holds no admin accounts or API tokens.`);
  } else {
    if (!existsSync(file)) fail(`No backup file at ${file}.`);
    const counts = await contentCounts(env);
    const held = Object.entries(counts).filter(([, n]) => n > 0);
    if (held.length && !force) {
      fail(`The ${where} database is not empty (${held.map(([table, n]) => `${n} ${table}`).join(', ')}).\n` +
        'Restoring replaces ALL of it with the backup. If that is what you want, run again with --force.');
    }
    step(`Restoring ${file} into ${where}${held.length ? ' (replacing what is there: --force)' : ''}`);
    // strapi import reads the format from the extension.
    copyFileSync(file, join(work, 'backup.tar.gz.enc'));
    strapi(['import', '--file', join(work, 'backup.tar.gz.enc'), '--key', key, '--force']);
    const after = await contentCounts(env);
    step(`Restored: ${Object.entries(after).filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table}`).join(', ') || 'nothing'}. Admin accounts and API tokens are not in backups: sign in with an existing admin, or register the first one at /admin.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// What both backup tests do: run `pnpm backup` / `pnpm restore` (scripts/backup.mjs) on one file with
// one key, and sign in to a CMS's admin API.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from '@clinic/testing';

/** The backup command line for this file and key: `cli('backup' | 'restore', env, ...flags)`. */
export function backupCli(backupFile: string, key: string) {
  return (command: 'backup' | 'restore', env: Record<string, string>, ...extra: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, 'scripts/backup.mjs'), command, backupFile, ...extra], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env, BACKUP_ENCRYPTION_KEY: key },
    });
}

/** An admin API token for this admin (the sign-in must succeed). */
export async function adminToken(cmsUrl: string, admin: { email: string; password: string }) {
  const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

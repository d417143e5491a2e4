import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// The bootstrap passes its start time on, so serve/test lines continue its clock.
const started = Number(process.env.CLINIC_STARTED_AT) || Date.now();
process.env.CLINIC_STARTED_AT ??= String(started);
/** One line of progress, with the seconds since the command started. */
export function step(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[clinic ${seconds}s] ${message}`);
}

const SKIP = new Set(['node_modules', 'dist', 'build', '.output', '.nuxt', '.tmp', '.cache', '.strapi', '.data', 'reports', 'coverage', '.env', '.turbo']);

/** A hash of every file under the given paths (relative to the repo), for "did it change?" stamps. */
export function hashPaths(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) visit(join(path, name));
    } else {
      hash.update(relative(repoRoot, path));
      hash.update(readFileSync(path));
    }
  };
  for (const path of paths) visit(join(repoRoot, path));
  return hash.digest('hex');
}

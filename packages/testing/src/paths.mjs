import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const cmsDir = resolve(repoRoot, 'apps/cms');
export const webDir = resolve(repoRoot, 'apps/web');

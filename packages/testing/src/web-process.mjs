import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './cms-process.mjs';
import { webDir } from './paths.mjs';

/**
 * Runs the built website (`pnpm --filter @clinic/web build` first) as a child process against
 * a CMS, with the same shared secrets the throwaway CMS uses.
 */
export async function startWebProcess({ cmsUrl, port, env: overrides = {} } = {}) {
  const server = join(webDir, '.output/server/index.mjs');
  if (!existsSync(server)) throw new Error('The website is not built: run `pnpm --filter @clinic/web build` first.');
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const output = [];
  const child = spawn(process.execPath, [server], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(chosenPort),
      NITRO_PORT: String(chosenPort),
      NUXT_CMS_URL: cmsUrl,
      NUXT_REVALIDATE_SECRET: 'test-revalidate-secret',
      NUXT_PREVIEW_SECRET: 'test-preview-secret',
      NUXT_FORMS_SECRET: 'test-forms-secret',
      NUXT_PUBLIC_SITE_URL: url,
      NUXT_TELEMETRY_DISABLED: '1',
      ...overrides,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The website exited (${child.exitCode}):\n${output.join('').slice(-4000)}`);
    try {
      await fetch(`${url}/robots.txt`);
      break;
    } catch {
      // An upper bound: on a busy two-core machine a cold start can take well over a minute.
      if (Date.now() - started > 180_000) {
        child.kill('SIGKILL');
        throw new Error(`The website did not start within 180 s:\n${output.join('').slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  return {
    url,
    port: chosenPort,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

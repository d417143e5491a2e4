import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cmsDir } from './paths.mjs';
import { throwawayCmsEnv } from './test-env.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, { timeoutMs = 300_000, child } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`The CMS exited with code ${child.exitCode} before it was healthy.`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204 || response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The CMS at ${url} was not healthy after ${timeoutMs} ms.`);
}

/**
 * Runs the built CMS (`strapi start`, needs `pnpm --filter @clinic/cms build` first) as a child
 * process on a throwaway SQLite file, for tests that must stop and restart it (the website's).
 */
export async function startCmsProcess({ port, env: overrides = {} } = {}) {
  const chosenPort = port ?? (await freePort());
  const { dir, env } = throwawayCmsEnv({ PORT: String(chosenPort), HOST: '127.0.0.1', ...overrides });
  const output = [];
  const child = spawn(process.execPath, [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: cmsDir,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitForHealth(url, { child });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${output.join('').slice(-4000)}`);
  }
  return {
    url,
    port: chosenPort,
    env,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

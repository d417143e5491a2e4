import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cmsDir, throwawayCmsEnv } from '@clinic/testing';

// Loads the CMS in a child process exactly as `strapi start` would, in production mode.
function loadInProduction(overrides: Record<string, string>) {
  const { env } = throwawayCmsEnv({ SEED_ON_BOOT: 'false' });
  const script = `
    const { compileStrapi, createStrapi } = require('@strapi/strapi');
    (async () => {
      const ctx = await compileStrapi({ appDir: process.cwd() });
      const strapi = await createStrapi({ ...ctx, autoReload: false, serveAdminPanel: false }).load();
      console.log('LOADED');
      await strapi.destroy();
      process.exit(0);
    })().catch((error) => { console.error(error.message); process.exit(1); });`;
  return spawnSync(process.execPath, ['-e', script], {
    cwd: cmsDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, NODE_ENV: 'production', ...overrides },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('production mode', () => {
  it('refuses to start without secrets, naming each missing one', () => {
    const result = loadInProduction({ APP_KEYS: '', ADMIN_JWT_SECRET: '', JWT_SECRET: 'tobemodified', REVALIDATE_SECRET: '' });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Refusing to start in production without real secrets');
    for (const name of ['APP_KEYS', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'REVALIDATE_SECRET']) expect(output).toContain(name);
    expect(output).not.toContain('API_TOKEN_SALT,'); // given, so not named
    expect(output).not.toContain('LOADED');
  });

  it('starts when every secret is set', () => {
    const result = loadInProduction({});
    expect(`${result.stdout}${result.stderr}`).toContain('LOADED');
    expect(result.status).toBe(0);
  }, 120_000);
});

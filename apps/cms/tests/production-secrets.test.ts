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
      console.log('GRAPHQL ' + JSON.stringify({
        landingPage: typeof strapi.config.get('plugin::graphql.landingPage'),
        introspection: strapi.config.get('plugin::graphql.apolloServer').introspection,
        depthLimit: strapi.config.get('plugin::graphql.depthLimit'),
        maxLimit: strapi.config.get('plugin::graphql.maxLimit'),
      }));
      console.log('ADMINS ' + await strapi.db.query('admin::user').count());
      // What a browser and an app get from /graphql in production.
      await strapi.server.mount();
      await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
      const base = 'http://127.0.0.1:' + strapi.server.httpServer.address().port + '/graphql';
      const page = await fetch(base, { headers: { accept: 'text/html' } });
      const html = await page.text();
      const error = await (await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles { nope } }' }) })).text();
      console.log('HTTP ' + JSON.stringify({ status: page.status, html, error }));
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

  it('starts when every secret is set, with the GraphQL sandbox and introspection off and no demo accounts', () => {
    // Demo and first-admin variables are ignored in production: the owner registers at /admin.
    const result = loadInProduction({ DEMO_PASSWORD: 'Demo-password-1', ADMIN_EMAIL: 'a@b.ca', ADMIN_PASSWORD: 'Admin-password-1' });
    expect(`${result.stdout}${result.stderr}`).toContain('LOADED');
    expect(result.stdout).toContain('ADMINS 0');
    expect(result.status).toBe(0);
    const graphql = JSON.parse(/GRAPHQL (.*)/.exec(result.stdout)![1]!);
    // The landing page is the CMS's own plain page (a function giving an Apollo plugin), not Apollo's.
    expect(graphql).toEqual({ landingPage: 'function', introspection: false, depthLimit: 7, maxLimit: 100 });
    const http = JSON.parse(/HTTP (.*)/.exec(result.stdout)![1]!);
    // A browser opening /graphql gets no scripts and nothing from Apollo's CDN.
    expect(http.html).not.toMatch(/<script|apollographql\.com|cdn\./i);
    expect(http.html).toMatch(/GraphQL API/);
    // Errors carry no stack traces or server paths.
    expect(http.error).toMatch(/Cannot query field/);
    expect(http.error).not.toMatch(/stacktrace|node_modules|\.js:\d+/);
  }, 120_000);
});
